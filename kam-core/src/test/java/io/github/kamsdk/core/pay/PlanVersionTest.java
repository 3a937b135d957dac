package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.pay.PayTypesExample.EUR;
import static io.github.kamsdk.core.pay.PayTypesExample.YEAR;
import static io.github.kamsdk.core.pay.PayTypesExample.eur;
import static io.github.kamsdk.core.pay.PayTypesExample.id;
import static io.github.kamsdk.core.pay.PayTypesExample.pct;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.time.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link PlanVersion}: validity, fixed pay and components in the order they apply. */
class PlanVersionTest {
    static final TransactionCommission COMMISSION = TransactionCommission.builder()
            .id(id("commission"))
            .bands(CommissionBands.flat(pct("10"), EUR))
            .build();
    static final KpiBonus BONUS =
            KpiBonus.builder().id(id("bonus")).target(eur("3000")).build();
    static final PlanMissReduction PLAN_MISS = PlanMissReduction.builder()
            .id(id("plan-miss"))
            .rule(PlanKind.SALES, ReductionRule.fixed(pct("10")))
            .build();

    static PlanVersion.Builder v1() {
        return PlanVersion.builder().validity(YEAR).fixedPay(eur("6000.00"));
    }

    @Test
    void theBuilderKeepsValidityFixedPayAndComponentsInOrder() {
        PlanVersion v = v1().addComponent(COMMISSION)
                .addComponent(BONUS)
                .addComponent(PLAN_MISS)
                .build();
        assertThat(v.validity()).isEqualTo(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)));
        assertThat(v.fixedPay()).isEqualTo(eur("6000"));
        assertThat(v.components()).containsExactly(COMMISSION, BONUS, PLAN_MISS);
        // the order is the order given, not the ids' order
        PlanVersion reversed = v1().addComponents(PLAN_MISS, BONUS, COMMISSION).build();
        assertThat(reversed.components()).containsExactly(PLAN_MISS, BONUS, COMMISSION);
    }

    @Test
    void aVersionMayHaveNoFixedPayAndNoComponent() {
        PlanVersion v = PlanVersion.builder().validity(YEAR).fixedPay(eur("0")).build();
        assertThat(v.fixedPay().isZero()).isTrue();
        assertThat(v.components()).isEmpty();
    }

    @Test
    void toStringNamesTheAttributes() {
        assertThat(v1().build().toString()).contains("PlanVersion{", "2026-01-01", "EUR 6000.00");
    }

    @Test
    void equalityIsByValidityFixedPayAndComponents() {
        new EqualsTester()
                .addEqualityGroup(
                        v1().addComponent(COMMISSION).build(),
                        v1().fixedPay(eur("6000.000")).addComponent(COMMISSION).build())
                .addEqualityGroup(v1().build())
                .addEqualityGroup(
                        v1().fixedPay(eur("6000.01")).addComponent(COMMISSION).build())
                .addEqualityGroup(v1().validity(DateRange.ofYear(2027))
                        .addComponent(COMMISSION)
                        .build())
                .addEqualityGroup(v1().addComponents(COMMISSION, BONUS).build())
                .addEqualityGroup(v1().addComponents(BONUS, COMMISSION).build())
                .testEquals();
    }
}
