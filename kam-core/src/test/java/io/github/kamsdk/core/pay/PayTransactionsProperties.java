package io.github.kamsdk.core.pay;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Invoice;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.Payment;
import io.github.kamsdk.core.ledger.PaymentApplication;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.testing.Gens;
import io.github.kamsdk.core.testing.LedgerGens;
import io.github.kamsdk.core.testing.PayGens;
import io.github.kamsdk.core.testing.Props;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Laws of {@link PayTransactions#fromLedger} over {@link LedgerGens#histories()} and {@link
 * LedgerGens#mixedCurrencyHistories()}: orders invoiced in full or not at all, invoices paid in one
 * or two partial or full payments, advances, returns and refusals.
 */
class PayTransactionsProperties {
    /** Every generated event and payment, with a year to spare. */
    private static final DateRange EVERYTHING = DateRange.of(
            LedgerGens.WINDOW.start(), LedgerGens.WINDOW.endExclusive().plusYears(1));

    private static Gen<List<CommercialEvent>> histories() {
        return Generate.oneOf(LedgerGens.histories(), LedgerGens.mixedCurrencyHistories());
    }

    private static Gen<CreditingBasis> partialBases() {
        return Generate.pick(List.of(CreditingBasis.INVOICED, CreditingBasis.COLLECTED));
    }

    private static Map<EventId, BigDecimal> portionsByDeal(PayTransactions transactions) {
        Map<EventId, BigDecimal> sums = new HashMap<>();
        for (PayTransaction t : transactions.transactions()) {
            assertThat(t.portion().isPositive()).isTrue();
            assertThat(t.basis()).isEqualTo(transactions.basis());
            sums.merge(t.deal(), t.portion().fraction(), BigDecimal::add);
        }
        return sums;
    }

    @Test
    void portionsOfADealAddUpToAtMostOneHundredPercent() {
        Props.qt()
                .forAll(histories(), Generate.enumValues(CreditingBasis.class))
                .checkAssert((events, basis) -> {
                    PayTransactions transactions = PayTransactions.fromLedger(Ledger.of(events), basis);
                    for (Map.Entry<EventId, BigDecimal> e :
                            portionsByDeal(transactions).entrySet()) {
                        assertThat(e.getValue()).as("deal %s", e.getKey()).isLessThanOrEqualTo(BigDecimal.ONE);
                    }
                });
    }

    /** The invoices of each deal (its order, or the invoice itself when there is none). */
    private static Map<EventId, Money> invoicedByDeal(Ledger ledger) {
        Map<EventId, Money> out = new HashMap<>();
        for (Invoice inv : ledger.invoices()) {
            out.merge(inv.order().orElse(inv.id()), inv.amount(), Money::plus);
        }
        return out;
    }

    /** The deal's billable amount: the larger of its order and its invoices. */
    private static Money billable(Ledger ledger, EventId deal, Money invoiced) {
        Optional<CommercialEvent> e = ledger.find(deal);
        return e.isPresent() && e.get() instanceof Order o ? Money.max(o.amount(), invoiced) : invoiced;
    }

    @Test
    void portionsOfAFullyInvoicedDealAddUpToExactlyOneHundredPercent() {
        Props.qt().forAll(histories()).checkAssert(events -> {
            Ledger ledger = Ledger.of(events);
            Map<EventId, BigDecimal> portions =
                    portionsByDeal(PayTransactions.fromLedger(ledger, CreditingBasis.INVOICED));
            for (Map.Entry<EventId, Money> e : invoicedByDeal(ledger).entrySet()) {
                Money billable = billable(ledger, e.getKey(), e.getValue());
                if (billable.isPositive() && !e.getValue().isLessThan(billable)) {
                    assertThat(portions.get(e.getKey()))
                            .as("deal %s invoiced in full", e.getKey())
                            .isEqualByComparingTo(BigDecimal.ONE);
                }
            }
        });
    }

    @Test
    void portionsOfAFullyCollectedDealAddUpToExactlyOneHundredPercent() {
        Props.qt().forAll(histories()).checkAssert(events -> {
            Ledger ledger = Ledger.of(events);
            Map<EventId, BigDecimal> portions =
                    portionsByDeal(PayTransactions.fromLedger(ledger, CreditingBasis.COLLECTED));
            Map<EventId, Money> paid = new HashMap<>();
            for (Payment p : ledger.payments()) {
                for (PaymentApplication a : p.applications()) {
                    Invoice inv = (Invoice) ledger.find(a.invoice()).orElseThrow();
                    paid.merge(inv.order().orElse(inv.id()), a.amount(), Money::plus);
                }
            }
            Map<EventId, Money> invoiced = invoicedByDeal(ledger);
            for (Map.Entry<EventId, Money> e : paid.entrySet()) {
                Money billable = billable(ledger, e.getKey(), invoiced.get(e.getKey()));
                if (billable.isPositive() && !e.getValue().isLessThan(billable)) {
                    assertThat(portions.get(e.getKey()))
                            .as("deal %s paid in full", e.getKey())
                            .isEqualByComparingTo(BigDecimal.ONE);
                }
            }
        });
    }

    private static boolean everyInvoiceBelongsToAnOrderOfTheSameAmount(Ledger ledger) {
        for (Invoice inv : ledger.invoices()) {
            Optional<CommercialEvent> order = inv.order().flatMap(ledger::find);
            if (order.isEmpty() || !((Order) order.get()).amount().equals(inv.amount())) {
                return false;
            }
        }
        return true;
    }

    private static CompensationPlan plan(TransactionCommission c, CreditingBasis basis) {
        TransactionCommission on = TransactionCommission.builder()
                .id(c.id())
                .bands(c.bands())
                .mode(c.mode())
                .base(c.base())
                .eligibility(c.eligibility())
                .basis(basis)
                .build();
        return CompensationPlan.builder()
                .id("plan-" + basis.name().toLowerCase(java.util.Locale.ROOT))
                .currency(PayGens.EUR)
                .addVersions(PlanVersion.builder()
                        .validity(EVERYTHING)
                        .fixedPay(Money.zero(PayGens.EUR))
                        .addComponents(on)
                        .build())
                .build();
    }

    @Test
    void cashBasisCommissionNeverExceedsBookedBasisCommission() {
        // A deal's payments credit at most its whole amount, and the band is chosen by the whole deal,
        // so in every band (and, period to date, at every volume) cash earns at most what booking does.
        // Histories of up to 20 orders, every invoice billing its order in full; the period covers them.
        Gen<List<CommercialEvent>> histories = Gens.seeds().map(seed -> LedgerGens.history(seed, 20));
        Props.qt().forAll(histories, PayGens.commissions()).checkAssert((events, commission) -> {
            Ledger ledger = Ledger.of(events);
            assertThat(everyInvoiceBelongsToAnOrderOfTheSameAmount(ledger)).isTrue();
            PayInput booked = PayInput.of(
                    PayTransactions.fromLedger(ledger, CreditingBasis.BOOKED).transactions());
            PayInput cash = PayInput.of(
                    PayTransactions.fromLedger(ledger, CreditingBasis.COLLECTED).transactions());
            PayCalculator onBooking = PayCalculator.of(PayPlans.forEveryone(plan(commission, CreditingBasis.BOOKED)));
            PayCalculator onCash = PayCalculator.of(PayPlans.forEveryone(plan(commission, CreditingBasis.COLLECTED)));
            for (ManagerId m : LedgerGens.MANAGERS) {
                PayStatement b = onBooking
                        .run(EVERYTHING, List.of(m), booked, Detail.FIGURES_ONLY)
                        .statement(m);
                PayStatement c = onCash.run(EVERYTHING, List.of(m), cash, Detail.FIGURES_ONLY)
                        .statement(m);
                assertThat(c.total(PayLineKind.COMMISSION))
                        .as("%s: cash %s, booked %s", m, c.lines(), b.lines())
                        .isLessThanOrEqualTo(b.total(PayLineKind.COMMISSION));
                for (PayLine line : c.lines(PayLineKind.COMMISSION)) {
                    Money bookedInBand =
                            b.line(line.fullKey()).map(PayLine::exact).orElse(Money.zero(PayGens.EUR));
                    assertThat(line.exact()).as("%s", line).isLessThanOrEqualTo(bookedInBand);
                }
            }
        });
    }

    @Test
    void aBookedTransactionIsItsOrderInFull() {
        Props.qt().forAll(histories()).checkAssert(events -> {
            Ledger ledger = Ledger.of(events);
            PayTransactions booked = PayTransactions.fromLedger(ledger, CreditingBasis.BOOKED);
            assertThat(booked.transactions()).hasSameSizeAs(ledger.orders());
            for (PayTransaction t : booked.transactions()) {
                Order o = (Order) ledger.find(t.id()).orElseThrow();
                assertThat(t.portion()).isEqualTo(Rate.ONE_HUNDRED_PERCENT);
                assertThat(t.amount()).isEqualTo(o.amount());
                assertThat(t.credits()).isEqualTo(o.credits());
                assertThat(t.date()).isEqualTo(o.date());
            }
        });
    }
}
