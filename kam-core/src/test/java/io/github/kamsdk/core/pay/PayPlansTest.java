package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.pay.PayTypesExample.ANA;
import static io.github.kamsdk.core.pay.PayTypesExample.EUR;
import static io.github.kamsdk.core.pay.PayTypesExample.LUIS;
import static io.github.kamsdk.core.pay.PayTypesExample.MARTA;
import static io.github.kamsdk.core.pay.PayTypesExample.YEAR;
import static io.github.kamsdk.core.pay.PayTypesExample.eur;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.team.Role;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link PayPlans}: a manager's own plan beats their role's, which beats the default. */
class PayPlansTest {
    static CompensationPlan plan(String id) {
        return CompensationPlan.builder()
                .id(id)
                .currency(EUR)
                .addVersion(PlanVersion.builder()
                        .validity(YEAR)
                        .fixedPay(eur("1000"))
                        .build())
                .build();
    }

    static final CompensationPlan JUNIOR = plan("junior");
    static final CompensationPlan SENIOR = plan("senior");
    static final CompensationPlan ANAS = plan("ana");
    static final CompensationPlan DEFAULT = plan("default");

    static final PayPlans PLANS = PayPlans.builder()
            .forRole(Role.JUNIOR_KAM, JUNIOR)
            .forRole(Role.SENIOR_KAM, SENIOR)
            .forManager(ANA, ANAS)
            .forEveryoneElse(DEFAULT)
            .build();

    @Test
    void aManagersOwnPlanBeatsTheirRolesPlan() {
        assertThat(PLANS.planFor(ANA, Optional.of(Role.SENIOR_KAM))).contains(ANAS);
        assertThat(PLANS.planFor(ANA, Optional.empty())).contains(ANAS);
    }

    @Test
    void aRolesPlanBeatsTheDefault() {
        assertThat(PLANS.planFor(LUIS, Optional.of(Role.JUNIOR_KAM))).contains(JUNIOR);
        assertThat(PLANS.planFor(LUIS, Optional.of(Role.SENIOR_KAM))).contains(SENIOR);
    }

    @Test
    void theDefaultCoversEveryoneElse() {
        // a role without a plan, or no role known
        assertThat(PLANS.planFor(LUIS, Optional.of(Role.HEAD_OF_SALES))).contains(DEFAULT);
        assertThat(PLANS.planFor(MARTA, Optional.empty())).contains(DEFAULT);
    }

    @Test
    void withoutADefaultSomeHaveNoPlan() {
        PayPlans noDefault = PayPlans.builder().forRole(Role.JUNIOR_KAM, JUNIOR).build();
        assertThat(noDefault.planFor(LUIS, Optional.of(Role.JUNIOR_KAM))).contains(JUNIOR);
        assertThat(noDefault.planFor(LUIS, Optional.of(Role.SALES_MANAGER))).isEmpty();
        assertThat(noDefault.planFor(LUIS, Optional.empty())).isEmpty();
        assertThat(noDefault.fallback()).isEmpty();
        assertThat(PayPlans.builder().build().planFor(ANA, Optional.empty())).isEmpty();
    }

    @Test
    void onePlanForEveryone() {
        PayPlans everyone = PayPlans.forEveryone(DEFAULT);
        assertThat(everyone.planFor(ANA, Optional.of(Role.SENIOR_KAM))).contains(DEFAULT);
        assertThat(everyone.planFor(LUIS, Optional.empty())).contains(DEFAULT);
        assertThat(everyone.fallback()).contains(DEFAULT);
        assertThat(everyone.byManager()).isEmpty();
        assertThat(everyone.forRole(Role.JUNIOR_KAM)).isEmpty();
    }

    @Test
    void theAccessorsGiveWhatWasSet() {
        assertThat(PLANS.byManager()).containsOnlyKeys(ANA).containsEntry(ANA, ANAS);
        assertThat(PLANS.forRole(Role.JUNIOR_KAM)).contains(JUNIOR);
        assertThat(PLANS.forRole(Role.SENIOR_KAM)).contains(SENIOR);
        assertThat(PLANS.forRole(Role.SALES_MANAGER)).isEmpty();
        assertThat(PLANS.fallback()).contains(DEFAULT);
        PayPlans two = PayPlans.builder()
                .forManager(LUIS, JUNIOR)
                .forManager(ANA, ANAS)
                .build();
        // in id order: "ana" before "luis"
        assertThat(two.byManager().keySet()).containsExactly(ANA, LUIS);
    }

    @Test
    void toStringNamesWhoHasAPlan() {
        assertThat(PLANS).hasToString("PayPlans{byManager=[ana], byRole=[JUNIOR_KAM, SENIOR_KAM], fallback=default}");
        assertThat(PayPlans.builder().build()).hasToString("PayPlans{byManager=[], byRole=[], fallback=none}");
    }

    @Test
    void equalityIsByTheThreeMaps() {
        new EqualsTester()
                .addEqualityGroup(
                        PLANS,
                        PayPlans.builder()
                                .forEveryoneElse(DEFAULT)
                                .forManager(ANA, ANAS)
                                .forRole(Role.SENIOR_KAM, SENIOR)
                                .forRole(Role.JUNIOR_KAM, JUNIOR)
                                .build())
                .addEqualityGroup(
                        PayPlans.forEveryone(DEFAULT),
                        PayPlans.builder().forEveryoneElse(DEFAULT).build())
                .addEqualityGroup(PayPlans.forEveryone(JUNIOR))
                .addEqualityGroup(
                        PayPlans.builder().forRole(Role.JUNIOR_KAM, DEFAULT).build())
                .addEqualityGroup(PayPlans.builder().forManager(ANA, DEFAULT).build())
                .addEqualityGroup(PayPlans.builder().build())
                .testEquals();
    }
}
