package io.github.kamsdk.benchmarks;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.money.ExchangeRateTable;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.pay.BandMode;
import io.github.kamsdk.core.pay.CommissionBands;
import io.github.kamsdk.core.pay.CommissionBase;
import io.github.kamsdk.core.pay.CompensationPlan;
import io.github.kamsdk.core.pay.ComponentId;
import io.github.kamsdk.core.pay.Eligibility;
import io.github.kamsdk.core.pay.PayTransaction;
import io.github.kamsdk.core.pay.PlanVersion;
import io.github.kamsdk.core.pay.TransactionCommission;
import io.github.kamsdk.core.pay.TransactionLine;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * A seeded bulk pay run for the pay benchmarks: {@value #MANAGERS} managers on one plan and {@code
 * n} booked transactions, as a stored list or as an iterable that generates them on the fly from the
 * same seed (so that nothing holds them).
 *
 * <p>The plan {@code kam-2026} pays in EUR: fixed pay EUR 9,000.00 a quarter and two components.
 * {@code commission}: whole-amount bands on the deal's amount, the seeds' agency fee with a small
 * band below it (10% below EUR 10,000, 15% from 10,000, 5% from 50,000; a boundary belongs to the
 * band that starts there). {@code margin-bonus}: graduated bands on the deal's margin, freight lines
 * excluded (2% of the first EUR 5,000, 3% up to 20,000, 4% above). Lines are rounded by the default
 * policy (HALF_EVEN to the cent), once per band line.
 *
 * <p>Transactions: one or two lines (each with a cost of 40–89% of its amount; one line in ten is
 * freight); deals of EUR 1.00–9,999.99 (55%), 10,000.00–49,999.99 (35%) and 50,000.00–200,000.00
 * (10%), one in a thousand exactly at EUR 10,000.00 or 50,000.00; 20,000 accounts, each with one
 * manager; one transaction in ten split 60/40 between its manager and the next one; 3% in USD,
 * converted at a daily USD→EUR rate (4 decimals) from an {@link ExchangeRateTable}; 98% dated in Q1
 * 2026, 2% in Q4 2025 (outside the period: counted or listed as unpaid by the engine).
 */
final class PayData {
    static final int MANAGERS = 1_000;
    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency USD = Currency.getInstance("USD");
    static final DateRange PERIOD = DateRange.ofQuarter(2026, 1);
    static final LocalDate FIRST_RATE_DAY = LocalDate.of(2025, 10, 1);
    static final int ACCOUNTS = 20_000;
    static final ComponentId COMMISSION = ComponentId.of("commission");
    static final ComponentId MARGIN_BONUS = ComponentId.of("margin-bonus");
    static final ProductGroupId GOODS = ProductGroupId.of("GOODS");
    static final ProductGroupId FREIGHT = ProductGroupId.of("FREIGHT");
    static final Money FIXED_PAY = Money.of("9000.00", "EUR");

    /** Thresholds and rates of {@code commission} (whole amount, on the amount). */
    static final Money[] COMMISSION_FROM = {Money.zero(EUR), Money.of("10000", "EUR"), Money.of("50000", "EUR")};

    static final Rate[] COMMISSION_RATE = {Rate.percent(10), Rate.percent(15), Rate.percent(5)};

    /** Thresholds and rates of {@code margin-bonus} (graduated, on the margin). */
    static final Money[] MARGIN_FROM = {Money.zero(EUR), Money.of("5000", "EUR"), Money.of("20000", "EUR")};

    static final Rate[] MARGIN_RATE = {Rate.percent(2), Rate.percent(3), Rate.percent(4)};

    static final Rate SPLIT_MAJOR = Rate.percent(60);
    static final Rate SPLIT_MINOR = Rate.percent(40);

    final List<ManagerId> managers;
    final CompensationPlan plan;
    final ExchangeRateTable rates;
    /** The USD→EUR factor by day since {@link #FIRST_RATE_DAY}. */
    final BigDecimal[] usdEur;

    private final long seed;
    private final AccountId[] accounts;
    private final Credits[] sole;
    private final Credits[] split;
    private final LocalDate[] days;

    PayData(long seed) {
        this.seed = seed;
        List<ManagerId> ms = new ArrayList<>(MANAGERS);
        sole = new Credits[MANAGERS];
        for (int i = 0; i < MANAGERS; i++) {
            ManagerId m = ManagerId.of(String.format("M-%04d", i));
            ms.add(m);
            sole[i] = Credits.solely(m);
        }
        managers = List.copyOf(ms);
        split = new Credits[MANAGERS];
        for (int i = 0; i < MANAGERS; i++) {
            split[i] = Credits.split(Map.of(ms.get(i), SPLIT_MAJOR, ms.get((i + 1) % MANAGERS), SPLIT_MINOR));
        }
        accounts = new AccountId[ACCOUNTS];
        for (int i = 0; i < ACCOUNTS; i++) {
            accounts[i] = AccountId.of(String.format("C-%05d", i));
        }
        int dayCount = (int) DateRange.of(FIRST_RATE_DAY, PERIOD.endExclusive()).lengthInDays();
        days = new LocalDate[dayCount];
        usdEur = new BigDecimal[dayCount];
        Random r = new Random(seed ^ 0x5DEECE66DL);
        ExchangeRateTable.Builder table = ExchangeRateTable.builder();
        for (int d = 0; d < dayCount; d++) {
            days[d] = FIRST_RATE_DAY.plusDays(d);
            usdEur[d] = BigDecimal.valueOf(8_800 + r.nextInt(800), 4);
            table.add(USD, EUR, usdEur[d], days[d]);
        }
        rates = table.build();
        plan = plan();
    }

