package io.github.kamsdk.examples.jdbc;

import io.github.kamsdk.core.account.Account;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.pay.CommissionRecord;
import io.github.kamsdk.core.pay.CompensationPlan;
import io.github.kamsdk.core.pay.PayLine;
import io.github.kamsdk.core.pay.PayStatement;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.SalesTeam;
import io.github.kamsdk.core.time.DateRange;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Persistence as a host does it: the SDK's value types in a relational database through plain JDBC
 * (prepared statements, one transaction per call, no ORM), and read back into the same values.
 *
 * <pre>{@code
 * JdbcDataSource h2 = new JdbcDataSource();           // org.h2.jdbcx: any DataSource will do
 * h2.setURL("jdbc:h2:mem:kam;DB_CLOSE_DELAY=-1");
 * KamStore store = new KamStore(h2);
 * store.createSchema();
 * store.saveAccounts(accounts);                       // first: the team and events refer to them
 * store.saveTeam(team);                               // then: events credit its managers
 * store.saveEvents(events);
 * store.savePlan(plan);
 * store.saveStatement(statement);                     // the statement paid, with its records
 *
 * DateRange q1 = DateRange.ofQuarter(2026, 1);        // next quarter, in another process:
 * Ledger ledger = store.loadLedger();                 // the events, late returns included
 * PayStatement paid = store.loadStatement(ana, q1).orElseThrow();
 * PayStatement now = calculator.statement(ana, q1, inputFrom(ledger));
 * PayAdjustment owed = PayAdjustment.between(paid, now); // paid with the next statement
 * }</pre>
 *
 * <h2>How a host maps its own tables to these types</h2>
 *
 * <p>The SDK does no I/O: a host already has tables for clients, staff, orders and invoices, and
 * builds the SDK's values from them with the types' factories and builders, which check every rule
 * again on the way in. This class shows that mapping on a schema of its own ({@link #createSchema()}:
 * one table per type, foreign keys between them); a host does the same from its columns. The rules
 * it follows, which a host's mapping must follow too:
 *
 * <ul>
 *   <li><b>Amounts</b> are exact decimals ({@code DECIMAL(65, 30)} here; never {@code DOUBLE} or
 *       {@code REAL}) with the ISO 4217 code of their currency, usually once per row: an event's
 *       amounts are in its {@code kam_event.currency}, a plan's in {@code kam_plan.currency}, a
 *       statement's in {@code kam_pay_statement.currency}. Read back with {@code
 *       Money.of(rs.getBigDecimal(col), Currency.getInstance(code))}. {@code Money} is equal by value,
 *       so the column's scale does not matter on the way back (EUR 185.1855 comes back as 185.1855,
 *       and EUR 30.0000 as EUR 30.00, which equals it); what matters is that the column keeps every
 *       decimal on the way in. The SDK's exact figures (a pay line's exact amount, an earned
 *       commission record) may have many decimals: this store refuses a figure with more decimals
 *       than its columns keep rather than let the database round it.
 *   <li><b>Rates</b> (credit shares, band rates, override rates) are stored as fractions (15% is
 *       0.15) and read back with {@code Rate.ofFraction}; equal by value too.
 *   <li><b>Plain decimals whose scale is part of their equality</b>: an {@code OrderLine}'s quantity
 *       and an {@code AttainmentCurve}'s points and cap are {@link java.math.BigDecimal}s compared
 *       with {@code equals}, so 2.50 and 2.5 differ. This store keeps their scale in a {@code _scale}
 *       column beside them; a host whose quantity column has a fixed scale simply gets its quantities
 *       at that scale, which is what its own data says.
 *   <li><b>Periods</b> are half-open, as everywhere in the SDK: a first day and an end that is not
 *       part of the period ({@code DateRange.of(start, end)}); an assignment or a plan version with
 *       no end has a NULL end here and {@link java.time.LocalDate#MAX} in the SDK. A host whose
 *       tables hold inclusive last days uses {@code DateRange.closed(first, last)} instead.
 *   <li><b>Ids</b> are the host's own keys as text ({@code AccountId.of}, {@code ManagerId.of},
 *       {@code EventId.of}, {@code ProductId.of}): no surrogate key of the SDK to keep.
 *   <li><b>Enums</b> are their constants' names, under a {@code CHECK} of the allowed names.
 *   <li><b>Events</b>: the common part of every event (id, kind, account, date, currency) is one table
 *       and its credits another ({@code Credits.split} of one row per manager and share); each kind
 *       has its own table for the rest. An order's lines, a payment's applications to invoices, and
 *       the invoice or order a reversal refers to, are rows with foreign keys. An invoice's due date
 *       is stored as well as its terms, since a host may set it apart from them.
 *   <li><b>The team</b> is a snapshot: managers, reporting lines (one supervisor per manager),
 *       dated assignments and delegations (all accounts, or the rows of {@code
 *       kam_delegation_account}). {@code SalesTeam.builder().build()} validates the whole of it.
 *   <li><b>Plans</b>: the plan's own rules in one row, each version in order, each component in order
 *       with its type, and the type's own rows. The rounding policy is its mode and its step (the
 *       minor unit, a number of decimals or an increment).
 *   <li><b>Statements</b> are stored as paid and never overwritten (a correction is an adjustment on
 *       a later statement): the lines in order with their kind, component, key, label, piece, exact
 *       figure, amount and the explanation rendered to text; the commission records; the draw
 *       balance. {@code PayStatement.restore} and {@code PayLine.restore} read them back, which is
 *       what {@code PayAdjustment.between} and the next period's clawbacks ({@code
 *       PayInput.Builder.addHistory(store.loadHistory(manager))}) need. The restored explanation is
 *       that text ({@link #explanationText}), not the structured steps.
 * </ul>
 *
 * <p>Each method takes a connection from the {@link DataSource}, runs in one transaction (rolled
 * back on any failure, so a half-saved statement is never left behind) and closes it. Saving checks
 * nothing the SDK's types have not checked already; loading rebuilds every value through its builder,
 * so a row that breaks a rule fails with the SDK's {@link IllegalArgumentException} naming it.
 *
 * <p>An instance is thread-safe if its data source is.
 */
public final class KamStore {
    private final DataSource dataSource;

    /**
     * A store on a database.
     *
     * @param dataSource where connections come from, not null
     */
    public KamStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Creates the tables that do not exist yet.
     *
     * @throws SQLException from the database
     */
    public void createSchema() throws SQLException {
        inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                for (String ddl : KamSchema.statements()) {
                    s.execute(ddl);
                }
            }
            return null;
        });
    }

    /**
     * Stores accounts, each with all its attributes: inserted, or updated when its id is stored
     * already.
     *
     * @param accounts the accounts, not null
     * @throws SQLException from the database
     */
    public void saveAccounts(Iterable<Account> accounts) throws SQLException {
        Objects.requireNonNull(accounts, "accounts");
        inTransaction(c -> {
            AccountRows.save(c, accounts);
            return null;
        });
    }

    /**
     * The stored accounts.
     *
     * @return every account, in id order
     * @throws SQLException from the database
     */
    public List<Account> loadAccounts() throws SQLException {
        return inTransaction(AccountRows::loadAll);
    }

    /**
     * One stored account.
     *
     * @param id the account's id, not null
     * @return the account, or empty if not stored
     * @throws SQLException from the database
     */
    public Optional<Account> loadAccount(AccountId id) throws SQLException {
        Objects.requireNonNull(id, "id");
        return inTransaction(c -> AccountRows.load(c, id));
    }

    /**
     * Stores the team, replacing the one stored: its managers (added or updated), reporting lines,
     * assignments and delegations. Assignments and delegations name accounts, which must be stored
     * first. A manager left out of the team keeps their row, marked as no longer in it, because
     * events and statements refer to them.
     *
     * @param team the team, not null
     * @throws SQLException from the database, e.g. for an assignment of an account not stored
     */
    public void saveTeam(SalesTeam team) throws SQLException {
        Objects.requireNonNull(team, "team");
        inTransaction(c -> {
            TeamRows.save(c, team);
            return null;
        });
    }

    /**
     * The team saved last.
     *
     * @return the team, validated again; empty when none was saved
     * @throws SQLException from the database
     */
    public SalesTeam loadTeam() throws SQLException {
        return inTransaction(TeamRows::load);
    }

    /**
     * Stores commercial events of every kind, in one transaction; the events they refer to (an
     * invoice's order, a payment's invoices, a reversal's order and invoice) must be among them or
     * stored already, and so must their accounts and credited managers.
     *
     * @param events the events, in any order, not null
     * @throws SQLException from the database, e.g. for an id stored already
     */
    public void saveEvents(Iterable<? extends CommercialEvent> events) throws SQLException {
        Objects.requireNonNull(events, "events");
        inTransaction(c -> {
            EventRows.save(c, events);
            return null;
        });
    }

    /**
     * The stored events.
     *
     * @return every event, in id order, each rebuilt by its builder
     * @throws SQLException from the database
     */
    public List<CommercialEvent> loadEvents() throws SQLException {
        return inTransaction(EventRows::loadAll);
    }

    /**
     * The stored events as a ledger, which checks them against each other.
     *
     * @return {@code Ledger.of(loadEvents())}
     * @throws SQLException from the database
     */
    public Ledger loadLedger() throws SQLException {
        return Ledger.of(loadEvents());
    }

    /**
     * Stores a compensation plan with its versions and their standard components (commission,
     * override, KPI bonus, plan-miss reduction), replacing a stored plan of the same id.
     *
     * @param plan the plan, not null
     * @throws SQLException from the database
     * @throws IllegalArgumentException if a component is not one of the standard four
     */
    public void savePlan(CompensationPlan plan) throws SQLException {
        Objects.requireNonNull(plan, "plan");
        inTransaction(c -> {
            PlanRows.save(c, plan);
            return null;
        });
    }

    /**
     * One stored plan.
     *
     * @param id the plan's id, not null
     * @return the plan, or empty if not stored
     * @throws SQLException from the database
     */
    public Optional<CompensationPlan> loadPlan(String id) throws SQLException {
        Objects.requireNonNull(id, "id");
        return inTransaction(c -> PlanRows.load(c, id));
    }

    /**
     * The stored plans.
     *
     * @return every plan, in id order
     * @throws SQLException from the database
     */
    public List<CompensationPlan> loadPlans() throws SQLException {
        return inTransaction(PlanRows::loadAll);
    }

    /**
     * Stores a statement as paid: its lines, commission records and draw balance. Its manager and
     * plan must be stored; a statement for the same manager and period fails.
     *
     * @param statement the statement, not null
     * @throws SQLException from the database
     */
    public void saveStatement(PayStatement statement) throws SQLException {
        Objects.requireNonNull(statement, "statement");
        inTransaction(c -> {
            StatementRows.save(c, statement);
            return null;
        });
    }

    /**
     * A stored statement, read back with {@link PayStatement#restore}: its lines (each with its
     * explanation as text), records and draw balance; not the transactions that earned nothing.
     *
     * @param manager the manager, not null
     * @param period the statement's period, exactly, not null
     * @return the statement, or empty if not stored
     * @throws SQLException from the database
     * @throws IllegalStateException if the lines do not add up to the totals stored beside them
     */
    public Optional<PayStatement> loadStatement(ManagerId manager, DateRange period) throws SQLException {
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(period, "period");
        return inTransaction(c -> StatementRows.load(c, manager, period));
    }

    /**
     * The commission records of every stored statement of a manager: the history a later period's
     * clawbacks read ({@code PayInput.Builder.addHistory}).
     *
     * @param manager the manager, not null
     * @return the records, by period
     * @throws SQLException from the database
     */
    public List<CommissionRecord> loadHistory(ManagerId manager) throws SQLException {
        Objects.requireNonNull(manager, "manager");
        return inTransaction(c -> StatementRows.history(c, manager));
    }

    /**
     * A line's explanation as text: the text stored with a line read back by {@link #loadStatement},
     * or the rendering of a line just calculated; the same text for a line before and after the round
     * trip.
     *
     * @param line the line, not null
     * @return the text, as {@code Explanation.render()} gives it
     */
    public static String explanationText(PayLine line) {
        List<Step> steps = line.explanation().steps();
        if (steps.size() == 1 && steps.get(0).code().equals(StatementRows.EXPLANATION_STEP)) {
            return steps.get(0).parameter("text", String.class);
        }
        return line.explanation().render();
    }

    /** Work on one connection, in one transaction. */
    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        }
    }
}
