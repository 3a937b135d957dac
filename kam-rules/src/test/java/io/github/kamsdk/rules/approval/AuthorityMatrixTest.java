package io.github.kamsdk.rules.approval;

import static io.github.kamsdk.rules.testing.CreditGens.C1;
import static io.github.kamsdk.rules.testing.CreditGens.EUR;
import static io.github.kamsdk.rules.testing.CreditGens.LUIS;
import static io.github.kamsdk.rules.testing.CreditGens.USD;
import static io.github.kamsdk.rules.testing.CreditGens.day;
import static io.github.kamsdk.rules.testing.CreditGens.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.Role;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The default {@link AuthorityMatrix} role by role, {@link Authority}'s inclusive bounds, and the
 * lowest role covering a request (R-DISC-2).
 */
class AuthorityMatrixTest {
    private static final AuthorityMatrix DEFAULTS = AuthorityMatrix.defaults(EUR);

    /** A request of {@code discount}% off, {@code margin}% margin (null: unknown) and a value. */
    static ApprovalRequest request(String discount, String margin, String value) {
        ApprovalRequest.Builder b = ApprovalRequest.builder()
                .id(EventId.of("APR-1"))
                .requester(LUIS)
                .account(C1)
                .date(day(6, 1))
                .discount(Rate.signedPercent(discount))
                .orderValue(eur(value));
        if (margin != null) {
            b.margin(Rate.signedPercent(margin));
        }
        return b.build();
    }

    private static Optional<Role> lowest(String discount, String margin, String value) {
        return DEFAULTS.lowestCovering(request(discount, margin, value));
    }

    @Test
    void theDefaultEscalationOrderIsJuniorSalesManagerSeniorHeadDirector() {
        assertThat(DEFAULTS.order())
                .containsExactly(
                        Role.JUNIOR_KAM,
                        Role.SALES_MANAGER,
                        Role.SENIOR_KAM,
                        Role.HEAD_OF_SALES,
                        Role.COMMERCIAL_DIRECTOR);
    }

    @Test
    void theDefaultLimitsOfEachRole() {
        assertThat(DEFAULTS.authority(Role.JUNIOR_KAM))
                .contains(Authority.of(Rate.percent(5), Rate.percent(25), Money.of(50_000, EUR)));
        assertThat(DEFAULTS.authority(Role.SALES_MANAGER))
                .contains(Authority.of(Rate.percent(7), Rate.percent(22), Money.of(100_000, EUR)));
        assertThat(DEFAULTS.authority(Role.SENIOR_KAM))
                .contains(Authority.of(Rate.percent(10), Rate.percent(20), Money.of(250_000, EUR)));
        assertThat(DEFAULTS.authority(Role.HEAD_OF_SALES))
                .contains(Authority.of(Rate.percent(20), Rate.percent(10), Money.of(1_000_000, EUR)));
        Authority director = DEFAULTS.authority(Role.COMMERCIAL_DIRECTOR).orElseThrow();
        assertThat(director.maxDiscount()).isEqualTo(Rate.percent(35));
        assertThat(director.minMargin()).isEmpty();
        assertThat(director.maxOrderValue()).isEmpty();
        assertThat(director)
                .hasToString("discount up to 35%, margin from any, orders up to any value")
                .isEqualTo(Authority.unlimitedExceptDiscount(Rate.percent(35)));
    }

    @Test
    void everyBoundIsInclusiveAtEachRolesMaximum() {
        // exactly at each role's three limits: that role covers it, the one below does not
        assertThat(lowest("5", "25", "50000.00")).contains(Role.JUNIOR_KAM);
        assertThat(lowest("7", "22", "100000.00")).contains(Role.SALES_MANAGER);
        assertThat(lowest("10", "20", "250000.00")).contains(Role.SENIOR_KAM);
        assertThat(lowest("20", "10", "1000000.00")).contains(Role.HEAD_OF_SALES);
        assertThat(lowest("35", "-100", "99999999.00")).contains(Role.COMMERCIAL_DIRECTOR);
    }

    @Test
    void justBeyondABoundTheNextRoleUpIsNeeded() {
        assertThat(lowest("5.01", "25", "50000.00")).contains(Role.SALES_MANAGER); // discount
        assertThat(lowest("5", "24.99", "50000.00")).contains(Role.SALES_MANAGER); // margin
        assertThat(lowest("5", "25", "50000.01")).contains(Role.SALES_MANAGER); // order value
        assertThat(lowest("7.01", "22", "100000.00")).contains(Role.SENIOR_KAM);
        assertThat(lowest("10", "19.99", "250000.00")).contains(Role.HEAD_OF_SALES);
        assertThat(lowest("20", "10", "1000000.01")).contains(Role.COMMERCIAL_DIRECTOR);
    }

