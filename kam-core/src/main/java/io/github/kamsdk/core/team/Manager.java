package io.github.kamsdk.core.team;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person who is responsible for accounts: their id, display name and role.
 *
 * <pre>{@code
 * Manager ana = Manager.of(ManagerId.of("M-2"), "Ana Ruiz", Role.SENIOR_KAM);
 * }</pre>
 *
 * <p>Equal when id, name and role are equal; within a {@link SalesTeam} the id alone identifies a
 * manager. This class is immutable and thread-safe. No method accepts null.
 */
public final class Manager {
    private final ManagerId id;
    private final String name;
    private final Role role;

    private Manager(ManagerId id, String name, Role role) {
        this.id = id;
        this.name = name;
        this.role = role;
    }

    /**
     * A manager.
     *
     * @param id the host's identifier, not null
     * @param name the display name, not blank, not null
     * @param role the role, not null
     * @return the manager
     */
    public static Manager of(ManagerId id, String name, Role role) {
        notNull(id, "id");
        notNull(name, "name");
        notNull(role, "role");
        argument(!name.isBlank(), "name of manager %s must not be blank: '%s'", id, name);
        return new Manager(id, name, role);
    }

    /**
     * The identifier.
     *
     * @return the id
     */
    public ManagerId id() {
        return id;
    }

    /**
     * The display name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The role.
     *
     * @return the role
     */
    public Role role() {
        return role;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Manager that && id.equals(that.id) && name.equals(that.name) && role == that.role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, role);
    }

    /** E.g. {@code "M-2 Ana Ruiz (SENIOR_KAM)"}. */
    @Override
    public String toString() {
        return id + " " + name + " (" + role + ")";
    }
}
