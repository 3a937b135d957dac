package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.testing.LedgerGens.asOfDates;
import static io.github.kamsdk.core.testing.LedgerGens.histories;
import static io.github.kamsdk.core.testing.LedgerGens.mixedCurrencyHistories;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.testing.Gens;
import io.github.kamsdk.core.testing.LedgerGens;
import io.github.kamsdk.core.testing.Props;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Laws of the {@link Ledger} and its {@link Receivables} over generated consistent histories
 * (one currency, and two currencies mixed): validation, conservation to the cent, ageing,
 * bounds, order independence, monotonicity in the as-of date, one account's receivables equal to
 * the whole ledger's filtered to it (and blind to other accounts' events), and rejection of
 * corrupted histories.
 */
class LedgerProperties {
    /** Invoice amount minus applications of payments dated on or before {@code asOf}, naively. */
    private static Map<Currency, Money> naiveOpenTotals(List<CommercialEvent> events, LocalDate asOf) {
        Map<EventId, Invoice> invoices = new HashMap<>();
        for (CommercialEvent e : events) {
            if (e instanceof Invoice i && !i.date().isAfter(asOf)) {
                invoices.put(i.id(), i);
            }
        }
        Map<Currency, Money> totals = new HashMap<>();
        for (Invoice i : invoices.values()) {
            totals.merge(i.currency(), i.amount(), Money::plus);
        }
        for (CommercialEvent e : events) {
            if (e instanceof Payment p && !p.date().isAfter(asOf)) {
                for (PaymentApplication a : p.applications()) {
                    if (invoices.containsKey(a.invoice())) {
                        totals.merge(p.currency(), a.amount().negate(), Money::plus);
                    }
                }
            }
        }
        return totals;
    }

    @Test
    void aGeneratedHistoryAlwaysValidates() {
        Props.qt()
                .forAll(histories())
                .checkAssert(events -> assertThat(Ledger.of(events).size()).isEqualTo(events.size()));
        Props.qt()
                .forAll(mixedCurrencyHistories())
                .checkAssert(events -> assertThat(Ledger.of(events).size()).isEqualTo(events.size()));
    }

    @Test
    void receivablesConserveEveryCurrencyToTheCent() {
        Props.qt().forAll(mixedCurrencyHistories(), asOfDates()).checkAssert((events, asOf) -> {
            Receivables r = Ledger.of(events).receivables(asOf);
            Map<Currency, Money> naive = naiveOpenTotals(events, asOf);
            for (Map.Entry<Currency, Money> e : naive.entrySet()) {
                ReceivableTotals t = r.totals(e.getKey());
                assertThat(t.totalOpen()).isEqualTo(e.getValue());
                assertThat(Money.sum(e.getKey(), t.byBucket().values())).isEqualTo(t.totalOpen());
                Money listed = Money.sum(
                        e.getKey(),
                        r.openInvoices().stream()
                                .filter(o -> o.invoice().currency().equals(e.getKey()))
                                .map(OpenInvoice::openAmount)
                                .toList());
                assertThat(listed).isEqualTo(t.totalOpen());
                assertThat(t.overdue()).isLessThanOrEqualTo(t.totalOpen());
            }
            assertThat(naive.keySet()).containsAll(r.currencies());
        });
    }

    @Test
    void everyOpenInvoiceIsInExactlyTheBucketThatHoldsItsDaysPastDue() {
        AgeingBuckets custom = AgeingBuckets.upTo(0, 7, 45, 120);
        Props.qt().forAll(histories(), asOfDates()).checkAssert((events, asOf) -> {
            Ledger ledger = Ledger.of(events);
            for (AgeingBuckets buckets : List.of(AgeingBuckets.standard(), custom)) {
                for (OpenInvoice o : ledger.receivables(asOf, buckets).openInvoices()) {
                    assertThat(buckets.buckets().stream().filter(b -> b.contains(o.daysPastDue())))
                            .containsExactly(o.bucket());
                    assertThat(o.daysPastDue()).isEqualTo(o.invoice().daysPastDue(asOf));
                    assertThat(o.isOverdue()).isEqualTo(asOf.isAfter(o.invoice().dueDate()));
                }
            }
        });
    }

