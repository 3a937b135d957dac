package io.github.kamsdk.examples.quarter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.pay.PayAdjustment;
import io.github.kamsdk.core.pay.PayLine;
import io.github.kamsdk.core.pay.PayLineKind;
import io.github.kamsdk.core.pay.PayStatement;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.rules.admission.AdmissionOutcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main program's key figures for the sample company of {@link SampleCompany#SEED}: the tiers,
 * the approval, the credit decisions and the pay statements. The generated company is fixed by its
 * seed, so these figures only change when the sample or an engine's definition changes; the
 * invariants below hold for any seed.
 */
class KamQuarterTest {
    static QuarterResults r;

    @BeforeAll
    static void runTheQuarter() {
        r = KamQuarter.run(SampleCompany.generate(SampleCompany.SEED));
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static List<AccountId> accounts(int... numbers) {
        return IntStream.of(numbers).mapToObj(SampleCompany::account).toList();
    }

    @Test
    void theSampleHasTheTeamAccountsAndEventsTheIssueAsksFor() {
        var roles = r.company().team().managers().stream()
                .collect(java.util.stream.Collectors.groupingBy(m -> m.role(), java.util.stream.Collectors.counting()));
        assertThat(roles)
                .containsEntry(Role.COMMERCIAL_DIRECTOR, 1L)
                .containsEntry(Role.HEAD_OF_SALES, 1L)
                .containsEntry(Role.SENIOR_KAM, 2L)
                .containsEntry(Role.JUNIOR_KAM, 4L)
                .containsEntry(Role.SALES_MANAGER, 3L);
        assertThat(r.company().accounts()).hasSize(60);
        assertThat(r.company().team().delegations()).hasSize(1);
        assertThat(r.company().events()).hasSize(1145);
        assertThat(r.company().events())
                .extracting(e -> e.currency().getCurrencyCode())
                .contains("EUR", "RUB");
    }

    @Test
    void theKeyClientsAreTheSixBigBuyers() {
        assertThat(r.abc().accountsIn(r.abc().scale().highest())).isEqualTo(accounts(1, 2, 3, 4, 5, 6));
        assertThat(r.revenueShare().accountsIn(r.revenueShare().scale().highest()))
                .isEqualTo(accounts(2, 3, 4, 5, 6));
        assertThat(r.weighted().counts().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(60);
        assertThat(r.abc().assignment(SampleCompany.account(1)).explanation().render())
                .contains("cut point 80%");
    }

    @Test
    void nextWeeksPlanVisitsTheStrategicAndCallsTheKeyAccounts() {
        assertThat(r.week().contacts()).hasSize(5);
        assertThat(r.week().contacts())
                .allSatisfy(c -> assertThat(c.tier().name()).isIn("Strategic", "Key"));
        assertThat(r.week().unplanned()).hasSize(55);
    }

    @Test
    void theQuoteNeedsTheHeadOfSalesAndCarmenApprovesIt() {
        assertThat(r.quote().listTotal()).isEqualTo(eur("205000.00"));
        assertThat(r.quote().netTotal()).isEqualTo(eur("183763.07"));
        assertThat(r.quote().discountRate().orElseThrow().fraction()).isEqualByComparingTo("0.1035947805");
        assertThat(r.requiredRole()).contains(Role.HEAD_OF_SALES);
        assertThat(r.approval().isApproved()).isTrue();
        assertThat(r.approval().record().orElseThrow().approver()).isEqualTo(SampleCompany.CARMEN);
        assertThat(r.approval().record().orElseThrow().role()).isEqualTo(Role.HEAD_OF_SALES);
        // the quote is the sum of its rounded lines
        assertThat(Money.sum(r.quote().lines().stream().map(l -> l.netAmount()).toList()))
                .isEqualTo(r.quote().netTotal());
    }

    @Test
    void aGoodClientsOrderIsAdmittedAndABadPayersIsHeldThenReleased() {
        assertThat(r.admitted().outcome()).isEqualTo(AdmissionOutcome.ALLOW);
        assertThat(r.held().outcome()).isEqualTo(AdmissionOutcome.HOLD);
        assertThat(r.held().releaseRole()).contains(Role.HEAD_OF_SALES);
        assertThat(r.held().reasons()).anyMatch(reason -> reason.contains("more than 90 days past due"));
        assertThat(r.release().released()).isTrue();
        assertThat(r.release().onAuthorityOf()).contains(SampleCompany.CARMEN);
    }

    @Test
    void theQuartersStatementsHaveTheseTotals() {
        Map<String, String> totals = Map.of(
                "ana", "32406.66",
                "carmen", "29727.75",
                "diego", "11145.47",
                "eva", "22661.10",
                "ivan", "10834.11",
                "jorge", "29010.58",
                "luis", "20475.08",
                "marta", "9672.25",
                "pablo", "10665.98",
                "sofia", "8296.84");
        assertThat(r.q2Pay().statements().keySet())
                .extracting(ManagerId::value)
                .containsExactlyInAnyOrderElementsOf(totals.keySet());
        totals.forEach((m, total) ->
                assertThat(r.q2Pay().statement(ManagerId.of(m)).total()).as(m).isEqualTo(eur(total)));
        // Elena, the commercial director, has no plan, so no statement
        assertThat(r.q2Pay().statements()).doesNotContainKey(SampleCompany.ELENA);
    }

    @Test
    void everyStatementAddsUpToTheCentAndKeepsTheFixedPart() {
        for (PayStatement s : r.q2Pay().statements().values()) {
            Money sum = Money.sum(s.lines().stream().map(PayLine::amount).toList());
            assertThat(s.total()).as(s.manager().value()).isEqualTo(sum);
            assertThat(s.fixedTotal()).isEqualTo(s.total(PayLineKind.FIXED));
            assertThat(s.lines(PayLineKind.REDUCTION))
                    .allSatisfy(l -> assertThat(l.amount().isNegativeOrZero()).isTrue());
        }
    }

    @Test
    void theLateReturnOfLuissQ1DealIsAdjustedInQ2() {
        PayAdjustment luis = r.adjustments().stream()
                .filter(a -> a.manager().equals(SampleCompany.LUIS))
                .findFirst()
                .orElseThrow();
        assertThat(luis.total()).isEqualTo(eur("-614.62"));
        // each adjustment is the recalculated Q1 total minus the paid one, and lands in Q2
        for (PayAdjustment a : r.adjustments()) {
            PayStatement q2 = r.q2Pay().statement(a.manager());
            assertThat(q2.total(PayLineKind.ADJUSTMENT)).isEqualTo(a.total());
            assertThat(a.total().isNegative()).as(a.manager().value()).isTrue();
        }
        assertThat(r.adjustments()).extracting(a -> a.manager().value()).containsExactly("ana", "carmen", "luis");
    }

    @Test
    void theHtmlReportHasEveryManagerAndTheChart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.html");
        HtmlReport.write(r, file);
        String html = Files.readString(file);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("</html>");
        for (ManagerId m : r.q2Pay().statements().keySet()) {
            assertThat(html).contains(">" + m.value() + "<");
        }
        assertThat(html).contains(r.company().lateReturn().value());
    }

    @Test
    void theMainProgramPrintsTheQuarterAndWhereTheReportIs(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out/q2.html");
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            KamQuarter.main(new String[] {file.toString()});
        } finally {
            System.setOut(original);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        assertThat(text)
                .contains("1. Key clients")
                .contains("6. Pay statements (Q2)")
                .contains("HTML report: " + file.toAbsolutePath());
        assertThat(file).exists();
    }

    @Test
    void theSameSeedGivesTheSameQuarter() {
        QuarterResults again = KamQuarter.run(SampleCompany.generate(SampleCompany.SEED));
        for (PayStatement s : r.q2Pay().statements().values()) {
            assertThat(again.q2Pay().statement(s.manager()).lines()).isEqualTo(s.lines());
        }
    }
}
