package io.github.kamsdk.rules.credit;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.core.team.SalesTeam;
import io.github.kamsdk.rules.pricing.AccountGroupId;
import io.github.kamsdk.rules.pricing.Hierarchy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The credit engine (R-CRED-1..4): limits by account, group and company, the standard rules (or the
 * host's), overdue weights and tolerance, scoring, and who may release a hold.
 *
 * <pre>{@code
 * CreditPolicy credit = CreditPolicy.builder(CreditLimit.of(Money.of("20000", "EUR"))) // company default
 *     .groupLimit(AccountGroupId.of("IBERIA-RETAIL"), CreditLimit.of(Money.of("80000", "EUR")))
 *     .tolerance(Money.of("500", "EUR"))   // weighted overdue below this is ignored
 *     .team(team)                          // for releasing holds
 *     .build();
 * CreditDecision d = credit.decide(request, profile, ledger);
 * HoldRelease r = credit.release(d, ManagerId.of("carmen"), LocalDate.of(2026, 5, 4));
 * }</pre>
 *
 * <p><b>Decision.</b> The limit is the account's, else its group's (climbing the group tree), else
 * the company default; {@link CreditLimit#unlimited()} is no ceiling and zero is no credit. The
 * context (exposure, history, weighted overdue, score) is computed once; each rule gives a verdict;
 * then: an exemption approves; else a rejection rejects; else a hold holds; else with the smallest
 * cap {@code m}: an order of at most {@code m} is approved (an exposure exactly at the limit is
 * within it), one above {@code m > 0} is approved up to {@code m}, and with no room ({@code m ≤ 0})
 * it is held. More overdue debt or more exposure within the relationship never raises {@code m} (an
 * order dated before the account's first one also lengthens the relationship, which the score
 * rewards); the decision does not depend on the order of the ledger's events.
 *
 * <p><b>Release.</b> A held order (or the part above an approve-up-to) may be released by someone
 * who on that day holds the authority (their own, or an absent manager's by delegation) of a role at
 * or above the release role in the escalation order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CreditPolicy {
    private final CreditLimit companyDefault;
    private final Map<AccountGroupId, CreditLimit> groupLimits;
    private final Hierarchy<AccountGroupId> accountGroups;
    private final ImmutableList<CreditRule> rules;
    private final OverdueWeights weights;
    private final @Nullable Money tolerance;
    private final int holdAfterDays;
    private final CreditScoring scoring;
    private final Role releaseRole;
    private final ImmutableList<Role> escalation;
    private final @Nullable SalesTeam team;

    private CreditPolicy(Builder b) {
        this.companyDefault = b.companyDefault;
        this.groupLimits = java.util.Collections.unmodifiableMap(new TreeMap<>(b.groupLimits));
        this.accountGroups = b.accountGroups;
        this.rules = ImmutableList.copyOf(b.rules);
        this.weights = b.weights;
        this.tolerance = b.tolerance;
        this.holdAfterDays = b.holdAfterDays;
        this.scoring = b.scoring;
        this.releaseRole = b.releaseRole;
        this.escalation = ImmutableList.copyOf(b.escalation);
        this.team = b.team;
        argument(
                escalation.contains(releaseRole),
                "releaseRole %s is not in the escalation order %s",
                releaseRole,
                escalation);
    }

    /**
     * A builder with the standard rules, weights and scoring, no tolerance, holds after 90 days, and
     * holds released by the head of sales.
     *
     * @param companyDefault the limit of accounts with none of their own or of their group, not null
     * @return a builder
     */
    public static Builder builder(CreditLimit companyDefault) {
        return new Builder(notNull(companyDefault, "companyDefault"));
    }

    /**
     * The limit that applies to an account, and where it came from.
     *
     * @param profile the account's profile, not null
     * @return the limit and its source in words
     */
    public Map.Entry<CreditLimit, String> limitOf(CreditProfile profile) {
        notNull(profile, "profile");
        if (profile.limit().isPresent()) {
            return Map.entry(profile.limit().get(), "the limit of account " + profile.account());
        }
        if (profile.accountGroup().isPresent()) {
            for (AccountGroupId g :
                    accountGroups.ancestorsOrSelf(profile.accountGroup().get())) {
                CreditLimit l = groupLimits.get(g);
                if (l != null) {
                    return Map.entry(l, "the limit of account group " + g);
                }
            }
        }
        return Map.entry(companyDefault, "the company default");
    }

    /**
     * Decides a request.
     *
     * @param request the request, not null
     * @param profile the account's profile, for the request's account, not null
     * @param ledger the commercial events (of this account at least), not null
     * @return the decision
     * @throws IllegalArgumentException if the profile is of another account, or amounts are in
     *     another currency than the order's
     */
    public CreditDecision decide(CreditRequest request, CreditProfile profile, Ledger ledger) {
        notNull(request, "request");
        notNull(profile, "profile");
        notNull(ledger, "ledger");
        argument(
                profile.account().equals(request.account()),
                "the profile is of account %s, the request of %s",
                profile.account(),
                request.account());
        Money zero = Money.zero(request.orderAmount().currency());
        Map.Entry<CreditLimit, String> limit = limitOf(profile);
        limit.getKey()
                .amount()
                .ifPresent(m -> argument(
                        m.isSameCurrency(zero),
                        "%s is in %s; the order is in %s",
                        limit.getValue(),
                        m.currency().getCurrencyCode(),
                        zero.currency().getCurrencyCode()));
        Money tol = tolerance == null ? zero : tolerance;
        argument(
                tol.isSameCurrency(zero),
                "the tolerance %s is not in the order's currency %s",
                tol,
                zero.currency().getCurrencyCode());
        // One read of the account's own events serves both: the ledger is walked once, and only
        // where this account is.
        AccountEvents events = AccountEvents.read(ledger, request.account(), request.date());
        Exposure exposure = Exposure.from(events, request);
        CreditHistory history = CreditHistory.from(events, profile.writeOffs());
        Money weighted = weights.weighted(exposure.openInvoices(), zero);
        Money penalty = weighted.isLessThan(tol) ? zero : weighted;
        CreditScoring.Score score = scoring.score(history);
        CreditContext context = new CreditContext(
                request,
                profile,
                limit.getKey(),
                limit.getValue(),
                exposure,
                history,
                weighted,
                penalty,
                tol,
                holdAfterDays,
                score.score(),
                score.factor());
        List<Step> steps = new ArrayList<>();
        steps.add(Step.of(
                "credit.request",
                "order of {amount} for account {account} on {date}{prepaid}; limit {limit} ({source}); verification {status}",
                "amount",
                request.orderAmount(),
                "account",
                request.account().value(),
                "date",
                request.date(),
                "prepaid",
                request.prepaid() ? ", prepaid" : "",
                "limit",
                limit.getKey().toString(),
                "source",
                limit.getValue(),
                "status",
                profile.verification()));
        steps.add(exposure.step());
        steps.add(history.step());
        steps.add(Step.of(
                "credit.overdue",
                "overdue debt weighed by age ({weights}): {weighted}; tolerance {tolerance}: penalty {penalty}",
                "weights",
                weights.toString(),
                "weighted",
                weighted,
                "tolerance",
                tol,
                "penalty",
                penalty));
        steps.add(score.step());
        ImmutableList.Builder<CreditDecision.Verdict> verdicts = ImmutableList.builder();
        boolean exempt = false;
        boolean reject = false;
        boolean hold = false;
        Money cap = null;
        for (CreditRule rule : rules) {
            RuleVerdict v = notNull(rule.evaluate(context), "verdict of rule " + rule.id());
            verdicts.add(new CreditDecision.Verdict(rule.id(), v));
            steps.add(Step.of("credit.rule", "{rule}: {verdict}", "rule", rule.id(), "verdict", v.toString()));
            switch (v.kind()) {
                case EXEMPT -> exempt = true;
                case REJECT -> reject = true;
                case HOLD -> hold = true;
                case CAP -> {
                    Money c = v.cap().orElseThrow();
                    argument(c.isSameCurrency(zero), "rule %s capped the order in another currency: %s", rule.id(), c);
                    cap = cap == null ? c : Money.min(cap, c);
                }
                default -> {}
            }
        }
        CreditOutcome outcome;
        // The largest order allowed is a payable figure: rounded down, so it never exceeds the room.
        Money max = cap == null
                ? null
                : Money.max(cap, zero)
                        .round(io.github.kamsdk.core.money.RoundingPolicy.toMinorUnit(java.math.RoundingMode.DOWN));
        Role release = null;
        if (exempt) {
            outcome = CreditOutcome.APPROVE;
            max = null;
        } else if (reject) {
            outcome = CreditOutcome.REJECT;
            max = null;
        } else if (hold) {
            outcome = CreditOutcome.HOLD;
            release = releaseRole;
        } else if (max == null || !request.orderAmount().isGreaterThan(max)) {
            outcome = CreditOutcome.APPROVE;
        } else if (max.isPositive()) {
            outcome = CreditOutcome.APPROVE_UP_TO;
            release = releaseRole;
        } else {
            outcome = CreditOutcome.HOLD;
            release = releaseRole;
        }
        steps.add(Step.of(
                "credit.decision",
                "decision: {outcome}{max}{release}",
                "outcome",
                outcome,
                "max",
                max == null ? "" : "; the largest order allowed now is " + max,
                "release",
                release == null ? "" : "; " + release + " or above may release it"));
        return new CreditDecision(request, outcome, max, release, verdicts.build(), context, Explanation.of(steps));
    }

    /**
     * Releases a held order (or the part of an order above its approve-up-to amount).
     *
     * @param decision the decision, not null
     * @param releaser who releases, a manager of the team, not null
     * @param date the day, not null
     * @return released on whose authority, or refused and why
     * @throws IllegalArgumentException if the policy has no team, the releaser is not in it, or
     *     the decision holds nothing
     */
    public HoldRelease release(CreditDecision decision, ManagerId releaser, LocalDate date) {
        notNull(decision, "decision");
        notNull(releaser, "releaser");
        notNull(date, "date");
        argument(team != null, "the credit policy has no team: give it one to release holds");
        SalesTeam t = team;
        argument(t.contains(releaser), "releaser %s is not in the team", releaser);
        argument(
                decision.outcome() == CreditOutcome.HOLD || decision.outcome() == CreditOutcome.APPROVE_UP_TO,
                "decision is %s: there is nothing to release",
                decision.outcome());
        List<Step> steps = new ArrayList<>();
        int needed = escalation.indexOf(releaseRole);
        ManagerId best = null;
        Role bestRole = null;
        for (ManagerId m : t.authorityHeldBy(releaser, decision.request().account(), date)) {
            Role r = t.manager(m).role();
            int rank = escalation.indexOf(r);
            boolean enough = rank >= needed;
            steps.add(Step.of(
                    "credit.release.authority",
                    "{releaser} holds the authority of {holder} ({role}) on {date}: {verdict}",
                    "releaser",
                    releaser.value(),
                    "holder",
                    m.value(),
                    "role",
                    r,
                    "date",
                    date,
                    "verdict",
                    enough ? "at or above " + releaseRole : "below " + releaseRole));
            if (enough && (bestRole == null || rank < escalation.indexOf(bestRole))) {
                best = m;
                bestRole = r;
            }
        }
        if (best == null) {
            String why = releaser + " holds no authority at or above " + releaseRole + " over "
                    + decision.request().account() + " on " + date;
            steps.add(Step.of("credit.release.refused", "{why}", "why", why));
            return new HoldRelease(
                    decision, releaser, date, false, Optional.empty(), Optional.empty(), why, Explanation.of(steps));
        }
        String why = "released by " + releaser + " on the authority of " + best + " (" + bestRole + ") on " + date;
        steps.add(Step.of("credit.release.done", "{why}", "why", why));
        return new HoldRelease(
                decision, releaser, date, true, Optional.of(best), Optional.of(bestRole), why, Explanation.of(steps));
    }

    /**
     * The rules, in order.
     *
     * @return the rules
     */
    public ImmutableList<CreditRule> rules() {
        return rules;
    }

    /**
     * The lowest role that may release a hold.
     *
     * @return the role
     */
    public Role releaseRole() {
        return releaseRole;
    }

    @Override
    public String toString() {
        return "CreditPolicy{default " + companyDefault + ", " + groupLimits.size() + " group limits, rules "
                + rules.stream().map(CreditRule::id).toList() + ", release by " + releaseRole + "}";
    }

    /** Builds a {@link CreditPolicy}; a builder is not thread-safe. */
    public static final class Builder {
        private final CreditLimit companyDefault;
        private final Map<AccountGroupId, CreditLimit> groupLimits = new TreeMap<>();
        private Hierarchy<AccountGroupId> accountGroups = Hierarchy.flat();
        private List<CreditRule> rules = new ArrayList<>(CreditRules.standard());
        private OverdueWeights weights = OverdueWeights.standard();
        private @Nullable Money tolerance;
        private int holdAfterDays = 90;
        private CreditScoring scoring = CreditScoring.standard();
        private Role releaseRole = Role.HEAD_OF_SALES;
        private List<Role> escalation = List.of(
                Role.JUNIOR_KAM, Role.SALES_MANAGER, Role.SENIOR_KAM, Role.HEAD_OF_SALES, Role.COMMERCIAL_DIRECTOR);
        private @Nullable SalesTeam team;

        Builder(CreditLimit companyDefault) {
            this.companyDefault = companyDefault;
        }

        /**
         * An account group's limit (its subgroups without their own inherit it).
         *
         * @param group the group, not null
         * @param limit the limit, not null
         * @return this builder
         */
        public Builder groupLimit(AccountGroupId group, CreditLimit limit) {
            notNull(group, "group");
            notNull(limit, "limit");
            argument(groupLimits.putIfAbsent(group, limit) == null, "account group %s has a limit already", group);
            return this;
        }

        /**
         * The tree of account groups.
         *
         * @param groups the hierarchy, not null
         * @return this builder
         */
        public Builder accountGroups(Hierarchy<AccountGroupId> groups) {
            this.accountGroups = notNull(groups, "groups");
            return this;
        }

        /**
         * The rules, replacing the standard ones (keep {@link CreditRules#standard()} and add to it
         * to extend them).
         *
         * @param rules the rules, at least one, not null
         * @return this builder
         */
        public Builder rules(List<CreditRule> rules) {
            notNull(rules, "rules");
            argument(!rules.isEmpty(), "a credit policy needs at least one rule");
            List<CreditRule> copy = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                copy.add(notNull(rules.get(i), "rules[" + i + "]"));
            }
            this.rules = copy;
            return this;
        }

        /**
         * How overdue debt weighs by age.
         *
         * @param weights the weights, not null
         * @return this builder
         */
        public Builder overdueWeights(OverdueWeights weights) {
            this.weights = notNull(weights, "weights");
            return this;
        }

        /**
         * The weighted overdue below which overdue debt is ignored.
         *
         * @param tolerance not negative, in the orders' currency, not null
         * @return this builder
         */
        public Builder tolerance(Money tolerance) {
            notNull(tolerance, "tolerance");
            argument(tolerance.isPositiveOrZero(), "tolerance must not be negative: %s", tolerance);
            this.tolerance = tolerance;
            return this;
        }

        /**
         * After how many days past due an invoice holds orders.
         *
         * @param days 0 or more
         * @return this builder
         */
        public Builder holdAfterDays(int days) {
            argument(days >= 0, "holdAfterDays must not be negative: %s", days);
            this.holdAfterDays = days;
            return this;
        }

        /**
         * How the history scales the limit.
         *
         * @param scoring the scoring, not null
         * @return this builder
         */
        public Builder scoring(CreditScoring scoring) {
            this.scoring = notNull(scoring, "scoring");
            return this;
        }

        /**
         * The lowest role that may release a hold.
         *
         * @param role the role, in the escalation order, not null
         * @return this builder
         */
        public Builder releaseRole(Role role) {
            this.releaseRole = notNull(role, "role");
            return this;
        }

        /**
         * The roles in escalation order (by default that of {@code AuthorityMatrix.defaults}).
         *
         * @param roles the roles, lowest first, distinct, not null
         * @return this builder
         */
        public Builder escalation(List<Role> roles) {
            notNull(roles, "roles");
            argument(
                    !roles.isEmpty() && roles.stream().distinct().count() == roles.size(),
                    "escalation must list distinct roles: %s",
                    roles);
            this.escalation = List.copyOf(roles);
            return this;
        }

        /**
         * The escalation order of an approval matrix, so that credit and approvals rank roles alike.
         *
         * @param matrix the matrix, not null
         * @return this builder
         */
        public Builder escalationOf(io.github.kamsdk.rules.approval.AuthorityMatrix matrix) {
            return escalation(notNull(matrix, "matrix").order());
        }

        /**
         * The team, for releasing holds on authority held that day.
         *
         * @param team the team, not null
         * @return this builder
         */
        public Builder team(SalesTeam team) {
            this.team = notNull(team, "team");
            return this;
        }

        /**
         * The policy.
         *
         * @return the policy
         * @throws IllegalArgumentException if the release role is not in the escalation order
         */
        public CreditPolicy build() {
            return new CreditPolicy(this);
        }
    }
}
