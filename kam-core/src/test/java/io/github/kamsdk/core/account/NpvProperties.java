package io.github.kamsdk.core.account;

import static io.github.kamsdk.core.testing.AccountGens.EUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.testing.Props;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of {@link Npv} over 1 to 20 flows of either sign and rates from 0% to 50%. */
class NpvProperties {
    private static Gen<List<Money>> flows() {
        return lists().of(longs().between(-10_000_000, 10_000_000).map(c -> Money.ofMinor(c, EUR)))
                .ofSizeBetween(1, 20);
    }

    private static Gen<Rate> discountRates() {
        return integers().between(0, 5000).map(bp -> Rate.percent(BigDecimal.valueOf(bp, 2)));
    }

    @Test
    void startOfPeriodsIsEndOfPeriodsCompoundedOnce() {
        Props.qt().forAll(flows(), discountRates()).checkAssert((flows, rate) -> {
            BigDecimal end = Npv.endOfPeriods(flows, rate).amount();
            BigDecimal start = Npv.startOfPeriods(flows, rate).amount();
            BigDecimal compounded = end.multiply(BigDecimal.ONE.add(rate.fraction()));
            assertThat(compounded.subtract(start).abs()).isLessThan(new BigDecimal("1E-20"));
        });
    }

    @Test
    void atZeroPercentTheNpvIsTheSumOfTheFlows() {
        Props.qt().forAll(flows()).checkAssert(flows -> {
            assertThat(Npv.endOfPeriods(flows, Rate.ZERO)).isEqualTo(Money.sum(flows));
            assertThat(Npv.startOfPeriods(flows, Rate.ZERO)).isEqualTo(Money.sum(flows));
        });
    }

    @Test
    void discountingNeverGrowsPositiveFlows() {
        Props.qt().forAll(flows(), discountRates()).checkAssert((flows, rate) -> {
            List<Money> positive = flows.stream().map(Money::abs).toList();
            assertThat(Npv.endOfPeriods(positive, rate).isLessThanOrEqualTo(Money.sum(positive)))
                    .isTrue();
        });
    }
}
