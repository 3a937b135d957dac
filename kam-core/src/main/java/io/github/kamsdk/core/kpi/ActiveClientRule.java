package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When a client account counts as <em>active</em> (R-ACC-2): it bought within an inactivity window
 * and has not been lost to a competitor since.
 *
 * <p><b>Rule.</b> An account is active <em>on</em> day D when its latest order dated before D is
 * dated on or after D minus the window, and is later than its latest {@link
 * io.github.kamsdk.core.ledger.CompetitorLoss} dated before D. A competitor loss marks the account
 * lost; a later order wins it back. Events dated on D itself do not count yet (a period's end is
 * exclusive, so the state "on the end date" is the state after the period's last day).
 *
 * <pre>{@code
 * ActiveClientRule rule = ActiveClientRule.standard();   // 90 days
 * LocalDate d = LocalDate.of(2026, 4, 1);
 * rule.isActiveOn(d, Optional.of(LocalDate.of(2026, 1, 1)), Optional.empty()); // true: 2026-01-01 >= 2026-01-01
 * rule.isActiveOn(d, Optional.of(LocalDate.of(2025, 12, 31)), Optional.empty()); // false: lapsed
 * rule.isActiveOn(d, Optional.of(LocalDate.of(2026, 3, 1)), Optional.of(LocalDate.of(2026, 3, 1))); // false: lost
 * }</pre>
 *
 * <p>Why a window rather than "bought in the period": the source defines churn as clients who went
 * to a competitor or <em>stopped buying regularly</em> (R-KPI-2), which is a statement about a
 * recent purchase, not about the calendar period; a window also makes "active at the start" and
 * "active at the end" of any period well defined. 90 days suits quarterly buying; hosts with other
 * cycles configure it.
 *
 * <p>This class is immutable and thread-safe. Equal when the windows are equal.
 */
public final class ActiveClientRule {
    /** The default inactivity window, in days. */
    public static final int DEFAULT_WINDOW_DAYS = 90;

    private static final ActiveClientRule STANDARD = new ActiveClientRule(DEFAULT_WINDOW_DAYS);

    private final int windowDays;

    private ActiveClientRule(int windowDays) {
        this.windowDays = windowDays;
    }

    /**
     * The standard rule: a 90-day inactivity window.
     *
     * @return the rule
     */
    public static ActiveClientRule standard() {
        return STANDARD;
    }

    /**
     * A rule with another inactivity window.
     *
     * @param windowDays the window in days, at least 1
     * @return the rule
     * @throws IllegalArgumentException if the window is below 1 day
     */
    public static ActiveClientRule ofWindowDays(int windowDays) {
        argument(windowDays >= 1, "windowDays must be at least 1: %s", windowDays);
        return new ActiveClientRule(windowDays);
    }

    /**
     * The inactivity window.
     *
     * @return the window in days, at least 1
     */
    public int windowDays() {
        return windowDays;
    }

    /**
     * Whether an account is active on a day.
     *
     * @param day the day D, not null
     * @param latestOrderBefore the account's latest order dated before D, if any; not null
     * @param latestLossBefore the account's latest competitor loss dated before D, if any; not null
     * @return true when the order is on or after D minus the window and after the loss
     * @throws IllegalArgumentException if an argument is null or a date is not before D
     */
    public boolean isActiveOn(
            LocalDate day, Optional<LocalDate> latestOrderBefore, Optional<LocalDate> latestLossBefore) {
        notNull(day, "day");
        notNull(latestOrderBefore, "latestOrderBefore");
        notNull(latestLossBefore, "latestLossBefore");
        latestOrderBefore.ifPresent(
                o -> argument(o.isBefore(day), "latestOrderBefore must be before the day %s: %s", day, o));
        latestLossBefore.ifPresent(
                l -> argument(l.isBefore(day), "latestLossBefore must be before the day %s: %s", day, l));
        return active(day, latestOrderBefore.orElse(null), latestLossBefore.orElse(null));
    }

    /** The rule on already checked dates; null means none. */
    boolean active(LocalDate day, @Nullable LocalDate latestOrderBefore, @Nullable LocalDate latestLossBefore) {
        if (latestOrderBefore == null || latestOrderBefore.isBefore(day.minusDays(windowDays))) {
            return false;
        }
        return latestLossBefore == null || latestOrderBefore.isAfter(latestLossBefore);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ActiveClientRule that && windowDays == that.windowDays;
    }

    @Override
    public int hashCode() {
        return windowDays;
    }

    /** For example {@code ActiveClientRule{90 days}}. */
    @Override
    public String toString() {
        return "ActiveClientRule{" + windowDays + " days}";
    }
}
