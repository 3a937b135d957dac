package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.kpi.DaysSalesOutstandingProperties.CONTEXT;
import static io.github.kamsdk.core.kpi.DaysSalesOutstandingProperties.compute;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.OrderLine;
import io.github.kamsdk.core.testing.LedgerGens;
import io.github.kamsdk.core.testing.Props;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Invariants of {@link AdditionalServices}: the naive recomputation and managers' sums. */
class AdditionalServicesProperties {
    @Test
    void equalsTheNaiveModel() {
        Props.qt().forAll(LedgerGens.histories()).checkAssert(events -> {
            // naive: walk every line of every order in the period
            long lines = 0;
            BigDecimal value = BigDecimal.ZERO;
            for (CommercialEvent e : events) {
                if (e instanceof Order o && LedgerGens.QUARTER.contains(o.date())) {
                    for (OrderLine l : o.lines()) {
                        if (l.additionalService()) {
                            lines++;
                            value = value.add(l.amount().amount());
                        }
                    }
                }
            }
            assertThat(compute(AdditionalServices.count(), CONTEXT, events).valueOrThrow())
                    .isEqualByComparingTo(BigDecimal.valueOf(lines));
            assertThat(compute(AdditionalServices.value(), CONTEXT, events).valueOrThrow())
                    .isEqualByComparingTo(value);
        });
    }

    @Test
    void managersValuesAddUpToTheCompanysExactly() {
        Props.qt().forAll(LedgerGens.histories()).checkAssert(events -> {
            BigDecimal company =
                    compute(AdditionalServices.value(), CONTEXT, events).valueOrThrow();
            BigDecimal sum = BigDecimal.ZERO;
            long companyCount = compute(AdditionalServices.count(), CONTEXT, events)
                    .valueOrThrow()
                    .longValueExact();
            long countSum = 0;
            for (KpiResults r : KpiCalculator.of(AdditionalServices.value(), AdditionalServices.count())
                    .computeByManager(CONTEXT, LedgerGens.MANAGERS, KpiInput.of(events))
                    .values()) {
                sum = sum.add(r.get(AdditionalServices.VALUE).valueOrThrow());
                countSum += r.get(AdditionalServices.COUNT).valueOrThrow().longValueExact();
            }
            assertThat(sum).isEqualByComparingTo(company);
            assertThat(countSum).isGreaterThanOrEqualTo(companyCount); // split orders count for each manager
        });
    }
}
