package io.github.kamsdk.rules.credit;

import static io.github.kamsdk.rules.testing.CreditGens.EUR;
import static io.github.kamsdk.rules.testing.CreditGens.naiveHeld;
import static io.github.kamsdk.rules.testing.CreditGens.roleOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.core.testing.Gens;
import io.github.kamsdk.core.testing.Props;
import io.github.kamsdk.core.testing.TeamGens;
import io.github.kamsdk.rules.testing.CreditGens;
import io.github.kamsdk.rules.testing.CreditGens.CreditCase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Laws of {@link CreditPolicy} over generated ledgers and cases ({@link CreditGens#creditCases()}):
 * more or older overdue debt and more exposure never raise the largest order; an order up to an
 * approve-up-to amount is approved; the order of the ledger's events does not matter; only someone
 * holding, that day, an authority at or above the release role releases a hold (against a naive scan
 * of the team's delegations).
 */
class CreditProperties {
    private static final List<Role> ESCALATION =
            List.of(Role.JUNIOR_KAM, Role.SALES_MANAGER, Role.SENIOR_KAM, Role.HEAD_OF_SALES, Role.COMMERCIAL_DIRECTOR);

    /** Whether {@code after} allows no more than {@code before}; empty is no ceiling. */
    private static void neverRaised(CreditDecision before, CreditDecision after) {
        assertThat(after.maxOrder().isPresent())
                .as("a ceiling appears or goes: %s -> %s", before, after)
                .isEqualTo(before.maxOrder().isPresent());
        before.maxOrder()
                .ifPresent(b -> assertThat(after.maxOrder().orElseThrow())
                        .as("%s -> %s", before, after)
                        .isLessThanOrEqualTo(b));
        assertThat(after.outcome()).as("%s -> %s", before, after).isGreaterThanOrEqualTo(before.outcome());
    }

    @Test
    void anExtraOverdueInvoiceNeverRaisesTheLargestOrder() {
        Props.qt().forAll(CreditGens.creditCases(), CreditGens.debts()).checkAssert((c, debt) -> {
            CreditDecision before = c.decide();
            CreditDecision after = c.policy()
                    .decide(c.request(), c.profile(), c.ledgerWith(debt.invoice("X-INV", c.account(), c.date())));
            neverRaised(before, after);
            assertThat(after.context().exposure().receivables())
                    .isEqualTo(before.context().exposure().receivables().plus(debt.amount()));
            assertThat(after.context().weightedOverdue())
                    .isGreaterThanOrEqualTo(before.context().weightedOverdue());
            assertThat(after.context().limitFactor())
                    .isLessThanOrEqualTo(before.context().limitFactor());
        });
    }

    @Test
    void theSameDebtOlderNeverRaisesTheLargestOrder() {
        Props.qt()
                .forAll(CreditGens.creditCases(), CreditGens.debts(), integers().between(1, 200))
                .checkAssert((c, debt, days) -> {
                    Ledger younger = c.ledgerWith(debt.invoice("X-INV", c.account(), c.date()));
                    Ledger older = c.ledgerWith(debt.olderBy(days).invoice("X-INV", c.account(), c.date()));
                    CreditDecision before = c.policy().decide(c.request(), c.profile(), younger);
                    CreditDecision after = c.policy().decide(c.request(), c.profile(), older);
                    neverRaised(before, after);
                    assertThat(after.context().exposure())
                            .isEqualTo(before.context().exposure());
                });
    }

    // An order dated before the account's first order is not only more exposure: it starts the
    // relationship earlier, and the score rewards a longer relationship (CreditScoring). So the law
    // holds for orders within the relationship, which is what a new order is.
    @Test
    void anExtraUnbilledOrderWithinTheRelationshipNeverRaisesTheLargestOrder() {
        // the order is dated on or after the account's first order (or the day, for an account without one)
        Props.qt()
                .forAll(
                        CreditGens.creditCases(),
                        CreditGens.smallAmounts(),
                        integers().between(0, 400))
                .checkAssert((c, amount, daysBefore) -> {
                    LocalDate first = c.ledger().orders().stream()
                            .filter(o ->
                                    o.account().equals(c.account()) && !o.date().isAfter(c.date()))
                            .map(Order::date)
                            .min(Comparator.naturalOrder())
                            .orElse(c.date());
                    LocalDate date = c.date().minusDays(daysBefore);
                    Order extra = CreditGens.order("X-SO", c.account(), date.isBefore(first) ? first : date, amount);
                    CreditDecision before = c.decide();
                    CreditDecision after = c.policy().decide(c.request(), c.profile(), c.ledgerWith(extra));
                    neverRaised(before, after);
                    assertThat(after.context().exposure().unbilledOrders())
                            .isEqualTo(
                                    before.context().exposure().unbilledOrders().plus(amount));
                });
    }

    @Test
    void moreDeliveredUnbilledGoodsNeverRaiseTheLargestOrder() {
        Props.qt().forAll(CreditGens.creditCases(), CreditGens.smallAmounts()).checkAssert((c, more) -> {
            CreditCase bigger = new CreditCase(
                    c.events(),
                    c.account(),
                    c.date(),
                    c.orderAmount(),
                    c.deliveredUnbilled().plus(more),
                    c.prepaid(),
                    c.profile(),
                    c.companyDefault(),
                    c.tolerance(),
                    c.holdAfterDays(),
                    c.scored());
            neverRaised(c.decide(), bigger.decide());
        });
    }

    @Test
    void anOrderAtOrBelowTheApproveUpToAmountIsApproved() {
        AtomicInteger upTo = new AtomicInteger();
        Props.qt()
                .forAll(CreditGens.creditCases(), integers().between(0, 10_000))
                .checkAssert((c, share) -> {
                    // an order far beyond any room, so that the decision says how far the room goes
                    CreditDecision big =
                            c.policy().decide(c.request(Money.of(1_000_000_000, EUR)), c.profile(), c.ledger());
                    if (big.outcome() != CreditOutcome.APPROVE_UP_TO) {
                        return;
                    }
                    upTo.incrementAndGet();
                    Money max = big.maxOrder().orElseThrow();
                    Money part = max.times(BigDecimal.valueOf(share, 4));
                    for (Money amount : List.of(max, part, Money.zero(EUR))) {
                        CreditDecision d = c.policy().decide(c.request(amount), c.profile(), c.ledger());
                        assertThat(d.outcome()).as("%s of %s", amount, max).isEqualTo(CreditOutcome.APPROVE);
                        assertThat(d.maxOrder()).contains(max);
                        assertThat(d.releaseRole()).isEmpty();
                    }
                    CreditDecision above =
                            c.policy().decide(c.request(max.plus(Money.ofMinor(1, EUR))), c.profile(), c.ledger());
                    assertThat(above.outcome()).isEqualTo(CreditOutcome.APPROVE_UP_TO);
                    assertThat(above.maxOrder()).contains(max);
                });
        // not vacuous: a good share of the cases have room short of the large order
        assertThat(upTo.get()).isGreaterThan(Props.examples() / 10);
    }

    @Test
    void decisionsDoNotDependOnTheOrderOfTheLedgersEvents() {
        Props.qt().forAll(CreditGens.creditCases(), Gens.seeds()).checkAssert((c, seed) -> {
            CreditDecision a = c.decide();
            CreditDecision b = c.policy().decide(c.request(), c.profile(), c.shuffledLedger(seed));
            assertThat(b.outcome()).isEqualTo(a.outcome());
            assertThat(b.maxOrder()).isEqualTo(a.maxOrder());
            assertThat(b.releaseRole()).isEqualTo(a.releaseRole());
            assertThat(b.reasons()).isEqualTo(a.reasons());
            assertThat(b.context().exposure()).isEqualTo(a.context().exposure());
            assertThat(b.explanation()).isEqualTo(a.explanation());
        });
    }

    @Test
    void onlySomeoneHoldingThatDayAnAuthorityAtOrAboveTheReleaseRoleReleasesAHold() {
        Props.qt()
                .forAll(TeamGens.teams(), integers().between(0, 1000), TeamGens.dates(), Generate.pick(ESCALATION))
                .checkAssert((spec, pick, date, releaseRole) -> {
                    boolean upTo = pick / 500 == 1;
                    CreditPolicy policy = CreditPolicy.builder(CreditLimit.of(Money.zero(EUR)))
                            .scoring(CreditScoring.none())
                            .releaseRole(releaseRole)
                            .team(spec.build())
                            .build();
                    AccountId account =
                            spec.accounts().get(pick % spec.accounts().size());
                    // a limit of 0: an order of 1.00 is held; a limit of 0.50: approved up to 0.50
                    CreditDecision d = policy.decide(
                            CreditRequest.builder()
                                    .account(account)
                                    .date(date)
                                    .orderAmount(CreditGens.eur("1.00"))
                                    .build(),
                            CreditGens.verified(account, upTo ? "0.50" : "0.00"),
                            Ledger.empty());
                    assertThat(d.outcome()).isEqualTo(upTo ? CreditOutcome.APPROVE_UP_TO : CreditOutcome.HOLD);
                    int needed = ESCALATION.indexOf(releaseRole);
                    for (ManagerId releaser : spec.ids()) {
                        List<ManagerId> enough = naiveHeld(spec, releaser, account, date).stream()
                                .filter(m -> ESCALATION.indexOf(roleOf(spec, m)) >= needed)
                                .toList();
                        Optional<Role> lowest = enough.stream()
                                .map(m -> roleOf(spec, m))
                                .min((a, b) -> Integer.compare(ESCALATION.indexOf(a), ESCALATION.indexOf(b)));
                        HoldRelease r = policy.release(d, releaser, date);
                        assertThat(r.released())
                                .as("%s on %s holding enough of %s", releaser, date, enough)
                                .isEqualTo(!enough.isEmpty());
                        if (r.released()) {
                            assertThat(enough).contains(r.onAuthorityOf().orElseThrow());
                            assertThat(r.role()).isEqualTo(lowest);
                            assertThat(r.role().orElseThrow())
                                    .isEqualTo(roleOf(spec, r.onAuthorityOf().get()));
                        } else {
                            assertThat(r.onAuthorityOf()).isEmpty();
                            assertThat(r.role()).isEmpty();
                        }
                    }
                });
    }
}
