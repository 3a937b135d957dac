package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.internal.Checks.argument;

import io.github.kamsdk.core.account.AccountId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The host's mark that a client account went to a competitor on a date (R-KPI-2, R-ACC-2). Churn
 * counts such an account as lost from that date, whether or not it still has orders in the
 * inactivity window.
 *
 * <pre>{@code
 * CompetitorLoss loss = CompetitorLoss.of(AccountId.of("C-9"), LocalDate.of(2026, 2, 10));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. Equal when all attributes are equal.
 */
@Value.Immutable
public abstract class CompetitorLoss {
    CompetitorLoss() {}

    /**
     * A builder: account and date are required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An account lost on a date, competitor not named.
     *
     * @param account the account, not null
     * @param date the day it was lost, not null
     * @return the mark
     */
    public static CompetitorLoss of(AccountId account, LocalDate date) {
        return builder().account(account).date(date).build();
    }

    /**
     * The account lost.
     *
     * @return the account
     */
    public abstract AccountId account();

    /**
     * The day the host considers it lost.
     *
     * @return the date
     */
    public abstract LocalDate date();

    /**
     * The competitor, if known.
     *
     * @return the competitor's name, or empty
     */
    public abstract Optional<String> competitor();

    @Value.Check
    void check() {
        competitor()
                .ifPresent(c -> argument(
                        !c.isBlank() && c.length() <= 200,
                        "competitor must be 1 to 200 characters, not blank: '%s' (account %s)",
                        c,
                        account()));
    }

    /**
     * Builds a {@link CompetitorLoss}. A null argument fails with an {@link IllegalArgumentException}
     * naming the attribute. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableCompetitorLoss.Builder {
        Builder() {}
    }
}
