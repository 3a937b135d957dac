package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.decimal;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a {@link KpiFormula} for one period and scope: the value with its numerator and
 * denominator, or <em>not defined</em> with the reason, and an explanation.
 *
 * <pre>{@code
 * KpiValue retention = KpiValue.ratio(definition, period,
 *     new BigDecimal("18"), new BigDecimal("20"), "no clients were active at the start", explanation);
 * retention.value();      // Optional[0.9000000000]
 *
 * KpiValue none = KpiValue.ratio(definition, period,
 *     BigDecimal.ZERO, BigDecimal.ZERO, "no clients were active at the start", explanation);
 * none.isDefined();       // false
 * none.undefinedReason(); // Optional[no clients were active at the start]
 * }</pre>
 *
 * <p>A ratio is {@code numerator / denominator} to {@value #SCALE} decimal places, rounded half
 * even; that is the only rounding. A plain figure (a count, an amount) has the figure as numerator
 * and 1 as denominator. Money figures carry their currency.
 *
 * <p>This class is immutable and thread-safe. Equal when all attributes are equal (decimals
 * compared by value, so 0.9 equals 0.90).
 */
public final class KpiValue {
    /** Decimal places of a ratio's value. */
    public static final int SCALE = 10;

    private final KpiDefinition definition;
    private final DateRange period;
    private final BigDecimal numerator;
    private final BigDecimal denominator;
    private final @Nullable BigDecimal value;
    private final @Nullable Currency currency;
    private final @Nullable String undefinedReason;
    private final Explanation explanation;

    private KpiValue(
            KpiDefinition definition,
            DateRange period,
            BigDecimal numerator,
            BigDecimal denominator,
            @Nullable BigDecimal value,
            @Nullable Currency currency,
            @Nullable String undefinedReason,
            Explanation explanation) {
        this.definition = definition;
        this.period = period;
        this.numerator = numerator;
        this.denominator = denominator;
        this.value = value;
        this.currency = currency;
        this.undefinedReason = undefinedReason;
        this.explanation = explanation;
    }

    /**
     * A ratio {@code numerator / denominator}, not defined when the denominator is zero.
     *
     * @param definition the KPI, not null
     * @param period the period it is for, not null
     * @param numerator the numerator, not null
     * @param denominator the denominator, not null
     * @param whyUndefinedIfZero the reason to give if the denominator is zero, e.g. "no clients were
     *     active at the start of the period"; not blank, not null
     * @param explanation how the figures came about, not null
     * @return the value
     */
    public static KpiValue ratio(
            KpiDefinition definition,
            DateRange period,
            BigDecimal numerator,
            BigDecimal denominator,
            String whyUndefinedIfZero,
            Explanation explanation) {
        check(definition, period, numerator, denominator, explanation);
        notNull(whyUndefinedIfZero, "whyUndefinedIfZero");
        argument(!whyUndefinedIfZero.isBlank(), "whyUndefinedIfZero must not be blank (kpi %s)", definition.id());
        if (denominator.signum() == 0) {
            return new KpiValue(
                    definition, period, numerator, denominator, null, null, whyUndefinedIfZero, explanation);
        }
        BigDecimal v = numerator.divide(denominator, SCALE, RoundingMode.HALF_EVEN);
        return new KpiValue(definition, period, numerator, denominator, v, null, null, explanation);
    }

    /**
     * A plain figure: a count, a number of days or hours, an index.
     *
     * @param definition the KPI, not null
     * @param period the period it is for, not null
     * @param value the figure, not null
     * @param explanation how it came about, not null
     * @return the value, with {@code value} as numerator and 1 as denominator
     */
    public static KpiValue of(KpiDefinition definition, DateRange period, BigDecimal value, Explanation explanation) {
        check(definition, period, value, BigDecimal.ONE, explanation);
        return new KpiValue(definition, period, value, BigDecimal.ONE, value, null, null, explanation);
    }

    /**
     * An amount of money in the reporting currency.
     *
     * @param definition the KPI, not null
     * @param period the period it is for, not null
     * @param amount the amount, not null
     * @param currency its currency, not null
     * @param explanation how it came about, not null
     * @return the value, with {@code amount} as numerator and 1 as denominator
     */
    public static KpiValue money(
            KpiDefinition definition, DateRange period, BigDecimal amount, Currency currency, Explanation explanation) {
        check(definition, period, amount, BigDecimal.ONE, explanation);
        notNull(currency, "currency");
        return new KpiValue(definition, period, amount, BigDecimal.ONE, amount, currency, null, explanation);
    }

    /**
     * A value that is not defined, with the reason.
     *
     * @param definition the KPI, not null
     * @param period the period it is for, not null
     * @param numerator the numerator as far as it is known (zero if nothing), not null
     * @param denominator the denominator as far as it is known (zero if nothing), not null
     * @param reason why it is not defined, not blank, not null
     * @param explanation how the figures came about, not null
     * @return the value
     */
    public static KpiValue undefined(
            KpiDefinition definition,
            DateRange period,
            BigDecimal numerator,
            BigDecimal denominator,
            String reason,
            Explanation explanation) {
        check(definition, period, numerator, denominator, explanation);
        notNull(reason, "reason");
        argument(!reason.isBlank(), "reason must not be blank (kpi %s)", definition.id());
        return new KpiValue(definition, period, numerator, denominator, null, null, reason, explanation);
    }

    private static void check(
            KpiDefinition definition,
            DateRange period,
            BigDecimal numerator,
            BigDecimal denominator,
            Explanation explanation) {
        notNull(definition, "definition");
        notNull(period, "period");
        decimal(numerator, "numerator");
        decimal(denominator, "denominator");
        notNull(explanation, "explanation");
    }

    /**
     * The KPI.
     *
     * @return the definition
     */
    public KpiDefinition definition() {
        return definition;
    }

    /**
     * Shortcut for {@code definition().id()}.
     *
     * @return the KPI's id
     */
    public KpiId id() {
        return definition.id();
    }

    /**
     * The period the value is for.
     *
     * @return the period
     */
    public DateRange period() {
        return period;
    }

    /**
     * The numerator (for a plain figure, the figure).
     *
     * @return the numerator
     */
    public BigDecimal numerator() {
        return numerator;
    }

    /**
     * The denominator (1 for a plain figure).
     *
     * @return the denominator
     */
    public BigDecimal denominator() {
        return denominator;
    }

    /**
     * The value, if defined.
     *
     * @return the value, or empty when not defined
     */
    public Optional<BigDecimal> value() {
        return Optional.ofNullable(value);
    }

    /**
     * The value, or a failure naming the KPI and the reason it is not defined.
     *
     * @return the value
     * @throws IllegalStateException if the value is not defined
     */
    public BigDecimal valueOrThrow() {
        if (value == null) {
            throw new IllegalStateException(
                    "kpi " + definition.id() + " is not defined for " + period + ": " + undefinedReason);
        }
        return value;
    }

    /**
     * Whether the value is defined.
     *
     * @return true if there is a value
     */
    public boolean isDefined() {
        return value != null;
    }

    /**
     * Why the value is not defined.
     *
     * @return the reason, or empty when defined
     */
    public Optional<String> undefinedReason() {
        return Optional.ofNullable(undefinedReason);
    }

    /**
     * The currency of a money figure.
     *
     * @return the currency, or empty for figures that are not money
     */
    public Optional<Currency> currency() {
        return Optional.ofNullable(currency);
    }

    /**
     * How the figures came about.
     *
     * @return the explanation
     */
    public Explanation explanation() {
        return explanation;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof KpiValue that
                && definition.equals(that.definition)
                && period.equals(that.period)
                && numerator.compareTo(that.numerator) == 0
                && denominator.compareTo(that.denominator) == 0
                && (value == null ? that.value == null : that.value != null && value.compareTo(that.value) == 0)
                && Objects.equals(currency, that.currency)
                && Objects.equals(undefinedReason, that.undefinedReason)
                && explanation.equals(that.explanation);
    }

    @Override
    public int hashCode() {
        return definition.id().hashCode() * 31 + period.hashCode();
    }

    /**
     * For example {@code customer.retention@1 [2026-01-01, 2026-04-01) = 0.9000000000 (18 / 20)} or
     * {@code ... not defined: no clients were active at the start}.
     */
    @Override
    public String toString() {
        String head = definition.id() + " " + period;
        if (value == null) {
            return head + " not defined: " + undefinedReason;
        }
        return head + " = " + value.toPlainString() + (currency == null ? "" : " " + currency.getCurrencyCode())
                + (denominator.compareTo(BigDecimal.ONE) == 0
                        ? ""
                        : " (" + numerator.toPlainString() + " / " + denominator.toPlainString() + ")");
    }
}
