package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.argument;

import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.OpenInvoice;
import io.github.kamsdk.core.ledger.Receivables;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.ledger.ReversalKind;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The returns, refusals and unpaid invoices of an input, by deal, and the part of a deal they take back. */
final class ClawbackTriggers {
    /** Decimal places of the part of a deal taken back. */
    static final int SCALE = 12;

    private final Map<EventId, List<Reversal>> reversals = new HashMap<>();
    private final Map<EventId, List<OpenInvoice>> open = new HashMap<>();
    private final Set<EventId> deals = new HashSet<>();

    ClawbackTriggers(List<Reversal> reversalList, @Nullable Receivables receivables) {
        for (Reversal r : reversalList) {
            reversals.computeIfAbsent(r.order(), k -> new ArrayList<>()).add(r);
            deals.add(r.order());
        }
        if (receivables != null) {
            for (OpenInvoice o : receivables.openInvoices()) {
                if (o.isOverdue()) {
                    EventId deal = o.invoice().order().orElse(o.id());
                    open.computeIfAbsent(deal, k -> new ArrayList<>()).add(o);
                    deals.add(deal);
                }
            }
        }
    }

    /** The deals with any trigger. */
    Set<EventId> deals() {
        return deals;
    }

    boolean isEmpty() {
        return deals.isEmpty();
    }

    /** What a policy takes back of a deal. */
    Taken taken(EventId deal, Money dealAmount, ClawbackPolicy policy, CreditingBasis basis, @Nullable LocalDate asOf) {
        Money reversed = Money.zero(dealAmount.currency());
        List<String> what = new ArrayList<>();
        for (Reversal r : reversals.getOrDefault(deal, List.of())) {
            boolean on = r.reversalKind() == ReversalKind.RETURN ? policy.onReturns() : policy.onRefusals();
            if (!on || (asOf != null && r.date().isAfter(asOf))) {
                continue;
            }
            argument(
                    r.value().isSameCurrency(dealAmount),
                    "reversal %s of deal %s is in %s, the deal in %s",
                    r.id(),
                    deal,
                    r.value().currency().getCurrencyCode(),
                    dealAmount.currency().getCurrencyCode());
            reversed = reversed.plus(r.value());
            what.add(r.reversalKind().name().toLowerCase(java.util.Locale.ROOT) + " " + r.id() + " of " + r.value()
                    + " on " + r.date());
        }
        Money unpaid = Money.zero(dealAmount.currency());
        if (basis != CreditingBasis.COLLECTED && policy.uncollectedAfterDays().isPresent()) {
            int days = policy.uncollectedAfterDays().getAsInt();
            for (OpenInvoice o : open.getOrDefault(deal, List.of())) {
                if (o.daysPastDue() > days) {
                    argument(
                            o.openAmount().isSameCurrency(dealAmount),
                            "invoice %s of deal %s is in %s, the deal in %s",
                            o.id(),
                            deal,
                            o.openAmount().currency().getCurrencyCode(),
                            dealAmount.currency().getCurrencyCode());
                    unpaid = unpaid.plus(o.openAmount());
                    what.add("invoice " + o.id() + " " + o.openAmount() + " unpaid " + o.daysPastDue()
                            + " days past due (over " + days + ") as of " + o.asOf());
                }
            }
        }
        Money total = reversed.plus(unpaid);
        Rate part;
        if (!dealAmount.isPositive() || !total.isPositive()) {
            part = Rate.ZERO;
        } else if (!total.isLessThan(dealAmount)) {
            part = Rate.ONE_HUNDRED_PERCENT;
        } else {
            part = Rate.ofFraction(total.amount().divide(dealAmount.amount(), SCALE, RoundingMode.HALF_EVEN));
        }
        return new Taken(part, reversed, unpaid, String.join("; ", what));
    }

    /** The part of a deal taken back and why. */
    record Taken(Rate part, Money reversed, Money unpaid, String why) {
        Rate retained() {
            return Rate.ofFraction(BigDecimal.ONE.subtract(part.fraction()));
        }
    }
}
