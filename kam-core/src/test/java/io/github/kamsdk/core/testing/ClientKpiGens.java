package io.github.kamsdk.core.testing;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.CompetitorLoss;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.OrderLine;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.ledger.ReversalKind;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.ManagerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;

/**
 * Inputs for the client-base KPIs: hand-written orders and returns for worked examples, and
 * generated scenarios (a small consistent history from {@link LedgerGens} plus a few competitor
 * losses) for properties that compare a formula with a naive recomputation.
 */
public final class ClientKpiGens {
    private ClientKpiGens() {}

    /**
     * A generated scenario.
     *
     * @param events the commercial events
     * @param losses the competitor losses
     */
    public record Scenario(List<CommercialEvent> events, List<CompetitorLoss> losses) {
        /**
         * The orders of the scenario.
         *
         * @return the orders
         */
        public List<Order> orders() {
            return events.stream()
                    .filter(Order.class::isInstance)
                    .map(Order.class::cast)
                    .toList();
        }

        /**
         * The returns and refusals of the scenario.
         *
         * @return the reversals
         */
        public List<Reversal> reversals() {
            return events.stream()
                    .filter(Reversal.class::isInstance)
                    .map(Reversal.class::cast)
                    .toList();
        }
    }

    /** Scenarios of up to 16 orders on {@link LedgerGens#ACCOUNTS} with up to 3 competitor losses. */
    public static Gen<Scenario> scenarios() {
        return Gens.seeds().map(ClientKpiGens::scenario);
    }

    /**
     * The scenario a seed makes.
     *
     * @param seed the seed
     * @return the scenario
     */
    public static Scenario scenario(long seed) {
        Random r = new Random(seed);
        List<CommercialEvent> events = LedgerGens.history(r.nextLong(), 16);
        List<CompetitorLoss> losses = new ArrayList<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            losses.add(CompetitorLoss.of(
                    LedgerGens.ACCOUNTS.get(r.nextInt(LedgerGens.ACCOUNTS.size())),
                    LedgerGens.WINDOW.start().plusDays(r.nextInt((int) LedgerGens.WINDOW.lengthInDays()))));
        }
        return new Scenario(events, losses);
    }

    /**
     * An order of one line, in EUR, with no cost.
     *
     * @param id the order's id
     * @param account the account's id
     * @param credits who is credited
     * @param date the date
     * @param amount the amount in EUR, e.g. "1000.00"
     * @return the order
     */
    public static Order order(String id, String account, Credits credits, LocalDate date, String amount) {
        return Order.builder()
                .id(EventId.of(id))
                .account(AccountId.of(account))
                .credits(credits)
                .date(date)
                .currency(LedgerGens.EUR)
                .addLine(OrderLine.builder()
                        .lineNumber(1)
                        .product(ProductId.of("P-1"))
                        .quantity(BigDecimal.ONE)
                        .unitPrice(Money.of(new BigDecimal(amount), LedgerGens.EUR))
                        .unitCost(Money.zero(LedgerGens.EUR))
                        .build())
                .build();
    }

    /**
     * An order of one line in EUR credited solely to a manager.
     *
     * @param id the order's id
     * @param account the account's id
     * @param manager the manager's id
     * @param date the date
     * @param amount the amount in EUR
     * @return the order
     */
    public static Order order(String id, String account, String manager, LocalDate date, String amount) {
        return order(id, account, Credits.solely(ManagerId.of(manager)), date, amount);
    }

    /**
     * A return in EUR credited solely to a manager.
     *
     * @param id the return's id
     * @param account the account's id
     * @param manager the manager's id
     * @param date the date
     * @param order the returned order's id
     * @param value the value in EUR
     * @return the return
     */
    public static Reversal returned(
            String id, String account, String manager, LocalDate date, String order, String value) {
        return Reversal.builder()
                .reversalKind(ReversalKind.RETURN)
                .id(EventId.of(id))
                .account(AccountId.of(account))
                .credits(Credits.solely(ManagerId.of(manager)))
                .date(date)
                .order(EventId.of(order))
                .value(Money.of(new BigDecimal(value), LedgerGens.EUR))
                .reason("damaged")
                .build();
    }

    /**
     * A manager's share of an event in a scope.
     *
     * @param event the event
     * @param manager the scope's manager, or null for the company
     * @return the share, 0% when the event does not credit the manager
     */
    public static Rate share(CommercialEvent event, @Nullable ManagerId manager) {
        return manager == null ? Rate.ONE_HUNDRED_PERCENT : event.credits().shareOf(manager);
    }

    /** Q1 2026, the worked examples' period. */
    public static final LocalDate Q1_START = LocalDate.of(2026, 1, 1);

    /**
     * The worked examples' history, all in EUR, for Q1 2026 against Q4 2025 with a 90-day window
     * (active on 2026-01-01 means an order on or after 2025-10-03; on 2026-04-01, on or after
     * 2026-01-01). Everything is credited to M-1 except C-5, split 50/50 between M-1 and M-2.
     *
     * <pre>
     * C-1  2025-11-10 1000, 2026-02-15 1200, return 2026-03-05 100   kept
     * C-2  2025-12-01 500, 2026-03-31 200                            kept
     * C-3  2025-10-05 300                                            lapsed (active at start only)
     * C-4  2025-12-20 400, 2026-01-10 100, lost 2026-02-10           lost to a competitor
     * C-5  2026-03-01 900 (M-1 50%, M-2 50%)                         new
     * C-6  2025-06-01 700, 2026-02-01 250                            won back (not new)
     * C-7  2026-04-01 50                                             after the period
     * C-8  2025-10-02 80                                             one day too old at the start
     * </pre>
     *
     * @return the events
     */
    public static List<CommercialEvent> exampleEvents() {
        Credits split = Credits.split(
                java.util.Map.of(ManagerId.of("M-1"), Rate.percent(50), ManagerId.of("M-2"), Rate.percent(50)));
        return List.of(
                order("SO-1", "C-1", "M-1", LocalDate.of(2025, 11, 10), "1000"),
                order("SO-2", "C-1", "M-1", LocalDate.of(2026, 2, 15), "1200"),
                returned("RET-1", "C-1", "M-1", LocalDate.of(2026, 3, 5), "SO-2", "100"),
                order("SO-3", "C-2", "M-1", LocalDate.of(2025, 12, 1), "500"),
                order("SO-4", "C-2", "M-1", LocalDate.of(2026, 3, 31), "200"),
                order("SO-5", "C-3", "M-1", LocalDate.of(2025, 10, 5), "300"),
                order("SO-6", "C-4", "M-1", LocalDate.of(2025, 12, 20), "400"),
                order("SO-7", "C-4", "M-1", LocalDate.of(2026, 1, 10), "100"),
                order("SO-8", "C-5", split, LocalDate.of(2026, 3, 1), "900"),
                order("SO-9", "C-6", "M-1", LocalDate.of(2025, 6, 1), "700"),
                order("SO-10", "C-6", "M-1", LocalDate.of(2026, 2, 1), "250"),
                order("SO-11", "C-7", "M-1", LocalDate.of(2026, 4, 1), "50"),
                order("SO-12", "C-8", "M-1", LocalDate.of(2025, 10, 2), "80"));
    }

    /**
     * The worked examples' competitor losses: C-4 on 2026-02-10.
     *
     * @return the losses
     */
    public static List<CompetitorLoss> exampleLosses() {
        return List.of(CompetitorLoss.of(AccountId.of("C-4"), LocalDate.of(2026, 2, 10)));
    }
}
