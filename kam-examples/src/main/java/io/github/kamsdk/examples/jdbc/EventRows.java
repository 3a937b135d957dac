package io.github.kamsdk.examples.jdbc;

import static io.github.kamsdk.examples.jdbc.Columns.currency;
import static io.github.kamsdk.examples.jdbc.Columns.date;
import static io.github.kamsdk.examples.jdbc.Columns.enumValue;
import static io.github.kamsdk.examples.jdbc.Columns.money;
import static io.github.kamsdk.examples.jdbc.Columns.optionalMoney;
import static io.github.kamsdk.examples.jdbc.Columns.rate;
import static io.github.kamsdk.examples.jdbc.Columns.scaled;
import static io.github.kamsdk.examples.jdbc.Columns.setDate;
import static io.github.kamsdk.examples.jdbc.Columns.setMoney;
import static io.github.kamsdk.examples.jdbc.Columns.setRate;
import static io.github.kamsdk.examples.jdbc.Columns.setScaled;
import static io.github.kamsdk.examples.jdbc.Columns.setString;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Invoice;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.OrderLine;
import io.github.kamsdk.core.ledger.Payment;
import io.github.kamsdk.core.ledger.PaymentApplication;
import io.github.kamsdk.core.ledger.PaymentTerms;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.ledger.ReversalKind;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.ManagerId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link CommercialEvent}s: what every event has in {@code kam_event} (id, kind, account, date,
 * currency) and {@code kam_event_credit} (one row per credited manager and share), the rest in the
 * table of its kind: {@code kam_order} with {@code kam_order_line}, {@code kam_invoice}, {@code
 * kam_payment} with {@code kam_payment_application}, {@code kam_reversal} (returns and refusals).
 * Every amount is in the event's currency.
 */
final class EventRows {
    /** Orders before the invoices and reversals that refer to them, invoices before payments. */
    private static final Comparator<CommercialEvent> INSERT_ORDER = Comparator.comparingInt(EventRows::rank);

    private EventRows() {}

    private static int rank(CommercialEvent e) {
        return switch (e.kind()) {
            case ORDER -> 0;
            case INVOICE -> 1;
            case PAYMENT -> 2;
            case RETURN, REFUSAL -> 3;
        };
    }

