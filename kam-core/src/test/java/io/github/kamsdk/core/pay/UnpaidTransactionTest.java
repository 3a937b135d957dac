package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.pay.PayTypesExample.ANA;
import static io.github.kamsdk.core.pay.PayTypesExample.EUR;
import static io.github.kamsdk.core.pay.PayTypesExample.FEB_10;
import static io.github.kamsdk.core.pay.PayTypesExample.LUIS;
import static io.github.kamsdk.core.pay.PayTypesExample.eur;
import static io.github.kamsdk.core.pay.PayTypesExample.id;
import static io.github.kamsdk.core.pay.PayTypesExample.pct;
import static io.github.kamsdk.core.pay.PayTypesExample.plan;
import static io.github.kamsdk.core.pay.PayTypesExample.q1;
import static io.github.kamsdk.core.pay.PayTypesExample.sale;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.ledger.EventId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link UnpaidTransaction}: what earned nothing, for whom, through which component and why. */
class UnpaidTransactionTest {
    static final EventId SO_9 = EventId.of("SO-9");
    static final UnpaidTransaction U = UnpaidTransaction.of(
            SO_9, FEB_10, ANA, Optional.of(id("commission")), UnpaidReason.NOT_ELIGIBLE, "group FREIGHT is excluded");

    @Test
    void theFactoryKeepsEveryField() {
        assertThat(U.transaction()).isEqualTo(SO_9);
        assertThat(U.date()).isEqualTo(FEB_10);
        assertThat(U.manager()).isEqualTo(ANA);
        assertThat(U.component()).contains(id("commission"));
        assertThat(U.reason()).isEqualTo(UnpaidReason.NOT_ELIGIBLE);
        assertThat(U.detail()).isEqualTo("group FREIGHT is excluded");
    }

    @Test
    void theComponentIsEmptyWhenNoneWasInvolved() {
        UnpaidTransaction u =
                UnpaidTransaction.of(SO_9, FEB_10, ANA, Optional.empty(), UnpaidReason.OUTSIDE_PERIOD, "dated later");
        assertThat(u.component()).isEmpty();
    }

    @Test
    void toStringSaysWhatWhenWhoAndWhy() {
        assertThat(U).hasToString("SO-9 (2026-02-10, ana): NOT_ELIGIBLE, group FREIGHT is excluded");
    }

    @Test
    void aStatementListsATransactionItsCommissionDoesNotCount() {
        // the plan earns on INVOICED transactions; SO-9 is BOOKED
        TransactionCommission invoiced = TransactionCommission.builder()
                .id(id("commission"))
                .bands(CommissionBands.flat(pct("10"), EUR))
                .basis(CreditingBasis.INVOICED)
                .build();
        PayStatement s = q1(plan(invoiced), ANA, sale("SO-9", ANA, eur("100")));
        assertThat(s.unpaid())
                .containsExactly(UnpaidTransaction.of(
                        SO_9,
                        FEB_10,
                        ANA,
                        Optional.of(id("commission")),
                        UnpaidReason.BASIS_NOT_USED,
                        "commission earns on INVOICED transactions; SO-9 is BOOKED"));
        assertThat(s.unpaidCounts()).containsEntry(UnpaidReason.BASIS_NOT_USED, 1);
    }

    @Test
    void equalityIsByEveryField() {
        new EqualsTester()
                .addEqualityGroup(
                        U,
                        UnpaidTransaction.of(
                                EventId.of("SO-9"),
                                FEB_10,
                                ANA,
                                Optional.of(id("commission")),
                                UnpaidReason.NOT_ELIGIBLE,
                                "group FREIGHT is excluded"))
                .addEqualityGroup(UnpaidTransaction.of(
                        EventId.of("SO-8"), FEB_10, ANA, Optional.of(id("commission")), U.reason(), U.detail()))
                .addEqualityGroup(UnpaidTransaction.of(
                        SO_9, FEB_10.plusDays(1), ANA, Optional.of(id("commission")), U.reason(), U.detail()))
                .addEqualityGroup(
                        UnpaidTransaction.of(SO_9, FEB_10, LUIS, Optional.of(id("commission")), U.reason(), U.detail()))
                .addEqualityGroup(UnpaidTransaction.of(SO_9, FEB_10, ANA, Optional.empty(), U.reason(), U.detail()))
                .addEqualityGroup(UnpaidTransaction.of(
                        SO_9, FEB_10, ANA, Optional.of(id("commission")), UnpaidReason.NO_COST, U.detail()))
                .addEqualityGroup(UnpaidTransaction.of(
                        SO_9, FEB_10, ANA, Optional.of(id("commission")), U.reason(), "another detail"))
                .testEquals();
    }
}