    @Test
    void openAmountsAreAboveZeroAndAtMostTheInvoiceAmount() {
        Props.qt().forAll(histories(), asOfDates()).checkAssert((events, asOf) -> {
            Ledger ledger = Ledger.of(events);
            for (OpenInvoice o : ledger.receivables(asOf).openInvoices()) {
                assertThat(o.openAmount().isPositive()).as("%s", o).isTrue();
                assertThat(o.openAmount()).isLessThanOrEqualTo(o.invoice().amount());
                assertThat(o.invoice().date()).isBeforeOrEqualTo(asOf);
                assertThat(o.openAmount()).isEqualTo(ledger.openAmount(o.id(), asOf));
            }
            for (Invoice i : ledger.invoices()) {
                Money open = ledger.openAmount(i.id(), asOf);
                assertThat(open.isNegative()).isFalse();
                assertThat(open).isLessThanOrEqualTo(i.amount());
            }
        });
    }

    @Test
    void theOrderOfTheEventsChangesNothing() {
        Props.qt().forAll(mixedCurrencyHistories(), Gens.seeds(), asOfDates()).checkAssert((events, seed, asOf) -> {
            List<CommercialEvent> shuffled = new ArrayList<>(events);
            Collections.shuffle(shuffled, new Random(seed));
            Ledger a = Ledger.of(events);
            Ledger b = Ledger.of(shuffled);
            assertThat(b).isEqualTo(a);
            assertThat(b.events()).isEqualTo(a.events());
            assertThat(b.receivables(asOf)).isEqualTo(a.receivables(asOf));
            assertThat(b.receivables(asOf).totals())
                    .isEqualTo(a.receivables(asOf).totals());
        });
    }

    @Test
    void oneAccountsReceivablesAreTheLedgersReceivablesForThatAccount() {
        AgeingBuckets custom = AgeingBuckets.upTo(0, 7, 45, 120);
        Props.qt()
                .forAll(mixedCurrencyHistories(), asOfDates(), Generate.pick(LedgerGens.ACCOUNTS))
                .checkAssert((events, asOf, account) -> {
                    Ledger ledger = Ledger.of(events);
                    for (AgeingBuckets buckets : List.of(AgeingBuckets.standard(), custom)) {
                        Receivables whole = ledger.receivables(asOf, buckets).forAccount(account);
                        Receivables own = ledger.receivables(account, asOf, buckets);
                        assertThat(own).isEqualTo(whole);
                        assertThat(own.openInvoices()).isEqualTo(whole.openInvoices());
                        assertThat(own.totals()).isEqualTo(whole.totals());
                        assertThat(own.explanation()).isEqualTo(whole.explanation());
                    }
                    assertThat(ledger.receivables(account, asOf))
                            .isEqualTo(ledger.receivables(asOf).forAccount(account));
                });
    }

    @Test
    void eventsOfOtherAccountsDoNotChangeAnAccountsReceivables() {
        Props.qt()
                .forAll(mixedCurrencyHistories(), asOfDates(), Generate.pick(LedgerGens.ACCOUNTS))
                .checkAssert((events, asOf, account) -> {
                    List<CommercialEvent> own = events.stream()
                            .filter(e -> e.account().equals(account))
                            .toList();
                    assertThat(Ledger.of(own).receivables(account, asOf))
                            .isEqualTo(Ledger.of(events).receivables(account, asOf));
                });
    }

    @Test
    void aLaterDateNeverIncreasesAnInvoicesOpenAmount() {
        Props.qt().forAll(histories(), asOfDates(), asOfDates()).checkAssert((events, d1, d2) -> {
            LocalDate earlier = d1.isBefore(d2) ? d1 : d2;
            LocalDate later = d1.isBefore(d2) ? d2 : d1;
            Ledger ledger = Ledger.of(events);
            for (Invoice i : ledger.invoices()) {
                assertThat(ledger.openAmount(i.id(), later)).isLessThanOrEqualTo(ledger.openAmount(i.id(), earlier));
            }
        });
    }

