package io.github.kamsdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void notNullReturnsTheValueOrNamesTheField() {
        assertThat(Checks.notNull("x", "code")).isEqualTo("x");
        assertThatThrownBy(() -> Checks.notNull(null, "code"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("code must not be null");
    }

    @Test
    void argumentFormatsTheMessageOnlyWhenTheConditionFails() {
        Checks.argument(true, "never formatted %s", new Object());
        assertThatThrownBy(() -> Checks.argument(false, "rate must be positive: %s", "-5%"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("rate must be positive: -5%");
    }

    @Test
    void decimalAcceptsUpTo64DigitsOnEitherSideOfThePoint() {
        BigDecimal sixtyFourIntegerDigits = BigDecimal.TEN.pow(63); // 1 followed by 63 zeros: 64 digits
        BigDecimal sixtyFourDecimals = BigDecimal.ONE.movePointLeft(64); // 0.000…1, scale 64
        assertThat(Checks.decimal(sixtyFourIntegerDigits, "amount")).isSameAs(sixtyFourIntegerDigits);
        assertThat(Checks.decimal(sixtyFourDecimals, "amount")).isSameAs(sixtyFourDecimals);
    }

    @Test
    void decimalRefusesA65thDigitOnEitherSide() {
        assertThatThrownBy(() -> Checks.decimal(BigDecimal.TEN.pow(64), "amount"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("amount", "out of range", "1" + "0".repeat(64));
        assertThatThrownBy(() -> Checks.decimal(BigDecimal.ONE.movePointLeft(65), "weight"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("weight", "out of range", "1E-65");
    }

    @Test
    void decimalRefusesNullNamingTheField() {
        assertThatThrownBy(() -> Checks.decimal(null, "factor"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("factor must not be null");
    }
}
