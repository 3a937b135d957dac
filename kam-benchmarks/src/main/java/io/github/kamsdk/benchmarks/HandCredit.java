package io.github.kamsdk.benchmarks;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Invoice;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.Payment;
import io.github.kamsdk.core.ledger.PaymentApplication;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.rules.credit.CreditOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The baseline of {@link CreditBenchmark}: what a developer would write by hand to decide one
 * credit request with the standard rules, weights and scoring — one pass over the account's
 * invoices, payments, orders and reversals with {@code BigDecimal} sums and two maps, no
 * explanations, no reasons, no currency checks. The definitions are those of {@code CreditPolicy},
 * {@code Exposure}, {@code CreditHistory}, {@code OverdueWeights} and {@code CreditScoring}, so its
 * figures can be, and are, compared with the policy's.
 */
final class HandCredit {
    private static final BigDecimal[] WEIGHTS = {
        BigDecimal.ZERO, new BigDecimal("0.25"), new BigDecimal("0.50"), BigDecimal.ONE, new BigDecimal("1.50")
    };
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigDecimal ONE_TWENTY = BigDecimal.valueOf(120);
    private static final BigDecimal THREE_YEARS = BigDecimal.valueOf(1095);
    private static final BigDecimal FLOOR = new BigDecimal("0.5");

    /** The figures of a decision. */
    record Result(
            BigDecimal exposure,
            BigDecimal weightedOverdue,
            BigDecimal limitFactor,
            BigDecimal maxOrder,
            CreditOutcome outcome) {}

    private static final class Inv {
        final BigDecimal amount;
        final LocalDate due;
        BigDecimal paid = BigDecimal.ZERO;

        @Nullable
        LocalDate settled;

        Inv(BigDecimal amount, LocalDate due) {
            this.amount = amount;
            this.due = due;
        }
    }

    private HandCredit() {}

