package io.github.kamsdk.core.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.testing.Gens;
import io.github.kamsdk.core.testing.PayGens;
import io.github.kamsdk.core.testing.Props;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Laws of commission: {@link CommissionBands} priced directly over {@link PayGens#bands()} and
 * {@link PayGens#bandAmounts}, and {@link TransactionCommission} through the calculator over {@link
 * PayGens#commissions(BandMode)}, {@link PayGens#dealLines} and {@link PayGens#transactions()} for Q1
 * 2026.
 */
class CommissionProperties {
    private static final DateRange PERIOD = PayGens.PERIOD;
    private static final Money CENT = Money.of("0.01", "EUR");

    /** A schedule and two amounts to price with it. */
    record Priced(CommissionBands bands, Money a, Money b) {}

    private static Gen<Priced> priced() {
        return PayGens.bands()
                .flatMap(bands ->
                        PayGens.bandAmounts(bands).zip(PayGens.bandAmounts(bands), (a, b) -> new Priced(bands, a, b)));
    }

    private static Rate maxRate(CommissionBands bands) {
        Rate max = Rate.ZERO;
        for (CommissionBand b : bands.bands()) {
            if (b.rate().isGreaterThan(max)) {
                max = b.rate();
            }
        }
        return max;
    }

    @Test
    void graduatedCommissionNeverFallsAsTheAmountGrows() {
        Props.qt().forAll(priced()).checkAssert(p -> {
            Money lo = Money.min(p.a(), p.b());
            Money hi = Money.max(p.a(), p.b());
            assertThat(p.bands().graduated(lo)).isLessThanOrEqualTo(p.bands().graduated(hi));
        });
    }

    @Test
    void graduatedCommissionIsContinuousInTheAmount() {
        Props.qt().forAll(priced()).checkAssert(p -> {
            Money step = p.bands().graduated(p.a().plus(CENT)).minus(p.bands().graduated(p.a()));
            assertThat(step.isNegative()).isFalse();
            assertThat(step).isLessThanOrEqualTo(CENT.times(maxRate(p.bands())));
        });
    }

    @Test
    void graduatedCommissionIsContinuousAtEveryBoundary() {
        Props.qt().forAll(PayGens.bands()).checkAssert(bands -> {
            Money maxStep = CENT.times(maxRate(bands));
            for (CommissionBand b : bands.bands().subList(1, bands.bands().size())) {
                Money t = b.fromInclusive();
                Money below = bands.graduated(t).minus(bands.graduated(t.minus(CENT)));
                Money above = bands.graduated(t.plus(CENT)).minus(bands.graduated(t));
                assertThat(below).isLessThanOrEqualTo(maxStep);
                assertThat(above).isLessThanOrEqualTo(maxStep);
                // the cent below the boundary is priced at the band below, the cent from it at its own
                assertThat(below).isEqualTo(CENT.times(bands.band(t.minus(CENT)).rate()));
                assertThat(above).isEqualTo(CENT.times(b.rate()));
            }
        });
    }

    @Test
    void graduatedCommissionIsTheSumOfItsSlices() {
        Props.qt().forAll(priced()).checkAssert(p -> {
            Money sum = Money.zero(PayGens.EUR);
            for (Money slice : p.bands().slices(p.a())) {
                sum = sum.plus(slice);
            }
            assertThat(p.bands().graduated(p.a())).isEqualTo(sum);
        });
    }

    @Test
    void wholeAmountCommissionIsTheRateOfTheAmountsBandTimesTheAmount() {
        Props.qt().forAll(priced()).checkAssert(p -> {
            CommissionBand band = p.bands().band(p.a());
            assertThat(band.contains(p.a())).isTrue();
            assertThat(p.bands().wholeAmount(p.a())).isEqualTo(p.a().times(band.rate()));
            for (CommissionBand b : p.bands().bands()) {
                // a boundary amount belongs to the band that starts there
                assertThat(p.bands().band(b.fromInclusive())).isEqualTo(b);
            }
        });
    }

    @Test
    void wholeAmountCliffsAreTheBoundariesWhereTheRateChangesAndAreFlaggedInTheExplanation() {
        Props.qt()
                .forAll(PayGens.commissions(BandMode.WHOLE_AMOUNT), dealsInPeriod())
                .checkAssert((commission, deal) -> {
                    CommissionBands bands = commission.bands();
                    List<Integer> expected = new ArrayList<>();
                    for (int i = 1; i < bands.bands().size(); i++) {
                        if (bands.bands()
                                        .get(i)
                                        .rate()
                                        .compareTo(bands.bands().get(i - 1).rate())
                                != 0) {
                            expected.add(i);
                        }
                    }
                    assertThat(bands.cliffs()).isEqualTo(expected);
                    PayTransaction t = onBasis(deal, commission.basis(), Rate.ONE_HUNDRED_PERCENT, Credits.solely(M0));
                    PayStatement s = statement(plan(commission), M0, List.of(t));
                    for (PayLine line : s.lines(PayLineKind.COMMISSION)) {
                        assertThat(line.explanation().find("pay.commission.cliffs"))
                                .hasSize(expected.isEmpty() ? 0 : 1);
                    }
                });
    }

    // ---------------------------------------------------------------- through the calculator

    private static final ManagerId M0 = PayGens.MANAGERS.get(0);

    /** A plan whose one version, covering every generated date, holds the commission. */
    private static CompensationPlan plan(PayComponent commission) {
        return CompensationPlan.builder()
                .id("plan-c")
                .currency(PayGens.EUR)
                .addVersions(PlanVersion.builder()
                        .validity(DateRange.of(PayGens.PLANS_FROM, PayGens.PLANS_TO))
                        .fixedPay(Money.zero(PayGens.EUR))
                        .addComponents(commission)
                        .build())
                .build();
    }

    private static PayStatement statement(CompensationPlan plan, ManagerId manager, List<PayTransaction> transactions) {
        return PayCalculator.of(PayPlans.forEveryone(plan)).statement(manager, PERIOD, PayInput.of(transactions));
    }

    /** A deal's lines on a day of the period. */
    record Deal(List<TransactionLine> lines, LocalDate date) {}

    private static Gen<Deal> dealsInPeriod() {
        return PayGens.dealLines(PayGens.EUR)
                .zip(
                        integers().between(0, (int) PERIOD.lengthInDays() - 1),
                        (lines, day) -> new Deal(lines, PERIOD.start().plusDays(day)));
    }

    private static PayTransaction onBasis(Deal deal, CreditingBasis basis, Rate portion, Credits credits) {
        return transaction("T-1", deal, basis, portion, credits);
    }

    private static PayTransaction transaction(
            String id, Deal deal, CreditingBasis basis, Rate portion, Credits credits) {
        return PayTransaction.builder()
                .id(EventId.of(id))
                .deal(EventId.of("D-1"))
                .account(AccountId.of("C-1"))
                .credits(credits)
                .date(deal.date())
                .basis(basis)
                .addAllLines(deal.lines())
                .portion(portion)
                .build();
    }

    /** The exact commission the manager's statement records for a transaction. */
    private static Money earned(PayStatement s, EventId transaction) {
        Money sum = Money.zero(PayGens.EUR);
        for (CommissionRecord r : s.records()) {
            if (r.kind() == CommissionRecord.Kind.EARNED && r.transaction().equals(Optional.of(transaction))) {
                sum = sum.plus(r.amount());
            }
        }
        return sum;
    }

    private static Money exactCommission(PayStatement s) {
        Money sum = Money.zero(PayGens.EUR);
        for (PayLine l : s.lines(PayLineKind.COMMISSION)) {
            sum = sum.plus(l.exact());
        }
        return sum;
    }

    /** Portions above 0% and below 100%, in millionths. */
    private static Gen<Rate> partialPortions() {
        return integers().between(1, 999_999).map(n -> Rate.ofFraction(BigDecimal.valueOf(n, 6)));
    }

    /** The eligible base of a deal as the commission defines it, or empty when it earns nothing. */
    private static Optional<Money> dealBase(PayTransaction t, TransactionCommission c) {
        Money sum = null;
        for (TransactionLine line : t.lines()) {
            if (!c.eligibility().isEligible(line)) {
                continue;
            }
            Money part;
            if (c.base() == CommissionBase.AMOUNT) {
                part = line.amount();
            } else if (line.margin().isPresent()) {
                part = line.margin().get();
            } else {
                return Optional.empty();
            }
            sum = sum == null ? part : sum.plus(part);
        }
        return sum == null || !sum.isPositive() ? Optional.empty() : Optional.of(sum);
    }

    @Test
    void periodToDateCommissionIsGraduatedPricingOfThePeriodsCreditedVolumeWhateverTheOrder() {
        Props.qt()
                .forAll(
                        PayGens.commissionOnlyPlans(BandMode.PERIOD_TO_DATE, false),
                        PayGens.transactions(),
                        Gens.seeds())
                .checkAssert((plan, transactions, seed) -> {
                    List<PayTransaction> shuffled = new ArrayList<>(transactions);
                    Collections.shuffle(shuffled, new Random(seed));
                    PayCalculator calculator = PayCalculator.of(PayPlans.forEveryone(plan));
                    Optional<PlanVersion> version = plan.versionOn(PERIOD.start());
                    for (ManagerId m : PayGens.MANAGERS) {
                        PayStatement s = calculator.statement(m, PERIOD, PayInput.of(transactions));
                        PayStatement reordered = calculator.statement(m, PERIOD, PayInput.of(shuffled));
                        assertThat(reordered).isEqualTo(s);
                        if (version.isEmpty()) {
                            continue;
                        }
                        TransactionCommission c = (TransactionCommission)
                                version.get().components().get(0);
                        Money volume = Money.zero(PayGens.EUR);
                        for (PayTransaction t : transactions) {
                            Optional<Money> base = dealBase(t, c);
                            if (PERIOD.contains(t.date())
                                    && t.credits().includes(m)
                                    && t.basis() == c.basis()
                                    && base.isPresent()) {
                                volume = volume.plus(base.get()
                                        .times(t.portion())
                                        .times(t.credits().shareOf(m)));
                            }
                        }
                        assertThat(exactCommission(s)).isEqualTo(c.bands().graduated(volume));
                    }
                });
    }

    @Test
    void splitsConserveTheCommissionAndTheCreditedBaseOfTheDeal() {
        // Whole-amount and graduated commission are linear in the credit share. Period-to-date
        // commission is not: each manager's share is priced at their own running volume. A cap binds
        // per statement (and the records then hold each transaction's share of what was paid), so
        // the law is about uncapped commission.
        Gen<TransactionCommission> commissions =
                Generate.oneOf(PayGens.commissions(BandMode.WHOLE_AMOUNT), PayGens.commissions(BandMode.GRADUATED));
        Props.qt()
                .forAll(commissions, dealsInPeriod(), PayGens.splitCredits(), partialPortions())
                .assuming((commission, deal, credits, portion) ->
                        commission.cap().isEmpty() && commission.floor().isEmpty())
                .checkAssert((commission, deal, credits, portion) -> {
                    CompensationPlan plan = plan(commission);
                    PayTransaction split = onBasis(deal, commission.basis(), portion, credits);
                    PayTransaction sole = onBasis(deal, commission.basis(), portion, Credits.solely(M0));
                    Money whole = earned(statement(plan, M0, List.of(sole)), sole.id());
                    Money sum = Money.zero(PayGens.EUR);
                    for (ManagerId m : credits.managers()) {
                        sum = sum.plus(earned(statement(plan, m, List.of(split)), split.id()));
                    }
                    assertThat(sum).isEqualTo(whole);
                    // the credited bases: factor × deal base, adding up to the portion of the deal
                    Money base = split.dealAmount();
                    Money credited = Money.zero(PayGens.EUR);
                    for (ManagerId m : credits.managers()) {
                        CreditedTransaction ct = new CreditedTransaction(
                                split, m, m, CreditRelation.OWN, credits.shareOf(m), null, Rate.ONE_HUNDRED_PERCENT);
                        credited = credited.plus(base.times(ct.factor()));
                    }
                    assertThat(credited).isEqualTo(base.times(portion));
                });
    }

    @Test
    void commissionIsLinearInThePortionOfTheDeal() {
        Props.qt()
                .forAll(PayGens.commissions(), dealsInPeriod(), partialPortions())
                .checkAssert((commission, deal, p) -> {
                    CompensationPlan plan = plan(commission);
                    Credits credits = Credits.solely(M0);
                    PayTransaction whole = onBasis(deal, commission.basis(), Rate.ONE_HUNDRED_PERCENT, credits);
                    PayTransaction first = transaction("T-1", deal, commission.basis(), p, credits);
                    PayTransaction rest =
                            transaction("T-2", deal, commission.basis(), Rate.ONE_HUNDRED_PERCENT.minus(p), credits);
                    PayStatement once = statement(plan, M0, List.of(whole));
                    PayStatement twice = statement(plan, M0, List.of(first, rest));
                    assertThat(exactCommission(twice)).isEqualTo(exactCommission(once));
                    assertThat(earned(twice, first.id()).plus(earned(twice, rest.id())))
                            .isEqualTo(earned(once, whole.id()));
                });
    }

    @Test
    void aMarginBaseIsNeverBelowZero() {
        Gen<TransactionCommission> onMargin = PayGens.commissions()
                .map(c -> TransactionCommission.builder()
                        .id(c.id())
                        .bands(c.bands())
                        .mode(c.mode())
                        .basis(c.basis())
                        .eligibility(c.eligibility())
                        .base(CommissionBase.MARGIN)
                        .build());
        Props.qt().forAll(onMargin, PayGens.transactions()).checkAssert((commission, transactions) -> {
            PayCalculator calculator = PayCalculator.of(PayPlans.forEveryone(plan(commission)));
            for (ManagerId m : PayGens.MANAGERS) {
                PayStatement s = calculator.statement(m, PERIOD, PayInput.of(transactions));
                for (PayLine l : s.lines(PayLineKind.COMMISSION)) {
                    assertThat(l.exact().isNegative()).as("%s", l).isFalse();
                }
                for (CommissionRecord r : s.records()) {
                    assertThat(r.amount().isNegative()).as("%s", r).isFalse();
                }
                for (PayTransaction t : transactions) {
                    if (!PERIOD.contains(t.date()) || !t.credits().includes(m) || t.basis() != commission.basis()) {
                        continue;
                    }
                    boolean earns = dealBase(t, commission).isPresent();
                    assertThat(earned(s, t.id()).isPositive() || !earns || zeroRated(commission, t))
                            .isTrue();
                    if (!earns) {
                        assertThat(s.unpaid())
                                .as("%s has an eligible margin at or below zero, or a line without cost", t.id())
                                .anyMatch(u -> u.transaction().equals(t.id())
                                        && List.of(
                                                        UnpaidReason.ZERO_BASE,
                                                        UnpaidReason.NO_COST,
                                                        UnpaidReason.NOT_ELIGIBLE)
                                                .contains(u.reason()));
                    }
                }
            }
        });
    }

    /** Whether every band the deal's base reaches is at 0% (so it earns zero though counted). */
    private static boolean zeroRated(TransactionCommission c, PayTransaction t) {
        Money base = dealBase(t, c).orElseThrow();
        return c.mode() == BandMode.PERIOD_TO_DATE
                || c.bands().graduated(base).isZero()
                || c.bands().wholeAmount(base).isZero();
    }
}
