package io.github.kamsdk.core.kpi;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Net revenue per account over one period, in the reporting currency: orders dated in the period
 * at {@code amount × share}, minus returns and refusals dated in the period at {@code value ×
 * share}. Only events dated in the period are converted (so exchange rates are needed only there).
 * Sums merge by addition; events are not kept.
 */
final class ClientRevenue {
    private final KpiContext context;
    private final DateRange period;
    private final Map<AccountId, BigDecimal> byAccount = new HashMap<>();

    ClientRevenue(KpiContext context, DateRange period) {
        this.context = context;
        this.period = period;
    }

    void order(Order order, Rate share) {
        add(order, order.amount(), share, false);
    }

    void reversal(Reversal reversal, Rate share) {
        add(reversal, reversal.value(), share, true);
    }

    private void add(CommercialEvent event, Money amount, Rate share, boolean subtract) {
        if (!period.contains(event.date())) {
            return;
        }
        BigDecimal value = context.toReportingCurrency(amount, event.date(), event.id())
                .times(share)
                .amount();
        byAccount.merge(event.account(), subtract ? value.negate() : value, BigDecimal::add);
    }

    void merge(ClientRevenue other) {
        other.byAccount.forEach((a, v) -> byAccount.merge(a, v, BigDecimal::add));
    }

    /** Every account with an order or reversal in the period, in id order. */
    ImmutableSortedMap<AccountId, BigDecimal> byAccount() {
        return ImmutableSortedMap.copyOfSorted(new TreeMap<>(byAccount));
    }

    /** The period's net revenue, summed over accounts. */
    BigDecimal total() {
        return byAccount.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** An amount of the reporting currency, for explanations. */
    Money money(BigDecimal amount) {
        return Money.of(amount, context.currency());
    }
}
