package io.github.kamsdk.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Worked examples of one entry's attainment, with the arithmetic in the comments. */
class ScorecardEntryTest {
    private static final KpiId KPI = KpiId.of("test.kpi", 1);
    private static final KpiDirection UP = KpiDirection.HIGHER_IS_BETTER;
    private static final KpiDirection DOWN = KpiDirection.LOWER_IS_BETTER;

    private static ScorecardEntry.Builder entry() {
        return ScorecardEntry.builder().kpi(KPI).weight("1");
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void defaults() {
        ScorecardEntry e = entry().target("100").build();
        assertThat(e.floor()).isEqualTo(Rate.ZERO).isEqualTo(ScorecardEntry.DEFAULT_FLOOR);
        assertThat(e.cap()).isEqualTo(Rate.percent(150)).isEqualTo(ScorecardEntry.DEFAULT_CAP);
        assertThat(e.threshold()).isEmpty();
        assertThat(e.direction()).isEmpty();
        assertThat(e.weight()).isEqualByComparingTo("1");
        assertThat(e.target()).isEqualByComparingTo("100");
        assertThat(e.kpi()).isEqualTo(KPI);
    }

    @Test
    void higherIsBetterWithoutThreshold() {
        ScorecardEntry e = entry().target("200").build();
        // 150 / 200 = 0.75
        assertThat(e.attainment(d("150"), UP)).isEqualTo(Rate.percent(75));
        // 100 / 300 = 0.333... -> 0.3333333333 (10 places, half even)
        ScorecardEntry third = entry().target("300").build();
        assertThat(third.rawAttainment(d("100"), UP)).isEqualTo(Rate.signedFraction("0.3333333333"));
        // 200 / 300 = 0.666... -> 0.6666666667
        assertThat(third.rawAttainment(d("200"), UP)).isEqualTo(Rate.signedFraction("0.6666666667"));
        // -50 / 200 = -0.25, floored at 0
        assertThat(e.rawAttainment(d("-50"), UP)).isEqualTo(Rate.signedFraction("-0.25"));
        assertThat(e.attainment(d("-50"), UP)).isEqualTo(Rate.ZERO);
        // 400 / 200 = 2, capped at 1.5
        assertThat(e.attainment(d("400"), UP)).isEqualTo(Rate.percent(150));
    }

    @Test
    void lowerIsBetterWithoutThreshold() {
        ScorecardEntry e = entry().target("30").build();
        // 30 / 40 = 0.75
        assertThat(e.attainment(d("40"), DOWN)).isEqualTo(Rate.percent(75));
        // 30 / 25 = 1.2
        assertThat(e.attainment(d("25"), DOWN)).isEqualTo(Rate.percent(120));
        // 30 / 10 = 3, capped at 1.5
        assertThat(e.rawAttainment(d("10"), DOWN)).isEqualTo(Rate.signedFraction("3"));
        assertThat(e.attainment(d("10"), DOWN)).isEqualTo(Rate.percent(150));
        // 0 days (or fewer) is as good as it gets: the cap
        assertThat(e.rawAttainment(d("0"), DOWN)).isEqualTo(Rate.percent(150));
        assertThat(e.attainment(d("-1"), DOWN)).isEqualTo(Rate.percent(150));
    }

    @Test
    void higherIsBetterWithThreshold() {
        // threshold 0.80 earns 0%, target 0.95 earns 100%
        ScorecardEntry e = entry().target("0.95").threshold("0.80").build();
        // (0.90 - 0.80) / (0.95 - 0.80) = 0.10 / 0.15 = 0.666... -> 0.6666666667
        assertThat(e.attainment(d("0.90"), UP)).isEqualTo(Rate.signedFraction("0.6666666667"));
        // (0.98 - 0.80) / 0.15 = 1.2
        assertThat(e.attainment(d("0.98"), UP)).isEqualTo(Rate.percent(120));
        // (0.70 - 0.80) / 0.15 = -0.666..., floored at 0
        assertThat(e.rawAttainment(d("0.70"), UP)).isEqualTo(Rate.signedFraction("-0.6666666667"));
        assertThat(e.attainment(d("0.70"), UP)).isEqualTo(Rate.ZERO);
    }

    @Test
    void lowerIsBetterWithThreshold() {
        // churn: goal 0, threshold 0.20
        ScorecardEntry e = entry().target("0").threshold("0.20").build();
        // (0.05 - 0.20) / (0 - 0.20) = -0.15 / -0.20 = 0.75
        assertThat(e.attainment(d("0.05"), DOWN)).isEqualTo(Rate.percent(75));
        // (0 - 0.20) / (0 - 0.20) = 1
        assertThat(e.attainment(d("0"), DOWN)).isEqualTo(Rate.ONE_HUNDRED_PERCENT);
        // (0.20 - 0.20) / -0.20 = 0
        assertThat(e.attainment(d("0.20"), DOWN)).isEqualTo(Rate.ZERO);
        // DSO: target 40, threshold 70: (45 - 70) / (40 - 70) = -25 / -30 = 0.8333333333
        ScorecardEntry dso = entry().target("40").threshold("70").build();
        assertThat(dso.attainment(d("45"), DOWN)).isEqualTo(Rate.signedFraction("0.8333333333"));
        // (30 - 70) / -30 = 1.333... -> 1.3333333333
        assertThat(dso.attainment(d("30"), DOWN)).isEqualTo(Rate.signedFraction("1.3333333333"));
    }

    @Test
    void halfEvenRoundingOfTheRawAttainment() {
        // 1 / 32 = 0.03125 exactly; at 10 places nothing to round
        assertThat(entry().target("32").build().rawAttainment(d("1"), UP)).isEqualTo(Rate.signedFraction("0.03125"));
        // 0.00000000005 / 1 = 5E-11 -> a tie at 10 places: half even gives 0.0000000000
        assertThat(entry().target("1").build().rawAttainment(d("0.00000000005"), UP))
                .isEqualTo(Rate.ZERO);
        // 0.00000000015 -> 0.0000000002 (the even neighbour)
        assertThat(entry().target("1").build().rawAttainment(d("0.00000000015"), UP))
                .isEqualTo(Rate.signedFraction("0.0000000002"));
    }

    @Test
    void customFloorAndCap() {
        ScorecardEntry e = entry().target("100")
                .floor(Rate.signedPercent("-50"))
                .cap(Rate.percent(120))
                .build();
        // 20 / 100 = 0.2, within [-50%, 120%]
        assertThat(e.attainment(d("20"), UP)).isEqualTo(Rate.percent(20));
        // -80 / 100 = -0.8, floored at -0.5
        assertThat(e.attainment(d("-80"), UP)).isEqualTo(Rate.signedPercent("-50"));
        // 130 / 100 = 1.3, capped at 1.2
        assertThat(e.attainment(d("130"), UP)).isEqualTo(Rate.percent(120));
        assertThat(e.clamp(Rate.percent(121))).isEqualTo(Rate.percent(120));
        // floor = cap: every attainment is that value
        ScorecardEntry flat = entry().target("100")
                .floor(Rate.percent(80))
                .cap(Rate.percent(80))
                .build();
        assertThat(flat.attainment(d("1000"), UP)).isEqualTo(Rate.percent(80));
        assertThat(flat.attainment(d("0"), UP)).isEqualTo(Rate.percent(80));
    }

    @Test
    void directionDefaultsToTheDefinitions() {
        KpiDefinition churn = KpiDefinition.builder()
                .id(KPI)
                .name("Churn")
                .unit(KpiUnit.RATIO)
                .direction(DOWN)
                .definition("lost / active at start")
                .build();
        assertThat(entry().target("1").build().directionFor(churn)).isEqualTo(DOWN);
        assertThat(entry().target("1").direction(UP).build().directionFor(churn))
                .isEqualTo(UP);
    }

    @Test
    void equalityIsByValue() {
        ScorecardEntry a = entry().weight("2").target("0.95").threshold("0.8").build();
        ScorecardEntry b =
                entry().weight("2.00").target("0.950").threshold("0.80").build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(entry().weight("2").target("0.95").build());
        assertThat(a)
                .isNotEqualTo(
                        entry().weight("3").target("0.95").threshold("0.8").build());
        assertThat(a)
                .isNotEqualTo(entry().weight("2")
                        .target("0.95")
                        .threshold("0.8")
                        .direction(UP)
                        .build());
        assertThat(a)
                .isNotEqualTo(entry().weight("2")
                        .target("0.95")
                        .threshold("0.8")
                        .cap(Rate.percent(200))
                        .build());
        assertThat(a).isNotEqualTo("a string");
    }

    @Test
    void toStringShowsTheAttributes() {
        assertThat(entry().target("0").threshold("0.20").direction(DOWN).build().toString())
                .isEqualTo("ScorecardEntry{kpi=test.kpi@1, weight=1, target=0, threshold=0.20,"
                        + " direction=LOWER_IS_BETTER, floor=0%, cap=150%}");
        assertThat(entry().target("40").build().toString())
                .isEqualTo("ScorecardEntry{kpi=test.kpi@1, weight=1, target=40, floor=0%, cap=150%}");
    }
}
