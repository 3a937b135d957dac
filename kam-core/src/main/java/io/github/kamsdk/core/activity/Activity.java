package io.github.kamsdk.core.activity;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.team.ManagerId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One activity of a manager with a client account: a call, a visit, a meeting, or a complaint the
 * client raised (R-ACC-4, R-KPI-4).
 *
 * <pre>{@code
 * Activity visit = Activity.of(ActivityKind.VISIT, AccountId.of("C-1"), ManagerId.of("M-7"),
 *     LocalDateTime.of(2026, 3, 2, 10, 0));
 * visit.isContact();                // true
 *
 * Activity complaint = Activity.builder()
 *     .kind(ActivityKind.COMPLAINT)
 *     .account(AccountId.of("C-1"))
 *     .manager(ManagerId.of("M-7"))
 *     .when(LocalDateTime.of(2026, 3, 2, 9, 0))          // opened
 *     .resolvedAt(LocalDateTime.of(2026, 3, 4, 15, 30))
 *     .subject("late delivery")
 *     .build();
 * complaint.resolutionTime();       // PT54H30M
 * complaint.isOpenAt(LocalDateTime.of(2026, 3, 3, 0, 0)); // true
 * }</pre>
 *
 * <p><b>Consistency rules</b>, checked by {@link Builder#build()}, each failure an {@link
 * IllegalArgumentException} naming the field and its value:
 *
 * <ul>
 *   <li>only a {@link ActivityKind#COMPLAINT} may have a resolution time, and it is not before the
 *       complaint was opened ({@link #when()}); equal times mean it was settled on the spot;
 *   <li>a subject, when given, is not blank and at most {@value #MAX_SUBJECT_LENGTH} characters.
 * </ul>
 *
 * <p>Times are local times of the host's choosing (no time zone); the SDK only compares them. This
 * class is immutable and thread-safe. Equal when all attributes are equal.
 */
@Value.Immutable
public abstract class Activity {
    /** The longest subject accepted, in characters. */
    public static final int MAX_SUBJECT_LENGTH = 1000;

    Activity() {}

    /**
     * A builder: {@code kind}, {@code account}, {@code manager} and {@code when} are required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An activity without subject (and, for a complaint, still open).
     *
     * @param kind what happened, not null
     * @param account the client account, not null
     * @param manager the manager who had the activity, not null
     * @param when when it took place (a complaint: when it was opened), not null
     * @return the activity
     */
    public static Activity of(ActivityKind kind, AccountId account, ManagerId manager, LocalDateTime when) {
        return builder()
                .kind(notNull(kind, "kind"))
                .account(notNull(account, "account"))
                .manager(notNull(manager, "manager"))
                .when(notNull(when, "when"))
                .build();
    }

    /**
     * What happened.
     *
     * @return the kind
     */
    public abstract ActivityKind kind();

    /**
     * The client account.
     *
     * @return the account
     */
    public abstract AccountId account();

    /**
     * The manager who had the activity (who called, visited, met, or handles the complaint).
     *
     * @return the manager
     */
    public abstract ManagerId manager();

    /**
     * When the activity took place; for a complaint, when it was opened.
     *
     * @return the time
     */
    public abstract LocalDateTime when();

    /**
     * A short free text, e.g. {@code "annual review"} or {@code "late delivery"}.
     *
     * @return the subject, if given
     */
    public abstract Optional<String> subject();

    /**
     * When a complaint was resolved. Only complaints have one.
     *
     * @return the time, absent while the complaint is open and for every other kind
     */
    public abstract Optional<LocalDateTime> resolvedAt();

    /**
     * The day the activity took place (for a complaint, the day it was opened).
     *
     * @return {@code when().toLocalDate()}
     */
    public LocalDate date() {
        return when().toLocalDate();
    }

    /**
     * Whether the activity counts as contact with the client: a call, a visit or a meeting.
     *
     * @return {@code kind().isContact()}
     */
    public boolean isContact() {
        return kind().isContact();
    }

    /**
     * Whether this is a complaint.
     *
     * @return true for {@link ActivityKind#COMPLAINT}
     */
    public boolean isComplaint() {
        return kind() == ActivityKind.COMPLAINT;
    }

    /**
     * How long a resolved complaint took, from opening to resolution.
     *
     * @return the duration, zero or positive; absent for an open complaint and for other kinds
     */
    public Optional<Duration> resolutionTime() {
        return resolvedAt().map(resolved -> Duration.between(when(), resolved));
    }

    /**
     * Whether this is a complaint that is open at the time: opened at or before it and not resolved
     * at or before it. The complaint is open over {@code [when, resolvedAt)}, half-open like every
     * period in the SDK, so a complaint resolved at 15:00 is no longer open at 15:00.
     *
     * @param time the time, not null
     * @return true for a complaint open at {@code time}; false for every other kind
     */
    public boolean isOpenAt(LocalDateTime time) {
        notNull(time, "time");
        return isComplaint()
                && !time.isBefore(when())
                && resolvedAt().map(time::isBefore).orElse(true);
    }

    @Value.Check
    void check() {
        resolvedAt().ifPresent(resolved -> {
            argument(
                    isComplaint(),
                    "resolvedAt is only for a COMPLAINT, not a %s: resolvedAt %s (account %s)",
                    kind(),
                    resolved,
                    account());
            argument(
                    !resolved.isBefore(when()),
                    "resolvedAt must not be before the complaint was opened: %s < %s (account %s)",
                    resolved,
                    when(),
                    account());
        });
        subject().ifPresent(s -> {
            argument(!s.isBlank(), "subject must not be blank: '%s' (account %s)", s, account());
            argument(
                    s.length() <= MAX_SUBJECT_LENGTH,
                    "subject must be at most %s characters, got %s (account %s)",
                    MAX_SUBJECT_LENGTH,
                    s.length(),
                    account());
        });
    }

    /**
     * Builds an {@link Activity}. A null argument fails with an {@link IllegalArgumentException}
     * naming the attribute; {@link #build()} checks the consistency rules. A builder is not
     * thread-safe.
     */
    public static final class Builder extends ImmutableActivity.Builder {
        Builder() {}
    }
}
