package io.github.kamsdk.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.ManagerId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who is credited with an event: the Javadoc example, worked by hand. */
class CreditsTest {
    private static final ManagerId M2 = ManagerId.of("M-2");
    private static final ManagerId M7 = ManagerId.of("M-7");

    @Test
    void oneManagerHasAllTheCredit() {
        Credits solo = Credits.solely(M7);
        assertThat(solo.shareOf(M7)).isEqualTo(Rate.percent(100));
        assertThat(solo.isSole()).isTrue();
        assertThat(solo.managers()).containsExactly(M7);
        assertThat(solo).hasToString("{M-7=100%}");
    }

    @Test
    void aSplitSixtyForty() {
        Credits split = Credits.split(Map.of(M7, Rate.percent(60), M2, Rate.percent(40)));
        assertThat(split.shareOf(M2)).isEqualTo(Rate.percent(40));
        assertThat(split.shareOf(M7)).isEqualTo(Rate.percent(60));
        assertThat(split.shareOf(ManagerId.of("M-9"))).isEqualTo(Rate.ZERO);
        assertThat(split.includes(M2)).isTrue();
        assertThat(split.includes(ManagerId.of("M-9"))).isFalse();
        assertThat(split.isSole()).isFalse();
        // Managers in id order: M-2 before M-7.
        assertThat(split.managers()).containsExactly(M2, M7);
        assertThat(split).hasToString("{M-2=40%, M-7=60%}");
    }

    @Test
    void theOrderOfTheMapDoesNotMatter() {
        Map<ManagerId, Rate> a = new LinkedHashMap<>();
        a.put(M7, Rate.percent(60));
        a.put(M2, Rate.percent(40));
        Map<ManagerId, Rate> b = new LinkedHashMap<>();
        b.put(M2, Rate.ofFraction("0.4"));
        b.put(M7, Rate.ofFraction("0.60"));
        assertThat(Credits.split(a)).isEqualTo(Credits.split(b)).hasSameHashCodeAs(Credits.split(b));
        assertThat(Credits.split(Map.of(M7, Rate.percent(100)))).isEqualTo(Credits.solely(M7));
    }

    @Test
    void thirdsWithAnExactRemainder() {
        // 0.3333333333 + 0.3333333333 + 0.3333333334 = 1 exactly.
        ManagerId m3 = ManagerId.of("M-3");
        Credits thirds = Credits.split(Map.of(
                M2, Rate.ofFraction("0.3333333333"),
                M7, Rate.ofFraction("0.3333333333"),
                m3, Rate.ofFraction("0.3333333334")));
        assertThat(thirds.shares()).hasSize(3);
    }
}
