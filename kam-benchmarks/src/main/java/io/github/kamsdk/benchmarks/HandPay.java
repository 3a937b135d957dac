package io.github.kamsdk.benchmarks;

import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.money.RoundingPolicy;
import io.github.kamsdk.core.pay.PayTransaction;
import io.github.kamsdk.core.pay.TransactionLine;
import io.github.kamsdk.core.team.ManagerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The baseline: what a developer would write by hand to get the pay of {@link PayData}'s plan for
 * every manager in one loop over the transactions, with {@link Money} sums (exact, compact longs)
 * per manager, component and band, and no explanations, no unpaid list, no plan versions, no
 * clawback, cap or floor checks (the plan has none). The figures follow the SDK's definitions: the
 * band of a deal is chosen by its whole base; a credited share earns its share of the deal's
 * commission; USD amounts are converted exactly at the day's rate; each band's exact sum is rounded
 * once, HALF_EVEN to the cent.
 */
final class HandPay {
    private static final int BANDS = 3;

    /** One manager's running sums. */
    private static final class Sums {
        final Money[] commission = new Money[BANDS];
        final int[] commissionCount = new int[BANDS];
        final Money[] margin = new Money[BANDS];
        final int[] marginCount = new int[BANDS];

        Sums(Money zero) {
            java.util.Arrays.fill(commission, zero);
            java.util.Arrays.fill(margin, zero);
        }
    }

    /** One manager's figures: the commission lines by {@code component/band.i}, and the total. */
    record Figures(Map<String, Money> lines, Money total) {}

    private HandPay() {}

    /** Every manager's figures for {@link PayData#PERIOD}. */
    static Map<ManagerId, Figures> compute(PayData data, Iterable<PayTransaction> transactions) {
        Money zero = Money.zero(PayData.EUR);
        long start = PayData.PERIOD.start().toEpochDay();
        long end = PayData.PERIOD.endExclusive().toEpochDay();
        Money commissionLow = PayData.COMMISSION_FROM[1];
        Money commissionHigh = PayData.COMMISSION_FROM[2];
        Money marginLow = PayData.MARGIN_FROM[1];
        Money marginHigh = PayData.MARGIN_FROM[2];
        Rate[] commissionRate = PayData.COMMISSION_RATE;
        Rate[] marginRate = PayData.MARGIN_RATE;
        ProductGroupId freight = PayData.FREIGHT;
        Map<ManagerId, Sums> byManager = new HashMap<>();
        for (ManagerId m : data.managers) {
            byManager.put(m, new Sums(zero));
        }
        Money[] slices = new Money[BANDS];
        for (PayTransaction t : transactions) {
            LocalDate date = t.date();
            long day = date.toEpochDay();
            if (day < start || day >= end) {
                continue;
            }
            Money amount = null;
            Money margin = null;
            for (TransactionLine line : t.lines()) {
                Money a = line.amount();
                amount = amount == null ? a : amount.plus(a);
                if (!freight.equals(line.group().orElse(null))) {
                    Money m = a.minus(line.cost().orElseThrow());
                    margin = margin == null ? m : margin.plus(m);
                }
            }
            if (!t.currency().equals(PayData.EUR)) {
                BigDecimal factor = data.usdEur(date);
                amount = Money.of(amount.amount().multiply(factor), PayData.EUR);
                margin = margin == null ? null : Money.of(margin.amount().multiply(factor), PayData.EUR);
            }
            int band = amount.isLessThan(commissionLow) ? 0 : amount.isLessThan(commissionHigh) ? 1 : 2;
            boolean graduated = margin != null && margin.isPositive();
            if (graduated) {
                slices[0] = Money.min(margin, marginLow).times(marginRate[0]);
                slices[1] = margin.isGreaterThan(marginLow)
                        ? Money.min(margin, marginHigh).minus(marginLow).times(marginRate[1])
                        : null;
                slices[2] = margin.isGreaterThan(marginHigh)
                        ? margin.minus(marginHigh).times(marginRate[2])
                        : null;
            }
            for (Map.Entry<ManagerId, Rate> credit : t.credits().shares().entrySet()) {
                Sums s = byManager.get(credit.getKey());
                Rate share = credit.getValue();
                boolean whole = share.compareTo(Rate.ONE_HUNDRED_PERCENT) == 0;
                Money credited = whole ? amount : amount.times(share);
                s.commission[band] = s.commission[band].plus(credited.times(commissionRate[band]));
                s.commissionCount[band]++;
                if (graduated) {
                    for (int i = 0; i < BANDS; i++) {
                        if (slices[i] != null) {
                            s.margin[i] = s.margin[i].plus(whole ? slices[i] : slices[i].times(share));
                            s.marginCount[i]++;
                        }
                    }
                }
            }
        }
        Map<ManagerId, Figures> out = new HashMap<>();
        for (Map.Entry<ManagerId, Sums> e : byManager.entrySet()) {
            Sums s = e.getValue();
            Map<String, Money> lines = new TreeMap<>();
            Money total = PayData.FIXED_PAY;
            for (int i = 0; i < BANDS; i++) {
                if (s.commissionCount[i] > 0) {
                    Money line = s.commission[i].round(RoundingPolicy.DEFAULT);
                    lines.put(PayData.COMMISSION.value() + "/band." + (i + 1), line);
                    total = total.plus(line);
                }
                if (s.marginCount[i] > 0) {
                    Money line = s.margin[i].round(RoundingPolicy.DEFAULT);
                    lines.put(PayData.MARGIN_BONUS.value() + "/band." + (i + 1), line);
                    total = total.plus(line);
                }
            }
            out.put(e.getKey(), new Figures(lines, total));
        }
        return out;
    }
}
