package io.github.kamsdk.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RevenueConcentrationTest {
    // Q1 2026 net revenue: C-1 1100, C-5 900, C-6 250, C-2 200, C-4 100 -> T = 2550

    @Test
    void topOneShare() {
        // 1100 / 2550 = 0.43137254901...
        KpiValue v = ClientKpiExample.company(RevenueConcentration.topShare(1));
        assertThat(v.value()).contains(new BigDecimal("0.4313725490"));
        assertThat(v.id()).hasToString("revenue.concentration.top1@1");
        assertThat(v.definition().direction()).isEqualTo(KpiDirection.LOWER_IS_BETTER);
    }

    @Test
    void topThreeShare() {
        // (1100 + 900 + 250) / 2550 = 2250 / 2550 = 0.88235294117...
        KpiValue v = ClientKpiExample.company(RevenueConcentration.topShare(3));
        assertThat(v.numerator()).isEqualByComparingTo("2250");
        assertThat(v.value()).contains(new BigDecimal("0.8823529412"));
        assertThat(RevenueConcentration.topId(3)).isEqualTo(KpiId.of("revenue.concentration.top3", 1));
    }

    @Test
    void topShareOfMoreAccountsThanThereAreIsOne() {
        assertThat(ClientKpiExample.company(RevenueConcentration.topShare(1000)).value())
                .contains(new BigDecimal("1.0000000000"));
    }

    @Test
    void herfindahlIndex() {
        // (1100^2 + 900^2 + 250^2 + 200^2 + 100^2) / 2550^2
        // = (1210000 + 810000 + 62500 + 40000 + 10000) / 6502500 = 2132500 / 6502500 = 0.32795078815...
        KpiValue v = ClientKpiExample.company(RevenueConcentration.herfindahl());
        assertThat(v.numerator()).isEqualByComparingTo("2132500");
        assertThat(v.denominator()).isEqualByComparingTo("6502500");
        assertThat(v.value()).contains(new BigDecimal("0.3279507882"));
        assertThat(v.definition().unit()).isEqualTo(KpiUnit.INDEX);
    }

    @Test
    void oneClientIsFullConcentrationAndNoneIsUndefined() {
        // M-2: only C-5 at 50% of 900 = 450 -> HHI = 450^2 / 450^2 = 1
        assertThat(ClientKpiExample.manager(RevenueConcentration.herfindahl(), "M-2")
                        .value())
                .contains(new BigDecimal("1.0000000000"));
        assertThat(ClientKpiExample.manager(RevenueConcentration.herfindahl(), "M-3")
                        .undefinedReason())
                .contains("no account had positive net revenue in the period");
    }
}
