package io.github.kamsdk.examples.jdbc;

import static io.github.kamsdk.examples.jdbc.Columns.enumValue;
import static io.github.kamsdk.examples.jdbc.Columns.optionalDate;
import static io.github.kamsdk.examples.jdbc.Columns.optionalString;
import static io.github.kamsdk.examples.jdbc.Columns.setDate;
import static io.github.kamsdk.examples.jdbc.Columns.setString;

import io.github.kamsdk.core.account.Account;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.account.LifecycleStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link Account}s in {@code kam_account}, one row each. */
final class AccountRows {
    private static final String COLUMNS = "name, segment, industry, status, first_purchase, last_purchase,"
            + " contract_start, contract_end, renewal_date";

    private AccountRows() {}

    /** Inserts each account, or updates it if its id is stored already. */
    static void save(Connection c, Iterable<Account> accounts) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("update kam_account set name = ?, segment = ?,"
                        + " industry = ?, status = ?, first_purchase = ?, last_purchase = ?, contract_start = ?,"
                        + " contract_end = ?, renewal_date = ? where id = ?");
                PreparedStatement insert = c.prepareStatement(
                        "insert into kam_account (" + COLUMNS + ", id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Account a : accounts) {
                bind(update, a);
                if (update.executeUpdate() == 0) {
                    bind(insert, a);
                    insert.executeUpdate();
                }
            }
        }
    }

    /** Binds the nine attributes, then the id, in the order of {@link #COLUMNS}. */
    private static void bind(PreparedStatement ps, Account a) throws SQLException {
        ps.setString(1, a.name());
        setString(ps, 2, a.segment());
        setString(ps, 3, a.industry());
        ps.setString(4, a.status().name());
        setDate(ps, 5, a.firstPurchase());
        setDate(ps, 6, a.lastPurchase());
        setDate(ps, 7, a.contractStart());
        setDate(ps, 8, a.contractEnd());
        setDate(ps, 9, a.renewalDate());
        ps.setString(10, a.id().value());
    }

    /** Every account, in id order. */
    static List<Account> loadAll(Connection c) throws SQLException {
        List<Account> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select id, " + COLUMNS + " from kam_account order by id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(read(rs));
            }
        }
        return out;
    }

    /** One account, if stored. */
    static Optional<Account> load(Connection c, AccountId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select id, " + COLUMNS + " from kam_account where id = ?")) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** The account of the current row; the builder checks its consistency rules again. */
    private static Account read(ResultSet rs) throws SQLException {
        return Account.builder()
                .id(AccountId.of(rs.getString("id")))
                .name(rs.getString("name"))
                .segment(optionalString(rs, "segment"))
                .industry(optionalString(rs, "industry"))
                .status(enumValue(rs, "status", LifecycleStatus.class))
                .firstPurchase(optionalDate(rs, "first_purchase"))
                .lastPurchase(optionalDate(rs, "last_purchase"))
                .contractStart(optionalDate(rs, "contract_start"))
                .contractEnd(optionalDate(rs, "contract_end"))
                .renewalDate(optionalDate(rs, "renewal_date"))
                .build();
    }
}
