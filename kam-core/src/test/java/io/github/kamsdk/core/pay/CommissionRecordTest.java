package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.pay.PayTypesExample.ANA;
import static io.github.kamsdk.core.pay.PayTypesExample.C1;
import static io.github.kamsdk.core.pay.PayTypesExample.EUR;
import static io.github.kamsdk.core.pay.PayTypesExample.FEB_10;
import static io.github.kamsdk.core.pay.PayTypesExample.LUIS;
import static io.github.kamsdk.core.pay.PayTypesExample.Q1;
import static io.github.kamsdk.core.pay.PayTypesExample.eur;
import static io.github.kamsdk.core.pay.PayTypesExample.id;
import static io.github.kamsdk.core.pay.PayTypesExample.pct;
import static io.github.kamsdk.core.pay.PayTypesExample.plan;
import static io.github.kamsdk.core.pay.PayTypesExample.q1;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.time.DateRange;
import org.junit.jupiter.api.Test;

/**
 * {@link CommissionRecord}: what a statement paid or took back per deal and component, built by
 * hand and as an explained statement makes it.
 *
 * <pre>
 * PAY-1/INV-1  2026-02-10  collected, 50% of deal SO-1 (40000.00), credited to ana
 * commission 10% flat on collected transactions: 40000.00 x 50% x 10% = 2000.00
 * </pre>
 */
class CommissionRecordTest {
    static final EventId SO_1 = EventId.of("SO-1");
    static final EventId PAY_1 = EventId.of("PAY-1/INV-1");

    static CommissionRecord.Builder earned() {
        return CommissionRecord.builder()
                .manager(ANA)
                .component(id("commission"))
                .kind(CommissionRecord.Kind.EARNED)
                .deal(SO_1)
                .transaction(PAY_1)
                .dealAmount(eur("40000.00"))
                .date(FEB_10)
                .period(Q1)
                .amount(eur("2000.0000"));
    }

    static final TransactionCommission COLLECTED = TransactionCommission.builder()
            .id(id("commission"))
            .bands(CommissionBands.flat(pct("10"), EUR))
            .basis(CreditingBasis.COLLECTED)
            .build();

    static PayTransaction paid(String portion) {
        return PayTransaction.builder()
                .id(PAY_1)
                .deal(SO_1)
                .account(C1)
                .credits(Credits.solely(ANA))
                .date(FEB_10)
                .basis(CreditingBasis.COLLECTED)
                .addLine(TransactionLine.of(eur("40000.00")))
                .portion(pct(portion))
                .build();
    }

    @Test
    void anEarnedRecordKeepsEveryAttribute() {
        CommissionRecord r = earned().basis(CreditingBasis.COLLECTED).build();
        assertThat(r.manager()).isEqualTo(ANA);
        assertThat(r.component()).isEqualTo(id("commission"));
        assertThat(r.kind()).isEqualTo(CommissionRecord.Kind.EARNED);
        assertThat(r.deal()).isEqualTo(SO_1);
        assertThat(r.transaction()).contains(PAY_1);
        assertThat(r.basis()).isEqualTo(CreditingBasis.COLLECTED);
        assertThat(r.dealAmount()).isEqualTo(eur("40000"));
        assertThat(r.date()).isEqualTo(FEB_10);
        assertThat(r.period()).isEqualTo(Q1);
        assertThat(r.amount()).isEqualTo(eur("2000"));
    }

    @Test
    void theBasisIsBookedByDefault() {
        assertThat(earned().build().basis()).isEqualTo(CreditingBasis.BOOKED);
    }

    @Test
    void aClawbackRecordNeedsNoTransactionAndMayBeNegative() {
        CommissionRecord r = CommissionRecord.builder()
                .manager(ANA)
                .component(id("commission"))
                .kind(CommissionRecord.Kind.CLAWBACK)
                .deal(SO_1)
                .dealAmount(eur("40000.00"))
                .date(Q1.endInclusive())
                .period(Q1)
                .amount(eur("-500.00"))
                .build();
        assertThat(r.transaction()).isEmpty();
        assertThat(r.amount()).isEqualTo(eur("-500"));
        assertThat(r.date()).isEqualTo(java.time.LocalDate.of(2026, 3, 31));
    }

    @Test
    void aDealOfZeroIsAllowed() {
        assertThat(earned().dealAmount(eur("0")).build().dealAmount().isZero()).isTrue();
    }

    @Test
    void anExplainedStatementRecordsEachTransactionsExactCommission() {
        PayStatement s = q1(plan(COLLECTED), ANA, paid("50"));
        // 40000.00 x 50% x 10% = 2000.00
        assertThat(s.records())
                .containsExactly(earned().basis(CreditingBasis.COLLECTED).build());
        assertThat(s.total()).isEqualTo(eur("2000.00"));
    }

    @Test
    void theRecordDeltasOfAnAdjustmentKeepTheBasis() {
        // paid on 50% (2000.00), recalculated on 60%: 40000.00 x 60% x 10% = 2400.00, delta +400.00
        PayStatement paid = q1(plan(COLLECTED), ANA, paid("50"));
        PayStatement recalculated = q1(plan(COLLECTED), ANA, paid("60"));
        PayAdjustment adj = PayAdjustment.between(paid, recalculated);
        assertThat(adj.total()).isEqualTo(eur("400.00"));
        assertThat(adj.records()).singleElement().satisfies(r -> {
            assertThat(r.amount()).isEqualTo(eur("400.00"));
            assertThat(r.transaction()).contains(PAY_1);
            assertThat(r.basis()).isEqualTo(CreditingBasis.COLLECTED);
        });
    }

    @Test
    void toStringNamesTheAttributes() {
        assertThat(earned().build().toString())
                .contains("CommissionRecord{", "ana", "commission", "EARNED", "SO-1", "PAY-1/INV-1", "EUR 2000.00");
    }

    @Test
    void equalityIsByEveryAttribute() {
        new EqualsTester()
                .addEqualityGroup(
                        earned().build(),
                        earned().amount(eur("2000"))
                                .basis(CreditingBasis.BOOKED)
                                .build())
                .addEqualityGroup(earned().manager(LUIS).build())
                .addEqualityGroup(earned().component(id("override")).build())
                .addEqualityGroup(earned().kind(CommissionRecord.Kind.CLAWBACK).build())
                .addEqualityGroup(earned().deal(EventId.of("SO-2")).build())
                .addEqualityGroup(
                        earned().transaction(EventId.of("PAY-2/INV-1")).build())
                .addEqualityGroup(earned().basis(CreditingBasis.INVOICED).build())
                .addEqualityGroup(earned().dealAmount(eur("40000.01")).build())
                .addEqualityGroup(earned().date(FEB_10.plusDays(1)).build())
                .addEqualityGroup(earned().period(DateRange.ofQuarter(2026, 2)).build())
                .addEqualityGroup(earned().amount(eur("2000.01")).build())
                .testEquals();
    }
}
