package io.github.kamsdk.core.account;

import static io.github.kamsdk.core.testing.AccountGens.EUR;
import static io.github.kamsdk.core.testing.AccountGens.queryPartitions;
import static io.github.kamsdk.core.testing.AccountGens.queryRanges;
import static io.github.kamsdk.core.testing.AccountGens.salesRecordLists;
import static io.github.kamsdk.core.testing.Gens.seeds;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.testing.Props;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Laws of sales summaries over generated histories of 1 to 5 accounts and 0 to 6 records each. */
class SalesHistoryProperties {
    @Test
    void periodsThatPartitionARangeAddUpToItsTotalToTheCent() {
        Props.qt().forAll(salesRecordLists(), queryPartitions()).checkAssert((records, pieces) -> {
            SalesSummary summary = SalesHistory.of(records).inCurrency(EUR);
            DateRange whole = pieces.get(0).span(pieces.get(pieces.size() - 1));
            for (AccountId account : summary.accounts()) {
                assertThat(Money.sum(
                                EUR, summary.revenueByPeriod(account, pieces).values()))
                        .isEqualTo(summary.revenue(account, whole));
                assertThat(Money.sum(
                                EUR, summary.marginByPeriod(account, pieces).values()))
                        .isEqualTo(summary.margin(account, whole));
            }
            assertThat(Money.sum(EUR, summary.companyRevenueByPeriod(pieces).values()))
                    .isEqualTo(summary.companyRevenue(whole));
        });
    }

    @Test
    void proratedFiguresAreWholeCentsWithinACentPerRecordOfTheExactShare() {
        Props.qt().forAll(salesRecordLists(), queryRanges()).checkAssert((records, range) -> {
            SalesSummary summary = SalesHistory.of(records).inCurrency(EUR);
            for (AccountId account : summary.accounts()) {
                BigDecimal exact = BigDecimal.ZERO;
                int straddling = 0;
                for (SalesRecord r : records) {
                    if (r.account().equals(account)) {
                        long days = r.period().overlapInDays(range);
                        exact = exact.add(r.revenue()
                                .amount()
                                .multiply(BigDecimal.valueOf(days))
                                .divide(BigDecimal.valueOf(r.period().lengthInDays()), MathContext.DECIMAL128));
                        straddling += days > 0 && days < r.period().lengthInDays() ? 1 : 0;
                    }
                }
                Money revenue = summary.revenue(account, range);
                assertThat(revenue.amount().scale()).isEqualTo(2);
                assertThat(revenue.amount().subtract(exact).abs())
                        .isLessThanOrEqualTo(new BigDecimal("0.01").multiply(BigDecimal.valueOf(straddling)));
            }
        });
    }

    @Test
    void sharesOfCompanyRevenueAddUpTo100Percent() {
        Props.qt().forAll(salesRecordLists(), queryRanges()).checkAssert((records, range) -> {
            SalesSummary summary = SalesHistory.of(records).inCurrency(EUR);
            if (summary.companyRevenue(range).isZero()) {
                for (AccountId account : summary.accounts()) {
                    assertThat(summary.shareOfCompanyRevenue(account, range)).isEmpty();
                }
                return;
            }
            Rate sum = Rate.ZERO;
            for (AccountId account : summary.accounts()) {
                sum = sum.plus(summary.shareOfCompanyRevenue(account, range).orElseThrow());
            }
            BigDecimal tolerance = BigDecimal.ONE
                    .movePointLeft(33)
                    .multiply(BigDecimal.valueOf(summary.accounts().size()));
            assertThat(sum.fraction().subtract(BigDecimal.ONE).abs()).isLessThanOrEqualTo(tolerance);
        });
    }

    @Test
    void growthFromABaseIsTheRelativeChange() {
        Props.qt().forAll(salesRecordLists(), queryRanges(), queryRanges()).checkAssert((records, base, current) -> {
            SalesSummary summary = SalesHistory.of(records).inCurrency(EUR);
            for (AccountId account : summary.accounts()) {
                Money b = summary.revenue(account, base);
                Money c = summary.revenue(account, current);
                if (b.isZero()) {
                    assertThat(summary.revenueGrowth(account, base, current)).isEmpty();
                } else {
                    Rate growth = summary.revenueGrowth(account, base, current).orElseThrow();
                    // base × (1 + growth) is the current revenue, to 30 digits
                    BigDecimal back = b.amount().multiply(BigDecimal.ONE.add(growth.fraction()));
                    assertThat(back.subtract(c.amount()).abs()).isLessThan(new BigDecimal("1E-20"));
                }
            }
        });
    }

    @Test
    void theHistoryDoesNotDependOnTheOrderOfItsRecords() {
        Props.qt().forAll(salesRecordLists(), seeds(), queryRanges()).checkAssert((records, seed, range) -> {
            List<SalesRecord> shuffled = new ArrayList<>(records);
            Collections.shuffle(shuffled, new Random(seed));
            SalesHistory a = SalesHistory.of(records);
            SalesHistory b = SalesHistory.of(shuffled);
            assertThat(b.records()).isEqualTo(a.records());
            assertThat(b.inCurrency(EUR).companyRevenue(range))
                    .isEqualTo(a.inCurrency(EUR).companyRevenue(range));
        });
    }
}
