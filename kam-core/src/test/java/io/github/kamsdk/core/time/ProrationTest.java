package io.github.kamsdk.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.money.RoundingPolicy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples of {@link Proration}, each checked by hand. */
class ProrationTest {
    private static final Proration TEN_OF_31 = Proration.ofDays(10, 31);
    private static final Proration TWENTY_ONE_OF_31 = Proration.ofDays(21, 31);

    @Test
    void tenDaysOfA31DayMonth() {
        assertThat(TEN_OF_31.numerator()).isEqualTo(BigInteger.TEN);
        assertThat(TEN_OF_31.denominator()).isEqualTo(BigInteger.valueOf(31));
        assertThat(TEN_OF_31).hasToString("10/31");
    }

    @ParameterizedTest(name = "{0}/{1} = {2}/{3}")
    @CsvSource({"10, 30, 1, 3", "15, 30, 1, 2", "28, 28, 1, 1", "0, 31, 0, 1", "7, 366, 7, 366", "91, 364, 1, 4"})
    void isKeptReduced(long days, long total, long numerator, long denominator) {
        Proration p = Proration.ofDays(days, total);
        assertThat(p.numerator()).isEqualTo(BigInteger.valueOf(numerator));
        assertThat(p.denominator()).isEqualTo(BigInteger.valueOf(denominator));
    }

    @Test
    void theTwoPiecesOfJanuaryAddUpToOne() {
        assertThat(TEN_OF_31.plus(TWENTY_ONE_OF_31)).isEqualTo(Proration.ONE);
        assertThat(TEN_OF_31.plus(TWENTY_ONE_OF_31).isOne()).isTrue();
    }

    @Test
    void sumsAreExactAndReduced() {
        assertThat(Proration.ofDays(1, 3).plus(Proration.ofDays(1, 6))).isEqualTo(Proration.ofDays(1, 2));
        assertThat(Proration.ZERO.plus(TEN_OF_31)).isEqualTo(TEN_OF_31);
        assertThat(Proration.ofDays(2, 3).plus(Proration.ofDays(2, 3))).hasToString("4/3");
    }

    @Test
    void zeroAndOne() {
        assertThat(Proration.ZERO.isZero()).isTrue();
        assertThat(Proration.ZERO.isOne()).isFalse();
        assertThat(Proration.ONE.isOne()).isTrue();
        assertThat(Proration.ONE.isZero()).isFalse();
        assertThat(Proration.ofDays(0, 31).isZero()).isTrue();
        assertThat(Proration.ofDays(31, 31).isOne()).isTrue();
        assertThat(TEN_OF_31.isZero()).isFalse();
        assertThat(TEN_OF_31.isOne()).isFalse();
        assertThat(Proration.ZERO).hasToString("0/1");
        assertThat(Proration.ONE).hasToString("1/1");
    }

    @Test
    void toBigDecimalToFourDigits() {
        assertThat(TEN_OF_31.toBigDecimal(new MathContext(4))).isEqualTo(new BigDecimal("0.3226"));
        assertThat(TEN_OF_31.toBigDecimal(new MathContext(4, RoundingMode.DOWN)))
                .isEqualTo(new BigDecimal("0.3225"));
    }

    @Test
    void toBigDecimalWithoutRoundingWhenTheFractionFits() {
        assertThat(Proration.ofDays(1, 4).toBigDecimal(new MathContext(2, RoundingMode.UNNECESSARY)))
                .isEqualTo(new BigDecimal("0.25"));
    }

    @Test
    void toRateOfAQuarterIs25Percent() {
        Rate rate = Proration.ofDays(1, 4).toRate(new MathContext(4));
        assertThat(rate).isEqualTo(Rate.percent(25));
        assertThat(rate).hasToString("25%");
    }

    @Test
    void tenThirtyFirstsOfEur3000() {
        Money eur3000 = Money.of("3000", "EUR");
        // 3000 × 10 / 31 = 967.7419…, 3000 × 21 / 31 = 2032.2580…
        assertThat(TEN_OF_31.applyTo(eur3000, RoundingPolicy.DEFAULT)).isEqualTo(Money.of("967.74", "EUR"));
        assertThat(TWENTY_ONE_OF_31.applyTo(eur3000, RoundingPolicy.DEFAULT)).isEqualTo(Money.of("2032.26", "EUR"));
    }

    @Test
    void applyToRoundsOnceByThePolicy() {
        Money eur3000 = Money.of("3000", "EUR");
        assertThat(TEN_OF_31.applyTo(eur3000, RoundingPolicy.toMinorUnit(RoundingMode.UP)))
                .isEqualTo(Money.of("967.75", "EUR"));
        assertThat(TEN_OF_31.applyTo(Money.of("1000", "JPY"), RoundingPolicy.DEFAULT))
                .isEqualTo(Money.of("323", "JPY"));
        assertThat(Proration.ONE.applyTo(eur3000, RoundingPolicy.DEFAULT)).isEqualTo(eur3000);
        assertThat(Proration.ZERO.applyTo(eur3000, RoundingPolicy.DEFAULT)).isEqualTo(Money.of("0", "EUR"));
    }

    @ParameterizedTest(name = "{0}/{1} vs {2}/{3}: {4}")
    @CsvSource({
        "10, 30, 1, 3, 0",
        "10, 31, 1, 3, -1", // 0.3226 < 0.3333
        "21, 31, 2, 3, 1", // 0.6774 > 0.6667
        "0, 5, 1, 365, -1",
        "365, 365, 364, 365, 1",
    })
    void comparesByValue(long a, long aTotal, long b, long bTotal, int expectedSign) {
        Proration x = Proration.ofDays(a, aTotal);
        Proration y = Proration.ofDays(b, bTotal);
        assertThat(Integer.signum(x.compareTo(y))).isEqualTo(expectedSign);
        assertThat(Integer.signum(y.compareTo(x))).isEqualTo(-expectedSign);
    }

    @Test
    void equalWhenEqualInValue() {
        new EqualsTester()
                .addEqualityGroup(Proration.ofDays(10, 30), Proration.ofDays(1, 3), Proration.ofDays(2, 6))
                .addEqualityGroup(Proration.ZERO, Proration.ofDays(0, 5), Proration.ofDays(0, 1))
                .addEqualityGroup(Proration.ONE, Proration.ofDays(7, 7), TEN_OF_31.plus(TWENTY_ONE_OF_31))
                .addEqualityGroup(TEN_OF_31)
                .addEqualityGroup(Proration.ofDays(2, 3))
                .testEquals();
    }
}
