package io.github.kamsdk.rules.credit;

import static io.github.kamsdk.rules.credit.CreditHistoryTest.JUNE_1;
import static io.github.kamsdk.rules.testing.CreditGens.C1;
import static io.github.kamsdk.rules.testing.CreditGens.day;
import static io.github.kamsdk.rules.testing.CreditGens.eur;
import static io.github.kamsdk.rules.testing.CreditGens.invoice;
import static io.github.kamsdk.rules.testing.CreditGens.order;
import static io.github.kamsdk.rules.testing.CreditGens.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link CreditScoring}: a weighted mean of the on-time share, {@code 1 − average days late / 60},
 * {@code 1 − worst days late / 120}, {@code relationship days / 1095} (at most 1) and 1 without
 * write-offs; the limit factor is {@code floor + (1 − floor) × score}.
 */
class CreditScoringTest {
    private static CreditHistory june1(Optional<Money> writeOffs) {
        return CreditHistoryTest.history(JUNE_1, writeOffs);
    }

    private static CreditScoring weights(int onTime, int average, int worst, int relationship, int writeOffs) {
        return CreditScoring.of(
                BigDecimal.valueOf(onTime),
                BigDecimal.valueOf(average),
                BigDecimal.valueOf(worst),
                BigDecimal.valueOf(relationship),
                BigDecimal.valueOf(writeOffs),
                Rate.percent(50));
    }

    @Test
    void theStandardScoreOfCreditHistoryTestsRecord() {
        // on time 4/5 = 0.8 (weight 4); average 10 days: 1 - 10/60 = 0.8333333333 (2);
        // worst 50 days: 1 - 50/120 = 0.5833333333 (2); 400 days / 1095 = 0.3652968037 (1); no write-off 1 (1)
        // 3.2 + 1.6666666666 + 1.1666666666 + 0.3652968037 + 1 = 7.3986301369; / 10 = 0.7398630137
        // factor 0.5 + 0.5 x 0.7398630137 = 0.86993150685
        CreditScoring.Score s = CreditScoring.standard().score(june1(Optional.empty()));
        assertThat(s.score().fraction()).isEqualByComparingTo("0.7398630137");
        assertThat(s.factor().fraction()).isEqualByComparingTo("0.86993150685");
        assertThat(s.step().code()).isEqualTo("credit.score");
        assertThat(s.step().text())
                .contains(
                        "on time 0.8000 (weight 4)",
                        "average 10 days late 0.8333 (weight 2)",
                        "worst 50 days late 0.5833 (weight 2)",
                        "400 days of relationship 0.3653 (weight 1)",
                        "no write-off 1 (weight 1)");
    }

    @Test
    void aWriteOffTakesItsComponentToZero() {
        // 7.3986301369 - 1 = 6.3986301369; / 10 = 0.6398630137; factor 0.5 + 0.31993150685 = 0.81993150685
        CreditScoring.Score s = CreditScoring.standard().score(june1(Optional.of(eur("300.00"))));
        assertThat(s.score().fraction()).isEqualByComparingTo("0.6398630137");
        assertThat(s.factor().fraction()).isEqualByComparingTo("0.81993150685");
        assertThat(s.step().text()).contains("written off EUR 300.00 0 (weight 1)");
        // nothing written off (zero) is no write-off
        assertThat(CreditScoring.standard()
                        .score(june1(Optional.of(eur("0.00"))))
                        .score())
                .isEqualTo(s.score().plus(Rate.percent(10)));
    }

    @Test
    void theJavadocsWorkedExampleByHand() {
        // The Javadoc's history (on time 0.8, average 10 days, worst 40 days, 400 days, no write-off) cannot come
        // from one ledger: with 4 of 5 on time and 10 days late on average, the late invoice is 50 days late, so the
        // worst is at least 50. So the example is checked in two parts, each from a real ledger.
        // A: CreditHistoryTest's record (on time 0.8, average 10), weights 4 and 2 only:
        // (4 x 0.8 + 2 x 0.8333333333) / 6 = 4.8666666666 / 6 = 0.8111111111
        BigDecimal a =
                weights(4, 2, 0, 0, 0).score(june1(Optional.empty())).score().fraction();
        assertThat(a).isEqualByComparingTo("0.8111111111");
        // B: first order 400 days before 1 June, one invoice open 40 days past due (due 22 April), weights 2, 1, 1:
        // (2 x 0.6666666667 + 0.3652968037 + 1) / 4 = 2.6986301371 / 4 = 0.6746575343
        Ledger b = Ledger.of(List.of(
                order("SO-0", C1, LocalDate.of(2025, 4, 27), "5000.00"),
                invoice("INV-X", C1, day(3, 23), 30, "1000.00")));
        CreditHistory hb = CreditHistory.of(b, C1, JUNE_1, Optional.empty());
        assertThat(hb.worstDaysLate()).isEqualTo(40);
        BigDecimal bScore = weights(0, 0, 2, 1, 1).score(hb).score().fraction();
        assertThat(bScore).isEqualByComparingTo("0.6746575343");
        // together, as in the Javadoc: (6 x 0.8111111111 + 4 x 0.6746575343) / 10 = 7.5652968038 / 10 = 0.7565
        BigDecimal score = a.multiply(BigDecimal.valueOf(6))
                .add(bScore.multiply(BigDecimal.valueOf(4)))
                .divide(BigDecimal.TEN);
        assertThat(score).isCloseTo(new BigDecimal("0.7565"), within(new BigDecimal("0.00005")));
        // limit factor 50% + 50% x 0.7565 = 87.8%
        BigDecimal factor = new BigDecimal("0.5").add(new BigDecimal("0.5").multiply(score));
        assertThat(factor).isCloseTo(new BigDecimal("0.878"), within(new BigDecimal("0.0005")));
    }

