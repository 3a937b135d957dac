package io.github.kamsdk.core.pay;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.time.DateRange;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * The small figures the value-type and component suites share: EUR and USD amounts, two managers,
 * one account, the first quarter of 2026, and a one-version plan around the components under test.
 *
 * <pre>
 * plan "test-plan", EUR, one version [2026-01-01, 2027-01-01), fixed pay EUR 0.00 unless given
 * Q1 = [2026-01-01, 2026-04-01), 90 days
 * </pre>
 */
final class PayTypesExample {
    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency USD = Currency.getInstance("USD");
    static final ManagerId ANA = ManagerId.of("ana");
    static final ManagerId LUIS = ManagerId.of("luis");
    static final ManagerId MARTA = ManagerId.of("marta");
    static final AccountId C1 = AccountId.of("C-1");
    static final DateRange Q1 = DateRange.ofQuarter(2026, 1);
    static final DateRange YEAR = DateRange.ofYear(2026);
    static final LocalDate FEB_10 = LocalDate.of(2026, 2, 10);

    private PayTypesExample() {}

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    static Rate pct(String percent) {
        return Rate.percent(percent);
    }

    /** A booked sale of one line, credited solely to a manager on 10 Feb 2026. */
    static PayTransaction sale(String id, ManagerId manager, Money amount) {
        return sale(id, Credits.solely(manager), amount);
    }

    /** A booked sale of one line on 10 Feb 2026. */
    static PayTransaction sale(String id, Credits credits, Money amount) {
        return PayTransaction.builder()
                .id(EventId.of(id))
                .account(C1)
                .credits(credits)
                .date(FEB_10)
                .addLine(TransactionLine.of(amount))
                .build();
    }

    /** A one-version EUR plan for 2026 with no fixed pay. */
    static CompensationPlan plan(PayComponent... components) {
        return plan(eur("0.00"), components);
    }

    /** A one-version EUR plan for 2026. */
    static CompensationPlan plan(Money fixedPay, PayComponent... components) {
        return CompensationPlan.builder()
                .id("test-plan")
                .currency(EUR)
                .addVersion(version(YEAR, fixedPay, components))
                .build();
    }

    static PlanVersion version(DateRange validity, Money fixedPay, PayComponent... components) {
        return PlanVersion.builder()
                .validity(validity)
                .fixedPay(fixedPay)
                .addComponents(components)
                .build();
    }

    /** A calculator with one plan for everyone. */
    static PayCalculator calculator(CompensationPlan plan) {
        return PayCalculator.of(PayPlans.forEveryone(plan));
    }

    /** A manager's Q1 statement under one plan for everyone, over some transactions. */
    static PayStatement q1(CompensationPlan plan, ManagerId manager, PayTransaction... transactions) {
        return calculator(plan).statement(manager, Q1, PayInput.of(List.of(transactions)));
    }

    /** A component id. */
    static ComponentId id(String value) {
        return ComponentId.of(value);
    }
}
