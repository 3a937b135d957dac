package io.github.kamsdk.rules.credit;

import io.github.kamsdk.core.ledger.OpenInvoice;
import io.github.kamsdk.core.money.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * The standard {@link CreditRule}s (R-CRED-1, R-CRED-2), in the order a {@link CreditPolicy} applies
 * them by default.
 *
 * <ul>
 *   <li>{@link #prepayment()}: a prepaid order needs no credit: exempt;
 *   <li>{@link #verification()}: a client not verified gets no credit: reject (R-CRED-1);
 *   <li>{@link #overdue()}: overdue debt judged by amount and age together: ignored while its
 *       weighted amount is below the tolerance; otherwise a hold when an invoice is more than the
 *       hold days past due, and always a penalty on the room under the limit;
 *   <li>{@link #limit()}: the order may be at most {@code limit × score factor − exposure before the
 *       order − overdue penalty}; nothing when unlimited.
 * </ul>
 *
 * <p>This class only holds factories.
 */
public final class CreditRules {
    private static final CreditRule PREPAYMENT = new CreditRule() {
        @Override
        public String id() {
            return "credit.prepayment";
        }

        @Override
        public RuleVerdict evaluate(CreditContext c) {
            return c.request().prepaid()
                    ? RuleVerdict.exempt(
                            "the order is prepaid: no credit is given, so limit and overdue debt do not apply")
                    : RuleVerdict.pass("the order is on credit");
        }
    };

    private static final CreditRule VERIFICATION = new CreditRule() {
        @Override
        public String id() {
            return "credit.verification";
        }

        @Override
        public RuleVerdict evaluate(CreditContext c) {
            VerificationStatus v = c.profile().verification();
            return v.allowsCredit()
                    ? RuleVerdict.pass("the client is verified")
                    : RuleVerdict.reject("the client is " + v
                            + ": reliability and solvency must be verified before credit (R-CRED-1); take prepayment");
        }
    };

    private static final CreditRule OVERDUE = new CreditRule() {
        @Override
        public String id() {
            return "credit.overdue";
        }

        @Override
        public RuleVerdict evaluate(CreditContext c) {
            Money w = c.weightedOverdue();
            if (!w.isPositive()) {
                return RuleVerdict.pass("no overdue debt");
            }
            if (c.overduePenalty().isZero()) {
                return RuleVerdict.pass(
                        "overdue debt weighs " + w + ", below the tolerance " + c.tolerance() + ": ignored");
            }
            List<OpenInvoice> old = c.longOverdue();
            if (!old.isEmpty()) {
                List<String> items = new ArrayList<>();
                for (OpenInvoice o : old) {
                    items.add(o.id() + " " + o.openAmount() + " " + o.daysPastDue() + " days");
                }
                return RuleVerdict.hold("overdue debt weighs " + w + " (at least the tolerance " + c.tolerance()
                        + ") and invoices are more than " + c.holdAfterDays() + " days past due: "
                        + String.join(", ", items));
            }
            return RuleVerdict.pass(
                    "overdue debt weighs " + w + ": it takes " + c.overduePenalty() + " off the room under the limit");
        }
    };

    private static final CreditRule LIMIT = new CreditRule() {
        @Override
        public String id() {
            return "credit.limit";
        }

        @Override
        public RuleVerdict evaluate(CreditContext c) {
            if (c.limit().isUnlimited()) {
                return RuleVerdict.pass("no credit limit (" + c.limitSource() + ")");
            }
            Money limit = c.limit().amount().orElseThrow();
            Money scaled = limit.times(c.limitFactor());
            Money room = scaled.minus(c.exposure().before()).minus(c.overduePenalty());
            return RuleVerdict.cap(
                    room,
                    "limit " + limit + " (" + c.limitSource() + ") × factor " + c.limitFactor() + " = " + scaled
                            + ", − exposure before the order " + c.exposure().before() + " − overdue penalty "
                            + c.overduePenalty() + " = " + room);
        }
    };

    private CreditRules() {}

    /**
     * A prepaid order is exempt.
     *
     * @return the rule
     */
    public static CreditRule prepayment() {
        return PREPAYMENT;
    }

    /**
     * A client not verified is rejected.
     *
     * @return the rule
     */
    public static CreditRule verification() {
        return VERIFICATION;
    }

    /**
     * Old overdue debt that matters holds the order.
     *
     * @return the rule
     */
    public static CreditRule overdue() {
        return OVERDUE;
    }

    /**
     * The order fits under the scaled limit.
     *
     * @return the rule
     */
    public static CreditRule limit() {
        return LIMIT;
    }

    /**
     * The four standard rules in order.
     *
     * @return prepayment, verification, overdue, limit
     */
    public static List<CreditRule> standard() {
        return List.of(PREPAYMENT, VERIFICATION, OVERDUE, LIMIT);
    }
}
