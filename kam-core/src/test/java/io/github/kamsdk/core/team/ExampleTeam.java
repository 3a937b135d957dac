package io.github.kamsdk.core.team;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The small named team of the worked examples.
 *
 * <pre>
 * carmen  HEAD_OF_SALES
 * ├── ana    SENIOR_KAM      C-01, C-02
 * │   ├── luis  JUNIOR_KAM   C-03; C-04 until 2026-04-01
 * │   └── eva   JUNIOR_KAM   C-05; C-04 from 2026-04-01
 * └── pablo  SALES_MANAGER   C-06 .. C-15; C-16 in February only
 *
 * luis  -> ana     [2026-08-03, 2026-08-15)  all accounts, with approval authority (holiday)
 * ana   -> carmen  [2026-08-10, 2026-08-13)  all accounts, with approval authority (trade fair)
 * eva   -> pablo   [2026-09-01, 2026-09-08)  C-05 only, without approval authority
 * pablo -> carmen  [2026-10-01, 2026-10-03)  C-06 only, with approval authority
 * </pre>
 *
 * Key accounts: C-01 .. C-05.
 */
final class ExampleTeam {
    static final ManagerId CARMEN = ManagerId.of("carmen");
    static final ManagerId ANA = ManagerId.of("ana");
    static final ManagerId LUIS = ManagerId.of("luis");
    static final ManagerId EVA = ManagerId.of("eva");
    static final ManagerId PABLO = ManagerId.of("pablo");

    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    static final LocalDate APR_1 = LocalDate.of(2026, 4, 1);

    static final Set<AccountId> KEY_ACCOUNTS = Set.of(c(1), c(2), c(3), c(4), c(5));

    private ExampleTeam() {}

    /** Account C-01 .. C-16. */
    static AccountId c(int n) {
        return AccountId.of(String.format("C-%02d", n));
    }

    static List<AccountId> accounts(int... numbers) {
        return IntStream.of(numbers).mapToObj(ExampleTeam::c).toList();
    }

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    static SalesTeam team() {
        return builder().build();
    }

    static SalesTeam.Builder builder() {
        SalesTeam.Builder b = SalesTeam.builder()
                .addManager(Manager.of(CARMEN, "Carmen Vidal", Role.HEAD_OF_SALES))
                .addManager(Manager.of(ANA, "Ana Ruiz", Role.SENIOR_KAM))
                .addManager(Manager.of(LUIS, "Luis Gil", Role.JUNIOR_KAM))
                .addManager(Manager.of(EVA, "Eva Sanz", Role.JUNIOR_KAM))
                .addManager(Manager.of(PABLO, "Pablo Mora", Role.SALES_MANAGER))
                .reportsTo(ANA, CARMEN)
                .reportsTo(LUIS, ANA)
                .reportsTo(EVA, ANA)
                .reportsTo(PABLO, CARMEN)
                .addAssignment(Assignment.from(c(1), ANA, JAN_1))
                .addAssignment(Assignment.from(c(2), ANA, JAN_1))
                .addAssignment(Assignment.from(c(3), LUIS, JAN_1))
                .addAssignment(Assignment.of(c(4), LUIS, DateRange.of(JAN_1, APR_1)))
                .addAssignment(Assignment.from(c(4), EVA, APR_1))
                .addAssignment(Assignment.from(c(5), EVA, JAN_1))
                .addAssignment(Assignment.of(c(16), PABLO, DateRange.ofMonth(2026, 2)));
        for (int n = 6; n <= 15; n++) {
            b.addAssignment(Assignment.from(c(n), PABLO, JAN_1));
        }
        return b.addDelegation(Delegation.of(LUIS, ANA, DateRange.of(day(8, 3), day(8, 15))))
                .addDelegation(Delegation.of(ANA, CARMEN, DateRange.of(day(8, 10), day(8, 13))))
                .addDelegation(Delegation.builder()
                        .from(EVA)
                        .to(PABLO)
                        .period(DateRange.of(day(9, 1), day(9, 8)))
                        .accounts(List.of(c(5)))
                        .approvalAuthority(false)
                        .build())
                .addDelegation(Delegation.builder()
                        .from(PABLO)
                        .to(CARMEN)
                        .period(DateRange.of(day(10, 1), day(10, 3)))
                        .accounts(List.of(c(6)))
                        .build());
    }

    static Set<AccountId> range(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(ExampleTeam::c).collect(Collectors.toSet());
    }
}
