/**
 * The KAM SDK core: money, rates, periods, explanations, accounts and tiers, teams and
 * delegation, activities and contact planning, the commercial ledger and KPIs, and (in a later
 * release) variable pay.
 *
 * <p>Pure functions over immutable values: no I/O, clocks, threads or hidden state.
 */
module io.github.kamsdk.core {
    requires transitive com.google.common;
    requires org.slf4j;
    requires static transitive org.jspecify;
    requires static org.immutables.value;

    exports io.github.kamsdk.core.money;
    exports io.github.kamsdk.core.time;
    exports io.github.kamsdk.core.explain;
    exports io.github.kamsdk.core.account;
    exports io.github.kamsdk.core.team;
    exports io.github.kamsdk.core.activity;
    exports io.github.kamsdk.core.ledger;
    exports io.github.kamsdk.core.kpi;
    exports io.github.kamsdk.core.pay;
    // The project-wide Immutables style; kam-rules' value types use it too.
    exports io.github.kamsdk.core.internal to
            io.github.kamsdk.rules;
}
