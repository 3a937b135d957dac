package io.github.kamsdk.rules.credit;

import static io.github.kamsdk.rules.testing.CreditGens.naiveCredit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.ledger.OpenInvoice;
import io.github.kamsdk.core.ledger.Receivables;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.testing.Gens;
import io.github.kamsdk.core.testing.Props;
import io.github.kamsdk.rules.testing.CreditGens;
import io.github.kamsdk.rules.testing.CreditGens.CreditCase;
import io.github.kamsdk.rules.testing.CreditGens.NaiveCredit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Laws of the figures a credit decision is made on, over generated ledgers ({@link
 * CreditGens#creditCases()}, {@link CreditGens#mixedCurrencyCreditCases()}): the exposure, the
 * weighted overdue and the history are those a naive reading of the raw events gives ({@link
 * CreditGens#naiveCredit}), and those of the public queries ({@link Exposure#of}, {@link
 * CreditHistory#of}, {@link Ledger#receivables}); other accounts' events change nothing; an event
 * in another currency is refused at the first mismatch the definitions name, whatever the order of
 * the ledger's events.
 */
class ExposureAndHistoryProperties {
    private static void assertNaiveFigures(CreditCase c, CreditDecision d, NaiveCredit naive) {
        Exposure e = d.context().exposure();
        assertThat(e.receivables()).isEqualTo(naive.receivables());
        assertThat(e.unbilledOrders()).isEqualTo(naive.unbilledOrders());
        assertThat(e.advances()).isEqualTo(naive.advances());
        assertThat(e.deliveredUnbilled()).isEqualTo(c.deliveredUnbilled());
        assertThat(e.newOrder())
                .isEqualTo(c.prepaid() ? Money.zero(c.orderAmount().currency()) : c.orderAmount());
        assertThat(e.openInvoices()).extracting(OpenInvoice::id).isEqualTo(naive.openInvoices());
        assertThat(d.context().weightedOverdue()).isEqualTo(naive.weightedOverdue());
        CreditHistory h = d.context().history();
        assertThat(h.settledInvoices()).isEqualTo(naive.settledInvoices());
        assertThat(h.worstDaysLate()).isEqualTo(naive.worstDaysLate());
        if (naive.settledInvoices() == 0) {
            assertThat(h.onTimeShare()).isEmpty();
            assertThat(h.averageDaysLate()).isEmpty();
        } else {
            BigDecimal settled = BigDecimal.valueOf(naive.settledInvoices());
            assertThat(h.onTimeShare().orElseThrow().fraction())
                    .isEqualByComparingTo(
                            BigDecimal.valueOf(naive.onTime()).divide(settled, 10, RoundingMode.HALF_EVEN));
            assertThat(h.averageDaysLate())
                    .hasValue(BigDecimal.valueOf(naive.totalDaysLate())
                            .divide(settled, 0, RoundingMode.HALF_UP)
                            .longValueExact());
        }
        if (naive.firstOrder().isEmpty()) {
            assertThat(h.relationshipDays()).isEmpty();
        } else {
            assertThat(h.relationshipDays())
                    .hasValue((int) ChronoUnit.DAYS.between(naive.firstOrder().get(), c.date()));
        }
    }

    @Test
    void theFiguresOfADecisionAreThoseOfANaiveReadingOfTheEvents() {
        AtomicInteger settled = new AtomicInteger();
        AtomicInteger open = new AtomicInteger();
        Props.qt().forAll(CreditGens.creditCases()).checkAssert(c -> {
            NaiveCredit naive = naiveCredit(
                    c.events(), c.account(), c.date(), c.orderAmount().currency());
            assertNaiveFigures(c, c.decide(), naive);
            settled.addAndGet(naive.settledInvoices() > 0 ? 1 : 0);
            open.addAndGet(naive.openInvoices().isEmpty() ? 0 : 1);
        });
        // not vacuous: many cases have settled invoices, and many have open ones
        assertThat(settled.get()).isGreaterThan(Props.examples() / 10);
        assertThat(open.get()).isGreaterThan(Props.examples() / 10);
    }

    @Test
    void aDecisionUsesWhatThePublicQueriesGive() {
        Props.qt().forAll(CreditGens.creditCases()).checkAssert(c -> {
            Ledger ledger = c.ledger();
            CreditDecision d = c.decide();
            CreditContext context = d.context();
            Exposure exposure = Exposure.of(ledger, c.request());
            assertThat(context.exposure()).isEqualTo(exposure);
            assertThat(context.exposure().openInvoices()).isEqualTo(exposure.openInvoices());
            assertThat(context.exposure().toString()).isEqualTo(exposure.toString());
            Receivables r = ledger.receivables(c.date()).forAccount(c.account());
            Currency eur = CreditGens.EUR;
            assertThat(context.exposure().receivables()).isEqualTo(r.totalOpen(eur));
            assertThat(context.exposure().openInvoices()).isEqualTo(r.openInvoices());
            assertThat(context.exposure().advances())
                    .isEqualTo(ledger.unappliedAdvances(c.account(), c.date()).getOrDefault(eur, Money.zero(eur)));
            assertThat(context.weightedOverdue())
                    .isEqualTo(OverdueWeights.standard().weighted(r.openInvoices(), Money.zero(eur)));
            CreditHistory history =
                    CreditHistory.of(ledger, c.account(), c.date(), c.profile().writeOffs());
            assertThat(context.history().toString()).isEqualTo(history.toString());
            assertThat(context.history().onTimeShare()).isEqualTo(history.onTimeShare());
            assertThat(context.history().settledInvoices()).isEqualTo(history.settledInvoices());
        });
    }

    @Test
    void eventsOfOtherAccountsDoNotChangeADecision() {
        Props.qt().forAll(CreditGens.creditCases()).checkAssert(c -> {
            List<CommercialEvent> own = c.events().stream()
                    .filter(e -> e.account().equals(c.account()))
                    .toList();
            CreditDecision all = c.decide();
            CreditDecision alone = c.policy().decide(c.request(), c.profile(), Ledger.of(own));
            assertThat(alone.outcome()).isEqualTo(all.outcome());
            assertThat(alone.maxOrder()).isEqualTo(all.maxOrder());
            assertThat(alone.reasons()).isEqualTo(all.reasons());
            assertThat(alone.context().exposure()).isEqualTo(all.context().exposure());
            assertThat(alone.explanation()).isEqualTo(all.explanation());
        });
    }

    @Test
    void anEventInAnotherCurrencyIsRefusedAtTheFirstMismatchWhateverTheOrderOfTheEvents() {
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger decided = new AtomicInteger();
        Props.qt().forAll(CreditGens.mixedCurrencyCreditCases(), Gens.seeds()).checkAssert((c, seed) -> {
            Throwable expected = catchThrowable(() -> naiveCredit(
                    c.events(), c.account(), c.date(), c.orderAmount().currency()));
            Throwable fromDecision = catchThrowable(c::decide);
            Throwable fromShuffled =
                    catchThrowable(() -> c.policy().decide(c.request(), c.profile(), c.shuffledLedger(seed)));
            Throwable fromExposure = catchThrowable(() -> Exposure.of(c.ledger(), c.request()));
            if (expected == null) {
                decided.incrementAndGet();
                assertThat(fromDecision).isNull();
                assertThat(fromShuffled).isNull();
                assertThat(fromExposure).isNull();
                assertNaiveFigures(
                        c,
                        c.decide(),
                        naiveCredit(
                                c.events(),
                                c.account(),
                                c.date(),
                                c.orderAmount().currency()));
                return;
            }
            refused.incrementAndGet();
            for (Throwable t : List.of(fromDecision, fromShuffled, fromExposure)) {
                assertThat(t)
                        .isExactlyInstanceOf(IllegalArgumentException.class)
                        .hasMessage(expected.getMessage());
            }
            // the history does not look at currencies
            assertThat(catchThrowable(() -> CreditHistory.of(
                            c.ledger(), c.account(), c.date(), c.profile().writeOffs())))
                    .isNull();
        });
        // not vacuous: both happen often
        assertThat(refused.get()).isGreaterThan(Props.examples() / 10);
        assertThat(decided.get()).isGreaterThan(Props.examples() / 10);
    }
}
