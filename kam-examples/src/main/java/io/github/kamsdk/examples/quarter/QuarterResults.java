package io.github.kamsdk.examples.quarter;

import io.github.kamsdk.core.account.Tiering;
import io.github.kamsdk.core.activity.WeeklyPlan;
import io.github.kamsdk.core.kpi.KpiResults;
import io.github.kamsdk.core.kpi.ScorecardResult;
import io.github.kamsdk.core.pay.PayAdjustment;
import io.github.kamsdk.core.pay.PayRun;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.rules.admission.AdmissionResult;
import io.github.kamsdk.rules.approval.ApprovalDecision;
import io.github.kamsdk.rules.approval.ApprovalRequest;
import io.github.kamsdk.rules.credit.HoldRelease;
import io.github.kamsdk.rules.pricing.PricingResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every figure of one {@link KamQuarter} run, for the terminal, the HTML report and the tests.
 *
 * @param company the company
 * @param revenueShare accounts with at least 10% of revenue
 * @param abc the ABC analysis
 * @param weighted the weighted-score tiers (Strategic, Key, Growth, Maintain)
 * @param week next week's contact plan
 * @param quote the priced quote
 * @param request its approval request
 * @param requiredRole the lowest role that may approve it
 * @param approval the approval
 * @param admitted the order admitted
 * @param held the order held on credit
 * @param release the release of the hold
 * @param q2Kpis each manager's Q2 KPIs
 * @param q2Scorecards each manager's Q2 scorecard
 * @param q1Paid the Q1 statements as paid on 31 March
 * @param adjustments the Q1 adjustments paid with Q2
 * @param q2Pay the Q2 statements
 */
public record QuarterResults(
        SampleCompany company,
        Tiering revenueShare,
        Tiering abc,
        Tiering weighted,
        WeeklyPlan week,
        PricingResult quote,
        ApprovalRequest request,
        Optional<Role> requiredRole,
        ApprovalDecision approval,
        AdmissionResult admitted,
        AdmissionResult held,
        HoldRelease release,
        Map<ManagerId, KpiResults> q2Kpis,
        Map<ManagerId, ScorecardResult> q2Scorecards,
        PayRun q1Paid,
        List<PayAdjustment> adjustments,
        PayRun q2Pay) {}