    @Test
    void theLowestCoveringRoleIsDecidedByTheTightestOfTheThreeLimits() {
        // 3% off, 30% margin, 20,000: within a junior KAM's 5% / 25% / 50,000
        assertThat(lowest("3", "30", "20000.00")).contains(Role.JUNIOR_KAM);
        // 8% off needs 10%: senior KAM (the sales manager stops at 7%)
        assertThat(lowest("8", "30", "20000.00")).contains(Role.SENIOR_KAM);
        // 3% off but 300,000: above the senior KAM's 250,000, within the head of sales' 1,000,000
        assertThat(lowest("3", "30", "300000.00")).contains(Role.HEAD_OF_SALES);
        // 6% off at a 21% margin: the sales manager allows 7% but wants 22%: senior KAM (20%)
        assertThat(lowest("6", "21", "20000.00")).contains(Role.SENIOR_KAM);
        // 15% off at 15%: head of sales (20% / 10%)
        assertThat(lowest("15", "15", "20000.00")).contains(Role.HEAD_OF_SALES);
        // a surcharge (-2%) at a good margin needs nobody above a junior KAM
        assertThat(lowest("-2", "30", "20000.00")).contains(Role.JUNIOR_KAM);
        // a negative margin only the commercial director may accept
        assertThat(lowest("0", "-5", "100.00")).contains(Role.COMMERCIAL_DIRECTOR);
    }

    @Test
    void aRequestBeyondEveryRoleHasNoCoveringRole() {
        // 35.01% is above the commercial director's 35%
        assertThat(lowest("35.01", "40", "100.00")).isEmpty();
        for (Role r : DEFAULTS.order()) {
            assertThat(DEFAULTS.covers(r, request("35.01", "40", "100.00"))).isFalse();
        }
    }

    @Test
    void anUnknownMarginNeedsARoleWithoutAMarginLimit() {
        // 1% off, 1,000.00, margin unknown: every role but the commercial director has a margin limit
        ApprovalRequest unknown = request("1", null, "1000.00");
        assertThat(DEFAULTS.lowestCovering(unknown)).contains(Role.COMMERCIAL_DIRECTOR);
        assertThat(DEFAULTS.authority(Role.JUNIOR_KAM).orElseThrow().shortfalls(unknown))
                .containsExactly("margin unknown, at least 25% required");
        // even a 0% minimum does not cover an unknown margin, which may be negative
        Authority zeroFloor = Authority.of(Rate.percent(50), Rate.ZERO, Money.of(1_000_000, EUR));
        assertThat(zeroFloor.covers(unknown)).isFalse();
        assertThat(Authority.unlimitedExceptDiscount(Rate.percent(1)).covers(unknown))
                .isTrue();
    }

    @Test
    void shortfallsNameEveryLimitBroken() {
        // 12% off at 15% margin for 300,000 against a senior KAM's 10% / 20% / 250,000
        assertThat(DEFAULTS.authority(Role.SENIOR_KAM).orElseThrow().shortfalls(request("12", "15", "300000.00")))
                .containsExactly(
                        "discount 12% above 10%",
                        "margin 15% below 20%", "order value EUR 300000.00 above EUR 250000.00");
        assertThat(DEFAULTS.authority(Role.SENIOR_KAM).orElseThrow().shortfalls(request("10", "20", "250000.00")))
                .isEmpty();
    }

    @Test
    void aRoleOutsideTheMatrixMayApproveNothing() {
        AuthorityMatrix twoRoles = AuthorityMatrix.builder()
                .then(Role.JUNIOR_KAM, Authority.of(Rate.percent(5), Rate.percent(25), Money.of(50_000, EUR)))
                .then(Role.HEAD_OF_SALES, Authority.of(Rate.percent(20), Rate.percent(10), Money.of(1_000_000, EUR)))
                .build();
        assertThat(twoRoles.order()).containsExactly(Role.JUNIOR_KAM, Role.HEAD_OF_SALES);
        assertThat(twoRoles.authority(Role.SENIOR_KAM)).isEmpty();
        assertThat(twoRoles.covers(Role.SENIOR_KAM, request("0", "50", "1.00"))).isFalse();
        // 8% off goes straight to the head of sales
        assertThat(twoRoles.lowestCovering(request("8", "30", "20000.00"))).contains(Role.HEAD_OF_SALES);
    }

    @Test
    void aRoleMayHaveTheSameAuthorityAsTheOneBelow() {
        Authority same = Authority.of(Rate.percent(5), Rate.percent(25), Money.of(50_000, EUR));
        AuthorityMatrix m = AuthorityMatrix.builder()
                .then(Role.JUNIOR_KAM, same)
                .then(Role.SENIOR_KAM, same)
                .build();
        // both cover it; the lowest in escalation order is named
        assertThat(m.lowestCovering(request("5", "25", "50000.00"))).contains(Role.JUNIOR_KAM);
    }

    @Test
    void matricesAreEqualByOrderAndAuthorities() {
        assertThat(AuthorityMatrix.defaults(EUR)).isEqualTo(DEFAULTS).hasSameHashCodeAs(DEFAULTS);
        assertThat(AuthorityMatrix.defaults(USD)).isNotEqualTo(DEFAULTS);
        assertThat(DEFAULTS.toString())
                .startsWith(
                        "AuthorityMatrix{JUNIOR_KAM: discount up to 5%, margin from 25%, orders up to EUR 50000.00;");
    }
}
