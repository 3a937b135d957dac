package io.github.kamsdk.benchmarks;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.activity.Activity;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.CompetitorLoss;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Invoice;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.OrderLine;
import io.github.kamsdk.core.ledger.Payment;
import io.github.kamsdk.core.ledger.PaymentApplication;
import io.github.kamsdk.core.ledger.Reversal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The baseline: what a developer would write by hand to get the standard scorecard's figures in one
 * loop over the events, with {@code BigDecimal} sums, one map of per-account state and one of
 * per-invoice state, and no explanations, no scopes, no currency checks and no undefined cases
 * (the benchmark data has none). The definitions are those of the SDK's standard formulas, so the
 * figures can be, and are, compared with them.
 */
final class HandKpis {
    private static final long WINDOW = 90;

    private static final class AccountState {
        long lastOrderBeforeStart = Long.MIN_VALUE;
        long lastOrderBeforeEnd = Long.MIN_VALUE;
        long lastLossBeforeStart = Long.MIN_VALUE;
        long lastLossBeforeEnd = Long.MIN_VALUE;
        long firstOrder = Long.MAX_VALUE;
        BigDecimal prior = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;
    }

    private static final class InvoiceState {
        BigDecimal amount = BigDecimal.ZERO;
        long date;
        long due;
        boolean seen;
        BigDecimal appliedBeforeStart = BigDecimal.ZERO;
        BigDecimal appliedInPeriod = BigDecimal.ZERO;
    }

    private HandKpis() {}

