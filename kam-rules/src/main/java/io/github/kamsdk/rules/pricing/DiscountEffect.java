package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link DiscountRule} does to a line's price.
 *
 * <pre>{@code
 * DiscountEffect.percentOff(Rate.percent(10));                  // 10% off
 * DiscountEffect.percentOff(Rate.signedPercent("-5"));          // a 5% surcharge (a markup)
 * DiscountEffect.amountOff(Money.of("2.50", "EUR"));            // EUR 2.50 off each base unit
 * DiscountEffect.priceOverride(Money.of("199.00", "EUR"));      // a net unit price agreed
 * DiscountEffect.switchColumn(PriceColumn.of("distributor"));   // the price of another column
 * DiscountEffect.volumeBreaks(breaks);                          // slab or range breaks
 * }</pre>
 *
 * <p><b>Phases</b>: a line's price is built in order — the unit price (the selected column's, or
 * the best-ranked {@link Kind#PRICE_OVERRIDE} or {@link Kind#SWITCH_COLUMN} rule's), then the
 * {@link Kind#MARKUP}s of every matching rule, summed, on that unit price, then volume
 * breaks on it (the best-ranked {@link Kind#VOLUME_BREAKS} rule), then percentages (additive ones
 * summed on that amount, then compound ones each on the amount so far), then amounts per unit. A
 * negative percentage or amount is a surcharge and is shown as one.
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class DiscountEffect {
    /** The kinds of effect. */
    public enum Kind {
        /** A percentage off the price (negative: a surcharge). */
        PERCENT_OFF,
        /** An amount off each base unit (negative: a surcharge). */
        AMOUNT_OFF,
        /** A unit price that replaces the column's. */
        PRICE_OVERRIDE,
        /** The unit price of another column. */
        SWITCH_COLUMN,
        /** Volume breaks on the unit price. */
        VOLUME_BREAKS,
        /** A markup on the unit price before any discount (a surcharge, shown as one). */
        MARKUP
    }

    private final Kind kind;
    private final @Nullable Rate percent;
    private final @Nullable Money amount;
    private final @Nullable PriceColumn column;
    private final @Nullable VolumeBreaks breaks;

    private DiscountEffect(
            Kind kind,
            @Nullable Rate percent,
            @Nullable Money amount,
            @Nullable PriceColumn column,
            @Nullable VolumeBreaks breaks) {
        this.kind = kind;
        this.percent = percent;
        this.amount = amount;
        this.column = column;
        this.breaks = breaks;
    }

    /**
     * A percentage off; negative for a surcharge.
     *
     * @param off from -100% to 100%, not null
     * @return the effect
     */
    public static DiscountEffect percentOff(Rate off) {
        notNull(off, "off");
        off.requireBetween(Rate.signedPercent("-100"), Rate.ONE_HUNDRED_PERCENT, "off");
        return new DiscountEffect(Kind.PERCENT_OFF, off, null, null, null);
    }

    /**
     * An amount off each base unit; negative for a surcharge.
     *
     * @param perUnit the amount, not null
     * @return the effect
     */
    public static DiscountEffect amountOff(Money perUnit) {
        return new DiscountEffect(Kind.AMOUNT_OFF, null, notNull(perUnit, "perUnit"), null, null);
    }

    /**
     * A unit price that replaces the column's.
     *
     * @param unitPrice the price per base unit, not negative, not null
     * @return the effect
     */
    public static DiscountEffect priceOverride(Money unitPrice) {
        notNull(unitPrice, "unitPrice");
        argument(unitPrice.isPositiveOrZero(), "unitPrice must not be negative: %s", unitPrice);
        return new DiscountEffect(Kind.PRICE_OVERRIDE, null, unitPrice, null, null);
    }

    /**
     * The unit price of another column.
     *
     * @param column the column, not null
     * @return the effect
     */
    public static DiscountEffect switchColumn(PriceColumn column) {
        return new DiscountEffect(Kind.SWITCH_COLUMN, null, null, notNull(column, "column"), null);
    }

    /**
     * A markup on the unit price, applied before volume breaks and discounts (the markups of every
     * matching rule are summed): a list price of 100.00 with a 10% markup and then 10% off nets 99.00.
     *
     * @param markup 0% to 1,000%, not null
     * @return the effect
     */
    public static DiscountEffect markup(Rate markup) {
        notNull(markup, "markup").requireBetween(Rate.ZERO, Rate.percent(1000), "markup");
        return new DiscountEffect(Kind.MARKUP, markup, null, null, null);
    }

    /**
     * Volume breaks on the unit price.
     *
     * @param breaks the breaks, not null
     * @return the effect
     */
    public static DiscountEffect volumeBreaks(VolumeBreaks breaks) {
        return new DiscountEffect(Kind.VOLUME_BREAKS, null, null, null, notNull(breaks, "breaks"));
    }

    /**
     * The kind.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The percentage, for {@link Kind#PERCENT_OFF} and {@link Kind#MARKUP}.
     *
     * @return the percentage, or empty
     */
    public Optional<Rate> percent() {
        return Optional.ofNullable(percent);
    }

    /**
     * The amount per unit ({@link Kind#AMOUNT_OFF}) or the unit price ({@link Kind#PRICE_OVERRIDE}).
     *
     * @return the amount, or empty
     */
    public Optional<Money> amount() {
        return Optional.ofNullable(amount);
    }

    /**
     * The column, for {@link Kind#SWITCH_COLUMN}.
     *
     * @return the column, or empty
     */
    public Optional<PriceColumn> column() {
        return Optional.ofNullable(column);
    }

    /**
     * The breaks, for {@link Kind#VOLUME_BREAKS}.
     *
     * @return the breaks, or empty
     */
    public Optional<VolumeBreaks> breaks() {
        return Optional.ofNullable(breaks);
    }

    // The same values without an Optional, for the pricer's phases, which read them only for the
    // kinds that have them.

    /** The percentage of a percent-off or markup effect. */
    Rate percentOfKind() {
        return present(percent, "percentage");
    }

    /** The amount of an amount-off or price-override effect. */
    Money amountOfKind() {
        return present(amount, "amount");
    }

    /** The breaks of a volume-breaks effect. */
    VolumeBreaks breaksOfKind() {
        return present(breaks, "volume breaks");
    }

    private <T> T present(@Nullable T value, String what) {
        if (value == null) {
            throw new IllegalStateException("an effect of kind " + kind + " has no " + what);
        }
        return value;
    }

    /** Whether the effect sets the unit price (the first phase). */
    boolean setsUnitPrice() {
        return kind == Kind.PRICE_OVERRIDE || kind == Kind.SWITCH_COLUMN;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof DiscountEffect that
                && kind == that.kind
                && Objects.equals(percent, that.percent)
                && Objects.equals(amount, that.amount)
                && Objects.equals(column, that.column)
                && Objects.equals(breaks, that.breaks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, percent, amount, column, breaks);
    }

    /**
     * The effect in words.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return switch (kind) {
            case PERCENT_OFF ->
                notNull(percent, "percent").isNegative() ? percent.negate() + " surcharge" : percent + " off";
            case AMOUNT_OFF ->
                notNull(amount, "amount").isNegative()
                        ? amount.negate() + " surcharge per unit"
                        : amount + " off per unit";
            case PRICE_OVERRIDE -> "unit price " + amount;
            case SWITCH_COLUMN -> "the price of column " + column;
            case VOLUME_BREAKS -> String.valueOf(breaks);
            case MARKUP -> percent + " markup";
        };
    }
}
