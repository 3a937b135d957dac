package io.github.kamsdk.core.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.team.CapacityLimit.Counts;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CapacityPolicyTest {
    @Test
    void theDefaultsAreTheSeedsFigures() {
        CapacityPolicy p = CapacityPolicy.defaults();
        assertThat(p.limit(Role.JUNIOR_KAM)).isEqualTo(CapacityLimit.atMost(Counts.KEY_ACCOUNTS, 3));
        assertThat(p.limit(Role.SENIOR_KAM)).isEqualTo(CapacityLimit.atMost(Counts.KEY_ACCOUNTS, 3));
        assertThat(p.limit(Role.SALES_MANAGER)).isEqualTo(CapacityLimit.between(Counts.ALL_ACCOUNTS, 10, 25));
        assertThat(p.limit(Role.HEAD_OF_SALES).isUnlimited()).isTrue();
        assertThat(p.limit(Role.COMMERCIAL_DIRECTOR)).isEqualTo(CapacityLimit.unlimited());
        assertThat(p)
                .hasToString(
                        "{JUNIOR_KAM=0..3 KEY_ACCOUNTS, SENIOR_KAM=0..3 KEY_ACCOUNTS,"
                                + " SALES_MANAGER=10..25 ALL_ACCOUNTS, HEAD_OF_SALES=unlimited, COMMERCIAL_DIRECTOR=unlimited}");
    }

    @Test
    void hostsReplaceOneRolesLimitAtATime() {
        CapacityPolicy p =
                CapacityPolicy.defaults().with(Role.SENIOR_KAM, CapacityLimit.atMost(Counts.KEY_ACCOUNTS, 5));
        assertThat(p.limit(Role.SENIOR_KAM).max()).hasValue(5);
        assertThat(p.limit(Role.JUNIOR_KAM).max()).hasValue(3);
        assertThat(CapacityPolicy.defaults().limit(Role.SENIOR_KAM).max())
                .as("unchanged")
                .hasValue(3);
        new EqualsTester()
                .addEqualityGroup(
                        CapacityPolicy.defaults(),
                        CapacityPolicy.unlimited()
                                .with(Role.JUNIOR_KAM, CapacityLimit.atMost(Counts.KEY_ACCOUNTS, 3))
                                .with(Role.SENIOR_KAM, CapacityLimit.atMost(Counts.KEY_ACCOUNTS, 3))
                                .with(Role.SALES_MANAGER, CapacityLimit.between(Counts.ALL_ACCOUNTS, 10, 25)))
                .addEqualityGroup(p)
                .addEqualityGroup(
                        CapacityPolicy.unlimited(),
                        CapacityPolicy.unlimited().with(Role.HEAD_OF_SALES, CapacityLimit.unlimited()))
                .testEquals();
    }

    @Test
    void boundsAreInclusive() {
        CapacityLimit salesManager = CapacityLimit.between(Counts.ALL_ACCOUNTS, 10, 25);
        assertThat(salesManager.isUnder(9)).isTrue();
        assertThat(salesManager.isUnder(10)).isFalse();
        assertThat(salesManager.isOver(25)).isFalse();
        assertThat(salesManager.isOver(26)).isTrue();
        assertThat(salesManager.min()).isEqualTo(10);
        assertThat(salesManager.counts()).isEqualTo(Counts.ALL_ACCOUNTS);
        CapacityLimit atLeast = CapacityLimit.atLeast(Counts.KEY_ACCOUNTS, 2);
        assertThat(atLeast.max()).isEmpty();
        assertThat(atLeast.isOver(1_000)).isFalse();
        assertThat(atLeast).hasToString("2..* KEY_ACCOUNTS");
        assertThat(CapacityLimit.atMost(Counts.KEY_ACCOUNTS, 0).isOver(1)).isTrue();
        assertThat(CapacityLimit.between(Counts.ALL_ACCOUNTS, 0, 0).isUnlimited())
                .isFalse();
        new EqualsTester()
                .addEqualityGroup(
                        CapacityLimit.atMost(Counts.KEY_ACCOUNTS, 3), CapacityLimit.between(Counts.KEY_ACCOUNTS, 0, 3))
                .addEqualityGroup(CapacityLimit.atMost(Counts.ALL_ACCOUNTS, 3))
                .addEqualityGroup(CapacityLimit.unlimited(), CapacityLimit.atLeast(Counts.ALL_ACCOUNTS, 0))
                .testEquals();
    }

    @Test
    void aBreachSaysWhoWhenHowManyAndWhichBound() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        CapacityBreach over = new CapacityBreach(
                ManagerId.of("M-3"), Role.JUNIOR_KAM, d, Counts.KEY_ACCOUNTS, 4, 3, CapacityBreach.Kind.OVER);
        CapacityBreach under = new CapacityBreach(
                ManagerId.of("M-5"), Role.SALES_MANAGER, d, Counts.ALL_ACCOUNTS, 1, 10, CapacityBreach.Kind.UNDER);
        assertThat(over.message())
                .isEqualTo("M-3 (JUNIOR_KAM) holds 4 key accounts on 2026-03-01, over the maximum of 3");
        assertThat(under).hasToString("M-5 (SALES_MANAGER) holds 1 account on 2026-03-01, under the minimum of 10");
        assertThat(over).isLessThan(under);
        new EqualsTester()
                .addEqualityGroup(
                        over,
                        new CapacityBreach(
                                ManagerId.of("M-3"),
                                Role.JUNIOR_KAM,
                                d,
                                Counts.KEY_ACCOUNTS,
                                4,
                                3,
                                CapacityBreach.Kind.OVER))
                .addEqualityGroup(under)
                .testEquals();
    }
}
