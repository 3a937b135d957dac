package io.github.kamsdk.core.account;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.time.DateRange;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A client account: who it is, where it stands in its lifecycle (R-ACC-2), when it bought and
 * under which contract (R-ACC-3).
 *
 * <pre>{@code
 * Account account = Account.builder()
 *     .id(AccountId.of("C-10042"))
 *     .name("Acme Industrial")
 *     .segment("Manufacturing")
 *     .status(LifecycleStatus.ACTIVE)
 *     .firstPurchase(LocalDate.of(2021, 3, 15))
 *     .lastPurchase(LocalDate.of(2026, 10, 2))
 *     .contractStart(LocalDate.of(2026, 1, 1))
 *     .contractEnd(LocalDate.of(2026, 12, 31))
 *     .renewalDate(LocalDate.of(2026, 11, 30))
 *     .build();
 * account.contractPeriod(); // [2026-01-01, 2027-01-01)
 * }</pre>
 *
 * <p><b>Consistency rules</b>, checked by {@link Builder#build()}, each failure an {@link
 * IllegalArgumentException} naming the fields and their values:
 *
 * <ul>
 *   <li>the name is not blank and at most 500 characters; segment and industry, when given, are not
 *       blank;
 *   <li>a {@link LifecycleStatus#PROSPECT} has no purchase dates (it has not bought yet);
 *   <li>the last purchase is not before the first purchase (either may be given alone: a host may
 *       know only one of them);
 *   <li>contract dates are inclusive days, as contracts state them; a contract end or a renewal date
 *       needs a contract start; the end is not before the start;
 *   <li>the renewal date (the day the contract comes up for renewal) is not before the contract
 *       start and, when the contract has an end, not after the day following that end.
 * </ul>
 *
 * <p>A contract may be open-ended (a start without an end). Purchase and contract dates are not
 * checked against each other: a client may buy before signing a frame contract.
 *
 * <p>This class is immutable and thread-safe. Equal when all attributes are equal.
 */
@Value.Immutable
public abstract class Account {
    private static final int MAX_NAME_LENGTH = 500;

    Account() {}

    /**
     * A builder for an account: {@code id}, {@code name} and {@code status} are required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The host's identifier of the account.
     *
     * @return the id
     */
    public abstract AccountId id();

    /**
     * The client's name, e.g. {@code "Acme Industrial"}.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * The host's segment, e.g. {@code "Enterprise"}.
     *
     * @return the segment, if known
     */
    public abstract Optional<String> segment();

    /**
     * The client's industry, e.g. {@code "Manufacturing"}.
     *
     * @return the industry, if known
     */
    public abstract Optional<String> industry();

    /**
     * Where the account stands in its lifecycle.
     *
     * @return the status
     */
    public abstract LifecycleStatus status();

    /**
     * The day of the client's first purchase.
     *
     * @return the day, absent for a prospect or when unknown
     */
    public abstract Optional<LocalDate> firstPurchase();

    /**
     * The day of the client's latest purchase.
     *
     * @return the day, absent for a prospect or when unknown
     */
    public abstract Optional<LocalDate> lastPurchase();

    /**
     * The first day of the current contract, inclusive.
     *
     * @return the day, absent when there is no contract
     */
    public abstract Optional<LocalDate> contractStart();

    /**
     * The last day of the current contract, inclusive.
     *
     * @return the day, absent when there is no contract or it is open-ended
     */
    public abstract Optional<LocalDate> contractEnd();

    /**
     * The day the contract comes up for renewal (R-ACC-3), e.g. the notice date before its end.
     *
     * @return the day, if agreed
     */
    public abstract Optional<LocalDate> renewalDate();

    /**
     * The contract as a period: {@code [contractStart, contractEnd + 1)}.
     *
     * @return the period, absent when there is no contract or it is open-ended
     */
    public Optional<DateRange> contractPeriod() {
        if (contractStart().isEmpty() || contractEnd().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(DateRange.closed(contractStart().get(), contractEnd().get()));
    }

    /**
     * Whether the contract covers the day: on or after its start and, if it has an end, on or
     * before its end.
     *
     * @param day the day, not null
     * @return true if the account is under contract on {@code day}
     */
    public boolean isUnderContractOn(LocalDate day) {
        notNull(day, "day");
        return contractStart().isPresent()
                && !day.isBefore(contractStart().get())
                && contractEnd().map(end -> !day.isAfter(end)).orElse(true);
    }

    @Value.Check
    void check() {
        argument(!name().isBlank(), "name must not be blank: '%s' (account %s)", name(), id());
        argument(
                name().length() <= MAX_NAME_LENGTH,
                "name must be at most %s characters, got %s (account %s)",
                MAX_NAME_LENGTH,
                name().length(),
                id());
        segment().ifPresent(s -> argument(!s.isBlank(), "segment must not be blank: '%s' (account %s)", s, id()));
        industry().ifPresent(s -> argument(!s.isBlank(), "industry must not be blank: '%s' (account %s)", s, id()));
        if (status() == LifecycleStatus.PROSPECT) {
            argument(
                    firstPurchase().isEmpty() && lastPurchase().isEmpty(),
                    "a PROSPECT has no purchase dates: firstPurchase %s, lastPurchase %s (account %s)",
                    firstPurchase().orElse(null),
                    lastPurchase().orElse(null),
                    id());
        }
        if (firstPurchase().isPresent() && lastPurchase().isPresent()) {
            argument(
                    !lastPurchase().get().isBefore(firstPurchase().get()),
                    "lastPurchase must not be before firstPurchase: %s < %s (account %s)",
                    lastPurchase().get(),
                    firstPurchase().get(),
                    id());
        }
        if (contractStart().isEmpty()) {
            argument(
                    contractEnd().isEmpty(),
                    "contractEnd needs a contractStart: contractEnd %s (account %s)",
                    contractEnd().orElse(null),
                    id());
            argument(
                    renewalDate().isEmpty(),
                    "renewalDate needs a contractStart: renewalDate %s (account %s)",
                    renewalDate().orElse(null),
                    id());
            return;
        }
        LocalDate start = contractStart().get();
        contractEnd()
                .ifPresent(end -> argument(
                        !end.isBefore(start),
                        "contractEnd must not be before contractStart: %s < %s (account %s)",
                        end,
                        start,
                        id()));
        renewalDate().ifPresent(renewal -> {
            argument(
                    !renewal.isBefore(start),
                    "renewalDate must not be before contractStart: %s < %s (account %s)",
                    renewal,
                    start,
                    id());
            contractEnd()
                    .ifPresent(end -> argument(
                            !renewal.isAfter(end.plusDays(1)),
                            "renewalDate must not be after the day following contractEnd: %s > %s (account %s)",
                            renewal,
                            end,
                            id()));
        });
    }

    /**
     * Builds an {@link Account}. A null argument fails with an {@link IllegalArgumentException}
     * naming the attribute; {@link #build()} checks the consistency rules. A builder is not
     * thread-safe.
     */
    public static final class Builder extends ImmutableAccount.Builder {
        Builder() {}
    }
}