    /** The figures by KPI code, ratios to 10 places half even as the SDK gives them. */
    static Map<String, BigDecimal> compute(KpiData data) {
        long start = KpiData.PERIOD.start().toEpochDay();
        long end = KpiData.PERIOD.endExclusive().toEpochDay();
        long priorStart = KpiData.PRIOR.start().toEpochDay();
        long lastDay = end - 1;
        Map<AccountId, AccountState> accounts = new HashMap<>();
        Map<EventId, InvoiceState> invoices = new HashMap<>();
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal priorRevenue = BigDecimal.ZERO;
        BigDecimal margin = BigDecimal.ZERO;
        BigDecimal priorMargin = BigDecimal.ZERO;
        BigDecimal orderAmount = BigDecimal.ZERO;
        long orderCount = 0;
        long extraLines = 0;
        BigDecimal extraValue = BigDecimal.ZERO;
        BigDecimal returnValue = BigDecimal.ZERO;
        BigDecimal refusalValue = BigDecimal.ZERO;
        long returnCount = 0;
        long refusalCount = 0;
        BigDecimal invoiced = BigDecimal.ZERO;
        for (CommercialEvent e : data.events) {
            long day = e.date().toEpochDay();
            boolean inPeriod = day >= start && day < end;
            boolean inPrior = day >= priorStart && day < start;
            switch (e.kind()) {
                case ORDER -> {
                    Order o = (Order) e;
                    AccountState s = accounts.computeIfAbsent(o.account(), k -> new AccountState());
                    if (day < start) {
                        s.lastOrderBeforeStart = Math.max(s.lastOrderBeforeStart, day);
                    }
                    if (day < end) {
                        s.lastOrderBeforeEnd = Math.max(s.lastOrderBeforeEnd, day);
                    }
                    s.firstOrder = Math.min(s.firstOrder, day);
                    if (inPeriod || inPrior) {
                        BigDecimal amount = BigDecimal.ZERO;
                        BigDecimal cost = BigDecimal.ZERO;
                        for (OrderLine line : o.lines()) {
                            BigDecimal lineAmount = line.unitPrice().amount().multiply(line.quantity());
                            amount = amount.add(lineAmount);
                            cost = cost.add(line.unitCost().amount().multiply(line.quantity()));
                            if (inPeriod && line.additionalService()) {
                                extraLines++;
                                extraValue = extraValue.add(lineAmount);
                            }
                        }
                        if (inPeriod) {
                            revenue = revenue.add(amount);
                            margin = margin.add(amount.subtract(cost));
                            orderAmount = orderAmount.add(amount);
                            orderCount++;
                            s.current = s.current.add(amount);
                        } else {
                            priorRevenue = priorRevenue.add(amount);
                            priorMargin = priorMargin.add(amount.subtract(cost));
                            s.prior = s.prior.add(amount);
                        }
                    }
                }
                case INVOICE -> {
                    Invoice inv = (Invoice) e;
                    InvoiceState s = invoices.computeIfAbsent(inv.id(), k -> new InvoiceState());
                    s.seen = true;
                    s.amount = inv.amount().amount();
                    s.date = day;
                    s.due = inv.dueDate().toEpochDay();
                    if (inPeriod) {
                        invoiced = invoiced.add(s.amount);
                    }
                }
                case PAYMENT -> {
                    Payment p = (Payment) e;
                    if (day < end) {
                        for (PaymentApplication a : p.applications()) {
                            InvoiceState s = invoices.computeIfAbsent(a.invoice(), k -> new InvoiceState());
                            if (day < start) {
                                s.appliedBeforeStart =
                                        s.appliedBeforeStart.add(a.amount().amount());
                            } else {
                                s.appliedInPeriod =
                                        s.appliedInPeriod.add(a.amount().amount());
                            }
                        }
                    }
                }
                case RETURN, REFUSAL -> {
                    Reversal r = (Reversal) e;
                    if (inPeriod || inPrior) {
                        AccountState s = accounts.computeIfAbsent(r.account(), k -> new AccountState());
                        BigDecimal value = r.value().amount();
                        BigDecimal lost = value.subtract(r.cost().amount());
                        if (inPeriod) {
                            revenue = revenue.subtract(value);
                            margin = margin.subtract(lost);
                            s.current = s.current.subtract(value);
                            if (r.kind() == io.github.kamsdk.core.ledger.EventKind.RETURN) {
                                returnValue = returnValue.add(value);
                                returnCount++;
                            } else {
                                refusalValue = refusalValue.add(value);
                                refusalCount++;
                            }
                        } else {
                            priorRevenue = priorRevenue.subtract(value);
                            priorMargin = priorMargin.subtract(lost);
                            s.prior = s.prior.subtract(value);
                        }
                    }
                }
            }
        }
        for (CompetitorLoss l : data.losses) {
            long day = l.date().toEpochDay();
            AccountState s = accounts.computeIfAbsent(l.account(), k -> new AccountState());
            if (day < start) {
                s.lastLossBeforeStart = Math.max(s.lastLossBeforeStart, day);
            }
            if (day < end) {
                s.lastLossBeforeEnd = Math.max(s.lastLossBeforeEnd, day);
            }
        }
        long calls = 0;
        long visits = 0;
        long meetings = 0;
        long complaints = 0;
        long resolved = 0;
        long resolvedMinutes = 0;
        for (Activity a : data.activities) {
            long day = a.date().toEpochDay();
            if (day >= start && day < end) {
                switch (a.kind()) {
                    case CALL -> calls++;
                    case VISIT -> visits++;
                    case MEETING -> meetings++;
                    case COMPLAINT -> complaints++;
                }
            }
            if (a.resolvedAt().isPresent()) {
                long resolvedDay = a.resolvedAt().get().toLocalDate().toEpochDay();
                if (resolvedDay >= start && resolvedDay < end) {
                    resolved++;
                    resolvedMinutes +=
                            Duration.between(a.when(), a.resolvedAt().get()).toMinutes();
                }
            }
        }
        long active0 = 0;
        long both = 0;
        long active1 = 0;
        long newClients = 0;
        BigDecimal r0 = BigDecimal.ZERO;
        BigDecimal nrr = BigDecimal.ZERO;
        BigDecimal grr = BigDecimal.ZERO;
        BigDecimal positive = BigDecimal.ZERO;
        BigDecimal squares = BigDecimal.ZERO;
        List<BigDecimal> positives = new ArrayList<>();
        for (AccountState s : accounts.values()) {
            boolean a0 = active(s.lastOrderBeforeStart, s.lastLossBeforeStart, start);
            boolean a1 = active(s.lastOrderBeforeEnd, s.lastLossBeforeEnd, end);
            active0 += a0 ? 1 : 0;
            active1 += a1 ? 1 : 0;
            both += a0 && a1 ? 1 : 0;
            newClients += s.firstOrder >= start && s.firstOrder < end ? 1 : 0;
            if (s.prior.signum() > 0) {
                r0 = r0.add(s.prior);
                nrr = nrr.add(s.current);
                grr = grr.add(s.current.max(BigDecimal.ZERO).min(s.prior));
            }
            if (s.current.signum() > 0) {
                positive = positive.add(s.current);
                squares = squares.add(s.current.multiply(s.current));
                positives.add(s.current);
            }
        }
        positives.sort(java.util.Comparator.reverseOrder());
        BigDecimal top3 = BigDecimal.ZERO;
        for (int i = 0; i < Math.min(3, positives.size()); i++) {
            top3 = top3.add(positives.get(i));
        }
        BigDecimal openStart = BigDecimal.ZERO;
        BigDecimal openEnd = BigDecimal.ZERO;
        BigDecimal overdue = BigDecimal.ZERO;
        BigDecimal collected = BigDecimal.ZERO;
        for (InvoiceState s : invoices.values()) {
            if (!s.seen) {
                throw new IllegalStateException("payment for an unknown invoice");
            }
            if (s.date < start) {
                openStart = openStart.add(s.amount.subtract(s.appliedBeforeStart));
            }
            collected = collected.add(s.appliedInPeriod);
            if (s.date < end) {
                BigDecimal open = s.amount.subtract(s.appliedBeforeStart).subtract(s.appliedInPeriod);
                openEnd = openEnd.add(open);
                if (s.due < lastDay) {
                    overdue = overdue.add(open);
                }
            }
        }
        Map<String, BigDecimal> f = new TreeMap<>();
        f.put("customer.retention", ratio(both, active0));
        f.put("customer.churn", ratio(active0 - both, active0));
        f.put("clients.active", BigDecimal.valueOf(active1));
        f.put("clients.new", BigDecimal.valueOf(newClients));
        f.put("revenue.retention.net", ratio(nrr, r0));
        f.put("revenue.retention.gross", ratio(grr, r0));
        f.put("revenue.concentration.top3", ratio(top3, positive));
        f.put("revenue.concentration.hhi", ratio(squares, positive.multiply(positive)));
        f.put("revenue.growth", ratio(revenue.subtract(priorRevenue), priorRevenue));
        f.put("margin.growth", ratio(margin.subtract(priorMargin), priorMargin));
        f.put("services.additional.count", BigDecimal.valueOf(extraLines));
        f.put("services.additional.value", extraValue);
        f.put("returns.rate.value", ratio(returnValue, orderAmount));
        f.put("returns.rate.count", ratio(returnCount, orderCount));
        f.put("refusals.rate.value", ratio(refusalValue, orderAmount));
        f.put("refusals.rate.count", ratio(refusalCount, orderCount));
        f.put("activity.calls", BigDecimal.valueOf(calls));
        f.put("activity.visits", BigDecimal.valueOf(visits));
        f.put("activity.meetings", BigDecimal.valueOf(meetings));
        f.put("activity.complaints", BigDecimal.valueOf(complaints));
        f.put(
                "complaints.response_time",
                ratio(
                        BigDecimal.valueOf(resolvedMinutes).divide(BigDecimal.valueOf(60), 20, RoundingMode.HALF_EVEN),
                        BigDecimal.valueOf(resolved)));
        f.put("receivables.dso", ratio(openEnd.multiply(BigDecimal.valueOf(end - start)), invoiced));
        f.put("receivables.overdue_share", ratio(overdue, openEnd));
        f.put("receivables.collection_rate", ratio(collected, openStart.add(invoiced)));
        return f;
    }

    private static boolean active(long lastOrder, long lastLoss, long day) {
        return lastOrder != Long.MIN_VALUE && lastOrder >= day - WINDOW && lastOrder > lastLoss;
    }

    private static BigDecimal ratio(long numerator, long denominator) {
        return ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, 10, RoundingMode.HALF_EVEN);
    }
}
