package io.github.kamsdk.core.pay;

import io.github.kamsdk.core.money.Money;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The eligible base of a deal, shared by the transaction-based components. */
final class DealBase {
    private DealBase() {}

    /**
     * The deal's eligible base (amount or margin) in the plan's currency, or null with the reason in
     * {@code why[0]}.
     */
    static @Nullable Money of(CreditedTransaction t, CommissionBase base, Eligibility eligibility, Take[] why) {
        PayTransaction tx = t.transaction();
        Money sum = null;
        String excluded = null;
        for (TransactionLine line : tx.lines()) {
            if (!eligibility.isAll()) {
                Optional<String> no = eligibility.whyNot(line);
                if (no.isPresent()) {
                    if (excluded == null) {
                        excluded = no.get();
                    }
                    continue;
                }
            }
            Money part;
            if (base == CommissionBase.AMOUNT) {
                part = line.amount();
            } else {
                Optional<Money> margin = line.margin();
                if (margin.isEmpty()) {
                    why[0] = Take.notCounted(
                            UnpaidReason.NO_COST,
                            "the base is the margin and line "
                                    + line.product().map(Object::toString).orElse("(no product)") + " of deal "
                                    + tx.deal() + " has no cost");
                    return null;
                }
                part = margin.get();
            }
            sum = sum == null ? part : sum.plus(part);
        }
        if (sum == null) {
            why[0] = Take.notCounted(
                    UnpaidReason.NOT_ELIGIBLE, "no line of deal " + tx.deal() + " is eligible: " + excluded);
            return null;
        }
        if (!sum.isPositive()) {
            why[0] = Take.notCounted(
                    UnpaidReason.ZERO_BASE,
                    (base == CommissionBase.MARGIN ? "the eligible margin " : "the eligible amount ") + sum
                            + " is not above zero: nothing earned");
            return null;
        }
        if (t.retained().isZero()) {
            why[0] = Take.notCounted(
                    UnpaidReason.FULLY_REVERSED, "deal " + tx.deal() + " was taken back in full (retro clawback)");
            return null;
        }
        return t.toPayout(sum);
    }
}
