package io.github.kamsdk.examples;

import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.money.Allocation;
import io.github.kamsdk.core.money.Conversion;
import io.github.kamsdk.core.money.ExchangeRateTable;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.money.RemainderPolicy;
import io.github.kamsdk.core.money.RoundingPolicy;
import io.github.kamsdk.core.time.DateRange;
import io.github.kamsdk.core.time.PeriodUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * The first program a newcomer runs: a commission on one deal, split between the two managers who
 * share the account, paid in roubles, and a monthly fee prorated over a mid-month change, each
 * figure explained.
 *
 * <p>Run it with {@code ./mvnw -q -Pdemo -pl kam-examples -am package -DskipTests}.
 */
public final class QuickStart {
    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency RUB = Currency.getInstance("RUB");

    private QuickStart() {}

    /**
     * Prints the example to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.print(explain().render());
    }

    /**
     * Computes the example and returns its explanation.
     *
     * @return every step of the computation, in order
     */
    public static Explanation explain() {
        LocalDate payDay = LocalDate.of(2026, 11, 30);

        // 1. A 15% commission on a deal of EUR 12,345.67 (the seeds' medium-deal rate).
        Money deal = Money.of("12345.67", "EUR");
        Rate rate = Rate.percent(15);
        Money exact = deal.times(rate);
        Money commission = exact.round(RoundingPolicy.DEFAULT);

        // 2. Credited 60/40 to the junior KAM and the senior who supervises the account.
        List<Money> split = Allocation.byRates(
                commission, List.of(Rate.percent(60), Rate.percent(40)), RemainderPolicy.LARGEST_REMAINDER);

        // 3. Paid in roubles at the host's rate for the pay day.
        ExchangeRateTable rates = ExchangeRateTable.builder()
                .add(EUR, RUB, new BigDecimal("95.1234"), LocalDate.of(2026, 11, 28))
                .build();
        Conversion juniorPay = rates.convert(split.get(0), RUB, payDay);
        Conversion seniorPay = rates.convert(split.get(1), RUB, payDay);

        // 4. A fixed monthly part of EUR 3,100.00 under two plan versions, the second from the 11th.
        DateRange november = DateRange.ofMonth(2026, 11);
        List<DateRange> versions = november.splitAt(List.of(LocalDate.of(2026, 11, 11)));
        List<Money> fixed = november.prorate(Money.of("3100", "EUR"), versions, RemainderPolicy.LARGEST_REMAINDER);

        return Explanation.of(
                Step.builder()
                        .code("example.commission")
                        .template("Commission {rate} of the deal {deal} = {exact}, rounded to {commission}")
                        .putParameter("rate", rate)
                        .putParameter("deal", deal)
                        .putParameter("exact", exact)
                        .putParameter("commission", commission)
                        .addChild(Step.of(
                                "example.split",
                                "Junior KAM 60%: {junior}; senior KAM 40%: {senior}",
                                "junior",
                                split.get(0),
                                "senior",
                                split.get(1)))
                        .build(),
                Step.builder()
                        .code("example.payout")
                        .template("Paid in RUB on {date}")
                        .putParameter("date", payDay)
                        .addChild(Step.of("example.convert", "Junior: {c}", "c", juniorPay.toString()))
                        .addChild(Step.of(
                                "example.round",
                                "Junior payable: {payable}",
                                "payable",
                                juniorPay.result().round()))
                        .addChild(Step.of("example.convert", "Senior: {c}", "c", seniorPay.toString()))
                        .addChild(Step.of(
                                "example.round",
                                "Senior payable: {payable}",
                                "payable",
                                seniorPay.result().round()))
                        .build(),
                Step.builder()
                        .code("example.proration")
                        .template("Fixed part {fixed} for {month}, two plan versions prorated by days")
                        .putParameter("fixed", Money.of("3100", "EUR"))
                        .putParameter("month", november)
                        .addChild(Step.of(
                                "example.proration.piece",
                                "{piece}: {days} days = {amount}",
                                "piece",
                                versions.get(0),
                                "days",
                                versions.get(0).lengthInDays(),
                                "amount",
                                fixed.get(0)))
                        .addChild(Step.of(
                                "example.proration.piece",
                                "{piece}: {days} days = {amount}",
                                "piece",
                                versions.get(1),
                                "days",
                                versions.get(1).lengthInDays(),
                                "amount",
                                fixed.get(1)))
                        .build(),
                Step.of(
                        "example.weeks",
                        "{month} has {weeks} ISO weeks or parts of weeks",
                        "month",
                        november,
                        "weeks",
                        november.split(PeriodUnit.WEEK).size()));
    }
}
