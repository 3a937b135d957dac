package io.github.kamsdk.rules.approval;

import static io.github.kamsdk.rules.testing.CreditGens.C1;
import static io.github.kamsdk.rules.testing.CreditGens.EUR;
import static io.github.kamsdk.rules.testing.CreditGens.LUIS;
import static io.github.kamsdk.rules.testing.CreditGens.day;
import static io.github.kamsdk.rules.testing.CreditGens.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.core.time.DateRange;
import io.github.kamsdk.rules.pricing.Catalog;
import io.github.kamsdk.rules.pricing.DiscountEffect;
import io.github.kamsdk.rules.pricing.DiscountPolicy;
import io.github.kamsdk.rules.pricing.DiscountRule;
import io.github.kamsdk.rules.pricing.PriceColumn;
import io.github.kamsdk.rules.pricing.PriceList;
import io.github.kamsdk.rules.pricing.PricingResult;
import io.github.kamsdk.rules.pricing.ProductInfo;
import io.github.kamsdk.rules.pricing.Quote;
import io.github.kamsdk.rules.pricing.QuoteLine;
import io.github.kamsdk.rules.pricing.RuleId;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@link ApprovalRequest#of} takes a priced quote's discount, margin and net total. */
class ApprovalRequestTest {
    static final ProductId PUMP = ProductId.of("PUMP-7"); // 100.00, costs 70.00
    static final ProductId VALVE = ProductId.of("VALVE-2"); // 50.00, cost unknown
    static final ProductId SEAL = ProductId.of("SEAL-1"); // in the catalog, no price

    /** List prices for 2026, a 10% discount on every line. */
    static DiscountPolicy tenPercentOff() {
        PriceColumn list = PriceColumn.of("list");
        return DiscountPolicy.builder(
                        PriceList.builder(list, EUR)
                                .price(PUMP, list, DateRange.ofYear(2026), eur("100.00"))
                                .price(VALVE, list, DateRange.ofYear(2026), eur("50.00"))
                                .build(),
                        Catalog.builder()
                                .add(ProductInfo.builder()
                                        .product(PUMP)
                                        .unitCost(eur("70.00"))
                                        .build())
                                .add(ProductInfo.builder().product(VALVE).build())
                                .add(ProductInfo.builder().product(SEAL).build())
                                .build())
                .addRule(DiscountRule.builder()
                        .id(RuleId.of("TEN"))
                        .effect(DiscountEffect.percentOff(Rate.percent(10)))
                        .build())
                .build();
    }

    static PricingResult price(QuoteLine... lines) {
        return tenPercentOff()
                .price(Quote.builder()
                        .id(EventId.of("Q-1"))
                        .account(C1)
                        .date(day(6, 1))
                        .addLines(lines)
                        .build());
    }

    @Test
    void theRequestOfAPricedQuoteCarriesItsDiscountMarginAndNetTotal() {
        PricingResult pricing = price(QuoteLine.of(1, PUMP, new BigDecimal("10")));
        // list 10 x 100.00 = 1,000.00; 10% off: net 900.00; cost 10 x 70.00 = 700.00
        // discount 100.00 / 1,000.00 = 10%; margin 200.00 / 900.00 = 22.2222222222%
        ApprovalRequest request = ApprovalRequest.of(EventId.of("APR-1"), LUIS, pricing);

        assertThat(request.id()).isEqualTo(EventId.of("APR-1"));
        assertThat(request.requester()).isEqualTo(LUIS);
        assertThat(request.account()).isEqualTo(C1);
        assertThat(request.date()).isEqualTo(day(6, 1));
        assertThat(request.discount()).isEqualTo(Rate.percent(10));
        assertThat(request.margin().orElseThrow().fraction()).isEqualByComparingTo("0.2222222222");
        assertThat(request.orderValue()).isEqualTo(eur("900.00"));
        // exactly 10% off is within a senior KAM's 10% (inclusive), at 22.2% >= 20% and 900 <= 250,000
        assertThat(AuthorityMatrix.defaults(EUR).lowestCovering(request)).contains(Role.SENIOR_KAM);
    }

    @Test
    void aQuoteWithALineOfUnknownCostAsksWithAnUnknownMargin() {
        PricingResult pricing =
                price(QuoteLine.of(1, PUMP, new BigDecimal("10")), QuoteLine.of(2, VALVE, new BigDecimal("4")));
        // list 1,000.00 + 200.00 = 1,200.00; net 900.00 + 180.00 = 1,080.00: 10% off; the valve's cost is unknown
        ApprovalRequest request = ApprovalRequest.of(EventId.of("APR-2"), LUIS, pricing);

        assertThat(request.discount()).isEqualTo(Rate.percent(10));
        assertThat(request.orderValue()).isEqualTo(eur("1080.00"));
        assertThat(request.margin()).isEmpty();
        // only a role without a margin limit covers it
        assertThat(AuthorityMatrix.defaults(EUR).lowestCovering(request)).contains(Role.COMMERCIAL_DIRECTOR);
    }

    @Test
    void aCompleteQuoteThatIsMostlyReturnsGivesARequest() {
        // 10 pumps sold and 20 returned, 10% off: list 1,000 - 2,000 = -1,000.00; net 900 - 1,800 = -900.00
        PricingResult pricing =
                price(QuoteLine.of(1, PUMP, new BigDecimal("10")), QuoteLine.of(2, PUMP, new BigDecimal("-20")));
        assertThat(pricing.isComplete()).isTrue();
        assertThat(pricing.netTotal()).isEqualTo(eur("-900.00"));
        ApprovalRequest request = ApprovalRequest.of(EventId.of("APR-3"), LUIS, pricing);
        // as the admission asks it: no order value, the quote's discount rate of 10%
        assertThat(request.orderValue()).isEqualTo(eur("0.00"));
        assertThat(request.discount()).isEqualTo(Rate.percent(10));
    }
}
