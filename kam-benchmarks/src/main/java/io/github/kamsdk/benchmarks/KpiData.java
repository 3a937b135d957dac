package io.github.kamsdk.benchmarks;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.activity.Activity;
import io.github.kamsdk.core.activity.ActivityKind;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.CompetitorLoss;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Invoice;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.OrderLine;
import io.github.kamsdk.core.ledger.Payment;
import io.github.kamsdk.core.ledger.PaymentTerms;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.ledger.ReversalKind;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/**
 * A seeded, consistent ledger of {@code n} commercial events for the KPI benchmarks: orders of one
 * or two lines (one in five lines an additional service), three in four invoiced (net 0, 30 or 60
 * days), most invoices paid in one or two payments, about one order in twenty returned or refused
 * in part; plus activities (one per ten events) and a few competitor losses. Events fall between
 * 2025-07-01 and 2026-03-31, so that Q1 2026 has a prior quarter and history before it; they are
 * shuffled, as a host's stream would not be sorted.
 */
final class KpiData {
    static final Currency EUR = Currency.getInstance("EUR");
    static final DateRange PERIOD = DateRange.ofQuarter(2026, 1);
    static final DateRange PRIOR = DateRange.ofQuarter(2025, 4);
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 7, 1);
    static final int DAYS = (int) DateRange.of(FIRST_DAY, PERIOD.endExclusive()).lengthInDays();

    final List<CommercialEvent> events;
    final List<Activity> activities;
    final List<CompetitorLoss> losses;

    private KpiData(List<CommercialEvent> events, List<Activity> activities, List<CompetitorLoss> losses) {
        this.events = events;
        this.activities = activities;
        this.losses = losses;
    }

    static KpiData generate(int n, long seed) {
        Random r = new Random(seed);
        int accountCount = Math.max(100, n / 100);
        AccountId[] accounts = new AccountId[accountCount];
        for (int i = 0; i < accountCount; i++) {
            accounts[i] = AccountId.of(String.format("C-%07d", i));
        }
        Credits[] credits = new Credits[10];
        for (int i = 0; i < credits.length; i++) {
            credits[i] = Credits.solely(ManagerId.of("M-" + i));
        }
        ProductId[] products = new ProductId[50];
        for (int i = 0; i < products.length; i++) {
            products[i] = ProductId.of("P-" + i);
        }
        ProductGroupId[] groups = {ProductGroupId.of("G-0"), ProductGroupId.of("G-1"), ProductGroupId.of("G-2")};
        PaymentTerms[] terms = {PaymentTerms.net(0), PaymentTerms.net(30), PaymentTerms.net(60)};
        List<CommercialEvent> events = new ArrayList<>(n + 8);
        int order = 0;
        while (events.size() < n) {
            int a = r.nextInt(accountCount);
            Credits c = credits[a % credits.length];
            LocalDate date = FIRST_DAY.plusDays(r.nextInt(DAYS));
            Order.Builder ob = Order.builder()
                    .id(EventId.of("SO-" + order))
                    .account(accounts[a])
                    .credits(c)
                    .date(date)
                    .currency(EUR);
            int lines = 1 + r.nextInt(2);
            for (int l = 1; l <= lines; l++) {
                long price = 100 + r.nextInt(500_000);
                ob.addLine(OrderLine.builder()
                        .lineNumber(l)
                        .product(products[r.nextInt(products.length)])
                        .group(groups[r.nextInt(groups.length)])
                        .quantity(BigDecimal.valueOf(1 + r.nextInt(5)))
                        .unitPrice(Money.ofMinor(price, EUR))
                        .unitCost(Money.ofMinor(price * (40 + r.nextInt(50)) / 100, EUR))
                        .additionalService(r.nextInt(5) == 0)
                        .build());
            }
            Order o = ob.build();
            events.add(o);
            if (r.nextInt(4) != 0) {
                LocalDate invoiceDate = date.plusDays(r.nextInt(5));
                Invoice inv = Invoice.builder()
                        .id(EventId.of("INV-" + order))
                        .account(accounts[a])
                        .credits(c)
                        .date(invoiceDate)
                        .amount(o.amount())
                        .order(o.id())
                        .paymentTerms(terms[r.nextInt(terms.length)])
                        .build();
                events.add(inv);
                int payments = r.nextInt(5) == 0 ? 0 : 1 + r.nextInt(2);
                long open = inv.amount().toMinorUnits();
                for (int p = 0; p < payments; p++) {
                    long cents = p == payments - 1 ? open : open / 2;
                    open -= cents;
                    Money paid = Money.ofMinor(cents, EUR);
                    events.add(Payment.builder()
                            .id(EventId.of("PAY-" + order + "-" + p))
                            .account(accounts[a])
                            .credits(c)
                            .date(invoiceDate.plusDays(r.nextInt(90)))
                            .amount(paid)
                            .apply(inv.id(), paid)
                            .build());
                }
            }
            if (r.nextInt(20) == 0) {
                long value = 1
                        + r.nextInt((int) Math.min(Integer.MAX_VALUE, o.amount().toMinorUnits()));
                events.add(Reversal.builder()
                        .reversalKind(r.nextBoolean() ? ReversalKind.RETURN : ReversalKind.REFUSAL)
                        .id(EventId.of("REV-" + order))
                        .account(accounts[a])
                        .credits(c)
                        .date(date.plusDays(r.nextInt(20)))
                        .order(o.id())
                        .value(Money.ofMinor(value, EUR))
                        .cost(Money.ofMinor(value / 2, EUR))
                        .reason("damaged")
                        .build());
            }
            order++;
        }
        List<Activity> activities = new ArrayList<>(n / 10);
        ActivityKind[] kinds = ActivityKind.values();
        for (int i = 0; i < n / 10; i++) {
            ActivityKind kind = kinds[r.nextInt(kinds.length)];
            int a = r.nextInt(accountCount);
            LocalDateTime when = FIRST_DAY.plusDays(r.nextInt(DAYS)).atTime(9 + r.nextInt(8), 0);
            Activity.Builder b = Activity.builder()
                    .kind(kind)
                    .account(accounts[a])
                    .manager(credits[a % credits.length].managers().first())
                    .when(when);
            if (kind == ActivityKind.COMPLAINT && r.nextInt(4) != 0) {
                b.resolvedAt(when.plusHours(1 + r.nextInt(72)));
            }
            activities.add(b.build());
        }
        List<CompetitorLoss> losses = new ArrayList<>();
        for (int i = 0; i < accountCount / 50; i++) {
            losses.add(CompetitorLoss.of(accounts[r.nextInt(accountCount)], FIRST_DAY.plusDays(r.nextInt(DAYS))));
        }
        Collections.shuffle(events, r);
        return new KpiData(events, activities, losses);
    }
}
