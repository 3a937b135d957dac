package io.github.kamsdk.core.activity;

import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.account.Tier;
import io.github.kamsdk.core.team.ManagerId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An account the {@link ContactPlanner} considers for a week: who is responsible for it, its tier
 * (which selects the cadence) and the day it was last contacted, if ever.
 *
 * <pre>{@code
 * ContactCandidate acme = ContactCandidate.of(
 *     AccountId.of("C-1"), ManagerId.of("M-7"), scale.tier("Key"), LocalDate.of(2026, 2, 16));
 * ContactCandidate newcomer = ContactCandidate.neverContacted(
 *     AccountId.of("C-9"), ManagerId.of("M-7"), scale.tier("Strategic"));
 * }</pre>
 *
 * <p>The last contact is the host's choice: the latest contact of any kind ({@link
 * ActivityLog#lastContactDate(AccountId)}), or of the cadence's kind only ({@link
 * ActivityLog#lastContactDate(AccountId, ActivityKind)}) when a call must not stand in for a
 * visit. Take it from the activities before the planned week ({@link ActivityLog#before}).
 *
 * <p>This class is immutable and thread-safe. Equal when all attributes are equal.
 */
@Value.Immutable
public abstract class ContactCandidate {
    ContactCandidate() {}

    /**
     * A builder: {@code account}, {@code manager} and {@code tier} are required, {@code
     * lastContact} is optional.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An account last contacted on a day.
     *
     * @param account the account, not null
     * @param manager the manager responsible for it in the planned week, not null
     * @param tier its tier, not null
     * @param lastContact the day of its last contact, not null
     * @return the candidate
     */
    public static ContactCandidate of(AccountId account, ManagerId manager, Tier tier, LocalDate lastContact) {
        return builder()
                .account(notNull(account, "account"))
                .manager(notNull(manager, "manager"))
                .tier(notNull(tier, "tier"))
                .lastContact(notNull(lastContact, "lastContact"))
                .build();
    }

    /**
     * An account never contacted (a new client or a prospect): the most overdue of all.
     *
     * @param account the account, not null
     * @param manager the manager responsible for it in the planned week, not null
     * @param tier its tier, not null
     * @return the candidate
     */
    public static ContactCandidate neverContacted(AccountId account, ManagerId manager, Tier tier) {
        return builder()
                .account(notNull(account, "account"))
                .manager(notNull(manager, "manager"))
                .tier(notNull(tier, "tier"))
                .build();
    }

    /**
     * The account.
     *
     * @return the account
     */
    public abstract AccountId account();

    /**
     * The manager responsible for the account in the planned week, whose slots the contact takes.
     *
     * @return the manager
     */
    public abstract ManagerId manager();

    /**
     * The account's tier, which selects its cadence in the planner's {@link CadencePolicy}.
     *
     * @return the tier
     */
    public abstract Tier tier();

    /**
     * The day of the account's last contact.
     *
     * @return the day, or empty if it was never contacted
     */
    public abstract Optional<LocalDate> lastContact();

    /**
     * Builds a {@link ContactCandidate}. A null argument fails with an {@link
     * IllegalArgumentException} naming the attribute. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableContactCandidate.Builder {
        Builder() {}
    }
}
