package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.argument;

import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.time.DateRange;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a statement paid, or took back, for one deal under one component: the history a later
 * clawback looks up (R-PAY-6), so that it never takes back more than was paid.
 *
 * <p>A statement calculated with {@link Detail#EXPLAINED} lists one {@link Kind#EARNED} record per
 * transaction and transaction-based component (its exact commission; when the component's cap or
 * the plan's variable cap bound, its share of what was paid, rounded down), and one {@link
 * Kind#CLAWBACK} record per clawback line (the rounded amount taken back, negative; positive when
 * restored). The host stores them with the statement it pays and passes them back in {@link
 * PayInput.Builder#addHistory}.
 *
 * <pre>{@code
 * CommissionRecord r = statement.records().get(0);
 * r.deal();      // SO-1
 * r.amount();    // EUR 6000.0000, exact
 * r.dealAmount(); // EUR 40000.00, in the deal's own currency
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CommissionRecord {
    CommissionRecord() {}

    /** Whether a record is an earning or a clawback. */
    public enum Kind {
        /** Commission earned on a transaction. */
        EARNED,
        /** Commission taken back (negative) or given back (positive) on a deal. */
        CLAWBACK
    }

    /**
     * A builder; every attribute but {@code transaction} is required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The manager paid.
     *
     * @return the manager
     */
    public abstract ManagerId manager();

    /**
     * The component that paid it.
     *
     * @return the component
     */
    public abstract ComponentId component();

    /**
     * Earned or clawed back.
     *
     * @return the kind
     */
    public abstract Kind kind();

    /**
     * The deal.
     *
     * @return the deal
     */
    public abstract EventId deal();

    /**
     * The transaction that earned it, for {@link Kind#EARNED} records.
     *
     * @return the transaction, or empty for a clawback
     */
    public abstract Optional<EventId> transaction();

    /**
     * The crediting basis of the transaction (of the earning, for a clawback): commission on a
     * {@link CreditingBasis#COLLECTED} basis is never clawed back for unpaid receivables.
     *
     * @return the basis; {@link CreditingBasis#BOOKED} by default
     */
    @Value.Default
    public CreditingBasis basis() {
        return CreditingBasis.BOOKED;
    }

    /**
     * The whole deal's amount in its own currency: what reversals and open receivables are measured
     * against.
     *
     * @return the deal's amount
     */
    public abstract Money dealAmount();

    /**
     * The day it was earned (the transaction's date) or clawed back (the last day of the period).
     *
     * @return the date
     */
    public abstract LocalDate date();

    /**
     * The statement period it was paid in.
     *
     * @return the period
     */
    public abstract DateRange period();

    /**
     * The amount, in the plan's currency: exact for an earning, as paid for a clawback.
     *
     * @return the amount
     */
    public abstract Money amount();

    @Value.Check
    void check() {
        argument(
                kind() == Kind.CLAWBACK || transaction().isPresent(),
                "transaction is required for an EARNED record (deal %s)",
                deal());
        argument(
                dealAmount().isPositiveOrZero(), "dealAmount must not be negative: %s (deal %s)", dealAmount(), deal());
    }

    /**
     * Builds a {@link CommissionRecord}; a null argument fails with an {@link
     * IllegalArgumentException} naming the attribute. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableCommissionRecord.Builder {
        Builder() {}
    }
}
