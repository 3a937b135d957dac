package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.RoundingPolicy;
import io.github.kamsdk.core.time.DateRange;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One line of a {@link PayStatement}: what it is, the exact figure behind it, the amount paid
 * (that figure rounded once by the plan's rounding policy) and an explanation a person can check by
 * hand.
 *
 * <pre>{@code
 * PayLine line = statement.lines().get(1);
 * line.kind();      // COMMISSION
 * line.label();     // "commission: band 1 [EUR 0.00, EUR 50000.00) at 15%"
 * line.exact();     // EUR 6000.0000
 * line.amount();    // EUR 6000.00
 * line.explanation().render(); // the transactions, base, band, rate and rounding
 * }</pre>
 *
 * <p>A line's {@link #key()} (kind, component, key within the component and the first day of the
 * plan version's days it covers) is stable between calculations of the same period, which is how
 * {@link PayAdjustment} pairs a paid line with its recalculation.
 *
 * <p>The explanation may be built on first use (a bulk run does not render steps nobody reads); it
 * is the same every time. Equality ignores it.
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class PayLine {
    private final PayLineKind kind;
    private final @Nullable ComponentId component;
    private final String key;
    private final String label;
    private final DateRange piece;
    private final Money exact;
    private final Money amount;
    private final Supplier<Explanation> explanation;

    private PayLine(
            PayLineKind kind,
            @Nullable ComponentId component,
            String key,
            String label,
            DateRange piece,
            Money exact,
            Money amount,
            Supplier<Explanation> explanation) {
        this.kind = kind;
        this.component = component;
        this.key = key;
        this.label = label;
        this.piece = piece;
        this.exact = exact;
        this.amount = amount;
        this.explanation = explanation;
    }

    /**
     * A line whose amount is its exact figure rounded once by the policy; the explanation gets a
     * last step that shows the rounding. For host components.
     *
     * @param kind the kind, not null
     * @param component the component that made it, not null
     * @param key a stable key within the component (such as {@code "band.2"}), 1 to 200 characters
     *     without white space at either end, not null
     * @param label what the line is, in words, not blank, not null
     * @param piece the days it covers (the plan version's days within the period), not null
     * @param exact the exact figure, not null
     * @param rounding the plan's rounding policy, not null
     * @param explanation how the figure came about, not null
     * @return the line
     */
    public static PayLine of(
            PayLineKind kind,
            ComponentId component,
            String key,
            String label,
            DateRange piece,
            Money exact,
            RoundingPolicy rounding,
            Explanation explanation) {
        notNull(component, "component");
        notNull(explanation, "explanation");
        return create(kind, component, key, label, piece, exact, rounding, () -> explanation);
    }

    /**
     * A line as a host stored it, read back: for {@link PayStatement#restore} and so for adjustments
     * against a statement paid in an earlier run.
     *
     * @param kind the kind, not null
     * @param component the component, or empty for plan-level and fixed lines, not null
     * @param key the key within the component, not null
     * @param label the label, not blank, not null
     * @param piece the days it covers, not null
     * @param exact the exact figure, not null
     * @param amount the amount paid, in the exact figure's currency, not null
     * @param explanation what the host kept of the explanation (for instance the rendered text in one
     *     step), not null
     * @return the line
     */
    public static PayLine restore(
            PayLineKind kind,
            Optional<ComponentId> component,
            String key,
            String label,
            DateRange piece,
            Money exact,
            Money amount,
            Explanation explanation) {
        notNull(component, "component");
        notNull(explanation, "explanation");
        notNull(exact, "exact");
        notNull(amount, "amount");
        return exactly(kind, component.orElse(null), key, label, piece, exact, amount, () -> explanation);
    }

    static PayLine create(
            PayLineKind kind,
            @Nullable ComponentId component,
            String key,
            String label,
            DateRange piece,
            Money exact,
            RoundingPolicy rounding,
            java.util.function.Supplier<Explanation> explanation) {
        notNull(rounding, "rounding");
        notNull(exact, "exact");
        return exactly(
                kind,
                component,
                key,
                label,
                piece,
                exact,
                exact.round(rounding),
                () -> explanation.get().plus(roundingStep(exact, exact.round(rounding), rounding)));
    }

    /** A line whose amount is already decided (a cap, a clawback bounded by what was paid). */
    static PayLine exactly(
            PayLineKind kind,
            @Nullable ComponentId component,
            String key,
            String label,
            DateRange piece,
            Money exact,
            Money amount,
            java.util.function.Supplier<Explanation> explanation) {
        notNull(kind, "kind");
        notNull(key, "key");
        notNull(label, "label");
        notNull(piece, "piece");
        notNull(explanation, "explanation");
        argument(
                !key.isEmpty() && key.length() <= 200 && key.strip().equals(key),
                "key must be 1 to 200 characters without white space at either end: '%s'",
                key);
        argument(!label.isBlank(), "label must not be blank (line %s)", key);
        argument(
                exact.isSameCurrency(amount),
                "amount must be in the exact figure's currency %s: %s",
                exact.currency().getCurrencyCode(),
                amount);
        return new PayLine(kind, component, key, label, piece, exact, amount, Suppliers.memoize(explanation::get));
    }

    private static Step roundingStep(Money exact, Money amount, RoundingPolicy rounding) {
        if (exact.equals(amount) && exact.amount().scale() <= amount.amount().scale()) {
            return Step.of("pay.line.amount", "amount {amount}", "amount", amount);
        }
        return Step.of(
                "pay.line.rounded",
                "exact {exact} rounded once ({rounding}) to {amount}",
                "exact",
                exact,
                "rounding",
                rounding.toString(),
                "amount",
                amount);
    }

    /**
     * What the line is.
     *
     * @return the kind
     */
    public PayLineKind kind() {
        return kind;
    }

    /**
     * The component that made the line; empty for the fixed part and the plan-level lines (variable
     * cap and floor, draw, clawback, adjustment).
     *
     * @return the component, or empty
     */
    public Optional<ComponentId> component() {
        return Optional.ofNullable(component);
    }

    /**
     * The line's key within its component (such as {@code "band.2"} or a subordinate's id).
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * The key that identifies the line among the lines of a statement and its recalculations:
     * {@code kind/component/key/first day}.
     *
     * @return the full key
     */
    public String fullKey() {
        return kind + "/" + (component == null ? "-" : component.value()) + "/" + key + "/" + piece.start();
    }

    /**
     * What the line is, in words.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * The days the line covers: the plan version's days within the statement's period.
     *
     * @return the days
     */
    public DateRange piece() {
        return piece;
    }

    /**
     * The exact figure before rounding.
     *
     * @return the figure, in the plan's currency
     */
    public Money exact() {
        return exact;
    }

    /**
     * The amount paid: the exact figure rounded once by the plan's rounding policy.
     *
     * @return the amount, in the plan's currency
     */
    public Money amount() {
        return amount;
    }

    /**
     * How the figure came about, ending with its rounding.
     *
     * @return the explanation
     */
    public Explanation explanation() {
        return explanation.get();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PayLine that
                && kind == that.kind
                && Objects.equals(component, that.component)
                && key.equals(that.key)
                && label.equals(that.label)
                && piece.equals(that.piece)
                && exact.equals(that.exact)
                && amount.equals(that.amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, component, key, label, piece, exact, amount);
    }

    /**
     * The line in words: {@code "COMMISSION commission: band 1 … EUR 6000.00"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return kind + " " + label + " " + amount;
    }
}
