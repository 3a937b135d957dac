package io.github.kamsdk.core.account;

import static io.github.kamsdk.core.account.ParetoPolicyTest.FIVE;
import static io.github.kamsdk.core.testing.BadInput.assertNullRejected;
import static io.github.kamsdk.core.testing.BadInput.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lookups of {@link Tiering} and {@link TierAssignment}, on the Pareto example A, A, B, B, C. */
class TieringTest {
    private final Tiering tiering = ParetoPolicy.defaults().assign(FIVE);
    private final TierScale abc = TierScale.abc();

    private static AccountId id(String value) {
        return AccountId.of(value);
    }

    @Test
    void looksUpByAccountAndByTier() {
        assertThat(tiering.size()).isEqualTo(5);
        assertThat(tiering.accounts()).containsExactly(id("C-1"), id("C-2"), id("C-3"), id("C-4"), id("C-5"));
        assertThat(tiering.tierOf(id("C-2"))).isEqualTo(abc.tier("A"));
        assertThat(tiering.find(id("C-5"))).contains(abc.tier("C"));
        assertThat(tiering.find(id("C-9"))).isEmpty();
        assertThat(tiering.contains(id("C-1"))).isTrue();
        assertThat(tiering.contains(id("C-9"))).isFalse();
        assertThat(tiering.accountsIn(abc.tier("B"))).containsExactly(id("C-3"), id("C-4"));
        assertThat(tiering.counts())
                .containsExactly(
                        java.util.Map.entry(abc.tier("A"), 2),
                        java.util.Map.entry(abc.tier("B"), 2),
                        java.util.Map.entry(abc.tier("C"), 1));
        assertThat(tiering.count(abc.tier("C"))).isEqualTo(1);
        assertThat(tiering).hasToString("Tiering[A=2, B=2, C=1]");
    }

    @Test
    void buildsAssignmentsOnRequest() {
        TierAssignment c3 = tiering.assignment(id("C-3"));
        assertThat(c3.account()).isEqualTo(id("C-3"));
        assertThat(c3.tier()).isEqualTo(abc.tier("B"));
        assertThat(c3.explanation().isEmpty()).isFalse();
        assertThat(c3).hasToString("C-3: B").isEqualTo(tiering.assignment(id("C-3")));
        assertThat(c3.hashCode()).isEqualTo(tiering.assignment(id("C-3")).hashCode());
        List<TierAssignment> all = tiering.assignments();
        assertThat(all).hasSize(5);
        assertThat(all.get(2)).isEqualTo(c3);
        assertThat(all).extracting(TierAssignment::account).isEqualTo(tiering.accounts());
        assertThatThrownBy(() -> all.add(c3)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anEmptyTieringHasEveryTierEmpty() {
        Tiering empty = ParetoPolicy.defaults().assign(List.of());
        assertThat(empty.size()).isZero();
        assertThat(empty.counts().values()).containsExactly(0, 0, 0);
        assertThat(empty.assignments()).isEmpty();
        assertThat(empty.tiers()).isEmpty();
    }

    @Test
    void refusesUnknownAccounts() {
        assertRejected(() -> tiering.tierOf(id("C-9")), "C-9", "not tiered");
        assertRejected(() -> tiering.assignment(id("C-9")), "C-9", "not tiered");
        assertRejected(() -> tiering.assignments().get(5), "index", "5");
    }

    @Test
    void refusesTiersOfAnotherScale() {
        assertRejected(() -> tiering.accountsIn(TierScale.keyOrOther().tier("Key")), "tier", "Key");
        assertRejected(() -> tiering.count(TierScale.keyOrOther().tier("Key")), "tier", "Key");
    }

    @Test
    void refusesNulls() {
        assertNullRejected(() -> tiering.tierOf(null), "account");
        assertNullRejected(() -> tiering.find(null), "account");
        assertNullRejected(() -> tiering.contains(null), "account");
        assertNullRejected(() -> tiering.assignment(null), "account");
        assertNullRejected(() -> tiering.accountsIn(null), "tier");
    }
}
