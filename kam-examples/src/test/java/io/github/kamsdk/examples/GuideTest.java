package io.github.kamsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.account.Account;
import io.github.kamsdk.core.account.AccountFigures;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.account.LifecycleStatus;
import io.github.kamsdk.core.account.RevenueSharePolicy;
import io.github.kamsdk.core.account.SalesHistory;
import io.github.kamsdk.core.account.SalesRecord;
import io.github.kamsdk.core.account.SalesSummary;
import io.github.kamsdk.core.account.TierScale;
import io.github.kamsdk.core.account.Tiering;
import io.github.kamsdk.core.account.WeightedScorePolicy;
import io.github.kamsdk.core.activity.Activity;
import io.github.kamsdk.core.activity.ActivityKind;
import io.github.kamsdk.core.activity.ActivityLog;
import io.github.kamsdk.core.activity.Availability;
import io.github.kamsdk.core.activity.CadencePolicy;
import io.github.kamsdk.core.activity.ContactCandidate;
import io.github.kamsdk.core.activity.ContactPlanner;
import io.github.kamsdk.core.activity.UnplannedReason;
import io.github.kamsdk.core.activity.WeeklyPlan;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.kpi.ActivityCount;
import io.github.kamsdk.core.kpi.CollectionRate;
import io.github.kamsdk.core.kpi.CustomerRetention;
import io.github.kamsdk.core.kpi.DaysSalesOutstanding;
import io.github.kamsdk.core.kpi.KpiCalculator;
import io.github.kamsdk.core.kpi.KpiContext;
import io.github.kamsdk.core.kpi.KpiInput;
import io.github.kamsdk.core.kpi.KpiResults;
import io.github.kamsdk.core.kpi.KpiRun;
import io.github.kamsdk.core.kpi.Scorecard;
import io.github.kamsdk.core.kpi.ScorecardEntry;
import io.github.kamsdk.core.kpi.ScorecardResult;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Invoice;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.OrderLine;
import io.github.kamsdk.core.ledger.Payment;
import io.github.kamsdk.core.ledger.PaymentTerms;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.ledger.Receivables;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.ledger.ReversalKind;
import io.github.kamsdk.core.money.Allocation;
import io.github.kamsdk.core.money.Conversion;
import io.github.kamsdk.core.money.ExchangeRateTable;
import io.github.kamsdk.core.money.ExchangeRates;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.money.RemainderPolicy;
import io.github.kamsdk.core.money.RoundingPolicy;
import io.github.kamsdk.core.pay.AttainmentCurve;
import io.github.kamsdk.core.pay.ClawbackPolicy;
import io.github.kamsdk.core.pay.CommissionBands;
import io.github.kamsdk.core.pay.CommissionBase;
import io.github.kamsdk.core.pay.CommissionRecord;
import io.github.kamsdk.core.pay.CompensationPlan;
import io.github.kamsdk.core.pay.ComponentId;
import io.github.kamsdk.core.pay.CreditingBasis;
import io.github.kamsdk.core.pay.Detail;
import io.github.kamsdk.core.pay.KpiBonus;
import io.github.kamsdk.core.pay.PayAdjustment;
import io.github.kamsdk.core.pay.PayCalculator;
import io.github.kamsdk.core.pay.PayInput;
import io.github.kamsdk.core.pay.PayLine;
import io.github.kamsdk.core.pay.PayLineKind;
import io.github.kamsdk.core.pay.PayPlans;
import io.github.kamsdk.core.pay.PayRun;
import io.github.kamsdk.core.pay.PayStatement;
import io.github.kamsdk.core.pay.PayTransaction;
import io.github.kamsdk.core.pay.PayTransactions;
import io.github.kamsdk.core.pay.PlanVersion;
import io.github.kamsdk.core.pay.TeamOverride;
import io.github.kamsdk.core.pay.TransactionCommission;
import io.github.kamsdk.core.pay.UnpaidReason;
import io.github.kamsdk.core.team.Assignment;
import io.github.kamsdk.core.team.Delegation;
import io.github.kamsdk.core.team.Manager;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.Responsibility;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.core.team.SalesTeam;
import io.github.kamsdk.core.time.DateRange;
import io.github.kamsdk.core.time.FiscalCalendar;
import io.github.kamsdk.core.time.FiscalYearNaming;
import io.github.kamsdk.core.time.PeriodUnit;
import io.github.kamsdk.core.time.Proration;
import io.github.kamsdk.rules.admission.AdmissionOutcome;
import io.github.kamsdk.rules.admission.AdmissionRequest;
import io.github.kamsdk.rules.admission.AdmissionResult;
import io.github.kamsdk.rules.admission.OrderAdmission;
import io.github.kamsdk.rules.approval.ApprovalDecision;
import io.github.kamsdk.rules.approval.ApprovalPolicy;
import io.github.kamsdk.rules.approval.ApprovalRecord;
import io.github.kamsdk.rules.approval.ApprovalRequest;
import io.github.kamsdk.rules.approval.AuthorityMatrix;
import io.github.kamsdk.rules.credit.CreditLimit;
import io.github.kamsdk.rules.credit.CreditOutcome;
import io.github.kamsdk.rules.credit.CreditPolicy;
import io.github.kamsdk.rules.credit.CreditProfile;
import io.github.kamsdk.rules.credit.CreditScoring;
import io.github.kamsdk.rules.credit.HoldRelease;
import io.github.kamsdk.rules.credit.VerificationStatus;
import io.github.kamsdk.rules.pricing.Catalog;
import io.github.kamsdk.rules.pricing.DiscountEffect;
import io.github.kamsdk.rules.pricing.DiscountPolicy;
import io.github.kamsdk.rules.pricing.DiscountRule;
import io.github.kamsdk.rules.pricing.GuardRails;
import io.github.kamsdk.rules.pricing.PriceColumn;
import io.github.kamsdk.rules.pricing.PriceList;
import io.github.kamsdk.rules.pricing.PricingResult;
import io.github.kamsdk.rules.pricing.ProductInfo;
import io.github.kamsdk.rules.pricing.Quote;
import io.github.kamsdk.rules.pricing.QuoteLine;
import io.github.kamsdk.rules.pricing.RuleConditions;
import io.github.kamsdk.rules.pricing.RuleId;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code of {@code docs/guide.md}, run and checked. Every code block of the guide is the text
 * between a {@code // GUIDE-SAMPLE-START <name>} and a {@code // GUIDE-SAMPLE-END} marker in this
 * file (dedented to the marker), and {@link #theGuideShowsExactlyTheseSamplesInOrder()} holds the
 * guide to them, so the tutorial cannot drift from the code. A sample that builds something later
 * steps use lives in a static method that returns it; the tests call it and check its figures,
 * worked out by hand in the comments.
 */
class GuideTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final ManagerId CARMEN = ManagerId.of("carmen");
    private static final ManagerId ANA = ManagerId.of("ana");
    private static final ManagerId LUIS = ManagerId.of("luis");
    private static final ManagerId MARTA = ManagerId.of("marta");
    private static final AccountId C1 = AccountId.of("C-1");
    private static final AccountId C2 = AccountId.of("C-2");
    private static final AccountId C3 = AccountId.of("C-3");
    private static final AccountId C4 = AccountId.of("C-4");

    // ---------------------------------------------------------------------------------------------
    // 2. Conventions

    @Test
    void moneyStaysExactUntilItIsRoundedOnceByAnExplicitPolicy() {
        // GUIDE-SAMPLE-START money
        Money price = Money.of("19.99", "EUR");
        Money tax = price.times(3).times(Rate.percent("7.5")); // EUR 4.49775: exact, nothing rounded yet
        Money payable = tax.round(RoundingPolicy.DEFAULT); // EUR 4.50: HALF_EVEN to the minor unit
        Money francs = Money.of("10.03", "CHF")
                .round(RoundingPolicy.toIncrement(new BigDecimal("0.05"), RoundingMode.HALF_UP)); // CHF 10.05

        List<Money> thirds = Allocation.evenly(Money.of("100.00", "EUR"), 3, RemainderPolicy.LARGEST_REMAINDER);
        // [EUR 33.34, EUR 33.33, EUR 33.33]: the parts always add up to the total
        boolean sameAmount = Money.of("1.0", "EUR").equals(Money.of("1.00", "EUR")); // true: equal by value
        // GUIDE-SAMPLE-END

        // 19.99 x 3 = 59.97; 7.5% of it is 4.49775, which rounds half even to 4.50
        assertThat(tax.amount()).isEqualByComparingTo("4.49775");
        assertThat(payable).isEqualTo(Money.of("4.50", "EUR"));
        assertThat(payable.amount().scale()).isEqualTo(2);
        assertThat(francs).isEqualTo(Money.of("10.05", "CHF"));
        assertThat(thirds)
                .containsExactly(Money.of("33.34", "EUR"), Money.of("33.33", "EUR"), Money.of("33.33", "EUR"));
        assertThat(Money.sum(thirds)).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(sameAmount).isTrue();
    }

    @Test
    void conversionsUseTheLatestRateOnOrBeforeTheDayAndRecordIt() {
        // GUIDE-SAMPLE-START currencies
        Currency eur = Currency.getInstance("EUR");
        Currency usd = Currency.getInstance("USD");
        ExchangeRates rates = ExchangeRateTable.builder() // or implement ExchangeRates over your own rate table
                .add(usd, eur, new BigDecimal("0.9210"), LocalDate.of(2026, 3, 1)) // from 1 March on
                .add(usd, eur, new BigDecimal("0.9150"), LocalDate.of(2026, 3, 16))
                .build();
        Conversion invoice = rates.convert(Money.of("1250.00", "USD"), eur, LocalDate.of(2026, 3, 10));
        // invoice.result() is EUR 1151.25, at the rate of 1 March; invoice.rate() names that rate, for the record
        Money total = Money.of("100.00", "EUR").plus(invoice.result()); // both in EUR: fine
        // Money.of("100.00", "EUR").plus(Money.of("1250.00", "USD")) throws CurrencyMismatchException;
        // a conversion before 1 March, or from EUR to USD (inverses are never derived), throws
        // MissingExchangeRateException; both are IllegalArgumentExceptions
        // GUIDE-SAMPLE-END

        // 1,250.00 x 0.9210 = 1,151.25
        assertThat(invoice.result()).isEqualTo(Money.of("1151.25", "EUR"));
        assertThat(invoice.rate().date()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(invoice.rate().factor()).isEqualByComparingTo("0.9210");
        assertThat(total).isEqualTo(Money.of("1251.25", "EUR"));
        assertThat(rates.find(usd, eur, LocalDate.of(2026, 2, 28))).isEmpty();
        assertThat(rates.find(eur, usd, LocalDate.of(2026, 3, 10))).isEmpty();
        assertThat(rates.convert(Money.of("1000.00", "USD"), eur, LocalDate.of(2026, 3, 16))
                        .result())
                .isEqualTo(Money.of("915.00", "EUR"));
    }

    @Test
    void periodsAreHalfOpenAndProrateByDays() {
        // GUIDE-SAMPLE-START periods
        DateRange q1 = DateRange.ofQuarter(2026, 1); // [2026-01-01, 2026-04-01): 90 days, 1 April not in it
        DateRange leave = DateRange.closed(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 14)); // both days in
        // leave is [2026-08-03, 2026-08-15); DateRange.of(start, endExclusive) takes an exclusive end
        boolean april = q1.contains(LocalDate.of(2026, 4, 1)); // false

        Proration february = DateRange.ofMonth(2026, 2).prorationOf(q1); // 28/90 of the quarter
        List<Money> monthly =
                q1.prorate(Money.of("9000.00", "EUR"), q1.split(PeriodUnit.MONTH), RemainderPolicy.LARGEST_REMAINDER);
        // [EUR 3100.00, EUR 2800.00, EUR 3100.00]: by days, adding up to the cent

        FiscalCalendar aprilToMarch = FiscalCalendar.of(Month.APRIL, FiscalYearNaming.END_YEAR);
        DateRange fy2026q1 = aprilToMarch.quarter(2026, 1); // [2025-04-01, 2025-07-01)
        // GUIDE-SAMPLE-END

        assertThat(q1.lengthInDays()).isEqualTo(90);
        assertThat(q1.endInclusive()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(leave.endExclusive()).isEqualTo(LocalDate.of(2026, 8, 15));
        assertThat(leave.lengthInDays()).isEqualTo(12);
        assertThat(april).isFalse();
        assertThat(february).isEqualTo(Proration.ofDays(28, 90));
        // 9,000 x 31/90 = 3,100 and 9,000 x 28/90 = 2,800
        assertThat(monthly)
                .containsExactly(Money.of("3100.00", "EUR"), Money.of("2800.00", "EUR"), Money.of("3100.00", "EUR"));
        assertThat(fy2026q1).isEqualTo(DateRange.of(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 7, 1)));
    }

    @Test
    void explanationsCarryStableCodesAndTypedFigures() {
        // GUIDE-SAMPLE-START explanations
        Tiering tiers = RevenueSharePolicy.defaults() // Key from 10% of the company's revenue
                .assign(List.of(
                        AccountFigures.of(AccountId.of("C-1"), Money.of("120000", "EUR")),
                        AccountFigures.of(AccountId.of("C-2"), Money.of("880000", "EUR"))));
        Explanation why = tiers.assignment(AccountId.of("C-1")).explanation();
        String forPeople = why.render(); // indented text, one line per step, to show as it is
        Step share = why.find("tier.share.account").get(0); // a stable code, for programs
        Money revenue = share.parameter("revenue", Money.class); // the figures themselves, typed
        // GUIDE-SAMPLE-END

        assertThat(tiers.tierOf(C1).name()).isEqualTo("Key");
        assertThat(forPeople)
                .contains("C-1 brings EUR 120000.00 of EUR 1000000.00, 12%")
                .contains("tier Key");
        assertThat(revenue).isEqualTo(Money.of("120000", "EUR"));
        assertThat(why.steps()).extracting(Step::code).containsExactly("tier.share.account", "tier.share.threshold");
    }

    @Test
    void badInputIsAnIllegalArgumentExceptionThatNamesTheFieldAndTheValue() {
        // GUIDE-SAMPLE-START bad-input
        String problem = null;
        try {
            Money.of("12,50", "EUR"); // a decimal comma from a spreadsheet export
        } catch (IllegalArgumentException e) {
            problem = e.getMessage(); // "amount must be a decimal number: '12,50'": reject the row with it
        }
        // GUIDE-SAMPLE-END

        assertThat(problem).isEqualTo("amount must be a decimal number: '12,50'");
    }

    // ---------------------------------------------------------------------------------------------
    // 3. Mapping ERP and CRM data onto the value types

    @Test
    void anAccountChecksItsLifecycleAndContractDates() {
        // GUIDE-SAMPLE-START account
        Account acme = Account.builder()
                .id(AccountId.of("C-1"))
                .name("Acme Industrial")
                .segment("Manufacturing")
                .status(LifecycleStatus.ACTIVE)
                .firstPurchase(LocalDate.of(2019, 5, 6))
                .contractStart(LocalDate.of(2026, 1, 1))
                .contractEnd(LocalDate.of(2026, 12, 31)) // inclusive, as the contract states it
                .build();
        // acme.contractPeriod() is [2026-01-01, 2027-01-01); a PROSPECT with purchase dates, or an end
        // before the start, fails with an IllegalArgumentException naming both fields
        // GUIDE-SAMPLE-END

        assertThat(acme.contractPeriod()).contains(DateRange.ofYear(2026));
        assertThat(acme.isUnderContractOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(acme.isUnderContractOn(LocalDate.of(2027, 1, 1))).isFalse();
    }

    // GUIDE-SAMPLE-START sales-history
    /** One row of your ERP's revenue per account and quarter (a SQL view, an export). */
    record QuarterlySales(String account, int year, int quarter, String revenue, String margin) {}

    static SalesHistory salesHistory(List<QuarterlySales> rows) {
        List<SalesRecord> records = new ArrayList<>();
        for (QuarterlySales row : rows) {
            records.add(SalesRecord.of(
                    AccountId.of(row.account()),
                    DateRange.ofQuarter(row.year(), row.quarter()),
                    Money.of(row.revenue(), "EUR"),
                    Money.of(row.margin(), "EUR")));
        }
        return SalesHistory.of(records); // refuses two records of one account and currency that overlap
    }
    // GUIDE-SAMPLE-END

    static SalesHistory history() {
        // GUIDE-SAMPLE-START sales-rows
        SalesHistory history = salesHistory(List.of(
                new QuarterlySales("C-1", 2025, 3, "200000.00", "40000.00"),
                new QuarterlySales("C-1", 2025, 4, "220000.00", "44000.00"),
                new QuarterlySales("C-2", 2025, 3, "150000.00", "22500.00"),
                new QuarterlySales("C-2", 2025, 4, "150000.00", "22500.00"),
                new QuarterlySales("C-3", 2025, 3, "80000.00", "24000.00"),
                new QuarterlySales("C-3", 2025, 4, "100000.00", "30000.00"),
                new QuarterlySales("C-4", 2025, 3, "50000.00", "5000.00"),
                new QuarterlySales("C-4", 2025, 4, "50000.00", "5000.00")));
        // second half of 2025: C-1 420,000.00, C-2 300,000.00, C-3 180,000.00, C-4 100,000.00 of 1,000,000.00
        // GUIDE-SAMPLE-END
        return history;
    }

    @Test
    void aSalesHistoryProratesItsRecordsByDays() {
        SalesSummary eur = history().inCurrency(EUR);
        DateRange h2 = DateRange.of(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 1, 1));
        assertThat(eur.revenue(C1, h2)).isEqualTo(Money.of("420000.00", "EUR"));
        assertThat(eur.companyRevenue(h2)).isEqualTo(Money.of("1000000.00", "EUR"));
        // October 2025 is 31 of Q4's 92 days: 220,000 x 31 / 92 = 74,130.43
        assertThat(eur.revenue(C1, DateRange.ofMonth(2025, 10))).isEqualTo(Money.of("74130.43", "EUR"));
    }

    static SalesTeam team() {
        // GUIDE-SAMPLE-START team
        ManagerId carmen = ManagerId.of("carmen");
        ManagerId ana = ManagerId.of("ana");
        ManagerId luis = ManagerId.of("luis");
        ManagerId marta = ManagerId.of("marta");
        SalesTeam team = SalesTeam.builder()
                .addManager(Manager.of(carmen, "Carmen Vidal", Role.HEAD_OF_SALES))
                .addManager(Manager.of(ana, "Ana Ruiz", Role.SENIOR_KAM))
                .addManager(Manager.of(luis, "Luis Gil", Role.JUNIOR_KAM))
                .addManager(Manager.of(marta, "Marta Sanz", Role.JUNIOR_KAM))
                .reportsTo(ana, carmen)
                .reportsTo(luis, ana)
                .reportsTo(marta, ana)
                // your CRM's account owner, with the history of changes: half-open periods
                .addAssignment(Assignment.from(AccountId.of("C-1"), luis, LocalDate.of(2025, 1, 1)))
                .addAssignment(Assignment.of(
                        AccountId.of("C-2"), luis, DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 1))))
                .addAssignment(Assignment.from(AccountId.of("C-2"), marta, LocalDate.of(2026, 3, 1))) // hand-over
                .addAssignment(Assignment.from(AccountId.of("C-3"), marta, LocalDate.of(2025, 1, 1)))
                .addAssignment(Assignment.from(AccountId.of("C-4"), ana, LocalDate.of(2025, 1, 1)))
                // your HR system's absences: all of Luis's accounts and his approval authority go to Ana
                .addDelegation(Delegation.of(luis, ana, DateRange.ofMonth(2026, 8)))
                .build();
        // team.responsibleFor(C-2, 28 February) is Luis, on 1 March Marta; for C-1 on 5 August Ana acts
        // team.visibleAccounts(ana, day): her own, her juniors' and what is delegated to her that day
        // GUIDE-SAMPLE-END
        return team;
    }

    @Test
    void theTeamAnswersWhoIsResponsibleAndWhoMaySeeWhatOnADate() {
        SalesTeam team = team();
        assertThat(team.assigneeOn(C2, LocalDate.of(2026, 2, 28))).contains(LUIS);
        assertThat(team.assigneeOn(C2, LocalDate.of(2026, 3, 1))).contains(MARTA);
        Responsibility august =
                team.responsibleFor(C1, LocalDate.of(2026, 8, 5)).orElseThrow();
        assertThat(august.assigned()).isEqualTo(LUIS);
        assertThat(august.acting()).isEqualTo(ANA);
        assertThat(august.isDelegated()).isTrue();
        assertThat(team.responsibleFor(C1, LocalDate.of(2026, 9, 1))
                        .orElseThrow()
                        .acting())
                .isEqualTo(LUIS);
        assertThat(team.visibleAccounts(ANA, LocalDate.of(2026, 3, 2))).containsExactly(C1, C2, C3, C4);
        assertThat(team.visibleAccounts(MARTA, LocalDate.of(2026, 3, 2))).containsExactly(C2, C3);
        assertThat(team.canSee(MARTA, C1, LocalDate.of(2026, 3, 2))).isFalse();
        assertThat(team.visibleAccounts(CARMEN, LocalDate.of(2026, 3, 2))).containsExactly(C1, C2, C3, C4);
    }

    static ActivityLog activities() {
        // GUIDE-SAMPLE-START activities
        ManagerId ana = ManagerId.of("ana");
        ManagerId luis = ManagerId.of("luis");
        ManagerId marta = ManagerId.of("marta");
        ActivityLog activities = ActivityLog.of(
                Activity.of(ActivityKind.VISIT, AccountId.of("C-4"), ana, LocalDateTime.of(2026, 1, 15, 10, 0)),
                Activity.of(ActivityKind.CALL, AccountId.of("C-3"), marta, LocalDateTime.of(2026, 2, 2, 9, 30)),
                Activity.of(ActivityKind.VISIT, AccountId.of("C-1"), luis, LocalDateTime.of(2026, 3, 2, 11, 0)),
                Activity.builder() // a complaint from your service desk, with when it was resolved
                        .kind(ActivityKind.COMPLAINT)
                        .account(AccountId.of("C-1"))
                        .manager(luis)
                        .when(LocalDateTime.of(2026, 3, 5, 9, 0))
                        .resolvedAt(LocalDateTime.of(2026, 3, 6, 15, 0)) // 30 hours
                        .subject("late delivery")
                        .build(),
                Activity.of(ActivityKind.CALL, AccountId.of("C-2"), marta, LocalDateTime.of(2026, 3, 24, 16, 0)),
                Activity.of(ActivityKind.VISIT, AccountId.of("C-1"), luis, LocalDateTime.of(2026, 3, 27, 10, 0)));
        // activities.lastContactDates(): C-1 27 March, C-2 24 March, C-3 2 February, C-4 15 January
        // (a complaint is not a contact)
        // GUIDE-SAMPLE-END
        return activities;
    }

    @Test
    void theActivityLogKnowsEachAccountsLastContact() {
        ActivityLog log = activities();
        assertThat(log.lastContactDates())
                .containsExactly(
                        Map.entry(C1, LocalDate.of(2026, 3, 27)),
                        Map.entry(C2, LocalDate.of(2026, 3, 24)),
                        Map.entry(C3, LocalDate.of(2026, 2, 2)),
                        Map.entry(C4, LocalDate.of(2026, 1, 15)));
        assertThat(log.count(ActivityKind.VISIT)).isEqualTo(3);
        assertThat(log.openComplaintsAt(LocalDateTime.of(2026, 3, 6, 12, 0))).hasSize(1);
    }

    // GUIDE-SAMPLE-START order-mapping
    /** Your ERP's sales-order header and lines, as your query returns them. */
    record ErpOrder(String number, String customer, LocalDate date, Credits credits, List<ErpLine> lines) {}

    record ErpLine(String article, String articleGroup, String quantity, String price, String cost, boolean service) {}

    static Order toOrder(ErpOrder erp) {
        Order.Builder order = Order.builder()
                .id(EventId.of(erp.number()))
                .account(AccountId.of(erp.customer()))
                .credits(erp.credits()) // who is credited, and with what share
                .date(erp.date())
                .currency(Currency.getInstance("EUR"));
        int position = 1;
        for (ErpLine line : erp.lines()) {
            order.addLine(OrderLine.builder()
                    .lineNumber(position++)
                    .product(ProductId.of(line.article()))
                    .group(ProductGroupId.of(line.articleGroup()))
                    .quantity(new BigDecimal(line.quantity()))
                    .unitPrice(Money.of(line.price(), "EUR")) // net of line discounts
                    .unitCost(Money.of(line.cost(), "EUR"))
                    .additionalService(line.service()) // installation, training: their own KPI
                    .build());
        }
        return order.build();
    }
    // GUIDE-SAMPLE-END

    static Ledger ledger() {
        // GUIDE-SAMPLE-START ledger-orders
        ManagerId ana = ManagerId.of("ana");
        ManagerId luis = ManagerId.of("luis");
        ManagerId marta = ManagerId.of("marta");
        Credits byLuis = Credits.solely(luis);
        Credits byMarta = Credits.solely(marta);
        Credits luisAndAna = Credits.split(Map.of(luis, Rate.percent(60), ana, Rate.percent(40))); // exactly 100%
        Function<String, ErpLine> pumps =
                quantity -> new ErpLine("PUMP-7", "PUMPS", quantity, "100.00", "70.00", false);

        List<CommercialEvent> events = new ArrayList<>(List.of(
                toOrder(new ErpOrder("SO-1", "C-1", LocalDate.of(2025, 11, 14), byLuis, List.of(pumps.apply("200")))),
                toOrder(new ErpOrder("SO-2", "C-2", LocalDate.of(2025, 12, 1), byLuis, List.of(pumps.apply("50")))),
                toOrder(new ErpOrder(
                        "SO-3",
                        "C-1",
                        LocalDate.of(2026, 1, 20),
                        luisAndAna,
                        List.of(
                                pumps.apply("300"),
                                new ErpLine("INSTALL", "SERVICES", "1", "2000.00", "1200.00", true)))),
                toOrder(new ErpOrder("SO-4", "C-3", LocalDate.of(2026, 2, 10), byMarta, List.of(pumps.apply("80"))))));
        // GUIDE-SAMPLE-END

        // GUIDE-SAMPLE-START ledger-documents
        // events, byLuis, byMarta and luisAndAna from above
        events.add(Invoice.builder()
                .id(EventId.of("INV-1"))
                .account(AccountId.of("C-1"))
                .credits(byLuis)
                .date(LocalDate.of(2025, 11, 14))
                .amount(Money.of("20000.00", "EUR"))
                .dueDate(LocalDate.of(2025, 12, 14)) // the due date as your ERP has it, or payment terms
                .order(EventId.of("SO-1"))
                .build());
        events.add(Invoice.builder()
                .id(EventId.of("INV-3"))
                .account(AccountId.of("C-1"))
                .credits(luisAndAna)
                .date(LocalDate.of(2026, 1, 20))
                .amount(Money.of("32000.00", "EUR")) // what the client owes, tax included if you bill it
                .paymentTerms(PaymentTerms.net(30)) // due 19 February
                .order(EventId.of("SO-3"))
                .build());
        events.add(Invoice.builder()
                .id(EventId.of("INV-4"))
                .account(AccountId.of("C-3"))
                .credits(byMarta)
                .date(LocalDate.of(2026, 2, 12))
                .amount(Money.of("8000.00", "EUR"))
                .paymentTerms(PaymentTerms.net(60)) // due 13 April
                .order(EventId.of("SO-4"))
                .build());
        events.add(Payment.builder()
                .id(EventId.of("PAY-1"))
                .account(AccountId.of("C-1"))
                .credits(byLuis)
                .date(LocalDate.of(2025, 12, 12))
                .amount(Money.of("20000.00", "EUR"))
                .apply(EventId.of("INV-1"), Money.of("20000.00", "EUR"))
                .build());
        events.add(Payment.builder()
                .id(EventId.of("PAY-3"))
                .account(AccountId.of("C-1"))
                .credits(luisAndAna)
                .date(LocalDate.of(2026, 2, 25))
                .amount(Money.of("20000.00", "EUR"))
                .apply(EventId.of("INV-3"), Money.of("20000.00", "EUR")) // a partial payment: 12,000.00 still open
                .build());
        events.add(Payment.builder()
                .id(EventId.of("PAY-4"))
                .account(AccountId.of("C-3"))
                .credits(byMarta)
                .date(LocalDate.of(2026, 3, 25))
                .amount(Money.of("5000.00", "EUR"))
                .apply(EventId.of("INV-4"), Money.of("3000.00", "EUR")) // the other 2,000.00 is an advance
                .build());
        events.add(Reversal.builder()
                .reversalKind(ReversalKind.RETURN) // or REFUSAL: goods the client would not accept
                .id(EventId.of("RET-1"))
                .account(AccountId.of("C-1"))
                .credits(luisAndAna)
                .date(LocalDate.of(2026, 4, 15))
                .order(EventId.of("SO-3"))
                .value(Money.of("2000.00", "EUR")) // 20 pumps at the order's price
                .cost(Money.of("1400.00", "EUR"))
                .reason("wrong flange")
                .build());
        Ledger ledger = Ledger.of(events); // checks that the events refer to each other consistently
        // GUIDE-SAMPLE-END
        return ledger;
    }

    @Test
    void theLedgerValidatesTheMappedEventsAndAgesTheReceivables() {
        Ledger ledger = ledger();
        assertThat(ledger.size()).isEqualTo(11);
        Order so3 = (Order) ledger.find(EventId.of("SO-3")).orElseThrow();
        // 300 x 100.00 + 2,000.00 = 32,000.00; cost 300 x 70.00 + 1,200.00 = 22,200.00
        assertThat(so3.amount()).isEqualTo(Money.of("32000.00", "EUR"));
        assertThat(so3.margin()).isEqualTo(Money.of("9800.00", "EUR"));
        assertThat(so3.additionalServiceAmount()).isEqualTo(Money.of("2000.00", "EUR"));
        Receivables march31 = ledger.receivables(LocalDate.of(2026, 3, 31));
        // INV-3: 32,000 - 20,000 = 12,000 open, 40 days past its due date of 19 February;
        // INV-4: 8,000 - 3,000 = 5,000 open, not due until 13 April
        assertThat(march31.totalOpen(EUR)).isEqualTo(Money.of("17000.00", "EUR"));
        assertThat(march31.overdue(EUR)).isEqualTo(Money.of("12000.00", "EUR"));
        assertThat(march31.find(EventId.of("INV-3")).orElseThrow().daysPastDue())
                .isEqualTo(40);
        assertThat(ledger.unappliedAdvances(C3, LocalDate.of(2026, 3, 31)))
                .containsEntry(EUR, Money.of("2000.00", "EUR"));
        assertThat(ledger.reversedValue(EventId.of("SO-3"))).isEqualTo(Money.of("2000.00", "EUR"));
    }

    // ---------------------------------------------------------------------------------------------
    // 4. Tiering and the contact planner

    static Tiering tiers(SalesHistory history) {
        // GUIDE-SAMPLE-START tiering
        // history: the SalesHistory of step 3
        DateRange lastTwoQuarters = DateRange.of(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 1, 1));
        SalesSummary eur = history.inCurrency(Currency.getInstance("EUR"));
        List<AccountFigures> figures = new ArrayList<>();
        for (AccountId account : eur.accounts()) {
            figures.add(AccountFigures.builder(account, eur.revenue(account, lastTwoQuarters))
                    .margin(eur.margin(account, lastTwoQuarters))
                    .build());
        }
        WeightedScorePolicy policy = WeightedScorePolicy.builder() // Strategic, Key, Growth, Maintain
                .weight(WeightedScorePolicy.REVENUE, new BigDecimal("2")) // at 75%, 50%, 25% of the score
                .weight(WeightedScorePolicy.MARGIN, BigDecimal.ONE)
                .build();
        Tiering tiers = policy.assign(figures); // build the policy once, assign as often as you like
        // revenue 420k, 300k, 180k, 100k and margin 84k, 45k, 54k, 10k, normalised min-max:
        // C-1 100% Strategic; C-2 (2 x 62.5% + 47.3%) / 3 = 57.4% Key; C-3 36.5% Growth; C-4 0% Maintain
        // tiers.assignment(account).explanation() shows each criterion; store the tier with it
        // GUIDE-SAMPLE-END
        return tiers;
    }

    @Test
    void weightedScoreTieringNormalisesEachCriterionOverThePopulation() {
        Tiering tiers = tiers(history());
        assertThat(tiers.tierOf(C1).name()).isEqualTo("Strategic");
        assertThat(tiers.tierOf(C2).name()).isEqualTo("Key");
        assertThat(tiers.tierOf(C3).name()).isEqualTo("Growth");
        assertThat(tiers.tierOf(C4).name()).isEqualTo("Maintain");
        // C-2: revenue (300 - 100) / (420 - 100) = 0.625, margin (45 - 10) / (84 - 10) = 35/74;
        // score (2 x 0.625 + 35/74) / 3 = 0.574324324...
        Step score =
                tiers.assignment(C2).explanation().find("tier.weighted.score").get(0);
        assertThat(score.parameter("score", Rate.class).fraction()).isEqualByComparingTo("0.5743243243243243");
    }

    @Test
    void theContactPlannerPlansDueAccountsForTheActingManager() {
        SalesTeam team = team();
        ActivityLog activities = activities();
        Tiering tiers = tiers(history());
        ManagerId ana = ANA;
        ManagerId luis = LUIS;
        ManagerId marta = MARTA;
        // GUIDE-SAMPLE-START planner
        // team, activities (step 3) and tiers (above)
        LocalDate monday = LocalDate.of(2026, 3, 30);
        Map<AccountId, LocalDate> lastContacts = activities.before(monday).lastContactDates();
        List<ContactCandidate> candidates = new ArrayList<>();
        for (AccountId account : tiers.accounts()) {
            Optional<Responsibility> who = team.responsibleFor(account, monday);
            if (who.isPresent()) { // nobody responsible: nothing to plan
                candidates.add(ContactCandidate.builder()
                        .account(account)
                        .manager(who.get().acting()) // the delegate while the owner is away
                        .tier(tiers.tierOf(account))
                        .lastContact(Optional.ofNullable(lastContacts.get(account)))
                        .build());
            }
        }
        Availability slots = Availability.builder()
                .weekdays(luis, 2) // two contacts a day, Monday to Friday
                .weekdays(marta, 2)
                .weekdays(ana, 1)
                .onDate(luis, LocalDate.of(2026, 4, 3), 0) // a day off
                .build();
        WeeklyPlan week = ContactPlanner.of(CadencePolicy.standard()).plan(monday, candidates, slots);
        // C-1 (Strategic: a visit every week) was visited 27 March, due 3 April: planned Monday, the
        // earliest day with a free slot; C-2 (Key: a call every 2 weeks) is not due until 7 April;
        // C-3 and C-4 (Growth, Maintain) have no cadence. Every account comes out planned or with a reason.
        // GUIDE-SAMPLE-END

        assertThat(week.contacts()).hasSize(1);
        assertThat(week.contacts().get(0).account()).isEqualTo(C1);
        assertThat(week.contacts().get(0).manager()).isEqualTo(luis);
        assertThat(week.contacts().get(0).kind()).isEqualTo(ActivityKind.VISIT);
        assertThat(week.contacts().get(0).date()).isEqualTo(monday);
        assertThat(week.contacts().get(0).dueDate()).contains(LocalDate.of(2026, 4, 3));
        assertThat(week.unplanned(C2).orElseThrow().reason()).isEqualTo(UnplannedReason.NOT_DUE);
        assertThat(week.unplanned(C2).orElseThrow().dueDate()).contains(LocalDate.of(2026, 4, 7));
        assertThat(week.unplanned(C3).orElseThrow().reason()).isEqualTo(UnplannedReason.NO_CADENCE);
        assertThat(week.unplanned(C4).orElseThrow().reason()).isEqualTo(UnplannedReason.NO_CADENCE);
        assertThat(candidates).hasSize(4);
    }

    // ---------------------------------------------------------------------------------------------
    // 5. KPIs and the scorecard

    static KpiCalculator kpiCalculator() {
        return KpiCalculator.of(
                CustomerRetention.standard(),
                DaysSalesOutstanding.standard(),
                CollectionRate.standard(),
                ActivityCount.visits());
    }

    @Test
    void kpisOfManyManagersComeFromOnePassAtEachManagersShare() {
        Ledger ledger = ledger();
        ActivityLog activities = activities();
        ManagerId ana = ANA;
        ManagerId luis = LUIS;
        ManagerId marta = MARTA;
        // GUIDE-SAMPLE-START kpis
        // ledger and activities from step 3
        KpiCalculator kpis = KpiCalculator.of( // build once; it holds no data
                CustomerRetention.standard(), // active = ordered within the last 90 days
                DaysSalesOutstanding.standard(),
                CollectionRate.standard(),
                ActivityCount.visits());
        KpiContext q1 = KpiContext.builder()
                .period(DateRange.ofQuarter(2026, 1))
                .currency(Currency.getInstance("EUR")) // others need .exchangeRates(rates)
                .build();
        KpiInput input = KpiInput.builder()
                .events(ledger.events()) // include the history before the period: it decides who was active
                .activities(activities.activities())
                .build();
        Map<ManagerId, KpiResults> byManager = kpis.computeByManager(q1, List.of(ana, luis, marta), input);
        // Luis, 60% of INV-3: DSO = 60% x 12,000 open / 60% x 32,000 invoiced x 90 days = 33.75 days;
        // collection rate 12,000 / 19,200 = 62.5%; retention (1 - 0) / 2 = 50% (C-1 kept, C-2 stopped buying)
        // Marta: retention is not defined (no client at the start), with the reason; DSO 5,000 / 8,000 x 90
        // GUIDE-SAMPLE-END

        KpiResults l = byManager.get(luis);
        assertThat(l.get(DaysSalesOutstanding.ID).valueOrThrow()).isEqualByComparingTo("33.75");
        assertThat(l.get(CollectionRate.ID).valueOrThrow()).isEqualByComparingTo("0.625");
        assertThat(l.get(CustomerRetention.ID).valueOrThrow()).isEqualByComparingTo("0.5");
        assertThat(l.get(ActivityCount.VISITS).valueOrThrow()).isEqualByComparingTo("2");
        KpiResults m = byManager.get(marta);
        assertThat(m.get(CustomerRetention.ID).isDefined()).isFalse();
        assertThat(m.get(CustomerRetention.ID).undefinedReason()).isPresent();
        assertThat(m.get(DaysSalesOutstanding.ID).valueOrThrow()).isEqualByComparingTo("56.25");
        assertThat(m.get(CollectionRate.ID).valueOrThrow()).isEqualByComparingTo("0.375");
        KpiResults a = byManager.get(ana);
        // Ana's 40% of INV-3: 4,800 open of 12,800 invoiced; 8,000 collected
        assertThat(a.get(DaysSalesOutstanding.ID).valueOrThrow()).isEqualByComparingTo("33.75");
        assertThat(a.get(CollectionRate.ID).valueOrThrow()).isEqualByComparingTo("0.625");
        assertThat(a.get(ActivityCount.VISITS).valueOrThrow()).isEqualByComparingTo("1");
    }

    @Test
    void aStreamedRunFedSliceBySliceEqualsOneComputationOverEverything() {
        Ledger ledger = ledger();
        KpiCalculator kpis = kpiCalculator();
        KpiContext q1 = KpiContext.builder()
                .period(DateRange.ofQuarter(2026, 1))
                .currency(EUR)
                .build();
        List<CommercialEvent> lastYear = new ArrayList<>();
        List<CommercialEvent> thisYear = new ArrayList<>();
        for (CommercialEvent e : ledger.events()) {
            (e.date().getYear() < 2026 ? lastYear : thisYear).add(e);
        }
        Iterable<CommercialEvent> cursor2025 = lastYear;
        Iterable<CommercialEvent> cursor2026 = thisYear;
        // GUIDE-SAMPLE-START kpis-streamed
        // kpis and q1 from above; cursor2025 and cursor2026: the events of each year, each an Iterable read
        // once, one event at a time (a JDBC ResultSet, a file)
        KpiRun archive = kpis.start(q1.forCompany());
        for (CommercialEvent event : cursor2025) {
            archive.add(event);
        }
        KpiRun current = kpis.start(q1.forCompany()); // another thread, another partition: its own run
        for (CommercialEvent event : cursor2026) {
            current.add(event);
        }
        KpiResults company = archive.merge(current).results(); // as if computed over everything at once
        // DSO = 17,000 open / 40,000 invoiced x 90 days = 38.25; collection rate 23,000 / 40,000 = 57.5%;
        // retention (E - N) / S = (2 - 1) / 2 = 50%: C-1 kept, C-2 lost, C-3 new
        // GUIDE-SAMPLE-END

        assertThat(company.get(DaysSalesOutstanding.ID).valueOrThrow()).isEqualByComparingTo("38.25");
        assertThat(company.get(CollectionRate.ID).valueOrThrow()).isEqualByComparingTo("0.575");
        assertThat(company.get(CustomerRetention.ID).valueOrThrow()).isEqualByComparingTo("0.5");
        KpiResults atOnce = kpis.compute(q1, KpiInput.of(ledger.events()));
        assertThat(company.get(DaysSalesOutstanding.ID).valueOrThrow())
                .isEqualByComparingTo(atOnce.get(DaysSalesOutstanding.ID).valueOrThrow());
    }

    static Map<ManagerId, ScorecardResult> scorecards() {
        Map<ManagerId, KpiResults> byManager = kpiCalculator()
                .computeByManager(
                        KpiContext.builder()
                                .period(DateRange.ofQuarter(2026, 1))
                                .currency(EUR)
                                .build(),
                        List.of(ANA, LUIS, MARTA),
                        KpiInput.builder()
                                .events(ledger().events())
                                .activities(activities().activities())
                                .build());
        // GUIDE-SAMPLE-START scorecard
        // byManager from above
        Scorecard card = Scorecard.of(
                ScorecardEntry.builder()
                        .kpi(CustomerRetention.ID)
                        .weight("1")
                        .target("0.90")
                        .build(),
                ScorecardEntry.builder()
                        .kpi(DaysSalesOutstanding.ID)
                        .weight("1")
                        .target("45") // lower is better: attainment = 45 / actual
                        .build(),
                ScorecardEntry.builder()
                        .kpi(CollectionRate.ID)
                        .weight("2")
                        .target("0.80")
                        .build());
        Map<ManagerId, ScorecardResult> scorecards = new TreeMap<>();
        byManager.forEach((manager, results) -> scorecards.put(manager, card.evaluate(results)));
        // Luis: 50% / 90% = 55.6%, 45 / 33.75 = 133.3%, 62.5% / 80% = 78.1%: score (55.6 + 133.3 + 2 x 78.1) / 4
        // = 86.3%; Marta's retention is not defined, so it is left out and the weights renormalised:
        // (45 / 56.25 + 2 x 37.5 / 80) / 3 = 57.9%. scorecards.get(luis).explanation().render() shows it all
        // GUIDE-SAMPLE-END
        return scorecards;
    }

    @Test
    void theScorecardLeavesOutAnUndefinedKpiAndRenormalisesTheWeights() {
        Map<ManagerId, ScorecardResult> scorecards = scorecards();
        // (0.5555555556 + 1.3333333333 + 2 x 0.78125) / 4 = 0.86284722223
        assertThat(scorecards.get(LUIS).scoreOrThrow().fraction()).isEqualByComparingTo("0.8628472222");
        // (0.8 + 2 x 0.46875) / 3 = 0.5791666667
        assertThat(scorecards.get(MARTA).scoreOrThrow().fraction()).isEqualByComparingTo("0.5791666667");
        assertThat(scorecards.get(MARTA).line(CustomerRetention.ID).included()).isFalse();
        // Ana: retention not defined; (1.3333333333 + 2 x 0.78125) / 3 = 0.9652777778
        assertThat(scorecards.get(ANA).scoreOrThrow().fraction()).isEqualByComparingTo("0.9652777778");
    }

    // ---------------------------------------------------------------------------------------------
    // 6. Variable pay

    static PayCalculator payCalculator(SalesTeam team) {
        // GUIDE-SAMPLE-START components
        Currency eur = Currency.getInstance("EUR");
        TransactionCommission commission = TransactionCommission.builder()
                .id(ComponentId.of("commission"))
                .base(CommissionBase.MARGIN) // amount - cost of the order lines
                .basis(CreditingBasis.INVOICED) // earned when invoiced; or BOOKED, COLLECTED
                .bands(CommissionBands.flat(Rate.percent(10), eur))
                .build();
        KpiBonus bonus = KpiBonus.builder()
                .id(ComponentId.of("bonus"))
                .target(Money.of("1500.00", "EUR"))
                .curve(AttainmentCurve.builder()
                        .point("0.60", "0.50") // nothing below a score of 60%, half the target at 60%
                        .point("1.00", "1.00")
                        .point("1.20", "1.50")
                        .build())
                .build();
        // GUIDE-SAMPLE-END

        // GUIDE-SAMPLE-START plans
        // commission and bonus from above, team from step 3
        CompensationPlan kam = CompensationPlan.builder()
                .id("kam-2026")
                .currency(eur)
                .addVersion(PlanVersion.builder()
                        .validity(DateRange.ofYear(2026)) // new rates from a date: another version
                        .fixedPay(Money.of("4500.00", "EUR")) // per statement period: this plan pays quarterly
                        .addComponent(commission)
                        .addComponent(bonus)
                        .build())
                .clawback(ClawbackPolicy.netForward()) // a return takes back, later, what was paid on the deal
                .build();
        CompensationPlan senior = CompensationPlan.builder()
                .id("senior-2026")
                .currency(eur)
                .addVersion(PlanVersion.builder()
                        .validity(DateRange.ofYear(2026))
                        .fixedPay(Money.of("6000.00", "EUR"))
                        .addComponent(commission)
                        .addComponent(TeamOverride.builder() // 2% of what the people below her sell
                                .id(ComponentId.of("override"))
                                .rate(Rate.percent(2))
                                .currency(eur) // required, although only caps and floors use it
                                .basis(CreditingBasis.INVOICED)
                                .build())
                        .addComponent(bonus)
                        .build())
                .clawback(ClawbackPolicy.netForward())
                .build();
        PayCalculator calculator = PayCalculator.builder() // build once, reuse for every statement
                .plans(PayPlans.builder()
                        .forRole(Role.JUNIOR_KAM, kam)
                        .forRole(Role.SENIOR_KAM, senior) // .forManager(id, plan) for exceptions
                        .build())
                .team(team) // roles, and who supervises whom for the override
                .build();
        // GUIDE-SAMPLE-END
        return calculator;
    }

    static PayInput q1PayInput() {
        Ledger ledger = ledger();
        Map<ManagerId, ScorecardResult> scorecards = scorecards();
        // GUIDE-SAMPLE-START pay-input
        // ledger (step 3) and scorecards (step 5)
        PayTransactions invoiced = PayTransactions.fromLedger(ledger, CreditingBasis.INVOICED);
        // one transaction per invoice, with the share of its deal it bills; invoiced.skipped() says what
        // credits nothing and why
        PayInput.Builder builder = PayInput.builder().transactions(invoiced.transactions());
        scorecards.forEach(builder::putScorecard); // each manager's scorecard drives their bonus
        PayInput q1Input = builder.build();
        // GUIDE-SAMPLE-END
        return q1Input;
    }

    @Test
    void aStatementPaysEachLineRoundedOnceAndAddsUpToTheCent() {
        PayCalculator calculator = payCalculator(team());
        PayInput q1Input = q1PayInput();
        ManagerId ana = ANA;
        ManagerId luis = LUIS;
        // GUIDE-SAMPLE-START statement
        DateRange q1 = DateRange.ofQuarter(2026, 1);
        PayStatement luisQ1 = calculator.statement(luis, q1, q1Input);
        // fixed 4,500.00; commission 10% x SO-3's margin 9,800.00 x his 60% = 588.00; bonus: his score
        // of 86.28% lies between (60%, 50%) and (100%, 100%), paying 82.86% of 1,500.00 = 1,242.84;
        // total 6,330.84, the sum of the rounded lines. luisQ1.unpaid(): INV-1, of November, OUTSIDE_PERIOD
        PayStatement anaQ1 = calculator.statement(ana, q1, q1Input);
        // fixed 6,000.00; commission 10% x 9,800.00 x her 40% = 392.00; override 2% of Luis's 60% of 32,000.00 = 384.00
        // and of Marta's 8,000.00 = 160.00; bonus 95.66% of 1,500.00 = 1,434.90: total 8,370.90
        // anaQ1.explanation().render() shows every figure; store the lines and anaQ1.records() when you pay
        // GUIDE-SAMPLE-END

        assertThat(luisQ1.fixedTotal()).isEqualTo(Money.of("4500.00", "EUR"));
        assertThat(luisQ1.total(PayLineKind.COMMISSION)).isEqualTo(Money.of("588.00", "EUR"));
        // 0.5 + (0.8628472222 - 0.6) x 0.5 / 0.4 = 0.82855902775 -> 0.8285590278 x 1,500 = 1,242.8385417
        assertThat(luisQ1.total(PayLineKind.BONUS)).isEqualTo(Money.of("1242.84", "EUR"));
        assertThat(luisQ1.total()).isEqualTo(Money.of("6330.84", "EUR"));
        assertThat(luisQ1.unpaid()).anySatisfy(u -> {
            assertThat(u.transaction()).isEqualTo(EventId.of("INV-1"));
            assertThat(u.reason()).isEqualTo(UnpaidReason.OUTSIDE_PERIOD);
        });
        assertThat(anaQ1.total(PayLineKind.COMMISSION)).isEqualTo(Money.of("392.00", "EUR"));
        assertThat(anaQ1.lines(PayLineKind.OVERRIDE))
                .extracting(PayLine::amount)
                .containsExactlyInAnyOrder(Money.of("384.00", "EUR"), Money.of("160.00", "EUR"));
        // 0.5 + (0.9652777778 - 0.6) x 1.25 = 0.95659722225 -> 0.9565972222 x 1,500 = 1,434.8958333
        assertThat(anaQ1.total(PayLineKind.BONUS)).isEqualTo(Money.of("1434.90", "EUR"));
        assertThat(anaQ1.total()).isEqualTo(Money.of("8370.90", "EUR"));
        PayStatement martaQ1 = calculator.statement(MARTA, q1, q1Input);
        // 10% of SO-4's margin 80 x 30.00 = 240.00; a score of 57.92% is below the curve's 60%: no bonus
        assertThat(martaQ1.total(PayLineKind.COMMISSION)).isEqualTo(Money.of("240.00", "EUR"));
        assertThat(martaQ1.total(PayLineKind.BONUS)).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(martaQ1.total()).isEqualTo(Money.of("4740.00", "EUR"));
        assertThat(luisQ1.records()).isNotEmpty();
    }

    static List<CommissionRecord> q1Records() {
        PayCalculator calculator = payCalculator(team());
        PayInput input = q1PayInput();
        List<CommissionRecord> records = new ArrayList<>();
        for (ManagerId m : List.of(ANA, LUIS, MARTA)) {
            records.addAll(
                    calculator.statement(m, DateRange.ofQuarter(2026, 1), input).records());
        }
        return records;
    }

    @Test
    void aLaterReturnTakesBackItsShareOfWhatWasPaidOnTheDeal() {
        Ledger ledger = ledger();
        PayCalculator calculator = payCalculator(team());
        List<CommissionRecord> paidSoFar = q1Records();
        ManagerId ana = ANA;
        ManagerId luis = LUIS;
        // GUIDE-SAMPLE-START clawback
        // paidSoFar: the records of every statement paid so far, read back from your database
        PayInput q2Input = PayInput.builder()
                .transactions(PayTransactions.fromLedger(ledger, CreditingBasis.INVOICED)
                        .transactions())
                .addReversals(ledger.reversals()) // RET-1: 2,000.00 of SO-3's 32,000.00 back on 15 April
                .addHistory(paidSoFar)
                .build();
        PayStatement luisQ2 = calculator.statement(luis, DateRange.ofQuarter(2026, 2), q2Input);
        // clawback: 2,000 / 32,000 = 6.25% of the 588.00 paid on SO-3 = -36.75; no scorecard for Q2 yet, so
        // the bonus line pays nothing and says why: 4,500.00 - 36.75 = 4,463.25. luisQ2.records() holds the
        // clawback: store it too, and no later statement takes it again
        PayStatement anaQ2 = calculator.statement(ana, DateRange.ofQuarter(2026, 2), q2Input);
        // 6.25% of her commission 392.00 and of her override 384.00 on SO-3: 6,000.00 - 24.50 - 24.00
        // GUIDE-SAMPLE-END

        assertThat(luisQ2.lines(PayLineKind.CLAWBACK))
                .singleElement()
                .satisfies(l -> assertThat(l.amount()).isEqualTo(Money.of("-36.75", "EUR")));
        assertThat(luisQ2.total()).isEqualTo(Money.of("4463.25", "EUR"));
        assertThat(luisQ2.lines(PayLineKind.BONUS))
                .singleElement()
                .satisfies(l -> assertThat(l.explanation().render()).containsIgnoringCase("scorecard"));
        assertThat(luisQ2.records())
                .singleElement()
                .satisfies(r -> assertThat(r.kind()).isEqualTo(CommissionRecord.Kind.CLAWBACK));
        assertThat(anaQ2.lines(PayLineKind.CLAWBACK))
                .extracting(PayLine::amount)
                .containsExactlyInAnyOrder(Money.of("-24.50", "EUR"), Money.of("-24.00", "EUR"));
        assertThat(anaQ2.total()).isEqualTo(Money.of("5951.50", "EUR"));
        // the next quarter, with Q2's clawbacks in the history, takes nothing again
        List<CommissionRecord> afterQ2 = new ArrayList<>(paidSoFar);
        afterQ2.addAll(luisQ2.records());
        PayStatement luisQ3 = calculator.statement(
                luis,
                DateRange.ofQuarter(2026, 3),
                PayInput.builder()
                        .addReversals(ledger.reversals())
                        .addHistory(afterQ2)
                        .build());
        assertThat(luisQ3.lines(PayLineKind.CLAWBACK)).isEmpty();
        assertThat(luisQ3.total()).isEqualTo(Money.of("4500.00", "EUR"));
    }

    // GUIDE-SAMPLE-START pay-line-row
    /** A pay line as you store it: one row per line of a statement you paid. */
    record PayLineRow(
            String kind,
            String component,
            String key,
            String label,
            LocalDate from,
            LocalDate to,
            BigDecimal exact,
            BigDecimal amount,
            String explanation) {
        static PayLineRow of(PayLine line) {
            return new PayLineRow(
                    line.kind().name(),
                    line.component().map(ComponentId::value).orElse(null), // none for fixed and plan-level lines
                    line.key(),
                    line.label(),
                    line.piece().start(),
                    line.piece().endExclusive(),
                    line.exact().amount(),
                    line.amount().amount(),
                    line.explanation().render()); // the text the manager was shown
        }

        PayLine toLine(Currency currency) {
            return PayLine.restore(
                    PayLineKind.valueOf(kind),
                    Optional.ofNullable(component).map(ComponentId::of),
                    key,
                    label,
                    DateRange.of(from, to),
                    Money.of(exact, currency),
                    Money.of(amount, currency),
                    Explanation.of(Step.of("stored", "{text}", "text", explanation)));
        }
    }
    // GUIDE-SAMPLE-END

    // GUIDE-SAMPLE-START record-row
    /** A commission record as you store it: what later clawbacks and adjustments look up. */
    record RecordRow(
            String manager,
            String component,
            String kind,
            String deal,
            String transaction,
            String basis,
            BigDecimal dealAmount,
            String dealCurrency, // the deal's own currency, which may differ from the plan's
            LocalDate date,
            LocalDate periodFrom,
            LocalDate periodTo,
            BigDecimal amount) {
        static RecordRow of(CommissionRecord r) {
            return new RecordRow(
                    r.manager().value(),
                    r.component().value(),
                    r.kind().name(),
                    r.deal().value(),
                    r.transaction().map(EventId::value).orElse(null), // none for a clawback
                    r.basis().name(),
                    r.dealAmount().amount(),
                    r.dealAmount().currency().getCurrencyCode(),
                    r.date(),
                    r.period().start(),
                    r.period().endExclusive(),
                    r.amount().amount());
        }

        CommissionRecord toRecord(Currency currency) {
            return CommissionRecord.builder()
                    .manager(ManagerId.of(manager))
                    .component(ComponentId.of(component))
                    .kind(CommissionRecord.Kind.valueOf(kind))
                    .deal(EventId.of(deal))
                    .transaction(Optional.ofNullable(transaction).map(EventId::of))
                    .basis(CreditingBasis.valueOf(basis))
                    .dealAmount(Money.of(dealAmount, Currency.getInstance(dealCurrency)))
                    .date(date)
                    .period(DateRange.of(periodFrom, periodTo))
                    .amount(Money.of(amount, currency)) // in the plan's currency
                    .build();
        }
    }
    // GUIDE-SAMPLE-END

    @Test
    void aCorrectionOfAPaidQuarterIsPaidOnceAsAnAdjustmentOfTheStoredStatement() {
        Ledger ledger = ledger();
        PayCalculator calculator = payCalculator(team());
        PayInput q1Input = q1PayInput();
        ManagerId luis = LUIS;
        DateRange q1 = DateRange.ofQuarter(2026, 1);
        PayStatement luisQ1 = calculator.statement(luis, q1, q1Input);
        List<PayLineRow> lineRows = luisQ1.lines().stream().map(PayLineRow::of).toList();
        List<RecordRow> recordRows =
                luisQ1.records().stream().map(RecordRow::of).toList();
        List<CommissionRecord> paidSoFar = q1Records();
        Map<ManagerId, ScorecardResult> scorecards = scorecards();
        List<CommercialEvent> events = new ArrayList<>(ledger.events());
        events.add(Invoice.builder()
                .id(EventId.of("INV-2"))
                .account(C2)
                .credits(Credits.solely(LUIS))
                .date(LocalDate.of(2026, 3, 31))
                .amount(Money.of("5000.00", "EUR"))
                .paymentTerms(PaymentTerms.net(30))
                .order(EventId.of("SO-2"))
                .build());
        Ledger corrected = Ledger.of(events);
        // GUIDE-SAMPLE-START adjustment
        // in April, INV-2 of 31 March (5,000.00 for SO-2, margin 1,500.00) reaches the ERP late: Q1 was
        // paid already. corrected: the ledger with INV-2; lineRows and recordRows: what you stored of
        // luisQ1, read back; paidSoFar and scorecards as above
        Currency eur = Currency.getInstance("EUR");
        PayStatement paid = PayStatement.restore(
                luis,
                q1,
                "kam-2026",
                eur,
                lineRows.stream().map(row -> row.toLine(eur)).toList(),
                recordRows.stream().map(row -> row.toRecord(eur)).toList(),
                Optional.empty()); // the draw balance after the period, if the plan has a draw
        PayInput.Builder correctedQ1 = PayInput.builder()
                .transactions(PayTransactions.fromLedger(corrected, CreditingBasis.INVOICED)
                        .transactions());
        correctedQ1.putScorecard(luis, scorecards.get(luis)); // the scorecard as approved for Q1
        PayStatement recalculated = calculator.statement(luis, q1, correctedQ1.build());
        PayAdjustment adjustment = PayAdjustment.between(paid, recalculated); // pairs lines by fullKey()
        // adjustment.total() is +150.00: 10% of 1,500.00, paid once, with the next statement
        PayStatement luisQ2 = calculator.statement(
                luis,
                DateRange.ofQuarter(2026, 2),
                PayInput.builder()
                        .transactions(PayTransactions.fromLedger(corrected, CreditingBasis.INVOICED)
                                .transactions())
                        .addReversals(corrected.reversals())
                        .addHistory(paidSoFar)
                        .addHistory(adjustment.records()) // what the adjustment paid, per deal, for clawbacks
                        .addAdjustment(adjustment)
                        .build());
        // 4,500.00 - 36.75 (the return) + 150.00 (the adjustment) = 4,613.25
        // GUIDE-SAMPLE-END

        assertThat(paid.total()).isEqualTo(luisQ1.total());
        assertThat(paid.lines()).isEqualTo(luisQ1.lines());
        assertThat(paid.records()).isEqualTo(luisQ1.records());
        assertThat(adjustment.total()).isEqualTo(Money.of("150.00", "EUR"));
        assertThat(adjustment.lines())
                .singleElement()
                .satisfies(l -> assertThat(l.kind()).isEqualTo(PayLineKind.ADJUSTMENT));
        assertThat(recalculated.total()).isEqualTo(Money.of("6480.84", "EUR"));
        assertThat(luisQ2.total(PayLineKind.ADJUSTMENT)).isEqualTo(Money.of("150.00", "EUR"));
        assertThat(luisQ2.total()).isEqualTo(Money.of("4613.25", "EUR"));
        // a stored statement compared with an unchanged recalculation owes nothing
        assertThat(PayAdjustment.between(paid, luisQ1).isZero()).isTrue();
    }

    @Test
    void aFiguresOnlyRunOverStreamedTransactionsGivesEveryStatementInOnePass() {
        PayCalculator calculator = payCalculator(team());
        Map<ManagerId, ScorecardResult> scorecards = scorecards();
        DateRange q1 = DateRange.ofQuarter(2026, 1);
        OnceOnly<PayTransaction> cursor = new OnceOnly<>(
                PayTransactions.fromLedger(ledger(), CreditingBasis.INVOICED).transactions());
        // GUIDE-SAMPLE-START bulk-run
        // cursor: your transactions as an Iterable read once, one at a time (a database cursor, a file)
        PayInput.Builder everyone = PayInput.builder().transactions(cursor);
        scorecards.forEach(everyone::putScorecard);
        PayRun run = calculator.run(q1, everyone.build(), Detail.FIGURES_ONLY);
        // run.statements(): Ana 8,370.90, Luis 6,330.84, Marta 4,740.00, the same figures statement()
        // gives (Carmen has no plan, so no statement); run.totals(): EUR 19,441.74; run.unassigned():
        // credits to no statement, with the reason. Memory stays bounded by managers x components x bands
        // GUIDE-SAMPLE-END

        assertThat(cursor.walks).isEqualTo(1);
        assertThat(run.statements().keySet()).containsExactly(ANA, LUIS, MARTA);
        assertThat(run.statement(ANA).total()).isEqualTo(Money.of("8370.90", "EUR"));
        assertThat(run.statement(LUIS).total()).isEqualTo(Money.of("6330.84", "EUR"));
        assertThat(run.statement(MARTA).total()).isEqualTo(Money.of("4740.00", "EUR"));
        assertThat(run.totals()).containsExactly(Map.entry("EUR", Money.of("19441.74", "EUR")));
        // FIGURES_ONLY keeps records only for deals with a clawback trigger: pay from EXPLAINED statements
        assertThat(run.statement(LUIS).records()).isEmpty();
        assertThat(run.statement(LUIS).unpaid()).isEmpty();
        assertThat(run.statement(LUIS).unpaidCounts()).containsEntry(UnpaidReason.OUTSIDE_PERIOD, 1);
    }

    @Test
    void aRunWithoutATeamNeedsTheManagersNamed() {
        CompensationPlan kam = payCalculator(team()).planOf(LUIS).orElseThrow();
        PayCalculator noTeam = PayCalculator.of(PayPlans.forEveryone(kam));
        DateRange q1 = DateRange.ofQuarter(2026, 1);
        // forEveryone names nobody without a team: the run refuses to run for nobody
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> noTeam.run(q1, q1PayInput(), Detail.FIGURES_ONLY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no manager is known to have a plan");
        assertThat(noTeam.run(q1, List.of(LUIS), q1PayInput(), Detail.FIGURES_ONLY)
                        .statement(LUIS)
                        .total(PayLineKind.COMMISSION))
                .isEqualTo(Money.of("588.00", "EUR"));
    }

    /** An iterable that counts how often it is walked, standing for a database cursor. */
    static final class OnceOnly<T> implements Iterable<T> {
        private final List<T> items;
        int walks;

        OnceOnly(List<T> items) {
            this.items = items;
        }

        @Override
        public java.util.Iterator<T> iterator() {
            walks++;
            return items.iterator();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // 7. Pricing and approval

    static PricingResult pricedQuote(Tiering tiers) {
        // GUIDE-SAMPLE-START pricing
        // tiers from step 4
        Currency eur = Currency.getInstance("EUR");
        ProductId pump = ProductId.of("PUMP-7");
        PriceColumn list = PriceColumn.of("list");
        DiscountPolicy pricing = DiscountPolicy.builder(
                        PriceList.builder(list, eur) // your price list, with its validity dates
                                .price(pump, list, DateRange.ofYear(2026), Money.of("100.00", "EUR"))
                                .build(),
                        Catalog.builder() // your article master: group and unit cost
                                .add(ProductInfo.builder()
                                        .product(pump)
                                        .group(ProductGroupId.of("PUMPS"))
                                        .unitCost(Money.of("70.00", "EUR"))
                                        .build())
                                .build())
                .addRule(DiscountRule.builder()
                        .id(RuleId.of("STRATEGIC-8"))
                        .conditions(RuleConditions.builder()
                                .addTier(tiers.scale().tier("Strategic"))
                                .build())
                        .effect(DiscountEffect.percentOff(Rate.percent(8)))
                        .build())
                .guardRails(GuardRails.builder()
                        .defaultMaxDiscount(Rate.percent(25)) // no combination of rules goes further
                        .minMargin(Rate.percent(10)) // nor below cost x 1.10
                        .build())
                .build(); // compiled into an index: rebuild it when prices or rules change, not per quote
        PricingResult quote = pricing.price(Quote.builder()
                .id(EventId.of("Q-7"))
                .account(AccountId.of("C-1"))
                .tier(tiers.tierOf(AccountId.of("C-1"))) // Strategic
                .date(LocalDate.of(2026, 4, 8))
                .addLine(QuoteLine.of(1, pump, new BigDecimal("150")))
                .build());
        // list 15,000.00, 8% off for Strategic accounts: net 13,800.00; margin 3,300.00 / 13,800.00 = 23.91%
        // quote.line(1).outcomes(): every rule that matched and what became of it
        // GUIDE-SAMPLE-END
        return quote;
    }

    static ApprovalPolicy approvals(SalesTeam team) {
        return ApprovalPolicy.of(AuthorityMatrix.defaults(EUR), team);
    }

    @Test
    void aQuotesDiscountNeedsTheLowestRoleThatCoversItAndIsApprovedOnTheDay() {
        PricingResult quote = pricedQuote(tiers(history()));
        SalesTeam team = team();
        ManagerId ana = ANA;
        ManagerId luis = LUIS;
        // GUIDE-SAMPLE-START approval
        // quote from above, team from step 3
        ApprovalPolicy approvals = ApprovalPolicy.of(AuthorityMatrix.defaults(Currency.getInstance("EUR")), team);
        ApprovalRequest request = ApprovalRequest.of(EventId.of("APR-7"), luis, quote);
        Optional<Role> needed = approvals.requiredRole(request);
        // SENIOR_KAM: 8% off with a 23.91% margin is beyond a junior KAM (5%, 25%) and a sales manager (7%, 22%)
        ApprovalDecision decision = approvals.approve(request, ana, LocalDate.of(2026, 4, 8));
        ApprovalRecord record = decision.record().orElseThrow(); // store it with the order
        // record: Ana approved on her own authority, as SENIOR_KAM, on 8 April, with the explanation. On the
        // days a delegation passes someone's authority to her, she approves on theirs too; nobody approves
        // their own request beyond their own role, so Luis cannot approve this one
        // GUIDE-SAMPLE-END

        assertThat(quote.listTotal()).isEqualTo(Money.of("15000.00", "EUR"));
        assertThat(quote.netTotal()).isEqualTo(Money.of("13800.00", "EUR"));
        assertThat(quote.discountRate().orElseThrow().fraction()).isEqualByComparingTo("0.08");
        // 3,300 / 13,800 = 0.23913043478...
        assertThat(quote.marginRate().orElseThrow().fraction()).isEqualByComparingTo("0.2391304348");
        assertThat(quote.line(1).outcomes())
                .singleElement()
                .satisfies(o -> assertThat(o.applied()).isTrue());
        assertThat(needed).contains(Role.SENIOR_KAM);
        assertThat(approvals.needsApproval(request)).isTrue();
        assertThat(decision.isApproved()).isTrue();
        assertThat(record.approver()).isEqualTo(ana);
        assertThat(record.onAuthorityOf()).isEqualTo(ana);
        assertThat(record.role()).isEqualTo(Role.SENIOR_KAM);
        assertThat(record.delegated()).isFalse();
        assertThat(approvals.approve(request, luis, LocalDate.of(2026, 4, 8)).isApproved())
                .isFalse();
    }

    // ---------------------------------------------------------------------------------------------
    // 8. Credit and order admission

    @Test
    void oneAdmissionCheckAtOrderTimeGivesTheWorstOfPricingAuthorityMarginAndCredit() {
        PricingResult quote = pricedQuote(tiers(history()));
        SalesTeam team = team();
        ApprovalPolicy approvals = approvals(team);
        Ledger ledger = ledger();
        ManagerId luis = LUIS;
        ManagerId carmen = CARMEN;
        // GUIDE-SAMPLE-START admission
        // approvals and quote from step 7, ledger and team from step 3
        CreditPolicy credit = CreditPolicy.builder(CreditLimit.of(Money.of("20000.00", "EUR"))) // company default
                .tolerance(Money.of("500.00", "EUR")) // weighted overdue debt below this is ignored
                .scoring(CreditScoring.none()) // standard() would also scale the limit by payment history
                .team(team) // who may release a hold
                .build();
        OrderAdmission admission = OrderAdmission.builder(approvals, credit)
                .marginFloor(Rate.percent(5)) // no line below cost x 1.05, whoever approves
                .build(); // build both once; check every order with them
        CreditProfile acme = CreditProfile.builder() // from your customer master
                .account(AccountId.of("C-1"))
                .limit(CreditLimit.of(Money.of("30000.00", "EUR"))) // else its group's, else the default
                .verification(VerificationStatus.VERIFIED) // unverified clients get no credit
                .build();
        AdmissionResult result = admission.check(AdmissionRequest.builder()
                .id(EventId.of("SO-7"))
                .pricing(quote)
                .requester(luis)
                .profile(acme)
                .ledger(ledger)
                .build());
        // credit on the quote's day, 8 April: INV-3 has 12,000.00 open, 48 days past due, weighing 50%: a
        // penalty of 6,000.00; room 30,000 - 12,000 - 6,000 = 12,000.00 for an order of 13,800.00, so
        // approve up to 12,000.00, which holds the order. result.outcome() is HOLD, the worst of
        // NEEDS_APPROVAL (a senior KAM, for the discount) and the credit hold; result.reasons() lists each
        HoldRelease release = credit.release(result.credit(), carmen, LocalDate.of(2026, 4, 8));
        // released: Carmen holds the head of sales' authority, the release role; store it with the order
        // GUIDE-SAMPLE-END

        assertThat(result.outcome()).isEqualTo(AdmissionOutcome.HOLD);
        assertThat(result.approvalRole()).contains(Role.SENIOR_KAM);
        assertThat(result.releaseRole()).contains(Role.HEAD_OF_SALES);
        assertThat(result.credit().outcome()).isEqualTo(CreditOutcome.APPROVE_UP_TO);
        assertThat(result.credit().maxOrder()).contains(Money.of("12000.00", "EUR"));
        assertThat(result.credit().context().overduePenalty()).isEqualTo(Money.of("6000.00", "EUR"));
        assertThat(result.credit().context().exposure().before()).isEqualTo(Money.of("12000.00", "EUR"));
        assertThat(result.reasons()).isNotEmpty();
        assertThat(release.released()).isTrue();
        assertThat(release.role()).contains(Role.HEAD_OF_SALES);
    }

    // ---------------------------------------------------------------------------------------------
    // 9. Storage, threads, performance

    @Test
    void oneCalculatorServesManyThreadsWithTheSameFigures() {
        PayCalculator calculator = payCalculator(team());
        PayInput q1Input = q1PayInput();
        DateRange q1 = DateRange.ofQuarter(2026, 1);
        ManagerId ana = ANA;
        ManagerId luis = LUIS;
        ManagerId marta = MARTA;
        // GUIDE-SAMPLE-START threads
        // calculator, q1Input from step 6: immutable, so any number of threads share them
        List<PayStatement> statements = List.of(ana, luis, marta).parallelStream()
                .map(manager -> calculator.statement(manager, q1, q1Input))
                .toList();
        // the same statements as one at a time; a KpiRun is the exception: one per thread, then merge()
        // GUIDE-SAMPLE-END

        assertThat(statements)
                .extracting(PayStatement::total)
                .containsExactly(Money.of("8370.90", "EUR"), Money.of("6330.84", "EUR"), Money.of("4740.00", "EUR"));
    }

    // ---------------------------------------------------------------------------------------------
    // 10. Troubleshooting

    static List<String> mistakes() {
        SalesTeam team = team();
        Ledger ledger = ledger();
        PayCalculator calculator = payCalculator(team);
        ManagerId luis = LUIS;
        ManagerId carmen = CARMEN;
        // GUIDE-SAMPLE-START troubleshooting
        List<Runnable> mistakes = List.of(
                () -> Credits.split(Map.of(luis, Rate.percent(90))), // shares that add up to 90%
                () -> Ledger.of(ledger.invoices()), // invoices loaded without their orders
                () -> DateRange.of(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 31)), // an inclusive end
                () -> team.visibleAccounts(ManagerId.of("pedro"), LocalDate.of(2026, 3, 2)), // not in the team
                () -> calculator.statement(carmen, DateRange.ofQuarter(2026, 1), PayInput.of(List.of())), // no plan
                () -> KpiContext.builder().period(DateRange.ofQuarter(2026, 1)).build(), // no currency
                () -> CadencePolicy.standard().cadence(TierScale.abc().tier("A"))); // tiers of another scale
        List<String> messages = new ArrayList<>();
        for (Runnable mistake : mistakes) {
            try {
                mistake.run();
            } catch (IllegalArgumentException e) { // CurrencyMismatchException, MissingExchangeRateException too
                messages.add(e.getMessage()); // reject the import, or show it, as it is
            }
        }
        // GUIDE-SAMPLE-END
        return messages;
    }

    @Test
    void commonMistakesFailWithMessagesThatNameTheFieldAndTheValueAndTheGuideQuotesThem() throws IOException {
        List<String> messages = mistakes();
        assertThat(messages)
                .containsExactly(
                        "credits shares must add up to exactly 100%, got 90%: {luis=90%}",
                        "invoice INV-1 bills order SO-1, which is not in the ledger",
                        "endExclusive must be after startInclusive: [2026-03-31, 2026-03-31)",
                        "manager is not a manager of this team: pedro",
                        "manager carmen has no plan (role HEAD_OF_SALES has none and there is no default)",
                        "Cannot build KpiContext, some of required attributes are not set [currency]",
                        "tier 'A' (rank 0) is not a tier of [Strategic > Key > Growth > Maintain]");
        String guide = Files.readString(GUIDE);
        for (String message : messages) {
            assertThat(guide).as("the guide's troubleshooting table quotes it").contains("`" + message + "`");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // The guide shows exactly the samples of this file, in order.

    private static final Path SOURCE = Path.of("src/test/java/io/github/kamsdk/examples/GuideTest.java");
    private static final Path GUIDE = Path.of("../docs/guide.md");

    /** The samples of this file, by name, in file order. */
    static Map<String, String> samples() throws IOException {
        Map<String, String> samples = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(SOURCE);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int at = line.indexOf("// GUIDE-SAMPLE-START ");
            if (at < 0 || !line.substring(0, at).isBlank()) {
                continue;
            }
            String name = line.substring(at + "// GUIDE-SAMPLE-START ".length()).strip();
            StringBuilder body = new StringBuilder();
            for (i++; !lines.get(i).strip().equals("// GUIDE-SAMPLE-END"); i++) {
                String l = lines.get(i);
                assertThat(l.isBlank() || l.substring(0, at).isBlank())
                        .as("line %d of sample %s is indented less than its marker", i + 1, name)
                        .isTrue();
                body.append(l.length() > at ? l.substring(at) : "").append('\n');
            }
            assertThat(samples.put(name, body.toString()))
                    .as("sample %s twice", name)
                    .isNull();
        }
        return samples;
    }

    /** The guide's code blocks, by the name of the {@code <!-- GuideTest: name -->} line before each. */
    static Map<String, String> guideBlocks() throws IOException {
        Map<String, String> blocks = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^(?:<!-- GuideTest: (\\S+) -->\\n)?```(\\w*)\\n(.*?)^```$", Pattern.DOTALL)
                .matcher(Files.readString(GUIDE));
        while (m.find()) {
            assertThat(m.group(1))
                    .as("a code block without its GuideTest name:%n%s", m.group(3))
                    .isNotNull();
            assertThat(blocks.put(m.group(1), m.group(3)))
                    .as("block %s twice", m.group(1))
                    .isNull();
        }
        return blocks;
    }

    @Test
    void theMavenCoordinatesOfStep1AreThoseOfTheBuild() throws IOException {
        Matcher version = Pattern.compile("<artifactId>kam-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("../pom.xml")));
        assertThat(version.find()).isTrue();
        String dependency = "<dependency>\n  <groupId>io.github.kamsdk</groupId>\n  <artifactId>%s</artifactId>\n"
                + "  <version>" + version.group(1) + "</version>\n</dependency>\n";
        assertThat(guideBlocks().get("maven"))
                .startsWith(String.format(dependency, "kam-core"))
                .endsWith(String.format(dependency, "kam-rules"));
    }

    @Test
    void theModuleDeclarationOfStep1CompilesAgainstTheSdkModules(@TempDir Path dir) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/com/example/erp"));
        Files.writeString(dir.resolve("src/module-info.java"), guideBlocks().get("module-info"));
        Files.writeString(src.resolve("Check.java"), """
                package com.example.erp;

                import com.google.common.collect.ImmutableList;
                import io.github.kamsdk.core.money.Money;
                import io.github.kamsdk.core.time.DateRange;
                import io.github.kamsdk.rules.pricing.PriceColumn;

                class Check {
                    ImmutableList<Money> thirds = io.github.kamsdk.core.money.Allocation.evenly(
                            Money.of("100.00", "EUR"), 3, io.github.kamsdk.core.money.RemainderPolicy.LARGEST_REMAINDER);
                    DateRange q1 = DateRange.ofQuarter(2026, 1);
                    PriceColumn list = PriceColumn.of("list");
                }
                """);
        // the module path: the SDK's modules and their dependencies, as the test's class path has them
        List<String> modulePath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            boolean sdk = Files.isDirectory(p) && Files.exists(p.resolve("module-info.class"));
            boolean dependency = entry.matches(".*/(kam-core|kam-rules|guava|failureaccess|slf4j-api|jspecify"
                    + "|error_prone_annotations|j2objc-annotations)-[^/]*\\.jar");
            if (sdk || dependency) {
                modulePath.add(entry);
            }
        }
        java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
        int status = javax.tools.ToolProvider.getSystemJavaCompiler()
                .run(
                        null,
                        null,
                        errors,
                        "--module-path",
                        String.join(java.io.File.pathSeparator, modulePath),
                        "-d",
                        dir.resolve("out").toString(),
                        dir.resolve("src/module-info.java").toString(),
                        src.resolve("Check.java").toString());
        assertThat(status).as("javac: %s", errors).isZero();
    }

    @Test
    void theGuideShowsExactlyTheseSamplesInOrder() throws IOException {
        Map<String, String> guide = guideBlocks();
        Map<String, String> java = new LinkedHashMap<>(guide);
        java.keySet().removeAll(List.of("maven", "module-info"));
        Map<String, String> samples = samples();
        assertThat(java.keySet()).containsExactlyElementsOf(samples.keySet());
        samples.forEach(
                (name, code) -> assertThat(java.get(name)).as("sample %s", name).isEqualTo(code));
    }
}