    static CompensationPlan plan() {
        TransactionCommission commission = TransactionCommission.builder()
                .id(COMMISSION)
                .base(CommissionBase.AMOUNT)
                .mode(BandMode.WHOLE_AMOUNT)
                .bands(CommissionBands.startingAt(COMMISSION_FROM[0], COMMISSION_RATE[0])
                        .from(COMMISSION_FROM[1], COMMISSION_RATE[1])
                        .from(COMMISSION_FROM[2], COMMISSION_RATE[2])
                        .build())
                .build();
        TransactionCommission marginBonus = TransactionCommission.builder()
                .id(MARGIN_BONUS)
                .base(CommissionBase.MARGIN)
                .mode(BandMode.GRADUATED)
                .eligibility(Eligibility.builder().excludeGroup(FREIGHT).build())
                .bands(CommissionBands.startingAt(MARGIN_FROM[0], MARGIN_RATE[0])
                        .from(MARGIN_FROM[1], MARGIN_RATE[1])
                        .from(MARGIN_FROM[2], MARGIN_RATE[2])
                        .build())
                .build();
        return CompensationPlan.builder()
                .id("kam-2026")
                .currency(EUR)
                .addVersions(PlanVersion.builder()
                        .validity(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
                        .fixedPay(FIXED_PAY)
                        .addComponents(commission, marginBonus)
                        .build())
                .build();
    }

    /** The USD→EUR factor of a day (the table has one for every day the data uses). */
    BigDecimal usdEur(LocalDate day) {
        return usdEur[(int) (day.toEpochDay() - FIRST_RATE_DAY.toEpochDay())];
    }

    /** The {@code n} transactions, stored. */
    List<PayTransaction> list(int n) {
        List<PayTransaction> out = new ArrayList<>(n);
        for (PayTransaction t : stream(n)) {
            out.add(t);
        }
        return out;
    }

    /** The same {@code n} transactions, generated afresh by every iterator and held by nothing. */
    Iterable<PayTransaction> stream(int n) {
        return () -> new Generator(n);
    }

    private final class Generator implements Iterator<PayTransaction> {
        private final Random r = new Random(seed);
        private final int n;
        private int i;

        Generator(int n) {
            this.n = n;
        }

        @Override
        public boolean hasNext() {
            return i < n;
        }

        @Override
        public PayTransaction next() {
            if (i >= n) {
                throw new NoSuchElementException();
            }
            int a = r.nextInt(ACCOUNTS);
            int m = a % MANAGERS;
            Credits credits = r.nextInt(10) == 0 ? split[m] : sole[m];
            int periodDays = (int) PERIOD.lengthInDays();
            int firstQ1 = (int) (PERIOD.start().toEpochDay() - FIRST_RATE_DAY.toEpochDay());
            LocalDate date = r.nextInt(50) == 0 ? days[r.nextInt(firstQ1)] : days[firstQ1 + r.nextInt(periodDays)];
            Currency currency = r.nextInt(100) < 3 ? USD : EUR;
            long cents;
            int size = r.nextInt(1000);
            if (size == 0) {
                cents = r.nextBoolean() ? 1_000_000L : 5_000_000L;
            } else if (size < 550) {
                cents = 100 + r.nextInt(999_900);
            } else if (size < 900) {
                cents = 1_000_000 + r.nextInt(4_000_000);
            } else {
                cents = 5_000_000 + r.nextInt(15_000_001);
            }
            PayTransaction.Builder b = PayTransaction.builder()
                    .id(EventId.of("T-" + i))
                    .account(accounts[a])
                    .credits(credits)
                    .date(date);
            if (r.nextBoolean()) {
                long first = cents * (20 + r.nextInt(61)) / 100;
                b.addLines(line(first, currency), line(cents - first, currency));
            } else {
                b.addLines(line(cents, currency));
            }
            i++;
            return b.build();
        }

        private TransactionLine line(long cents, Currency currency) {
            long cost = cents * (40 + r.nextInt(50)) / 100;
            return TransactionLine.builder()
                    .group(r.nextInt(10) == 0 ? FREIGHT : GOODS)
                    .amount(Money.ofMinor(cents, currency))
                    .cost(Money.ofMinor(cost, currency))
                    .build();
        }
    }
}
