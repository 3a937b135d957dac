package io.github.kamsdk.examples.jdbc;

import static io.github.kamsdk.examples.jdbc.Columns.currency;
import static io.github.kamsdk.examples.jdbc.Columns.date;
import static io.github.kamsdk.examples.jdbc.Columns.enumValue;
import static io.github.kamsdk.examples.jdbc.Columns.money;
import static io.github.kamsdk.examples.jdbc.Columns.optionalMoney;
import static io.github.kamsdk.examples.jdbc.Columns.optionalString;
import static io.github.kamsdk.examples.jdbc.Columns.period;
import static io.github.kamsdk.examples.jdbc.Columns.setDate;
import static io.github.kamsdk.examples.jdbc.Columns.setMoney;
import static io.github.kamsdk.examples.jdbc.Columns.setPeriod;
import static io.github.kamsdk.examples.jdbc.Columns.setString;

import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.pay.CommissionRecord;
import io.github.kamsdk.core.pay.ComponentId;
import io.github.kamsdk.core.pay.CreditingBasis;
import io.github.kamsdk.core.pay.PayLine;
import io.github.kamsdk.core.pay.PayLineKind;
import io.github.kamsdk.core.pay.PayStatement;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.time.DateRange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * {@link PayStatement}s: the statement in {@code kam_pay_statement} (manager, period, plan,
 * currency, its totals for the host's own reports, the draw balance after it), its {@link PayLine}s
 * in {@code kam_pay_line} in statement order, with the explanation rendered to text, and its {@link
 * CommissionRecord}s in {@code kam_commission_record}. Read back with {@link PayStatement#restore}
 * and {@link PayLine#restore}; the unpaid transactions are not kept (the SDK's restore does not take
 * them).
 */
final class StatementRows {
    /** The code of the one step that holds a restored line's explanation text. */
    static final String EXPLANATION_STEP = "kam.stored.explanation";

    private StatementRows() {}

    /** Inserts the statement; a second one for the same manager and period violates a unique key. */
    static void save(Connection c, PayStatement s) throws SQLException {
        long key;
        try (PreparedStatement ps = c.prepareStatement(
                "insert into kam_pay_statement (manager_id, period_start, period_end, plan_id, currency,"
                        + " fixed_total, variable_total, total, draw_balance) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"statement_key"})) {
            ps.setString(1, s.manager().value());
            setPeriod(ps, 2, s.period());
            ps.setString(4, s.planId());
            ps.setString(5, s.currency().getCurrencyCode());
            setMoney(ps, 6, s.fixedTotal(), "kam_pay_statement.fixed_total");
            setMoney(ps, 7, s.variableTotal(), "kam_pay_statement.variable_total");
            setMoney(ps, 8, s.total(), "kam_pay_statement.total");
            setMoney(ps, 9, s.drawBalance(), "kam_pay_statement.draw_balance");
            ps.executeUpdate();
            key = TeamRows.generatedKey(ps);
        }
        try (PreparedStatement ps = c.prepareStatement("insert into kam_pay_line (statement_key, line_no, kind,"
                + " component_id, line_key, label, piece_start, piece_end, exact_amount, amount, explanation)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            List<PayLine> lines = s.lines();
            for (int i = 0; i < lines.size(); i++) {
                PayLine l = lines.get(i);
                ps.setLong(1, key);
                ps.setInt(2, i);
                ps.setString(3, l.kind().name());
                setString(ps, 4, l.component().map(ComponentId::value));
                ps.setString(5, l.key());
                ps.setString(6, l.label());
                setPeriod(ps, 7, l.piece());
                setMoney(ps, 9, l.exact(), "kam_pay_line.exact_amount");
                setMoney(ps, 10, l.amount(), "kam_pay_line.amount");
                ps.setString(11, KamStore.explanationText(l));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into kam_commission_record (statement_key,"
                + " record_no, manager_id, component_id, kind, deal_id, transaction_id, basis, deal_amount,"
                + " deal_currency, record_date, period_start, period_end, amount)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            List<CommissionRecord> records = s.records();
            for (int i = 0; i < records.size(); i++) {
                CommissionRecord r = records.get(i);
                if (!r.amount().currency().equals(s.currency())) {
                    throw new IllegalArgumentException("record " + i + " of deal " + r.deal() + " is in "
                            + r.amount().currency() + ", the statement in " + s.currency());
                }
                ps.setLong(1, key);
                ps.setInt(2, i);
                ps.setString(3, r.manager().value());
                ps.setString(4, r.component().value());
                ps.setString(5, r.kind().name());
                ps.setString(6, r.deal().value());
                setString(ps, 7, r.transaction().map(EventId::value));
                ps.setString(8, r.basis().name());
                setMoney(ps, 9, r.dealAmount(), "kam_commission_record.deal_amount");
                ps.setString(10, r.dealAmount().currency().getCurrencyCode());
                setDate(ps, 11, r.date());
                setPeriod(ps, 12, r.period());
                setMoney(ps, 14, r.amount(), "kam_commission_record.amount");
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The manager's statement for exactly that period, if stored. */
    static Optional<PayStatement> load(Connection c, ManagerId manager, DateRange period) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select statement_key, plan_id, currency, fixed_total,"
                + " variable_total, total, draw_balance from kam_pay_statement"
                + " where manager_id = ? and period_start = ? and period_end = ?")) {
            ps.setString(1, manager.value());
            setPeriod(ps, 2, period);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long key = rs.getLong("statement_key");
                Currency currency = currency(rs, "currency");
                PayStatement s = PayStatement.restore(
                        manager,
                        period,
                        rs.getString("plan_id"),
                        currency,
                        lines(c, key, currency),
                        records(c, key, currency),
                        optionalMoney(rs, "draw_balance", currency));
                check(s, "fixed_total", s.fixedTotal(), money(rs, "fixed_total", currency));
                check(s, "variable_total", s.variableTotal(), money(rs, "variable_total", currency));
                check(s, "total", s.total(), money(rs, "total", currency));
                return Optional.of(s);
            }
        }
    }

    /** The totals are stored for the host's reports; the lines must add up to them. */
    private static void check(PayStatement s, String column, Money restored, Money stored) {
        if (!restored.equals(stored)) {
            throw new IllegalStateException("the lines of the statement of " + s.manager() + " for " + s.period()
                    + " add up to " + restored + ", kam_pay_statement." + column + " says " + stored);
        }
    }

    private static List<PayLine> lines(Connection c, long key, Currency currency) throws SQLException {
        List<PayLine> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select kind, component_id, line_key, label, piece_start,"
                + " piece_end, exact_amount, amount, explanation from kam_pay_line where statement_key = ?"
                + " order by line_no")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(PayLine.restore(
                            enumValue(rs, "kind", PayLineKind.class),
                            optionalString(rs, "component_id").map(ComponentId::of),
                            rs.getString("line_key"),
                            rs.getString("label"),
                            period(rs, "piece_start", "piece_end"),
                            money(rs, "exact_amount", currency),
                            money(rs, "amount", currency),
                            Explanation.of(Step.of(EXPLANATION_STEP, "{text}", "text", rs.getString("explanation")))));
                }
            }
        }
        return out;
    }

    /** Every record of the manager's stored statements, in the order of the periods and the statements. */
    static List<CommissionRecord> history(Connection c, ManagerId manager) throws SQLException {
        List<CommissionRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select statement_key, currency from kam_pay_statement"
                + " where manager_id = ? order by period_start, period_end")) {
            ps.setString(1, manager.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.addAll(records(c, rs.getLong("statement_key"), currency(rs, "currency")));
                }
            }
        }
        return out;
    }

    private static List<CommissionRecord> records(Connection c, long key, Currency currency) throws SQLException {
        List<CommissionRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select manager_id, component_id, kind, deal_id,"
                + " transaction_id, basis, deal_amount, deal_currency, record_date, period_start, period_end,"
                + " amount from kam_commission_record where statement_key = ? order by record_no")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(CommissionRecord.builder()
                            .manager(ManagerId.of(rs.getString("manager_id")))
                            .component(ComponentId.of(rs.getString("component_id")))
                            .kind(enumValue(rs, "kind", CommissionRecord.Kind.class))
                            .deal(EventId.of(rs.getString("deal_id")))
                            .transaction(optionalString(rs, "transaction_id").map(EventId::of))
                            .basis(enumValue(rs, "basis", CreditingBasis.class))
                            .dealAmount(money(rs, "deal_amount", currency(rs, "deal_currency")))
                            .date(date(rs, "record_date"))
                            .period(period(rs, "period_start", "period_end"))
                            .amount(money(rs, "amount", currency))
                            .build());
                }
            }
        }
        return out;
    }
}
