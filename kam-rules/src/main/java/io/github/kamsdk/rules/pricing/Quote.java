package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.internal.Checks.argument;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.account.Tier;
import io.github.kamsdk.core.ledger.EventId;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An order or quote to price: the account as the rules see it (tier, segment, account group, the
 * programmes it is enrolled in), the day, the lines, and what the account already bought in the
 * period (for period-to-date breaks).
 *
 * <pre>{@code
 * Quote quote = Quote.builder()
 *     .id(EventId.of("Q-104"))
 *     .account(AccountId.of("C-1"))
 *     .tier(tiers.tier("Key"))
 *     .segment("retail")
 *     .date(LocalDate.of(2026, 5, 4))
 *     .addProgramme("SPRING-26")
 *     .addLine(QuoteLine.of(1, ProductId.of("PUMP-7"), new BigDecimal("30")))
 *     .build();
 * }</pre>
 *
 * <p>Rules: at least one line; line numbers unique. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Quote {
    Quote() {}

    /**
     * A builder: id, account, date and at least one line are required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The quote's or order's id.
     *
     * @return the id
     */
    public abstract EventId id();

    /**
     * The account.
     *
     * @return the account
     */
    public abstract AccountId account();

    /**
     * The account's tier, if tiered.
     *
     * @return the tier, or empty
     */
    public abstract Optional<Tier> tier();

    /**
     * The account's segment or industry, if known.
     *
     * @return the segment, or empty
     */
    public abstract Optional<String> segment();

    /**
     * The account's group, if it belongs to one (rules on groups above it match too).
     *
     * @return the group, or empty
     */
    public abstract Optional<AccountGroupId> accountGroup();

    /**
     * The day the prices apply.
     *
     * @return the date
     */
    public abstract LocalDate date();

    /**
     * The promotion and bonus programmes the order takes part in.
     *
     * @return the programme codes
     */
    public abstract Set<String> programmes();

    /**
     * The lines.
     *
     * @return at least one, line numbers unique
     */
    public abstract List<QuoteLine> lines();

    /**
     * What the account already bought in the period, for period-to-date breaks.
     *
     * @return the history; none by default
     */
    @Value.Default
    public PurchaseHistory history() {
        return PurchaseHistory.none();
    }

    @Value.Check
    void check() {
        argument(!lines().isEmpty(), "a quote needs at least one line (quote %s)", id());
        Set<Integer> numbers = new HashSet<>();
        for (QuoteLine l : lines()) {
            argument(
                    numbers.add(l.lineNumber()),
                    "line numbers must be unique: %s twice (quote %s)",
                    l.lineNumber(),
                    id());
        }
        segment().ifPresent(s -> argument(!s.isBlank(), "segment must not be blank (quote %s)", id()));
    }

    /**
     * Builds a {@link Quote}; a null argument fails with an {@link IllegalArgumentException} naming
     * the attribute. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableQuote.Builder {
        Builder() {}
    }
}