    /** Inserts the events; an id stored already fails with the database's key violation. */
    static void save(Connection c, Iterable<? extends CommercialEvent> events) throws SQLException {
        List<CommercialEvent> sorted = new ArrayList<>();
        events.forEach(sorted::add);
        sorted.sort(INSERT_ORDER);
        try (PreparedStatement event = c.prepareStatement(
                        "insert into kam_event (id, kind, account_id, event_date, currency) values (?, ?, ?, ?, ?)");
                PreparedStatement credit = c.prepareStatement(
                        "insert into kam_event_credit (event_id, manager_id, share) values (?, ?, ?)");
                PreparedStatement order = c.prepareStatement("insert into kam_order (event_id) values (?)");
                PreparedStatement line = c.prepareStatement("insert into kam_order_line (order_id, line_number,"
                        + " product_id, product_group_id, quantity, quantity_scale, unit_price, unit_cost,"
                        + " additional_service) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement invoice = c.prepareStatement("insert into kam_invoice (event_id, amount, cost,"
                        + " order_id, payment_terms_days, due_date) values (?, ?, ?, ?, ?, ?)");
                PreparedStatement payment =
                        c.prepareStatement("insert into kam_payment (event_id, amount) values (?, ?)");
                PreparedStatement application = c.prepareStatement(
                        "insert into kam_payment_application (payment_id, invoice_id, amount) values (?, ?, ?)");
                PreparedStatement reversal = c.prepareStatement("insert into kam_reversal (event_id, reversal_kind,"
                        + " order_id, invoice_id, reversed_value, cost, reason) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (CommercialEvent e : sorted) {
                String id = e.id().value();
                event.setString(1, id);
                event.setString(2, e.kind().name());
                event.setString(3, e.account().value());
                setDate(event, 4, e.date());
                event.setString(5, e.currency().getCurrencyCode());
                event.executeUpdate();
                for (Map.Entry<ManagerId, Rate> share : e.credits().shares().entrySet()) {
                    credit.setString(1, id);
                    credit.setString(2, share.getKey().value());
                    setRate(credit, 3, share.getValue(), "kam_event_credit.share");
                    credit.executeUpdate();
                }
                if (e instanceof Order o) {
                    order.setString(1, id);
                    order.executeUpdate();
                    for (OrderLine l : o.lines()) {
                        line.setString(1, id);
                        line.setInt(2, l.lineNumber());
                        line.setString(3, l.product().value());
                        setString(line, 4, l.group().map(ProductGroupId::value));
                        setScaled(line, 5, l.quantity(), "kam_order_line.quantity");
                        setMoney(line, 7, l.unitPrice(), "kam_order_line.unit_price");
                        setMoney(line, 8, l.unitCost(), "kam_order_line.unit_cost");
                        line.setBoolean(9, l.additionalService());
                        line.executeUpdate();
                    }
                } else if (e instanceof Invoice i) {
                    invoice.setString(1, id);
                    setMoney(invoice, 2, i.amount(), "kam_invoice.amount");
                    setMoney(invoice, 3, i.cost(), "kam_invoice.cost");
                    setString(invoice, 4, i.order().map(EventId::value));
                    invoice.setInt(5, i.paymentTerms().days());
                    setDate(invoice, 6, i.dueDate());
                    invoice.executeUpdate();
                } else if (e instanceof Payment p) {
                    payment.setString(1, id);
                    setMoney(payment, 2, p.amount(), "kam_payment.amount");
                    payment.executeUpdate();
                    for (PaymentApplication a : p.applications()) {
                        application.setString(1, id);
                        application.setString(2, a.invoice().value());
                        setMoney(application, 3, a.amount(), "kam_payment_application.amount");
                        application.executeUpdate();
                    }
                } else if (e instanceof Reversal r) {
                    reversal.setString(1, id);
                    reversal.setString(2, r.reversalKind().name());
                    reversal.setString(3, r.order().value());
                    setString(reversal, 4, r.invoice().map(EventId::value));
                    setMoney(reversal, 5, r.value(), "kam_reversal.reversed_value");
                    setMoney(reversal, 6, r.cost(), "kam_reversal.cost");
                    reversal.setString(7, r.reason());
                    reversal.executeUpdate();
                }
            }
        }
    }

    /** What every event has, read from {@code kam_event} and {@code kam_event_credit}. */
    private record Head(EventId id, AccountId account, Credits credits, LocalDate date, Currency currency) {}

    /** Every event, in id order, each rebuilt by its own builder (which checks it again). */
    static List<CommercialEvent> loadAll(Connection c) throws SQLException {
        Map<EventId, Map<ManagerId, Rate>> shares = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select event_id, manager_id, share from kam_event_credit");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                shares.computeIfAbsent(EventId.of(rs.getString("event_id")), k -> new HashMap<>())
                        .put(ManagerId.of(rs.getString("manager_id")), rate(rs, "share"));
            }
        }
        Map<EventId, Head> heads = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select id, account_id, event_date, currency from kam_event");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                EventId id = EventId.of(rs.getString("id"));
                Map<ManagerId, Rate> credited = shares.get(id);
                if (credited == null) {
                    throw new IllegalStateException("event " + id + " has no row in kam_event_credit");
                }
                heads.put(
                        id,
                        new Head(
                                id,
                                AccountId.of(rs.getString("account_id")),
                                Credits.split(credited),
                                date(rs, "event_date"),
                                currency(rs, "currency")));
            }
        }
        TreeMap<EventId, CommercialEvent> out = new TreeMap<>();
        loadOrders(c, heads, out);
        loadInvoices(c, heads, out);
        loadPayments(c, heads, out);
        loadReversals(c, heads, out);
        if (out.size() != heads.size()) {
            throw new IllegalStateException(
                    (heads.size() - out.size()) + " rows of kam_event have no row in the table of their kind");
        }
        return new ArrayList<>(out.values());
    }

    private static void loadOrders(Connection c, Map<EventId, Head> heads, Map<EventId, CommercialEvent> out)
            throws SQLException {
        Map<EventId, Order.Builder> orders = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select event_id from kam_order");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Head h = heads.get(EventId.of(rs.getString("event_id")));
                orders.put(
                        h.id(),
                        Order.builder()
                                .id(h.id())
                                .account(h.account())
                                .credits(h.credits())
                                .date(h.date())
                                .currency(h.currency()));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("select order_id, line_number, product_id, product_group_id,"
                        + " quantity, quantity_scale, unit_price, unit_cost, additional_service from kam_order_line");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                EventId id = EventId.of(rs.getString("order_id"));
                Currency currency = heads.get(id).currency();
                orders.get(id)
                        .addLine(OrderLine.builder()
                                .lineNumber(rs.getInt("line_number"))
                                .product(ProductId.of(rs.getString("product_id")))
                                .group(Optional.ofNullable(rs.getString("product_group_id"))
                                        .map(ProductGroupId::of))
                                .quantity(scaled(rs, "quantity"))
                                .unitPrice(money(rs, "unit_price", currency))
                                .unitCost(money(rs, "unit_cost", currency))
                                .additionalService(rs.getBoolean("additional_service"))
                                .build());
            }
        }
        for (Map.Entry<EventId, Order.Builder> o : orders.entrySet()) {
            out.put(o.getKey(), o.getValue().build());
        }
    }

    private static void loadInvoices(Connection c, Map<EventId, Head> heads, Map<EventId, CommercialEvent> out)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                        "select event_id, amount, cost, order_id, payment_terms_days, due_date from kam_invoice");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Head h = heads.get(EventId.of(rs.getString("event_id")));
                out.put(
                        h.id(),
                        Invoice.builder()
                                .id(h.id())
                                .account(h.account())
                                .credits(h.credits())
                                .date(h.date())
                                .amount(money(rs, "amount", h.currency()))
                                .cost(optionalMoney(rs, "cost", h.currency()))
                                .order(Optional.ofNullable(rs.getString("order_id"))
                                        .map(EventId::of))
                                .paymentTerms(PaymentTerms.net(rs.getInt("payment_terms_days")))
                                .dueDate(date(rs, "due_date"))
                                .build());
            }
        }
    }

    private static void loadPayments(Connection c, Map<EventId, Head> heads, Map<EventId, CommercialEvent> out)
            throws SQLException {
        Map<EventId, Payment.Builder> payments = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select event_id, amount from kam_payment");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Head h = heads.get(EventId.of(rs.getString("event_id")));
                payments.put(
                        h.id(),
                        Payment.builder()
                                .id(h.id())
                                .account(h.account())
                                .credits(h.credits())
                                .date(h.date())
                                .amount(money(rs, "amount", h.currency())));
            }
        }
        try (PreparedStatement ps =
                        c.prepareStatement("select payment_id, invoice_id, amount from kam_payment_application");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                EventId id = EventId.of(rs.getString("payment_id"));
                payments.get(id)
                        .apply(
                                EventId.of(rs.getString("invoice_id")),
                                money(rs, "amount", heads.get(id).currency()));
            }
        }
        for (Map.Entry<EventId, Payment.Builder> p : payments.entrySet()) {
            out.put(p.getKey(), p.getValue().build());
        }
    }

    private static void loadReversals(Connection c, Map<EventId, Head> heads, Map<EventId, CommercialEvent> out)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select event_id, reversal_kind, order_id, invoice_id,"
                        + " reversed_value, cost, reason from kam_reversal");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Head h = heads.get(EventId.of(rs.getString("event_id")));
                out.put(
                        h.id(),
                        Reversal.builder()
                                .reversalKind(enumValue(rs, "reversal_kind", ReversalKind.class))
                                .id(h.id())
                                .account(h.account())
                                .credits(h.credits())
                                .date(h.date())
                                .order(EventId.of(rs.getString("order_id")))
                                .invoice(Optional.ofNullable(rs.getString("invoice_id"))
                                        .map(EventId::of))
                                .value(money(rs, "reversed_value", h.currency()))
                                .cost(money(rs, "cost", h.currency()))
                                .reason(rs.getString("reason"))
                                .build());
            }
        }
    }
}
