package io.github.kamsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.account.AccountFigures;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.account.ParetoPolicy;
import io.github.kamsdk.core.account.TierScale;
import io.github.kamsdk.core.account.Tiering;
import io.github.kamsdk.core.activity.Availability;
import io.github.kamsdk.core.activity.CadencePolicy;
import io.github.kamsdk.core.activity.ContactCandidate;
import io.github.kamsdk.core.activity.ContactPlanner;
import io.github.kamsdk.core.activity.WeeklyPlan;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.team.Assignment;
import io.github.kamsdk.core.team.Delegation;
import io.github.kamsdk.core.team.Manager;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.core.team.SalesTeam;
import io.github.kamsdk.core.time.DateRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

// The README's second sample (key accounts, responsibility, the week's contacts), kept here so that
// it cannot rot: the test checks that the README shows this method's body up to its assertions.
class ReadmeKeyAccountsTest {

    // README-SAMPLE-START
    @Test
    void keyAccountsResponsibilityAndContacts() {
        AccountId acme = AccountId.of("C-1");
        AccountId bolt = AccountId.of("C-2");
        AccountId cora = AccountId.of("C-3");
        AccountId dune = AccountId.of("C-4");

        // ABC analysis: A until the accounts before reach 80% of revenue, B until 95%
        Tiering abc = ParetoPolicy.defaults()
                .assign(List.of(
                        AccountFigures.of(acme, Money.of("700000", "EUR")),
                        AccountFigures.of(bolt, Money.of("200000", "EUR")),
                        AccountFigures.of(cora, Money.of("60000", "EUR")),
                        AccountFigures.of(dune, Money.of("40000", "EUR"))));
        // A: C-1, C-2 (70% before C-2); B: C-3 (90% before it); C: C-4 (96% before it)
        // abc.assignment(cora).explanation().render() says why, figure by figure

        ManagerId ana = ManagerId.of("ana");
        ManagerId luis = ManagerId.of("luis");
        SalesTeam team = SalesTeam.builder()
                .addManager(Manager.of(ana, "Ana Ruiz", Role.SENIOR_KAM))
                .addManager(Manager.of(luis, "Luis Gil", Role.JUNIOR_KAM))
                .reportsTo(luis, ana)
                .addAssignment(Assignment.from(acme, luis, LocalDate.of(2026, 1, 1)))
                .addDelegation(Delegation.of(luis, ana, DateRange.ofMonth(2026, 8))) // Luis on leave
                .build();
        // who acts for C-1 on 5 August? Ana, by Luis's delegation; on 1 September Luis again
        ManagerId acting = team.responsibleFor(acme, LocalDate.of(2026, 8, 5))
                .orElseThrow()
                .acting();

        TierScale tiers = TierScale.standard(); // Strategic: a visit every week; Key: a call every 2 weeks
        WeeklyPlan week = ContactPlanner.of(CadencePolicy.standard())
                .plan(
                        LocalDate.of(2026, 11, 23), // a Monday
                        List.of(
                                ContactCandidate.of(acme, luis, tiers.tier("Strategic"), LocalDate.of(2026, 11, 16)),
                                ContactCandidate.of(bolt, luis, tiers.tier("Key"), LocalDate.of(2026, 11, 20)),
                                ContactCandidate.neverContacted(cora, luis, tiers.tier("Key"))),
                        Availability.builder().weekdays(luis, 1).build()); // one slot a day
        // Monday: C-3 (never contacted), Tuesday: C-1 (visit due Monday); C-2 is due in December

        assertThat(abc.accountsIn(ParetoPolicy.defaults().scale().tier("A"))).containsExactly(acme, bolt);
        assertThat(abc.tierOf(cora).name()).isEqualTo("B");
        assertThat(abc.tierOf(dune).name()).isEqualTo("C");
        assertThat(abc.assignment(cora).explanation().render()).contains("90");
        assertThat(acting).isEqualTo(ana);
        assertThat(team.responsibleFor(acme, LocalDate.of(2026, 9, 1))
                        .orElseThrow()
                        .acting())
                .isEqualTo(luis);
        assertThat(week.contacts())
                .extracting(c -> c.date() + " " + c.account() + " " + c.kind())
                .containsExactly("2026-11-23 C-3 CALL", "2026-11-24 C-1 VISIT");
        assertThat(week.notDue()).extracting(u -> u.account()).containsExactly(bolt);
    }
    // README-SAMPLE-END

    @Test
    void readmeShowsThisSample() throws Exception {
        List<String> source =
                Files.readAllLines(Path.of("src/test/java/io/github/kamsdk/examples/ReadmeKeyAccountsTest.java"));
        int signature = source.indexOf("    void keyAccountsResponsibilityAndContacts() {");
        List<String> body = new ArrayList<>();
        for (String line : source.subList(signature + 1, source.size())) {
            if (line.contains("assertThat")) {
                break;
            }
            body.add(line.length() >= 8 ? line.substring(8) : line.strip());
        }
        while (body.get(body.size() - 1).isEmpty()) {
            body.remove(body.size() - 1);
        }
        String readme = Files.readString(Path.of("../README.md"));
        assertThat(readme).contains(String.join("\n", body) + "\n");
    }
}
