package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.pay.PayTypesExample.eur;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

/** {@link Draw}: a guaranteed minimum per period, recoverable or not. */
class DrawTest {
    @Test
    void aRecoverableDrawIsAnAdvance() {
        Draw d = Draw.recoverable(eur("2000.00"));
        assertThat(d.amount()).isEqualTo(eur("2000"));
        assertThat(d.recoverable()).isTrue();
        assertThat(d).hasToString("recoverable draw of EUR 2000.00");
    }

    @Test
    void aNonRecoverableDrawIsAGuarantee() {
        Draw d = Draw.nonRecoverable(eur("2000.00"));
        assertThat(d.amount()).isEqualTo(eur("2000"));
        assertThat(d.recoverable()).isFalse();
        assertThat(d).hasToString("non-recoverable draw of EUR 2000.00");
    }

    @Test
    void aDrawOfZeroIsAllowed() {
        assertThat(Draw.recoverable(eur("0")).amount().isZero()).isTrue();
    }

    @Test
    void equalityIsByAmountAndKind() {
        new EqualsTester()
                .addEqualityGroup(Draw.recoverable(eur("2000")), Draw.recoverable(eur("2000.000")))
                .addEqualityGroup(Draw.nonRecoverable(eur("2000")))
                .addEqualityGroup(Draw.recoverable(eur("2000.01")))
                .addEqualityGroup(Draw.recoverable(PayTypesExample.usd("2000")))
                .testEquals();
    }
}
