package io.github.kamsdk.core.pay;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Invoice;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.OrderLine;
import io.github.kamsdk.core.ledger.Payment;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.ledger.ReversalKind;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.Manager;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.core.team.SalesTeam;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The small named world of the pay worked examples: managers, periods, the seeds' 15% / 5% bands,
 * and builders of transactions and plans.
 *
 * <pre>
 * carmen  HEAD_OF_SALES
 * └── ana    SENIOR_KAM
 *     ├── luis  JUNIOR_KAM
 *     └── eva   JUNIOR_KAM
 *
 * Q1 2026 = [2026-01-01, 2026-04-01), 90 days (31 + 28 + 31)
 * Q2 2026 = [2026-04-01, 2026-07-01), 91 days (30 + 31 + 30)
 * seeds' bands: [EUR 0, EUR 50,000) at 15%, [EUR 50,000, ∞) at 5%
 * </pre>
 */
final class PayFixtures {
    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency USD = Currency.getInstance("USD");

    static final ManagerId CARMEN = ManagerId.of("carmen");
    static final ManagerId ANA = ManagerId.of("ana");
    static final ManagerId LUIS = ManagerId.of("luis");
    static final ManagerId EVA = ManagerId.of("eva");

    static final AccountId C1 = AccountId.of("C-1");

    static final DateRange Q1 = DateRange.ofQuarter(2026, 1);
    static final DateRange Q2 = DateRange.ofQuarter(2026, 2);
    static final DateRange Q3 = DateRange.ofQuarter(2026, 3);
    static final DateRange YEAR = DateRange.ofYear(2026);

    static final ComponentId COMMISSION = ComponentId.of("commission");

    private PayFixtures() {}

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    static EventId id(String value) {
        return EventId.of(value);
    }

    /** The seeds' example: 15% below EUR 50,000, 5% from EUR 50,000. */
    static CommissionBands seedBands() {
        return CommissionBands.startingAt(Money.zero(EUR), Rate.percent(15))
                .from(eur("50000"), Rate.percent(5))
                .build();
    }

    /** The component {@code commission} on the seeds' bands, booked basis, on the amount. */
    static TransactionCommission.Builder commission(BandMode mode) {
        return TransactionCommission.builder().id(COMMISSION).bands(seedBands()).mode(mode);
    }

    /** A single-version plan valid all of 2026, with the given fixed pay per period. */
    static CompensationPlan.Builder plan(String id, String fixedPay, PayComponent... components) {
        return CompensationPlan.builder().id(id).currency(EUR).addVersion(version(YEAR, fixedPay, components));
    }

    static PlanVersion version(DateRange validity, String fixedPay, PayComponent... components) {
        return PlanVersion.builder()
                .validity(validity)
                .fixedPay(eur(fixedPay))
                .addAllComponents(Arrays.asList(components))
                .build();
    }

    static PayCalculator calculator(CompensationPlan plan) {
        return PayCalculator.of(PayPlans.forEveryone(plan));
    }

    /** A booked transaction of one line of {@code amount} EUR for C-1, credited to one manager. */
    static PayTransaction sale(String id, ManagerId manager, LocalDate date, String amount) {
        return sale(id, date, amount).credits(Credits.solely(manager)).build();
    }

    /** A booked transaction of one line of {@code amount} EUR for C-1, credits still to set. */
    static PayTransaction.Builder sale(String id, LocalDate date, String amount) {
        return PayTransaction.builder()
                .id(EventId.of(id))
                .account(C1)
                .date(date)
                .addLine(TransactionLine.of(eur(amount)));
    }

    static Credits split(ManagerId a, String percentA, ManagerId b, String percentB) {
        return Credits.split(Map.of(a, Rate.percent(percentA), b, Rate.percent(percentB)));
    }

    static PayInput input(PayTransaction... transactions) {
        return PayInput.of(List.of(transactions));
    }

    /** carmen heads ana, who supervises luis and eva. */
    static SalesTeam team() {
        return SalesTeam.builder()
                .addManager(Manager.of(CARMEN, "Carmen Vidal", Role.HEAD_OF_SALES))
                .addManager(Manager.of(ANA, "Ana Ruiz", Role.SENIOR_KAM))
                .addManager(Manager.of(LUIS, "Luis Gil", Role.JUNIOR_KAM))
                .addManager(Manager.of(EVA, "Eva Sanz", Role.JUNIOR_KAM))
                .reportsTo(ANA, CARMEN)
                .reportsTo(LUIS, ANA)
                .reportsTo(EVA, ANA)
                .build();
    }

    /** The per-transaction steps of a line's explanation. */
    static List<Step> transactionSteps(PayLine line) {
        return line.explanation().find("pay.commission.transaction");
    }

    /** The transaction ids named by a line's per-transaction steps, in the order of the steps. */
    static List<String> transactionsOf(PayLine line) {
        List<String> out = new ArrayList<>();
        for (Step s : transactionSteps(line)) {
            out.add(s.parameter("transaction", String.class));
        }
        return out;
    }

    /** The per-transaction step of one transaction in a line's explanation. */
    static Step stepOf(PayLine line, String transaction) {
        for (Step s : transactionSteps(line)) {
            if (s.parameter("transaction", String.class).equals(transaction)) {
                return s;
            }
        }
        throw new AssertionError(
                "no step for " + transaction + " in " + line.explanation().render());
    }

    /** The codes of a step's children. */
    static List<String> childCodes(Step step) {
        return step.children().stream().map(Step::code).toList();
    }

    /** A ledger order for C-1 of one line (PUMP-7 × 1 at {@code amount}, cost 0). */
    static Order order(String id, LocalDate date, ManagerId manager, String amount) {
        return Order.builder()
                .id(EventId.of(id))
                .account(C1)
                .credits(Credits.solely(manager))
                .date(date)
                .currency(EUR)
                .addLine(orderLine(1, "PUMP-7", amount, "0.00"))
                .build();
    }

    static OrderLine orderLine(int number, String product, String price, String cost) {
        return OrderLine.builder()
                .lineNumber(number)
                .product(ProductId.of(product))
                .quantity(BigDecimal.ONE)
                .unitPrice(eur(price))
                .unitCost(eur(cost))
                .build();
    }

    /** A ledger invoice of C-1, credited to ana, net 0 unless set. */
    static Invoice.Builder invoice(String id, LocalDate date, String amount) {
        return Invoice.builder()
                .id(EventId.of(id))
                .account(C1)
                .credits(Credits.solely(ANA))
                .date(date)
                .amount(eur(amount));
    }

    /** A ledger payment of C-1, credited to ana. */
    static Payment.Builder payment(String id, LocalDate date, String amount) {
        return Payment.builder()
                .id(EventId.of(id))
                .account(C1)
                .credits(Credits.solely(ANA))
                .date(date)
                .amount(eur(amount));
    }

    /** A return of C-1 on an order, credited to ana. */
    static Reversal.Builder returned(String id, LocalDate date, String order, String value) {
        return Reversal.builder()
                .reversalKind(ReversalKind.RETURN)
                .id(EventId.of(id))
                .account(C1)
                .credits(Credits.solely(ANA))
                .date(date)
                .order(EventId.of(order))
                .value(eur(value))
                .reason("damaged");
    }
}
