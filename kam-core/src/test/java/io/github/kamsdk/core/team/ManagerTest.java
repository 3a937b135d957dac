package io.github.kamsdk.core.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class ManagerTest {
    @Test
    void keepsIdNameAndRole() {
        Manager ana = Manager.of(ManagerId.of("M-2"), "Ana Ruiz", Role.SENIOR_KAM);
        assertThat(ana.id()).isEqualTo(ManagerId.of("M-2"));
        assertThat(ana.name()).isEqualTo("Ana Ruiz");
        assertThat(ana.role()).isEqualTo(Role.SENIOR_KAM);
        assertThat(ana).hasToString("M-2 Ana Ruiz (SENIOR_KAM)");
    }

    @Test
    void equalityIsByAllThreeParts() {
        ManagerId id = ManagerId.of("M-2");
        new EqualsTester()
                .addEqualityGroup(Manager.of(id, "Ana", Role.SENIOR_KAM), Manager.of(id, "Ana", Role.SENIOR_KAM))
                .addEqualityGroup(Manager.of(id, "Ana", Role.JUNIOR_KAM))
                .addEqualityGroup(Manager.of(id, "Ana R.", Role.SENIOR_KAM))
                .addEqualityGroup(Manager.of(ManagerId.of("M-3"), "Ana", Role.SENIOR_KAM))
                .testEquals();
    }

    @Test
    void rolesAreOrderedByAscendingSeniority() {
        assertThat(Role.values())
                .containsExactly(
                        Role.JUNIOR_KAM,
                        Role.SENIOR_KAM,
                        Role.SALES_MANAGER,
                        Role.HEAD_OF_SALES,
                        Role.COMMERCIAL_DIRECTOR);
        assertThat(Role.JUNIOR_KAM).isLessThan(Role.SENIOR_KAM);
    }
}