    /** Decides an order on credit for an account with its own limit, with nothing written off. */
    static Result decide(
            Ledger ledger,
            AccountId account,
            LocalDate asOf,
            BigDecimal limit,
            BigDecimal order,
            BigDecimal delivered,
            BigDecimal tolerance) {
        Map<EventId, Inv> invoices = new HashMap<>();
        Map<EventId, BigDecimal> invoiced = new HashMap<>();
        for (Invoice i : ledger.invoices()) {
            if (i.account().equals(account) && !i.date().isAfter(asOf)) {
                BigDecimal amount = i.amount().amount();
                invoices.put(i.id(), new Inv(amount, i.dueDate()));
                if (i.order().isPresent()) {
                    invoiced.merge(i.order().get(), amount, BigDecimal::add);
                }
            }
        }
        List<Payment> payments = new ArrayList<>();
        BigDecimal advances = BigDecimal.ZERO;
        for (Payment p : ledger.payments()) {
            if (p.account().equals(account) && !p.date().isAfter(asOf)) {
                payments.add(p);
                BigDecimal unapplied = p.unapplied().amount();
                if (unapplied.signum() > 0) {
                    advances = advances.add(unapplied);
                }
            }
        }
        payments.sort(Comparator.comparing(Payment::date).thenComparing(Payment::id));
        for (Payment p : payments) {
            for (PaymentApplication a : p.applications()) {
                Inv inv = invoices.get(a.invoice());
                if (inv != null) {
                    inv.paid = inv.paid.add(a.amount().amount());
                    if (inv.settled == null && inv.paid.compareTo(inv.amount) >= 0) {
                        inv.settled = p.date();
                    }
                }
            }
        }
        BigDecimal receivables = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        boolean longOverdue = false;
        int settled = 0;
        int onTime = 0;
        long totalLate = 0;
        long worst = 0;
        for (Inv inv : invoices.values()) {
            if (inv.settled != null) {
                long late = Math.max(0, ChronoUnit.DAYS.between(inv.due, inv.settled));
                settled++;
                onTime += late == 0 ? 1 : 0;
                totalLate += late;
                worst = Math.max(worst, late);
                continue;
            }
            BigDecimal open = inv.amount.subtract(inv.paid);
            long pastDue = Math.max(0, ChronoUnit.DAYS.between(inv.due, asOf));
            worst = Math.max(worst, pastDue);
            receivables = receivables.add(open);
            int band = pastDue > 90 ? 4 : pastDue > 60 ? 3 : pastDue > 30 ? 2 : pastDue > 0 ? 1 : 0;
            weighted = weighted.add(open.multiply(WEIGHTS[band]));
            longOverdue |= pastDue > 90;
        }
        Map<EventId, BigDecimal> reversed = new HashMap<>();
        for (Reversal r : ledger.reversals()) {
            if (r.account().equals(account)) {
                reversed.merge(r.order(), r.value().amount(), BigDecimal::add);
            }
        }
        BigDecimal unbilled = BigDecimal.ZERO;
        LocalDate firstOrder = null;
        for (Order o : ledger.orders()) {
            if (!o.account().equals(account) || o.date().isAfter(asOf)) {
                continue;
            }
            if (firstOrder == null || o.date().isBefore(firstOrder)) {
                firstOrder = o.date();
            }
            BigDecimal rest = o.amount()
                    .amount()
                    .subtract(reversed.getOrDefault(o.id(), BigDecimal.ZERO))
                    .subtract(invoiced.getOrDefault(o.id(), BigDecimal.ZERO));
            if (rest.signum() > 0) {
                unbilled = unbilled.add(rest);
            }
        }
        // the score: on time (4), average days late (2), worst days late (2), relationship (1),
        // no write-off (1)
        BigDecimal points = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        if (settled > 0) {
            BigDecimal share =
                    BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(settled), 10, RoundingMode.HALF_EVEN);
            long average = BigDecimal.valueOf(totalLate)
                    .divide(BigDecimal.valueOf(settled), 0, RoundingMode.HALF_UP)
                    .longValueExact();
            BigDecimal avg = clamp(
                    BigDecimal.ONE.subtract(BigDecimal.valueOf(average).divide(SIXTY, 10, RoundingMode.HALF_EVEN)));
            points = points.add(share.multiply(BigDecimal.valueOf(4))).add(avg.multiply(BigDecimal.valueOf(2)));
            weights = weights.add(BigDecimal.valueOf(6));
        }
        BigDecimal worstPart = clamp(
                BigDecimal.ONE.subtract(BigDecimal.valueOf(worst).divide(ONE_TWENTY, 10, RoundingMode.HALF_EVEN)));
        long days = firstOrder == null ? 0 : ChronoUnit.DAYS.between(firstOrder, asOf);
        BigDecimal relationship = clamp(BigDecimal.valueOf(days).divide(THREE_YEARS, 10, RoundingMode.HALF_EVEN));
        points = points.add(worstPart.multiply(BigDecimal.valueOf(2)))
                .add(relationship)
                .add(BigDecimal.ONE);
        weights = weights.add(BigDecimal.valueOf(4));
        BigDecimal score = points.divide(weights, 10, RoundingMode.HALF_EVEN);
        BigDecimal factor = FLOOR.add(BigDecimal.ONE.subtract(FLOOR).multiply(score));

        BigDecimal before = receivables.add(unbilled).add(delivered).subtract(advances);
        BigDecimal penalty = weighted.compareTo(tolerance) < 0 ? BigDecimal.ZERO : weighted;
        BigDecimal room = limit.multiply(factor).subtract(before).subtract(penalty);
        BigDecimal max = room.max(BigDecimal.ZERO).setScale(2, RoundingMode.DOWN); // payable: rounded down
        CreditOutcome outcome;
        if (penalty.signum() > 0 && longOverdue) {
            outcome = CreditOutcome.HOLD;
        } else if (order.compareTo(max) <= 0) {
            outcome = CreditOutcome.APPROVE;
        } else if (max.signum() > 0) {
            outcome = CreditOutcome.APPROVE_UP_TO;
        } else {
            outcome = CreditOutcome.HOLD;
        }
        return new Result(before.add(order), weighted, factor, max, outcome);
    }

    private static BigDecimal clamp(BigDecimal c) {
        return c.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }
}
