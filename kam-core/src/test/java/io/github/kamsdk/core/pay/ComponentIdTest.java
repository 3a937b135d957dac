package io.github.kamsdk.core.pay;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ComponentId}: its form, its text, its order and equality as text. */
class ComponentIdTest {
    @Test
    void anIdIsLowerCaseDotSeparatedWords() {
        assertThat(ComponentId.of("commission").value()).isEqualTo("commission");
        assertThat(ComponentId.of("bonus.kpi").value()).isEqualTo("bonus.kpi");
        assertThat(ComponentId.of("commission.direct_2026-q1").value()).isEqualTo("commission.direct_2026-q1");
        // later words may start with a digit, _ or -: only the first must start with a letter
        assertThat(ComponentId.of("plan.2026").value()).isEqualTo("plan.2026");
        assertThat(ComponentId.of("a").value()).isEqualTo("a");
    }

    @Test
    void anIdOfExactlyOneHundredCharactersIsAllowed() {
        String hundred = "a".repeat(100);
        assertThat(ComponentId.of(hundred).value()).hasSize(100);
    }

    @Test
    void toStringIsTheText() {
        assertThat(ComponentId.of("bonus.kpi")).hasToString("bonus.kpi");
    }

    @Test
    void idsAreOrderedAsText() {
        List<ComponentId> ids = new ArrayList<>(List.of(
                ComponentId.of("override"),
                ComponentId.of("bonus.kpi"),
                ComponentId.of("commission"),
                ComponentId.of("bonus")));
        Collections.sort(ids);
        // "bonus" < "bonus.kpi" (a prefix comes first) < "commission" < "override"
        assertThat(ids).extracting(ComponentId::value).containsExactly("bonus", "bonus.kpi", "commission", "override");
        assertThat(ComponentId.of("a").compareTo(ComponentId.of("a"))).isZero();
        assertThat(ComponentId.of("a").compareTo(ComponentId.of("b"))).isNegative();
        assertThat(ComponentId.of("b").compareTo(ComponentId.of("a"))).isPositive();
    }

    @Test
    void equalityIsByText() {
        new EqualsTester()
                .addEqualityGroup(ComponentId.of("commission"), ComponentId.of("commission"))
                .addEqualityGroup(ComponentId.of("commission.direct"))
                .addEqualityGroup(ComponentId.of("bonus"))
                .testEquals();
    }
}
