package io.github.kamsdk.core.account;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.decimal;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kamsdk.core.money.CurrencyMismatchException;
import io.github.kamsdk.core.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One account's figures, the input of a {@link TieringPolicy}: its revenue and, for a {@link
 * WeightedScorePolicy}, its margin, its projected margins (for growth potential as NPV) and any
 * host-named criteria such as {@code strategicFit}.
 *
 * <pre>{@code
 * AccountFigures acme = AccountFigures.of(AccountId.of("C-1"), Money.of("250000", "EUR"));
 * AccountFigures full = AccountFigures.builder(AccountId.of("C-2"), Money.of("90000", "EUR"))
 *     .margin(Money.of("20000", "EUR"))
 *     .projectedMargins(List.of(Money.of("25000", "EUR"), Money.of("30000", "EUR")))
 *     .criterion("strategicFit", new BigDecimal("4"))
 *     .build();
 * }</pre>
 *
 * <p>Revenue is not negative. Margin and projected margins are in the revenue's currency (a
 * {@link CurrencyMismatchException} otherwise) and may be negative. Criterion names are a letter
 * followed by letters, digits or '_', and are not one of the built-in criteria of {@link
 * WeightedScorePolicy} ({@code revenue}, {@code margin}, {@code growthPotential}).
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class AccountFigures {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final int MAX_NAME_LENGTH = 100;

    private final AccountId account;
    private final Money revenue;
    private final @Nullable Money margin;
    private final ImmutableList<Money> projectedMargins;
    private final ImmutableSortedMap<String, BigDecimal> criteria;

    private AccountFigures(
            AccountId account,
            Money revenue,
            @Nullable Money margin,
            ImmutableList<Money> projectedMargins,
            ImmutableSortedMap<String, BigDecimal> criteria) {
        this.account = account;
        this.revenue = revenue;
        this.margin = margin;
        this.projectedMargins = projectedMargins;
        this.criteria = criteria;
    }

    /**
     * The figures of an account known by its revenue only (enough for the revenue-share and Pareto
     * policies).
     *
     * @param account the account, not null
     * @param revenue its revenue, not negative, not null
     * @return the figures
     */
    public static AccountFigures of(AccountId account, Money revenue) {
        return builder(account, revenue).build();
    }

    /**
     * A builder for an account's figures.
     *
     * @param account the account, not null
     * @param revenue its revenue, not negative, not null
     * @return the builder
     */
    public static Builder builder(AccountId account, Money revenue) {
        notNull(account, "account");
        notNull(revenue, "revenue");
        argument(revenue.isPositiveOrZero(), "revenue must not be negative: %s (account %s)", revenue, account);
        return new Builder(account, revenue);
    }

    /**
     * The account.
     *
     * @return the account's id
     */
    public AccountId account() {
        return account;
    }

    /**
     * The account's revenue.
     *
     * @return the revenue, not negative
     */
    public Money revenue() {
        return revenue;
    }

    /**
     * The account's margin.
     *
     * @return the margin, in the revenue's currency, if given
     */
    public Optional<Money> margin() {
        return Optional.ofNullable(margin);
    }

    /**
     * The margins projected for the coming periods, first period first.
     *
     * @return the projected margins, possibly empty
     */
    public ImmutableList<Money> projectedMargins() {
        return projectedMargins;
    }

    /**
     * The host-named criteria, by name.
     *
     * @return the criteria, possibly empty
     */
    public ImmutableSortedMap<String, BigDecimal> criteria() {
        return criteria;
    }

    /**
     * A host-named criterion's value.
     *
     * @param name the name, not null
     * @return the value, or empty
     */
    public Optional<BigDecimal> criterion(String name) {
        return Optional.ofNullable(criteria.get(notNull(name, "name")));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof AccountFigures that
                && account.equals(that.account)
                && revenue.equals(that.revenue)
                && Objects.equals(margin, that.margin)
                && projectedMargins.equals(that.projectedMargins)
                && criteria.equals(that.criteria);
    }

    @Override
    public int hashCode() {
        return Objects.hash(account, revenue, margin, projectedMargins, criteria);
    }

    /** E.g. {@code "C-1: revenue EUR 250000.00"}, with the other figures when given. */
    @Override
    public String toString() {
        StringBuilder text =
                new StringBuilder().append(account).append(": revenue ").append(revenue);
        if (margin != null) {
            text.append(", margin ").append(margin);
        }
        if (!projectedMargins.isEmpty()) {
            text.append(", projected margins ").append(projectedMargins);
        }
        if (!criteria.isEmpty()) {
            text.append(", criteria ").append(criteria);
        }
        return text.toString();
    }

    /**
     * Builds {@link AccountFigures}. A null argument fails with an {@link IllegalArgumentException}
     * naming it. A builder is not thread-safe.
     */
    public static final class Builder {
        private final AccountId account;
        private final Money revenue;
        private @Nullable Money margin;
        private List<Money> projectedMargins = List.of();
        private final TreeMap<String, BigDecimal> criteria = new TreeMap<>();

        private Builder(AccountId account, Money revenue) {
            this.account = account;
            this.revenue = revenue;
        }

        /**
         * Sets the margin.
         *
         * @param margin the margin, in the revenue's currency, of either sign, not null
         * @return this builder
         * @throws CurrencyMismatchException if its currency is not the revenue's
         */
        public Builder margin(Money margin) {
            notNull(margin, "margin");
            sameCurrency(margin);
            this.margin = margin;
            return this;
        }

        /**
         * Sets the margins projected for the coming periods (replacing any set before).
         *
         * @param projectedMargins first period first, in the revenue's currency, not null, no null
         *     element
         * @return this builder
         * @throws CurrencyMismatchException if one is not in the revenue's currency
         */
        public Builder projectedMargins(List<Money> projectedMargins) {
            notNull(projectedMargins, "projectedMargins");
            List<Money> copy = new ArrayList<>(projectedMargins.size());
            for (int i = 0; i < projectedMargins.size(); i++) {
                Money m = notNull(projectedMargins.get(i), "projectedMargins[" + i + "]");
                sameCurrency(m);
                copy.add(m);
            }
            this.projectedMargins = copy;
            return this;
        }

        /**
         * Sets (or replaces) a host-named criterion, e.g. {@code strategicFit} on a scale of 1 to 5.
         *
         * @param name a letter followed by letters, digits or '_', at most 100 characters, not a
         *     built-in criterion's name, not null
         * @param value the value, higher is better, not null
         * @return this builder
         */
        public Builder criterion(String name, BigDecimal value) {
            notNull(name, "criterion name");
            decimal(value, "criterion '" + name + "'");
            argument(
                    NAME.matcher(name).matches() && name.length() <= MAX_NAME_LENGTH,
                    "criterion name must be a letter followed by letters, digits or '_' (at most %s): '%s'",
                    MAX_NAME_LENGTH,
                    name);
            argument(
                    !WeightedScorePolicy.BUILT_IN.contains(name),
                    "criterion name '%s' is a built-in criterion, computed from the figures (account %s)",
                    name,
                    account);
            criteria.put(name, value);
            return this;
        }

        private void sameCurrency(Money m) {
            if (!m.isSameCurrency(revenue)) {
                throw new CurrencyMismatchException(revenue.currency(), m.currency());
            }
        }

        /**
         * The figures.
         *
         * @return the figures set so far
         */
        public AccountFigures build() {
            return new AccountFigures(
                    account,
                    revenue,
                    margin,
                    ImmutableList.copyOf(projectedMargins),
                    ImmutableSortedMap.copyOf(criteria));
        }
    }
}
