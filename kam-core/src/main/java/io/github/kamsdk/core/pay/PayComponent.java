package io.github.kamsdk.core.pay;

import io.github.kamsdk.core.money.Money;
import java.util.Currency;
import java.util.Optional;

/**
 * One part of a plan's variable pay (R-PAY-2..5): a strategy that turns a manager's transactions
 * and KPIs for some days into statement lines.
 *
 * <p>The standard components are {@link TransactionCommission} (on amount or margin, by size band,
 * on any crediting basis), {@link TeamOverride} (a senior's share of the team's sales), {@link
 * KpiBonus} (a target bonus through an attainment curve) and {@link PlanMissReduction} (less
 * variable pay for missed plans). A host may add its own: make {@link #newAccumulator} return a
 * fresh {@link ComponentAccumulator} that builds its lines with {@link PayLine#of}.
 *
 * <p>Components apply in the order the {@link PlanVersion} lists them; a component's {@link #cap()}
 * and {@link #floor()} bound the sum of its own lines for the period, prorated by days when a
 * version covers only part of it, and appear as separate {@link PayLineKind#CAP} and {@link
 * PayLineKind#FLOOR} lines.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface PayComponent {
    /**
     * The component's id, unique within a plan version and kept across versions.
     *
     * @return the id
     */
    ComponentId id();

    /**
     * What the component pays, in words, for explanations.
     *
     * @return the description
     */
    String description();

    /**
     * The currency of the component's own amounts (bands, targets, caps), if it has any: it must be
     * the plan's.
     *
     * @return the currency, or empty
     */
    default Optional<Currency> currency() {
        return Optional.empty();
    }

    /**
     * The most the component's lines may add up to in a whole period.
     *
     * @return the cap, or empty for none
     */
    default Optional<Money> cap() {
        return Optional.empty();
    }

    /**
     * The least the component's lines add up to in a whole period.
     *
     * @return the floor, or empty for none
     */
    default Optional<Money> floor() {
        return Optional.empty();
    }

    /**
     * The crediting basis of the transactions whose earnings may be clawed back, if the component
     * pays on transactions. A {@link CreditingBasis#COLLECTED} component's commission is never
     * clawed back for receivables left unpaid: it was never paid on them.
     *
     * @return the basis, or empty when nothing of this component can be clawed back
     */
    default Optional<CreditingBasis> clawbackBasis() {
        return Optional.empty();
    }

    /**
     * Whether the component wants the transactions credited to the people the manager supervises
     * (offered as {@link CreditRelation#SUBORDINATE}), as an override does. The calculator needs a
     * {@link io.github.kamsdk.core.team.SalesTeam} to know who they are.
     *
     * @return false by default
     */
    default boolean wantsSubordinates() {
        return false;
    }

    /**
     * A fresh accumulator for one manager and one plan version's days within a period.
     *
     * @param context what the calculation knows about the manager, period and plan; not null
     * @return the accumulator, not null
     */
    ComponentAccumulator newAccumulator(ComponentContext context);
}
