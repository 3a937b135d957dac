package io.github.kamsdk.rules.credit;

import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.Role;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The answer to {@link CreditPolicy#release}: released on whose authority, or refused and why.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param decision the decision whose hold was to be released
 * @param releaser who tried to release it
 * @param date the day
 * @param released whether it was released
 * @param onAuthorityOf whose authority released it (the releaser, or an absent manager whose
 *     authority they held that day), when released
 * @param role the role of that authority, when released
 * @param reason why, in words
 * @param explanation the authorities checked
 */
public record HoldRelease(
        CreditDecision decision,
        ManagerId releaser,
        LocalDate date,
        boolean released,
        Optional<ManagerId> onAuthorityOf,
        Optional<Role> role,
        String reason,
        Explanation explanation) {
    /** Checks that nothing is null. */
    public HoldRelease {
        notNull(decision, "decision");
        notNull(releaser, "releaser");
        notNull(date, "date");
        notNull(onAuthorityOf, "onAuthorityOf");
        notNull(role, "role");
        notNull(reason, "reason");
        notNull(explanation, "explanation");
    }
}
