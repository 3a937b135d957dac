package io.github.kamsdk.core.activity;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How often an account must be contacted, and how: "a visit every week", "a call every 2 weeks"
 * (R-ACC-4: the cadence depends on the account's importance, see {@link CadencePolicy}).
 *
 * <pre>{@code
 * ContactCadence cadence = ContactCadence.of(ActivityKind.CALL, 2);
 * cadence.intervalDays();                          // 14
 * cadence.dueAfter(LocalDate.of(2026, 2, 25));     // 2026-03-11
 * }</pre>
 *
 * <p>Only calls and visits are planned ({@link ActivityKind#isPlannable()}); the interval is a
 * whole number of weeks from 1 to {@value #MAX_WEEKS}. This class is immutable and thread-safe. No
 * method accepts null.
 */
public final class ContactCadence {
    /** The longest interval accepted, in weeks (two years). */
    public static final int MAX_WEEKS = 104;

    private final ActivityKind kind;
    private final int everyWeeks;

    private ContactCadence(ActivityKind kind, int everyWeeks) {
        this.kind = kind;
        this.everyWeeks = everyWeeks;
    }

    /**
     * A contact of the kind every {@code everyWeeks} weeks.
     *
     * @param kind {@link ActivityKind#CALL} or {@link ActivityKind#VISIT}, not null
     * @param everyWeeks 1 to {@value #MAX_WEEKS}
     * @return the cadence
     */
    public static ContactCadence of(ActivityKind kind, int everyWeeks) {
        notNull(kind, "kind");
        argument(kind.isPlannable(), "kind of a cadence must be CALL or VISIT, not %s", kind);
        argument(
                everyWeeks >= 1 && everyWeeks <= MAX_WEEKS,
                "everyWeeks must be between 1 and %s, got %s",
                MAX_WEEKS,
                everyWeeks);
        return new ContactCadence(kind, everyWeeks);
    }

    /**
     * A call every {@code everyWeeks} weeks.
     *
     * @param everyWeeks 1 to {@value #MAX_WEEKS}
     * @return the cadence
     */
    public static ContactCadence callEvery(int everyWeeks) {
        return of(ActivityKind.CALL, everyWeeks);
    }

    /**
     * A visit every {@code everyWeeks} weeks.
     *
     * @param everyWeeks 1 to {@value #MAX_WEEKS}
     * @return the cadence
     */
    public static ContactCadence visitEvery(int everyWeeks) {
        return of(ActivityKind.VISIT, everyWeeks);
    }

    /**
     * The kind of contact to plan.
     *
     * @return {@link ActivityKind#CALL} or {@link ActivityKind#VISIT}
     */
    public ActivityKind kind() {
        return kind;
    }

    /**
     * The interval in weeks.
     *
     * @return 1 to {@value #MAX_WEEKS}
     */
    public int everyWeeks() {
        return everyWeeks;
    }

    /**
     * The interval in days.
     *
     * @return {@code 7 * everyWeeks()}
     */
    public int intervalDays() {
        return 7 * everyWeeks;
    }

    /**
     * The day the next contact falls due after a contact on {@code lastContact}: that day plus the
     * interval.
     *
     * @param lastContact the day of the last contact, at least {@value #MAX_WEEKS} weeks before
     *     {@link LocalDate#MAX}, not null
     * @return {@code lastContact + intervalDays()}
     */
    public LocalDate dueAfter(LocalDate lastContact) {
        notNull(lastContact, "lastContact");
        argument(
                lastContact.toEpochDay() <= LocalDate.MAX.toEpochDay() - intervalDays(),
                "lastContact is too close to LocalDate.MAX to add %s weeks: %s",
                everyWeeks,
                lastContact);
        return lastContact.plusDays(intervalDays());
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ContactCadence that && kind == that.kind && everyWeeks == that.everyWeeks;
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + everyWeeks;
    }

    /** E.g. {@code "a CALL every 2 weeks"} or {@code "a VISIT every week"}. */
    @Override
    public String toString() {
        return "a " + kind + " every " + (everyWeeks == 1 ? "week" : everyWeeks + " weeks");
    }
}
