package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.testing.LedgerGens.histories;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.testing.Gens;
import io.github.kamsdk.core.testing.LedgerGens;
import io.github.kamsdk.core.testing.Props;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the given event types: an order's figures are the sums of its lines, a payment's
 * applied and unapplied parts add up to its amount, credit shares add up to 100% whatever the
 * order of the map, and days past due count from the due date.
 */
class LedgerEventsProperties {
    private static <T extends CommercialEvent> List<T> ofType(List<CommercialEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void anOrdersAmountCostAndMarginAreTheSumsOfItsLines() {
        Props.qt().forAll(histories()).checkAssert(events -> {
            for (Order o : ofType(events, Order.class)) {
                Money amount = Money.sum(
                        o.currency(), o.lines().stream().map(OrderLine::amount).toList());
                Money cost = Money.sum(
                        o.currency(), o.lines().stream().map(OrderLine::cost).toList());
                assertThat(o.amount()).isEqualTo(amount);
                assertThat(o.cost()).isEqualTo(cost);
                assertThat(o.margin()).isEqualTo(amount.minus(cost));
                assertThat(o.margin())
                        .isEqualTo(Money.sum(
                                o.currency(),
                                o.lines().stream().map(OrderLine::margin).toList()));
                assertThat(o.additionalServiceAmount()).isLessThanOrEqualTo(o.amount());
                assertThat(o.additionalServiceLines()).isBetween(0, o.lines().size());
                for (OrderLine line : o.lines()) {
                    assertThat(line.amount()).isEqualTo(line.unitPrice().times(line.quantity()));
                    assertThat(line.margin()).isEqualTo(line.amount().minus(line.cost()));
                }
            }
        });
    }

    @Test
    void theOrderOfAnOrdersLinesDoesNotMatter() {
        Props.qt().forAll(histories(), Gens.seeds()).checkAssert((events, seed) -> {
            for (Order o : ofType(events, Order.class)) {
                List<OrderLine> lines = new ArrayList<>(o.lines());
                Collections.shuffle(lines, new Random(seed));
                Order again = Order.builder()
                        .id(o.id())
                        .account(o.account())
                        .credits(o.credits())
                        .date(o.date())
                        .currency(o.currency())
                        .addLines(lines)
                        .build();
                assertThat(again).isEqualTo(o).hasSameHashCodeAs(o);
                assertThat(again.lines())
                        .isSortedAccordingTo((a, b) -> Integer.compare(a.lineNumber(), b.lineNumber()));
            }
        });
    }

    @Test
    void appliedPlusUnappliedIsThePaymentsAmount() {
        // Payments of 1 to 10,000.00 split over up to 5 invoices, some of it left as an advance.
        Props.qt().forAll(Gens.seeds(), integers().between(0, 5)).checkAssert((seed, parts) -> {
            Random r = new Random(seed);
            long cents = 1 + r.nextInt(1_000_000);
            Payment.Builder b = LedgerExample.payment("PAY-1", LocalDate.of(2026, 1, 1), "1")
                    .amount(Money.ofMinor(cents, LedgerGens.EUR));
            List<PaymentApplication> applications = new ArrayList<>();
            long left = cents;
            for (int i = 0; i < parts && left > 0; i++) {
                long part = 1 + (long) (r.nextDouble() * left);
                left -= part;
                applications.add(PaymentApplication.of(EventId.of("INV-" + i), Money.ofMinor(part, LedgerGens.EUR)));
            }
            List<PaymentApplication> shuffled = new ArrayList<>(applications);
            Collections.shuffle(shuffled, r);
            shuffled.forEach(b::addApplication);
            Payment p = b.build();
            assertThat(p.applied().plus(p.unapplied())).isEqualTo(p.amount());
            assertThat(p.applied())
                    .isEqualTo(Money.sum(
                            LedgerGens.EUR,
                            applications.stream()
                                    .map(PaymentApplication::amount)
                                    .toList()));
            assertThat(p.unapplied()).isEqualTo(Money.ofMinor(left, LedgerGens.EUR));
            assertThat(p.unapplied().isNegative()).isFalse();
            assertThat(p.applications()).containsExactlyInAnyOrderElementsOf(applications);
            assertThat(p.applications())
                    .isSortedAccordingTo((x, y) -> x.invoice().compareTo(y.invoice()));
        });
    }

    @Test
    void creditSharesAddUpToOneHundredPercentWhateverTheOrderOfTheMap() {
        Props.qt().forAll(Gens.rateSplits(), Gens.seeds()).checkAssert((rates, seed) -> {
            Map<ManagerId, Rate> shares = new LinkedHashMap<>();
            for (int i = 0; i < rates.size(); i++) {
                if (rates.get(i).isPositive()) {
                    shares.put(ManagerId.of("M-" + i), rates.get(i));
                }
            }
            List<Map.Entry<ManagerId, Rate>> entries = new ArrayList<>(shares.entrySet());
            Collections.shuffle(entries, new Random(seed));
            Map<ManagerId, Rate> reordered = new LinkedHashMap<>();
            entries.forEach(e -> reordered.put(e.getKey(), e.getValue()));

            Credits a = Credits.split(shares);
            Credits b = Credits.split(reordered);
            assertThat(b).isEqualTo(a).hasSameHashCodeAs(a).hasToString(a.toString());
            BigDecimal total =
                    a.shares().values().stream().map(Rate::fraction).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(total).isEqualByComparingTo(BigDecimal.ONE);
            assertThat(a.managers().asList()).isSorted();
            shares.forEach((m, rate) -> assertThat(a.shareOf(m)).isEqualTo(rate));
        });
    }

    @Test
    void generatedCreditsAddUpToOneHundredPercent() {
        Props.qt()
                .forAll(LedgerGens.credits())
                .checkAssert(c -> assertThat(c.shares().values().stream()
                                .map(Rate::fraction)
                                .reduce(BigDecimal.ZERO, BigDecimal::add))
                        .isEqualByComparingTo(BigDecimal.ONE));
    }

    @Test
    void daysPastDueCountFromTheDueDate() {
        Props.qt().forAll(histories(), LedgerGens.asOfDates()).checkAssert((events, asOf) -> {
            for (Invoice i : ofType(events, Invoice.class)) {
                long days = i.daysPastDue(asOf);
                assertThat(days).isEqualTo(Math.max(0, ChronoUnit.DAYS.between(i.dueDate(), asOf)));
                assertThat(days == 0).isEqualTo(!asOf.isAfter(i.dueDate()));
                assertThat(i.daysPastDue(asOf.plusDays(1))).isGreaterThanOrEqualTo(days);
                assertThat(i.dueDate()).isEqualTo(i.paymentTerms().dueDate(i.date()));
            }
        });
    }
}
