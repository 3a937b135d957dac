package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.SalesTeam;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A senior's override on the juniors they supervise (R-PAY-5): a rate on the eligible base of the
 * transactions credited to the people below them in the {@link SalesTeam}, on top of (not out of)
 * the juniors' own commission.
 *
 * <pre>{@code
 * TeamOverride override = TeamOverride.builder()
 *     .id(ComponentId.of("override"))
 *     .rate(Rate.percent(2))
 *     .currency(EUR)
 *     .build();
 * // Luis, whom Ana supervises, books EUR 40,000: Ana's override is 2% = EUR 800.00
 * }</pre>
 *
 * <p><b>Definition.</b> For each transaction credited to a manager the statement's manager
 * supervises ({@link Scope#DIRECT_REPORTS}: reports directly to them; {@link
 * Scope#ALL_SUBORDINATES}, the default: anywhere below them), the override is {@code rate × B × f}
 * with {@code B} the deal's eligible base in the plan's currency and {@code f} the subordinate's
 * credit factor (portion × share × retained), on the component's crediting basis. One {@link
 * PayLineKind#OVERRIDE} line per subordinate. The calculator needs a team to know who supervises
 * whom; without one the component earns nothing.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TeamOverride implements PayComponent {
    /** Whose transactions the override covers. */
    public enum Scope {
        /** Only the people who report directly to the manager. */
        DIRECT_REPORTS,
        /** Everyone below the manager in the reporting lines. */
        ALL_SUBORDINATES
    }

    private final ComponentId id;
    private final String description;
    private final Rate rate;
    private final Currency currency;
    private final CommissionBase base;
    private final CreditingBasis basis;
    private final Eligibility eligibility;
    private final Scope scope;
    private final @Nullable Money cap;
    private final @Nullable Money floor;

    private TeamOverride(Builder b) {
        this.id = notNull(b.id, "id");
        this.rate = notNull(b.rate, "rate").requireBetween(Rate.ZERO, Rate.ONE_HUNDRED_PERCENT, "rate");
        this.currency = notNull(b.currency, "currency");
        this.base = b.base;
        this.basis = b.basis;
        this.eligibility = b.eligibility;
        this.scope = b.scope;
        this.cap = b.cap;
        this.floor = b.floor;
        this.description = b.description != null
                ? b.description
                : "override of " + rate + " on the " + base.name().toLowerCase(java.util.Locale.ROOT) + " of "
                        + (scope == Scope.DIRECT_REPORTS ? "direct reports'" : "subordinates'") + " "
                        + basis.name().toLowerCase(java.util.Locale.ROOT) + " transactions";
        ComponentLimits.check(cap, floor, currency, id);
    }

    /**
     * A builder: id, rate and currency are required; base amount, basis booked, all lines, all
     * subordinates by default.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ComponentId id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * The override rate.
     *
     * @return the rate
     */
    public Rate rate() {
        return rate;
    }

    /**
     * Whose transactions are covered.
     *
     * @return the scope
     */
    public Scope scope() {
        return scope;
    }

    /**
     * What the rate applies to.
     *
     * @return the base
     */
    public CommissionBase base() {
        return base;
    }

    /**
     * The crediting basis of the transactions covered.
     *
     * @return the basis
     */
    public CreditingBasis basis() {
        return basis;
    }

    /**
     * Which lines count.
     *
     * @return the eligibility
     */
    public Eligibility eligibility() {
        return eligibility;
    }

    @Override
    public Optional<Currency> currency() {
        return Optional.of(currency);
    }

    @Override
    public Optional<Money> cap() {
        return Optional.ofNullable(cap);
    }

    @Override
    public Optional<Money> floor() {
        return Optional.ofNullable(floor);
    }

    @Override
    public Optional<CreditingBasis> clawbackBasis() {
        return Optional.of(basis);
    }

    /**
     * An override reads the transactions of the people the manager supervises.
     *
     * @return true
     */
    @Override
    public boolean wantsSubordinates() {
        return true;
    }

    @Override
    public ComponentAccumulator newAccumulator(ComponentContext context) {
        return new Accumulator(notNull(context, "context"));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof TeamOverride that
                && id.equals(that.id)
                && description.equals(that.description)
                && rate.equals(that.rate)
                && currency.equals(that.currency)
                && base == that.base
                && basis == that.basis
                && eligibility.equals(that.eligibility)
                && scope == that.scope
                && Objects.equals(cap, that.cap)
                && Objects.equals(floor, that.floor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, description, rate, currency, base, basis, eligibility, scope, cap, floor);
    }

    @Override
    public String toString() {
        return id + ": " + description;
    }

    private record Earning(CreditedTransaction t, Money dealBase, Money credited, Money override) {}

    private final class Accumulator implements ComponentAccumulator {
        private final ComponentContext ctx;
        private final Map<ManagerId, Money> bySubordinate = new TreeMap<>();
        private final Map<ManagerId, List<Earning>> kept = new TreeMap<>();
        private final Take[] why = new Take[1];

        Accumulator(ComponentContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Take offer(CreditedTransaction t) {
            if (t.relation() != CreditRelation.SUBORDINATE) {
                return Take.IGNORED;
            }
            if (scope == Scope.DIRECT_REPORTS) {
                SalesTeam team = ctx.team().orElse(null);
                if (team == null
                        || !team.supervisorOf(t.creditedTo())
                                .map(ctx.manager()::equals)
                                .orElse(false)) {
                    return Take.IGNORED;
                }
            }
            PayTransaction tx = t.transaction();
            if (tx.basis() != basis) {
                return Take.IGNORED;
            }
            Money dealBase = DealBase.of(t, base, eligibility, why);
            if (dealBase == null) {
                return Take.IGNORED;
            }
            Money credited = dealBase.times(t.factor());
            Money override = credited.times(rate);
            bySubordinate.merge(t.creditedTo(), override, Money::plus);
            if (ctx.tracks(tx.deal())) {
                kept.computeIfAbsent(t.creditedTo(), k -> new ArrayList<>())
                        .add(new Earning(t, dealBase, credited, override));
            }
            return Take.EARNED;
        }

        @Override
        public List<PayLine> lines(List<PayLine> before) {
            List<PayLine> out = new ArrayList<>();
            for (Map.Entry<ManagerId, Money> e : bySubordinate.entrySet()) {
                ManagerId sub = e.getKey();
                Money sum = e.getValue();
                List<Earning> items = new ArrayList<>(kept.getOrDefault(sub, List.of()));
                items.sort(java.util.Comparator.comparing(
                                (Earning x) -> x.t().transaction().date())
                        .thenComparing(x -> x.t().transaction().id()));
                out.add(PayLine.create(
                        PayLineKind.OVERRIDE,
                        id,
                        "sub." + sub.value(),
                        description + ": " + sub,
                        ctx.piece(),
                        sum,
                        ctx.rounding(),
                        () -> explain(sub, sum, items)));
            }
            return out;
        }

        private Explanation explain(ManagerId sub, Money sum, List<Earning> items) {
            Explanation.Builder e = Explanation.builder();
            e.addStep(Step.of(
                    "pay.override.rule",
                    "{component}: {rate} on the {base} of {eligibility} of {subordinate}'s {basis} transactions",
                    "component",
                    id.value(),
                    "rate",
                    rate,
                    "base",
                    base,
                    "eligibility",
                    eligibility.toString(),
                    "subordinate",
                    sub.value(),
                    "basis",
                    basis));
            if (ctx.explained()) {
                for (Earning x : items) {
                    PayTransaction tx = x.t().transaction();
                    e.addStep(Step.of(
                            "pay.override.transaction",
                            "{transaction} ({date}, deal {deal}): deal base {dealBase} × {factor} credited to {subordinate}"
                                    + " = {credited}; {rate} × {credited} = {override}",
                            "transaction",
                            tx.id().value(),
                            "date",
                            tx.date(),
                            "deal",
                            tx.deal().value(),
                            "dealBase",
                            x.dealBase(),
                            "factor",
                            x.t().factor(),
                            "subordinate",
                            sub.value(),
                            "credited",
                            x.credited(),
                            "rate",
                            rate,
                            "override",
                            x.override()));
                }
            }
            e.addStep(Step.of(
                    "pay.override.total", "override on {subordinate}: {sum}", "subordinate", sub.value(), "sum", sum));
            return e.build();
        }

        @Override
        public List<CommissionRecord> records() {
            List<CommissionRecord> out = new ArrayList<>();
            for (List<Earning> items : kept.values()) {
                for (Earning x : items) {
                    PayTransaction tx = x.t().transaction();
                    out.add(ComponentLimits.earned(ctx, id, tx, x.override()));
                }
            }
            return out;
        }
    }

    /** Builds a {@link TeamOverride}; a builder is not thread-safe. */
    public static final class Builder {
        private @Nullable ComponentId id;
        private @Nullable String description;
        private @Nullable Rate rate;
        private @Nullable Currency currency;
        private CommissionBase base = CommissionBase.AMOUNT;
        private CreditingBasis basis = CreditingBasis.BOOKED;
        private Eligibility eligibility = Eligibility.all();
        private Scope scope = Scope.ALL_SUBORDINATES;
        private @Nullable Money cap;
        private @Nullable Money floor;

        Builder() {}

        /**
         * The id.
         *
         * @param id the id, not null
         * @return this builder
         */
        public Builder id(ComponentId id) {
            this.id = notNull(id, "id");
            return this;
        }

        /**
         * The description; derived by default.
         *
         * @param description not blank, not null
         * @return this builder
         */
        public Builder description(String description) {
            notNull(description, "description");
            argument(!description.isBlank(), "description must not be blank");
            this.description = description;
            return this;
        }

        /**
         * The override rate.
         *
         * @param rate 0% to 100%, not null
         * @return this builder
         */
        public Builder rate(Rate rate) {
            this.rate = notNull(rate, "rate");
            return this;
        }

        /**
         * The plan's currency (of caps and floors).
         *
         * @param currency the currency, not null
         * @return this builder
         */
        public Builder currency(Currency currency) {
            this.currency = notNull(currency, "currency");
            return this;
        }

        /**
         * What the rate applies to.
         *
         * @param base the base, not null
         * @return this builder
         */
        public Builder base(CommissionBase base) {
            this.base = notNull(base, "base");
            return this;
        }

        /**
         * The crediting basis of the transactions covered.
         *
         * @param basis the basis, not null
         * @return this builder
         */
        public Builder basis(CreditingBasis basis) {
            this.basis = notNull(basis, "basis");
            return this;
        }

        /**
         * Which lines count.
         *
         * @param eligibility the rule, not null
         * @return this builder
         */
        public Builder eligibility(Eligibility eligibility) {
            this.eligibility = notNull(eligibility, "eligibility");
            return this;
        }

        /**
         * Whose transactions are covered.
         *
         * @param scope the scope, not null
         * @return this builder
         */
        public Builder scope(Scope scope) {
            this.scope = notNull(scope, "scope");
            return this;
        }

        /**
         * The most the override adds up to in a whole period.
         *
         * @param cap not negative, not null
         * @return this builder
         */
        public Builder cap(Money cap) {
            this.cap = notNull(cap, "cap");
            return this;
        }

        /**
         * The least the override adds up to in a whole period.
         *
         * @param floor not negative, not null
         * @return this builder
         */
        public Builder floor(Money floor) {
            this.floor = notNull(floor, "floor");
            return this;
        }

        /**
         * The component.
         *
         * @return the component
         * @throws IllegalArgumentException if id, rate or currency is missing or a figure out of range
         */
        public TeamOverride build() {
            return new TeamOverride(this);
        }
    }
}