    @Test
    void advancesAreTheUnappliedPartsOfPaymentsUpToTheDay() {
        Props.qt().forAll(histories(), asOfDates()).checkAssert((events, asOf) -> {
            Ledger ledger = Ledger.of(events);
            Money fromQueries = Money.zero(LedgerExample.EUR);
            for (var account : ledger.accounts()) {
                fromQueries = fromQueries.plus(ledger.unappliedAdvances(account, asOf)
                        .getOrDefault(LedgerExample.EUR, Money.zero(LedgerExample.EUR)));
            }
            Money naive = Money.sum(
                    LedgerExample.EUR,
                    ledger.payments().stream()
                            .filter(p -> !p.date().isAfter(asOf))
                            .map(Payment::unapplied)
                            .toList());
            assertThat(fromQueries).isEqualTo(naive);
        });
    }

    @Test
    void overpayingAnInvoiceIsRejectedNamingIt() {
        Props.qt().forAll(histories(), Gens.seeds()).checkAssert((events, seed) -> {
            Ledger ledger = Ledger.of(events);
            List<CommercialEvent> corrupted = new ArrayList<>(events);
            Invoice target;
            if (ledger.invoices().isEmpty()) {
                Order so = LedgerExample.order("SO-X", LocalDate.of(2026, 1, 5), "10.00");
                target = LedgerExample.invoice("INV-X", LocalDate.of(2026, 1, 6), "10.00")
                        .order(so.id())
                        .build();
                corrupted.add(so);
                corrupted.add(target);
            } else {
                target = ledger.invoices()
                        .get(new Random(seed).nextInt(ledger.invoices().size()));
            }
            Money open = target.amount()
                    .minus(
                            ledger.invoices().contains(target)
                                    ? ledger.appliedTo(target.id(), LocalDate.MAX)
                                    : Money.zero(target.currency()));
            Money over = open.plus(Money.of("0.01", "EUR"));
            corrupted.add(Payment.builder()
                    .id(EventId.of("PAY-X"))
                    .account(target.account())
                    .credits(target.credits())
                    .date(target.date())
                    .amount(over)
                    .apply(target.id(), over)
                    .build());
            assertThatThrownBy(() -> Ledger.of(corrupted))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessageContainingAll(
                            "payments exceeding the invoice: invoice " + target.id() + " of " + target.amount(),
                            "PAY-X " + over);
        });
    }

    @Test
    void aReversalOfAnUnknownOrderIsRejectedNamingIt() {
        Props.qt().forAll(histories()).checkAssert(events -> {
            List<CommercialEvent> corrupted = new ArrayList<>(events);
            corrupted.add(LedgerExample.reversal("REV-X", LocalDate.of(2026, 1, 1), "SO-UNKNOWN", "1.00")
                    .build());
            assertThatThrownBy(() -> Ledger.of(corrupted))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessageContainingAll("return of an unknown order", "REV-X", "SO-UNKNOWN");
        });
    }

    @Test
    void aDuplicatedIdIsRejectedNamingIt() {
        Props.qt().forAll(histories(), Gens.seeds()).checkAssert((events, seed) -> {
            List<CommercialEvent> corrupted = new ArrayList<>(events);
            EventId id = events.isEmpty()
                    ? EventId.of("ADV-X")
                    : events.get(new Random(seed).nextInt(events.size())).id();
            // A payment (with no application) reusing the id: the only rule it can break is uniqueness.
            Payment clash = LedgerExample.payment(id.value(), LocalDate.of(2026, 1, 1), "1.00")
                    .build();
            corrupted.add(clash);
            if (events.isEmpty()) {
                corrupted.add(clash);
            }
            Collections.shuffle(corrupted, new Random(seed));
            assertThatThrownBy(() -> Ledger.of(corrupted))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("event id " + id + " is used more than once");
        });
    }
}
