package io.github.kamsdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kamsdk.core.testing.Props;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

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

    @Test
    void identifierKeepsTheTextOrNamesTheFieldAndTheValue() {
        assertThat(Checks.identifier("ACME-001", "accountId", 8)).isEqualTo("ACME-001");
        assertThatThrownBy(() -> Checks.identifier(null, "accountId", 8))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("accountId must not be null");
        assertThatThrownBy(() -> Checks.identifier("  ", "accountId", 8))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("accountId must not be blank: '  '");
        assertThatThrownBy(() -> Checks.identifier(" ACME", "accountId", 8))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("accountId must not start or end with white space: ' ACME'");
        // 9 characters against a limit of 8
        assertThatThrownBy(() -> Checks.identifier("ACME-0001", "accountId", 8))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("accountId must be at most 8 characters: 'ACME-0001'");
    }

    @Test
    void identifierAcceptsExactlyTheStrippedNonBlankTextsUpToTheLimit() {
        Props.qt()
                .forAll(
                        SourceDSL.strings().ascii().ofLengthBetween(0, 12),
                        SourceDSL.integers().between(1, 10))
                .checkAssert((text, max) -> {
                    boolean ok = !text.isBlank() && text.strip().equals(text) && text.length() <= max;
                    if (ok) {
                        assertThat(Checks.identifier(text, "id", max)).isSameAs(text);
                    } else {
                        assertThatThrownBy(() -> Checks.identifier(text, "id", max))
                                .isExactlyInstanceOf(IllegalArgumentException.class)
                                .hasMessageStartingWith("id must ")
                                .hasMessageContaining("'" + text + "'");
                    }
                });
    }
}
