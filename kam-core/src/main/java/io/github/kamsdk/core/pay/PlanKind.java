package io.github.kamsdk.core.pay;

import io.github.kamsdk.core.kpi.KpiId;
import io.github.kamsdk.core.kpi.PlanAttainment;

/**
 * The three plans a KAM answers for (R-KPI-6, R-PAY-4), each read from its {@link PlanAttainment}
 * KPI.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PlanKind {
    /** The sales plan: {@link PlanAttainment#SALES_ID}. */
    SALES(PlanAttainment.SALES_ID),
    /** The active-client-base plan: {@link PlanAttainment#ACTIVE_CLIENTS_ID}. */
    ACTIVE_CLIENTS(PlanAttainment.ACTIVE_CLIENTS_ID),
    /** The new-clients plan: {@link PlanAttainment#NEW_CLIENTS_ID}. */
    NEW_CLIENTS(PlanAttainment.NEW_CLIENTS_ID);

    private final KpiId kpi;

    PlanKind(KpiId kpi) {
        this.kpi = kpi;
    }

    /**
     * The KPI whose value is this plan's attainment.
     *
     * @return the KPI id
     */
    public KpiId kpi() {
        return kpi;
    }
}
