package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.argument;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * When and how a plan takes back commission already paid (R-PAY-6): on returns, on refusals, and
 * on receivables not collected within some days after they fell due.
 *
 * <pre>{@code
 * ClawbackPolicy policy = ClawbackPolicy.builder()
 *     .mode(ClawbackMode.NET_FORWARD)
 *     .uncollectedAfterDays(90) // an invoice more than 90 days past due takes its share back
 *     .build();                 // returns and refusals are on by default
 * }</pre>
 *
 * <p><b>How much</b>: the part of a deal taken back is {@code min(1, (reversed value + open amount
 * of its invoices more than N days past due) / deal amount)}, measured in the deal's own currency;
 * the commission taken back for the deal under a component is that part of what was paid for it,
 * never more than was paid, and the total taken back so far is never below zero. A receivable
 * collected after its clawback gives the commission back (a positive clawback line). Commission on
 * a {@link CreditingBasis#COLLECTED} basis is never clawed back for unpaid receivables.
 *
 * <p>The part taken back is cumulative: a statement compares what is due back as of its last day
 * with what the history says was taken back already, so the host passes every reversal of the
 * deals (not only the period's) and the receivables as of the period's last day.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ClawbackPolicy {
    ClawbackPolicy() {}

    /**
     * A builder; the mode is required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Net forward on returns and refusals, not on unpaid receivables.
     *
     * @return the policy
     */
    public static ClawbackPolicy netForward() {
        return builder().mode(ClawbackMode.NET_FORWARD).build();
    }

    /**
     * Retro on returns and refusals, not on unpaid receivables.
     *
     * @return the policy
     */
    public static ClawbackPolicy retro() {
        return builder().mode(ClawbackMode.RETRO).build();
    }

    /**
     * Net forward or retro.
     *
     * @return the mode
     */
    public abstract ClawbackMode mode();

    /**
     * Whether returns take commission back.
     *
     * @return true by default
     */
    @Value.Default
    public boolean onReturns() {
        return true;
    }

    /**
     * Whether refusals take commission back.
     *
     * @return true by default
     */
    @Value.Default
    public boolean onRefusals() {
        return true;
    }

    /**
     * After how many days past due an unpaid invoice takes its share of the commission back: an
     * invoice counts when its days past due are above this number.
     *
     * @return the days, 0 or more, or empty when unpaid receivables never take commission back
     */
    public abstract OptionalInt uncollectedAfterDays();

    @Value.Check
    void check() {
        uncollectedAfterDays().ifPresent(d -> argument(d >= 0, "uncollectedAfterDays must not be negative: %s", d));
    }

    /**
     * Builds a {@link ClawbackPolicy}; a builder is not thread-safe.
     */
    public static final class Builder extends ImmutableClawbackPolicy.Builder {
        Builder() {}
    }
}
