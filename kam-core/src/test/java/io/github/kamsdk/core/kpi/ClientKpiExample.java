package io.github.kamsdk.core.kpi;

import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.testing.ClientKpiGens;
import io.github.kamsdk.core.testing.LedgerGens;

/** Computes a formula over {@link ClientKpiGens#exampleEvents()} for Q1 2026 against Q4 2025. */
final class ClientKpiExample {
    static final KpiContext Q1 = KpiContext.builder()
            .period(LedgerGens.QUARTER)
            .priorPeriod(LedgerGens.PRIOR)
            .currency(LedgerGens.EUR)
            .build();

    private ClientKpiExample() {}

    static KpiValue company(KpiFormula formula) {
        return compute(formula, Q1);
    }

    static KpiValue manager(KpiFormula formula, String manager) {
        return compute(formula, Q1.forManager(ManagerId.of(manager)));
    }

    static KpiValue compute(KpiFormula formula, KpiContext context) {
        return KpiCalculator.of(formula)
                .compute(
                        context,
                        KpiInput.builder()
                                .events(ClientKpiGens.exampleEvents())
                                .competitorLosses(ClientKpiGens.exampleLosses())
                                .build())
                .get(formula.definition().id());
    }
}
