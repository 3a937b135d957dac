package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.argument;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.CompetitorLoss;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.time.DateRange;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The streaming state behind the client-base KPIs: per account, the latest order and the latest
 * competitor loss dated before the period's start and before its end, under an {@link
 * ActiveClientRule}. Every field merges by taking the later date, so the state is independent of
 * input order and mergeable. Events are not kept. Shares do not matter: an order that reaches the
 * accumulator (it credits the scope) counts whole.
 */
final class ClientBase implements KpiAccumulator {
    private final DateRange period;
    private final ActiveClientRule rule;
    private final Map<AccountId, Dates> accounts = new HashMap<>();
    private @Nullable Figures cached;

    ClientBase(DateRange period, ActiveClientRule rule) {
        this.period = period;
        this.rule = rule;
    }

    /** The per-account dates; null means none seen. */
    private static final class Dates {
        @Nullable
        LocalDate orderBeforeStart;

        @Nullable
        LocalDate orderBeforeEnd;

        @Nullable
        LocalDate lossBeforeStart;

        @Nullable
        LocalDate lossBeforeEnd;

        void absorb(Dates o) {
            orderBeforeStart = later(orderBeforeStart, o.orderBeforeStart);
            orderBeforeEnd = later(orderBeforeEnd, o.orderBeforeEnd);
            lossBeforeStart = later(lossBeforeStart, o.lossBeforeStart);
            lossBeforeEnd = later(lossBeforeEnd, o.lossBeforeEnd);
        }
    }

    static @Nullable LocalDate later(@Nullable LocalDate a, @Nullable LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.isAfter(a) ? a : b;
    }

    @Override
    public void order(Order order, Rate share) {
        order(order);
    }

    @Override
    public void competitorLoss(CompetitorLoss loss) {
        loss(loss);
    }

    @Override
    public void merge(KpiAccumulator other) {
        argument(
                other instanceof ClientBase,
                "cannot merge a %s accumulator into the client base",
                other == null ? null : other.getClass().getSimpleName());
        ClientBase that = (ClientBase) other;
        argument(
                period.equals(that.period) && rule.equals(that.rule),
                "cannot merge client bases of %s under %s and of %s under %s",
                period,
                rule,
                that.period,
                that.rule);
        argument(that != this, "the client base cannot be merged into itself");
        merge(that);
    }

    /** Not used: the formulas read {@link #figures()}. */
    @Override
    public KpiValue result() {
        throw new IllegalStateException("the client base is shared state; ask the formulas for values");
    }

    void order(Order order) {
        LocalDate d = order.date();
        if (!d.isBefore(period.endExclusive())) {
            return;
        }
        cached = null;
        Dates s = accounts.computeIfAbsent(order.account(), a -> new Dates());
        s.orderBeforeEnd = later(s.orderBeforeEnd, d);
        if (d.isBefore(period.start())) {
            s.orderBeforeStart = later(s.orderBeforeStart, d);
        }
    }

    void loss(CompetitorLoss loss) {
        LocalDate d = loss.date();
        if (!d.isBefore(period.endExclusive())) {
            return;
        }
        cached = null;
        Dates s = accounts.computeIfAbsent(loss.account(), a -> new Dates());
        s.lossBeforeEnd = later(s.lossBeforeEnd, d);
        if (d.isBefore(period.start())) {
            s.lossBeforeStart = later(s.lossBeforeStart, d);
        }
    }

    void merge(ClientBase other) {
        cached = null;
        other.accounts.forEach(
                (a, d) -> accounts.computeIfAbsent(a, x -> new Dates()).absorb(d));
    }

    /** The figures of the client base for the period. */
    Figures figures() {
        Figures f = cached;
        if (f == null) {
            f = compute();
            cached = f;
        }
        return f;
    }

    private Figures compute() {
        ImmutableSortedSet.Builder<AccountId> start = ImmutableSortedSet.naturalOrder();
        ImmutableSortedSet.Builder<AccountId> end = ImmutableSortedSet.naturalOrder();
        ImmutableSortedSet.Builder<AccountId> gained = ImmutableSortedSet.naturalOrder();
        ImmutableSortedSet.Builder<AccountId> lostToCompetitor = ImmutableSortedSet.naturalOrder();
        ImmutableSortedSet.Builder<AccountId> lapsed = ImmutableSortedSet.naturalOrder();
        accounts.forEach((a, d) -> {
            boolean s = rule.active(period.start(), d.orderBeforeStart, d.lossBeforeStart);
            boolean e = rule.active(period.endExclusive(), d.orderBeforeEnd, d.lossBeforeEnd);
            if (s) {
                start.add(a);
            }
            if (e) {
                end.add(a);
                if (!s) {
                    gained.add(a);
                }
            }
            if (s && !e) {
                // Inactive at the end: a loss on or after the latest order is what made it so.
                LocalDate order = d.orderBeforeEnd;
                LocalDate lossDate = d.lossBeforeEnd;
                if (lossDate != null && order != null && !order.isAfter(lossDate)) {
                    lostToCompetitor.add(a);
                } else {
                    lapsed.add(a);
                }
            }
        });
        return new Figures(start.build(), end.build(), gained.build(), lostToCompetitor.build(), lapsed.build());
    }

    /**
     * S, E, N and the churned split in two.
     *
     * @param start S: accounts active on the period's start
     * @param end E: accounts active on the period's end (exclusive)
     * @param gained N: accounts active at the end that were not at the start
     * @param lostToCompetitor accounts of S inactive at the end because of a competitor loss
     * @param lapsed accounts of S inactive at the end because they stopped buying
     */
    record Figures(
            ImmutableSortedSet<AccountId> start,
            ImmutableSortedSet<AccountId> end,
            ImmutableSortedSet<AccountId> gained,
            ImmutableSortedSet<AccountId> lostToCompetitor,
            ImmutableSortedSet<AccountId> lapsed) {
        /** |S and E| = E - N. */
        int kept() {
            return end.size() - gained.size();
        }

        /** S - (E - N). */
        int churned() {
            return start.size() - kept();
        }

        /** The steps naming S, E and N, with codes {@code prefix.start}, {@code .end}, {@code .gained}. */
        List<Step> steps(String prefix, DateRange period, ActiveClientRule rule) {
            return List.of(
                    Step.of(
                            prefix + ".start",
                            "S = {count} clients active on {day} (ordered within {window} days before, not lost since): {accounts}",
                            "count",
                            start.size(),
                            "day",
                            period.start(),
                            "window",
                            rule.windowDays(),
                            "accounts",
                            names(start)),
                    Step.of(
                            prefix + ".end",
                            "E = {count} clients active on {day}: {accounts}",
                            "count",
                            end.size(),
                            "day",
                            period.endExclusive(),
                            "accounts",
                            names(end)),
                    Step.of(
                            prefix + ".gained",
                            "N = {count} of them new or won back (not active on {day}): {accounts}",
                            "count",
                            gained.size(),
                            "day",
                            period.start(),
                            "accounts",
                            names(gained)));
        }
    }

    /** The most accounts an explanation names one by one; beyond, it says how many more. */
    static final int NAMED = 50;

    static String names(Collection<AccountId> accounts) {
        if (accounts.isEmpty()) {
            return "none";
        }
        String named = accounts.stream().limit(NAMED).map(AccountId::toString).collect(Collectors.joining(", "));
        return accounts.size() <= NAMED ? named : named + " and " + (accounts.size() - NAMED) + " more";
    }
}
