package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.time.DateRange;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The difference between a statement already paid and a recalculation of the same period (late
 * returns under a retro clawback, corrected data): what is still owed, or to be taken back, so
 * that nothing is paid twice.
 *
 * <pre>{@code
 * PayAdjustment adj = PayAdjustment.between(paidQ1, recalculatedQ1);
 * adj.total();  // recalculatedQ1.total() - paidQ1.total(), exactly; zero for unchanged data
 * adj.lines();  // one ADJUSTMENT line per line that changed
 * // pay it with the next statement:
 * PayInput.builder().addAdjustment(adj)…
 * }</pre>
 *
 * <p><b>Definition.</b> Lines are paired by their {@linkplain PayLine#fullKey() full key}; for each
 * key whose amounts differ, one {@link PayLineKind#ADJUSTMENT} line of {@code recalculated −
 * paid} (a line that is new counts as paid 0, one that is gone as recalculated 0). The lines are
 * differences of rounded amounts, so they add up exactly to the difference of the totals. The
 * {@link #records()} are the differences of the two statements' records per component and
 * transaction (and per deal for clawbacks), to append to the host's history.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PayAdjustment {
    private final ManagerId manager;
    private final DateRange period;
    private final Currency currency;
    private final ImmutableList<PayLine> lines;
    private final ImmutableList<CommissionRecord> records;
    private final Money total;

    private PayAdjustment(
            ManagerId manager,
            DateRange period,
            Currency currency,
            ImmutableList<PayLine> lines,
            ImmutableList<CommissionRecord> records) {
        this.manager = manager;
        this.period = period;
        this.currency = currency;
        this.lines = lines;
        this.records = records;
        Money sum = Money.zero(currency);
        for (PayLine l : lines) {
            sum = sum.plus(l.amount());
        }
        this.total = sum;
    }

    /**
     * The adjustment that brings a paid statement to its recalculation.
     *
     * @param paid the statement paid, not null
     * @param recalculated the same manager's statement for the same period, recalculated, not null
     * @return the adjustment
     * @throws IllegalArgumentException if the two are for different managers, periods or currencies
     */
    public static PayAdjustment between(PayStatement paid, PayStatement recalculated) {
        notNull(paid, "paid");
        notNull(recalculated, "recalculated");
        argument(
                paid.manager().equals(recalculated.manager()),
                "recalculated is for manager %s, paid for %s",
                recalculated.manager(),
                paid.manager());
        argument(
                paid.period().equals(recalculated.period()),
                "recalculated is for %s, paid for %s",
                recalculated.period(),
                paid.period());
        argument(
                paid.currency().equals(recalculated.currency()),
                "recalculated is in %s, paid in %s",
                recalculated.currency(),
                paid.currency());
        Map<String, PayLine> before = new LinkedHashMap<>();
        for (PayLine l : paid.lines()) {
            before.merge(l.fullKey(), l, PayAdjustment::combine);
        }
        Map<String, PayLine> after = new LinkedHashMap<>();
        for (PayLine l : recalculated.lines()) {
            after.merge(l.fullKey(), l, PayAdjustment::combine);
        }
        List<String> keys = new ArrayList<>(before.keySet());
        for (String k : after.keySet()) {
            if (!before.containsKey(k)) {
                keys.add(k);
            }
        }
        Money zero = Money.zero(paid.currency());
        ImmutableList.Builder<PayLine> out = ImmutableList.builder();
        for (String k : keys) {
            PayLine was = before.get(k);
            PayLine now = after.get(k);
            Money wasAmount = was == null ? zero : was.amount();
            Money nowAmount = now == null ? zero : now.amount();
            Money diff = nowAmount.minus(wasAmount);
            if (diff.isZero()) {
                continue;
            }
            PayLine ref = now != null ? now : notNull(was, "was");
            out.add(PayLine.exactly(
                    PayLineKind.ADJUSTMENT,
                    ref.component().orElse(null),
                    ref.kind() + "." + ref.key(),
                    "adjustment of " + paid.period() + ": " + ref.label(),
                    ref.piece(),
                    diff,
                    diff,
                    () -> Explanation.of(Step.of(
                            "pay.adjustment",
                            "{label} for {period}: recalculated {now} − paid {was} = {diff}",
                            "label",
                            ref.label(),
                            "period",
                            paid.period(),
                            "now",
                            nowAmount,
                            "was",
                            wasAmount,
                            "diff",
                            diff))));
        }
        return new PayAdjustment(
                paid.manager(), paid.period(), paid.currency(), out.build(), recordDeltas(paid, recalculated));
    }

    private static PayLine combine(PayLine a, PayLine b) {
        return PayLine.exactly(
                a.kind(),
                a.component().orElse(null),
                a.key(),
                a.label(),
                a.piece(),
                a.exact().plus(b.exact()),
                a.amount().plus(b.amount()),
                () -> a.explanation().plus(b.explanation()));
    }

    private record RecordKey(
            ComponentId component,
            CommissionRecord.Kind kind,
            EventId deal,
            @Nullable EventId tx) {}

    private static ImmutableList<CommissionRecord> recordDeltas(PayStatement paid, PayStatement recalculated) {
        Map<RecordKey, CommissionRecord> template = new LinkedHashMap<>();
        Map<RecordKey, Money> delta = new LinkedHashMap<>();
        for (CommissionRecord r : recalculated.records()) {
            RecordKey k = key(r);
            template.putIfAbsent(k, r);
            delta.merge(k, r.amount(), Money::plus);
        }
        for (CommissionRecord r : paid.records()) {
            RecordKey k = key(r);
            template.putIfAbsent(k, r);
            delta.merge(k, r.amount().negate(), Money::plus);
        }
        ImmutableList.Builder<CommissionRecord> out = ImmutableList.builder();
        for (Map.Entry<RecordKey, Money> e : delta.entrySet()) {
            if (e.getValue().isZero()) {
                continue;
            }
            CommissionRecord t = template.get(e.getKey());
            CommissionRecord.Builder b = CommissionRecord.builder()
                    .manager(t.manager())
                    .component(t.component())
                    .kind(t.kind())
                    .deal(t.deal())
                    .dealAmount(t.dealAmount())
                    .basis(t.basis())
                    .date(t.date())
                    .period(t.period())
                    .amount(e.getValue());
            t.transaction().ifPresent(b::transaction);
            out.add(b.build());
        }
        return out.build();
    }

    private static RecordKey key(CommissionRecord r) {
        return new RecordKey(r.component(), r.kind(), r.deal(), r.transaction().orElse(null));
    }

    /**
     * The manager.
     *
     * @return the manager
     */
    public ManagerId manager() {
        return manager;
    }

    /**
     * The period adjusted.
     *
     * @return the period
     */
    public DateRange period() {
        return period;
    }

    /**
     * The currency.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * One line per line that changed, in the paid statement's order, then new lines.
     *
     * @return the lines
     */
    public ImmutableList<PayLine> lines() {
        return lines;
    }

    /**
     * The differences of the records, to append to the history.
     *
     * @return the record deltas
     */
    public ImmutableList<CommissionRecord> records() {
        return records;
    }

    /**
     * The sum of the lines: recalculated total minus paid total.
     *
     * @return the total, positive when more is owed
     */
    public Money total() {
        return total;
    }

    /**
     * Whether nothing is owed either way: no line changed. The {@link #records()} may still hold
     * exact per-transaction differences too small to change a rounded line; store them anyway.
     *
     * @return true when there is no line
     */
    public boolean isZero() {
        return lines.isEmpty();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PayAdjustment that
                && manager.equals(that.manager)
                && period.equals(that.period)
                && currency.equals(that.currency)
                && lines.equals(that.lines)
                && records.equals(that.records);
    }

    @Override
    public int hashCode() {
        return Objects.hash(manager, period, currency, lines, records);
    }

    @Override
    public String toString() {
        return "PayAdjustment{" + manager + " " + period + ": " + lines.size() + " lines, total " + total + "}";
    }
}
