package io.github.kamsdk.core.account;

import static io.github.kamsdk.core.testing.BadInput.assertNullRejected;
import static io.github.kamsdk.core.testing.BadInput.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.testing.Props;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class TierScaleTest {
    private final TierScale scale = TierScale.of("Strategic", "Key", "Growth", "Maintain");

    @Test
    void ranksTiersMostImportantFirst() {
        assertThat(scale.tiers()).extracting(Tier::name).containsExactly("Strategic", "Key", "Growth", "Maintain");
        assertThat(scale.tiers()).extracting(Tier::rank).containsExactly(0, 1, 2, 3);
        assertThat(scale.size()).isEqualTo(4);
        assertThat(scale.highest().name()).isEqualTo("Strategic");
        assertThat(scale.lowest().name()).isEqualTo("Maintain");
        assertThat(scale.atRank(2)).isEqualTo(scale.tier("Growth"));
        assertThat(scale).hasToString("[Strategic > Key > Growth > Maintain]");
    }

    @Test
    void comparesTiersByImportance() {
        Tier key = scale.tier("Key");
        Tier growth = scale.tier("Growth");
        assertThat(key.isAbove(growth)).isTrue();
        assertThat(growth.isAbove(key)).isFalse();
        assertThat(growth.isBelow(key)).isTrue();
        assertThat(key.isBelow(key)).isFalse();
        assertThat(key.isAtLeast(key)).isTrue();
        assertThat(key.isAtLeast(growth)).isTrue();
        assertThat(growth.isAtLeast(key)).isFalse();
        List<Tier> shuffled = new ArrayList<>(List.of(scale.lowest(), key, scale.highest(), growth));
        Collections.sort(shuffled);
        assertThat(shuffled).isEqualTo(scale.tiers());
    }

    @Test
    void findsTiersByExactName() {
        assertThat(scale.find("Key")).contains(scale.atRank(1));
        assertThat(scale.find("key")).isEmpty();
        assertThat(scale.contains(scale.tier("Key"))).isTrue();
        assertThat(scale.contains(TierScale.abc().tier("B"))).isFalse();
        assertThat(scale.contains(TierScale.of("A", "B", "C", "D", "E").tier("E")))
                .isFalse();
        assertThat(scale.require(scale.tier("Key"), "tier")).isEqualTo(scale.tier("Key"));
    }

    @Test
    void offersTheUsualScales() {
        assertThat(TierScale.standard()).isEqualTo(scale);
        assertThat(TierScale.abc().tiers()).extracting(Tier::name).containsExactly("A", "B", "C");
        assertThat(TierScale.keyOrOther().tiers()).extracting(Tier::name).containsExactly("Key", "Other");
        assertThat(TierScale.of("Only").highest())
                .isEqualTo(TierScale.of("Only").lowest());
    }

    @Test
    void equalityIsByNamesInOrder() {
        new EqualsTester()
                .addEqualityGroup(TierScale.of("A", "B"), TierScale.of(List.of("A", "B")))
                .addEqualityGroup(TierScale.of("B", "A"))
                .addEqualityGroup(TierScale.of("A", "B", "C"))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(scale.tier("Key"), TierScale.of("X", "Key").tier("Key"))
                .addEqualityGroup(TierScale.of("Key").tier("Key"))
                .addEqualityGroup(scale.tier("Growth"))
                .testEquals();
        assertThat(scale.tier("Key")).hasToString("Key");
    }

    @Test
    void tierOrderIsATotalOrderConsistentWithEquals() {
        Props.qt()
                .forAll(SourceDSL.integers().between(0, 3), SourceDSL.integers().between(0, 3))
                .checkAssert((i, j) -> {
                    Tier a = scale.atRank(i);
                    Tier b = scale.atRank(j);
                    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
                    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(i - j));
                    assertThat(a.isAbove(b)).isEqualTo(b.isBelow(a)).isEqualTo(i < j);
                    assertThat(a.isAtLeast(b)).isEqualTo(!a.isBelow(b));
                });
    }

    @Test
    void refusesNullNames() {
        assertNullRejected(() -> TierScale.of((List<String>) null), "names");
        assertNullRejected(() -> TierScale.of((String[]) null), "names");
        assertNullRejected(() -> TierScale.of(Arrays.asList("A", null)), "names[1]");
    }

    @Test
    void refusesAnEmptyScale() {
        assertRejected(() -> TierScale.of(List.of()), "names", "empty");
    }

    @Test
    void refusesMoreThan100Tiers() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i <= 100; i++) {
            names.add("T" + i);
        }
        assertRejected(() -> TierScale.of(names), "names", "100", "101");
    }

    @Test
    void refusesBlankNames() {
        assertRejected(() -> TierScale.of("A", " "), "names[1]", "blank");
    }

    @Test
    void refusesSurroundingWhiteSpace() {
        assertRejected(() -> TierScale.of("A ", "B"), "names[0]", "white space", "'A '");
    }

    @Test
    void refusesLongNames() {
        assertRejected(() -> TierScale.of("x".repeat(101)), "names[0]", "100");
    }

    @Test
    void refusesDuplicateNamesIgnoringCase() {
        assertRejected(() -> TierScale.of("Key", "Growth", "KEY"), "unique", "'KEY'");
    }

    @Test
    void refusesUnknownNamesListingTheScale() {
        assertRejected(() -> scale.tier("Gold"), "'Gold'", "[Strategic > Key > Growth > Maintain]");
        assertNullRejected(() -> scale.tier(null), "name");
        assertNullRejected(() -> scale.find(null), "name");
    }

    @Test
    void refusesRanksOutsideTheScale() {
        assertRejected(() -> scale.atRank(4), "rank", "0 and 3", "4");
        assertRejected(() -> scale.atRank(-1), "rank", "-1");
    }

    @Test
    void refusesTiersOfAnotherScale() {
        assertRejected(() -> scale.require(TierScale.abc().tier("A"), "tier"), "tier 'A'", "rank 0", "Strategic");
        assertNullRejected(() -> scale.require(null, "tier"), "tier");
        assertNullRejected(() -> scale.contains(null), "tier");
        assertNullRejected(() -> scale.highest().isAbove(null), "other");
        assertNullRejected(() -> scale.highest().isBelow(null), "other");
        assertNullRejected(() -> scale.highest().isAtLeast(null), "other");
        assertNullRejected(() -> scale.highest().compareTo(null), "other");
    }
}
