package io.github.kamsdk.examples.jdbc;

import static io.github.kamsdk.examples.jdbc.Columns.enumValue;
import static io.github.kamsdk.examples.jdbc.Columns.period;
import static io.github.kamsdk.examples.jdbc.Columns.setPeriod;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.team.Assignment;
import io.github.kamsdk.core.team.Delegation;
import io.github.kamsdk.core.team.Manager;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.core.team.SalesTeam;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link SalesTeam} in {@code kam_manager}, {@code kam_reporting_line}, {@code kam_assignment},
 * {@code kam_delegation} and {@code kam_delegation_account}.
 *
 * <p>The store holds one team, the current one. Managers are never deleted, because events and
 * statements refer to them: one who is no longer in the team saved last keeps their row with {@code
 * in_team = false} and is left out when the team is read back.
 */
final class TeamRows {
    private TeamRows() {}

    /** Replaces the stored team with this one. */
    static void save(Connection c, SalesTeam team) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("update kam_manager set in_team = false");
            s.executeUpdate("delete from kam_delegation_account");
            s.executeUpdate("delete from kam_delegation");
            s.executeUpdate("delete from kam_assignment");
            s.executeUpdate("delete from kam_reporting_line");
        }
        try (PreparedStatement update =
                        c.prepareStatement("update kam_manager set name = ?, role = ?, in_team = true where id = ?");
                PreparedStatement insert = c.prepareStatement(
                        "insert into kam_manager (name, role, in_team, id) values (?, ?, true, ?)")) {
            for (Manager m : team.managers()) {
                for (PreparedStatement ps : List.of(update, insert)) {
                    ps.setString(1, m.name());
                    ps.setString(2, m.role().name());
                    ps.setString(3, m.id().value());
                }
                if (update.executeUpdate() == 0) {
                    insert.executeUpdate();
                }
            }
        }
        try (PreparedStatement ps =
                c.prepareStatement("insert into kam_reporting_line (subordinate_id, supervisor_id) values (?, ?)")) {
            for (Manager m : team.managers()) {
                var supervisor = team.supervisorOf(m.id());
                if (supervisor.isPresent()) {
                    ps.setString(1, m.id().value());
                    ps.setString(2, supervisor.get().value());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "insert into kam_assignment (account_id, manager_id, start_date, end_date) values (?, ?, ?, ?)")) {
            for (Assignment a : team.assignments()) {
                ps.setString(1, a.account().value());
                ps.setString(2, a.manager().value());
                setPeriod(ps, 3, a.period());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                        "insert into kam_delegation (from_manager_id, to_manager_id, start_date, end_date,"
                                + " all_accounts, approval_authority) values (?, ?, ?, ?, ?, ?)",
                        new String[] {"delegation_key"});
                PreparedStatement accounts = c.prepareStatement(
                        "insert into kam_delegation_account (delegation_key, account_id) values (?, ?)")) {
            for (Delegation d : team.delegations()) {
                ps.setString(1, d.from().value());
                ps.setString(2, d.to().value());
                setPeriod(ps, 3, d.period());
                ps.setBoolean(5, d.coversAllAccounts());
                ps.setBoolean(6, d.passesApprovalAuthority());
                ps.executeUpdate();
                long key = generatedKey(ps);
                for (AccountId account : d.accounts().orElse(ImmutableSortedSet.of())) {
                    accounts.setLong(1, key);
                    accounts.setString(2, account.value());
                    accounts.addBatch();
                }
            }
            accounts.executeBatch();
        }
    }

    /** The team saved last; {@link SalesTeam.Builder#build()} validates it again. */
    static SalesTeam load(Connection c) throws SQLException {
        SalesTeam.Builder team = SalesTeam.builder();
        try (PreparedStatement ps =
                        c.prepareStatement("select id, name, role from kam_manager where in_team order by id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                team.addManager(Manager.of(
                        ManagerId.of(rs.getString("id")), rs.getString("name"), enumValue(rs, "role", Role.class)));
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                        "select subordinate_id, supervisor_id from kam_reporting_line order by subordinate_id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                team.reportsTo(
                        ManagerId.of(rs.getString("subordinate_id")), ManagerId.of(rs.getString("supervisor_id")));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("select account_id, manager_id, start_date, end_date"
                        + " from kam_assignment order by assignment_key");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                team.addAssignment(Assignment.of(
                        AccountId.of(rs.getString("account_id")),
                        ManagerId.of(rs.getString("manager_id")),
                        period(rs, "start_date", "end_date")));
            }
        }
        Map<Long, Delegation.Builder> delegations = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select delegation_key, from_manager_id, to_manager_id,"
                        + " start_date, end_date, approval_authority from kam_delegation order by delegation_key");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                delegations.put(
                        rs.getLong("delegation_key"),
                        Delegation.builder()
                                .from(ManagerId.of(rs.getString("from_manager_id")))
                                .to(ManagerId.of(rs.getString("to_manager_id")))
                                .period(period(rs, "start_date", "end_date"))
                                .approvalAuthority(rs.getBoolean("approval_authority")));
            }
        }
        Map<Long, List<AccountId>> scopes = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                        "select delegation_key, account_id from kam_delegation_account order by delegation_key, account_id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                scopes.computeIfAbsent(rs.getLong("delegation_key"), k -> new ArrayList<>())
                        .add(AccountId.of(rs.getString("account_id")));
            }
        }
        for (Map.Entry<Long, Delegation.Builder> d : delegations.entrySet()) {
            List<AccountId> scope = scopes.get(d.getKey());
            if (scope != null) {
                d.getValue().accounts(scope);
            }
            team.addDelegation(d.getValue().build());
        }
        return team.build();
    }

    /** The key the database generated for the row just inserted. */
    static long generatedKey(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the database returned no generated key");
            }
            return keys.getLong(1);
        }
    }
}