    @Test
    void aNewClientIsScoredOnWhatIsDefined() {
        // no settled invoice: on time and average are left out. worst 0: 1 (2), 0 days: 0 (1), no write-off 1 (1)
        // (2 + 0 + 1) / 4 = 0.75; factor 0.5 + 0.375 = 0.875
        CreditScoring.Score s =
                CreditScoring.standard().score(CreditHistory.of(Ledger.empty(), C1, JUNE_1, Optional.empty()));
        assertThat(s.score().fraction()).isEqualByComparingTo("0.75");
        assertThat(s.factor().fraction()).isEqualByComparingTo("0.875");
    }

    @Test
    void componentsStayBetweenZeroAndOne() {
        // first order 2022 (more than 1095 days: 1); INV-L due 31 January 2026, paid 130 days late:
        // on time 0 (4), 1 - 130/60 < 0: 0 (2), 1 - 130/120 < 0: 0 (2), relationship 1 (1), no write-off 1 (1)
        // (0 + 0 + 0 + 1 + 1) / 10 = 0.2; factor 0.5 + 0.1 = 0.6
        Ledger ledger = Ledger.of(List.of(
                order("SO-0", C1, LocalDate.of(2022, 1, 1), "100.00"),
                invoice("INV-L", C1, day(1, 1), 30, "100.00"),
                payment("PAY-L", C1, day(6, 10), "100.00", "INV-L")));
        CreditHistory h = CreditHistory.of(ledger, C1, day(7, 1), Optional.empty());
        assertThat(h.averageDaysLate()).hasValue(130);
        CreditScoring.Score s = CreditScoring.standard().score(h);
        assertThat(s.score().fraction()).isEqualByComparingTo("0.2");
        assertThat(s.factor().fraction()).isEqualByComparingTo("0.6");
    }

    @Test
    void theFloorIsTheFactorAtAScoreOfZero() {
        CreditScoring high = CreditScoring.of(
                BigDecimal.valueOf(4),
                BigDecimal.valueOf(2),
                BigDecimal.valueOf(2),
                BigDecimal.ONE,
                BigDecimal.ONE,
                Rate.percent(80));
        // 0.8 + 0.2 x 0.7398630137 = 0.94797260274
        assertThat(high.score(june1(Optional.empty())).factor().fraction()).isEqualByComparingTo("0.94797260274");
        // only the write-off weight, and a write-off: score 0, factor = the floor
        CreditScoring.Score zero = weights(0, 0, 0, 0, 1).score(june1(Optional.of(eur("1.00"))));
        assertThat(zero.score()).isEqualTo(Rate.ZERO);
        assertThat(zero.factor()).isEqualTo(Rate.percent(50));
    }

    @Test
    void noScoringAppliesTheLimitAsSet() {
        CreditScoring.Score s = CreditScoring.none().score(june1(Optional.empty()));
        assertThat(s.score()).isNull();
        assertThat(s.factor()).isEqualTo(Rate.ONE_HUNDRED_PERCENT);
        assertThat(s.step().code()).isEqualTo("credit.score.none");
        assertThat(CreditScoring.none()).hasToString("no scoring");
    }

    @Test
    void scoringsAreEqualByWeightsAndFloor() {
        assertThat(weights(4, 2, 2, 1, 1))
                .isEqualTo(CreditScoring.standard())
                .hasSameHashCodeAs(CreditScoring.standard());
        assertThat(CreditScoring.of(
                        new BigDecimal("4.0"),
                        new BigDecimal("2.00"),
                        BigDecimal.valueOf(2),
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        Rate.percent(50)))
                .isEqualTo(CreditScoring.standard());
        assertThat(weights(4, 2, 2, 1, 0)).isNotEqualTo(CreditScoring.standard());
        assertThat(CreditScoring.standard()).hasToString("CreditScoring{weights 4/2/2/1/1, floor 50%}");
    }
}
