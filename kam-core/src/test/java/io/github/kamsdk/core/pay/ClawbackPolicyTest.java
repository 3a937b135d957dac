package io.github.kamsdk.core.pay;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

/** {@link ClawbackPolicy}: the mode, returns and refusals on by default, unpaid receivables opt-in. */
class ClawbackPolicyTest {
    @Test
    void netForwardTakesBackOnReturnsAndRefusalsOnly() {
        ClawbackPolicy p = ClawbackPolicy.netForward();
        assertThat(p.mode()).isEqualTo(ClawbackMode.NET_FORWARD);
        assertThat(p.onReturns()).isTrue();
        assertThat(p.onRefusals()).isTrue();
        assertThat(p.uncollectedAfterDays()).isEmpty();
    }

    @Test
    void retroTakesBackOnReturnsAndRefusalsOnly() {
        ClawbackPolicy p = ClawbackPolicy.retro();
        assertThat(p.mode()).isEqualTo(ClawbackMode.RETRO);
        assertThat(p.onReturns()).isTrue();
        assertThat(p.onRefusals()).isTrue();
        assertThat(p.uncollectedAfterDays()).isEmpty();
    }

    @Test
    void theBuilderSetsTheTriggers() {
        ClawbackPolicy p = ClawbackPolicy.builder()
                .mode(ClawbackMode.NET_FORWARD)
                .uncollectedAfterDays(90)
                .onRefusals(false)
                .build();
        assertThat(p.uncollectedAfterDays()).hasValue(90);
        assertThat(p.onReturns()).isTrue();
        assertThat(p.onRefusals()).isFalse();
        // zero days: any invoice past due at all
        assertThat(ClawbackPolicy.builder()
                        .mode(ClawbackMode.RETRO)
                        .uncollectedAfterDays(0)
                        .onReturns(false)
                        .build()
                        .uncollectedAfterDays())
                .hasValue(0);
    }

    @Test
    void toStringNamesTheAttributes() {
        assertThat(ClawbackPolicy.builder()
                        .mode(ClawbackMode.NET_FORWARD)
                        .uncollectedAfterDays(90)
                        .build()
                        .toString())
                .contains("NET_FORWARD", "90");
    }

    @Test
    void equalityIsByEveryAttribute() {
        new EqualsTester()
                .addEqualityGroup(
                        ClawbackPolicy.netForward(),
                        ClawbackPolicy.builder()
                                .mode(ClawbackMode.NET_FORWARD)
                                .onReturns(true)
                                .onRefusals(true)
                                .build())
                .addEqualityGroup(ClawbackPolicy.retro())
                .addEqualityGroup(ClawbackPolicy.builder()
                        .mode(ClawbackMode.NET_FORWARD)
                        .onReturns(false)
                        .build())
                .addEqualityGroup(ClawbackPolicy.builder()
                        .mode(ClawbackMode.NET_FORWARD)
                        .onRefusals(false)
                        .build())
                .addEqualityGroup(ClawbackPolicy.builder()
                        .mode(ClawbackMode.NET_FORWARD)
                        .uncollectedAfterDays(90)
                        .build())
                .addEqualityGroup(ClawbackPolicy.builder()
                        .mode(ClawbackMode.NET_FORWARD)
                        .uncollectedAfterDays(30)
                        .build())
                .testEquals();
    }
}
