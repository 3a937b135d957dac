package io.github.kamsdk.core.kpi;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.CompetitorLoss;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.testing.ClientKpiGens;
import io.github.kamsdk.core.testing.ClientKpiGens.Scenario;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The naive models the properties compare with: straight from the definitions, over the full
 * event list, with no streaming state.
 */
final class ClientKpiNaive {
    private ClientKpiNaive() {}

    static KpiValue compute(KpiFormula formula, KpiContext context, Scenario s) {
        return KpiCalculator.of(formula)
                .compute(
                        context,
                        KpiInput.builder()
                                .events(s.events())
                                .competitorLosses(s.losses())
                                .build())
                .get(formula.definition().id());
    }

    /** The orders the scope sees. */
    static List<Order> orders(Scenario s, @Nullable ManagerId manager) {
        return s.orders().stream()
                .filter(o -> manager == null || o.credits().includes(manager))
                .toList();
    }

    /** Accounts active on a day, by re-reading every order and loss. */
    static Set<AccountId> activeOn(LocalDate day, Scenario s, @Nullable ManagerId manager, int window) {
        Set<AccountId> out = new TreeSet<>();
        for (Order candidate : orders(s, manager)) {
            AccountId a = candidate.account();
            LocalDate latestOrder = null;
            for (Order o : orders(s, manager)) {
                if (o.account().equals(a)
                        && o.date().isBefore(day)
                        && (latestOrder == null || o.date().isAfter(latestOrder))) {
                    latestOrder = o.date();
                }
            }
            LocalDate latestLoss = null;
            for (CompetitorLoss l : s.losses()) {
                if (l.account().equals(a)
                        && l.date().isBefore(day)
                        && (latestLoss == null || l.date().isAfter(latestLoss))) {
                    latestLoss = l.date();
                }
            }
            if (latestOrder != null
                    && !latestOrder.isBefore(day.minusDays(window))
                    && (latestLoss == null || latestOrder.isAfter(latestLoss))) {
                out.add(a);
            }
        }
        return out;
    }

    /** Accounts whose first order (in scope) is in the period. */
    static Set<AccountId> newClients(DateRange period, Scenario s, @Nullable ManagerId manager) {
        Set<AccountId> out = new TreeSet<>();
        for (Order o : orders(s, manager)) {
            boolean first = orders(s, manager).stream()
                    .noneMatch(p -> p.account().equals(o.account()) && p.date().isBefore(o.date()));
            if (first && period.contains(o.date())) {
                out.add(o.account());
            }
        }
        return out;
    }

    /** Net revenue per account in a period, in EUR (the scenarios are all in EUR). */
    static Map<AccountId, BigDecimal> netRevenue(DateRange period, Scenario s, @Nullable ManagerId manager) {
        Map<AccountId, BigDecimal> out = new TreeMap<>();
        for (CommercialEvent e : s.events()) {
            if (!period.contains(e.date()) || manager != null && !e.credits().includes(manager)) {
                continue;
            }
            BigDecimal share = ClientKpiGens.share(e, manager).fraction();
            if (e instanceof Order o) {
                out.merge(o.account(), o.amount().amount().multiply(share), BigDecimal::add);
            } else if (e instanceof Reversal r) {
                out.merge(r.account(), r.value().amount().multiply(share).negate(), BigDecimal::add);
            }
        }
        return out;
    }

    static BigDecimal sum(Iterable<BigDecimal> values) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            total = total.add(v);
        }
        return total;
    }
}
