package io.github.kamsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.account.TierScale;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.Delegation;
import io.github.kamsdk.core.team.Manager;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.core.team.SalesTeam;
import io.github.kamsdk.core.time.DateRange;
import io.github.kamsdk.rules.approval.ApprovalDecision;
import io.github.kamsdk.rules.approval.ApprovalPolicy;
import io.github.kamsdk.rules.approval.ApprovalRequest;
import io.github.kamsdk.rules.approval.AuthorityMatrix;
import io.github.kamsdk.rules.pricing.BreakAggregation;
import io.github.kamsdk.rules.pricing.BreakSemantics;
import io.github.kamsdk.rules.pricing.Catalog;
import io.github.kamsdk.rules.pricing.ColumnSelection;
import io.github.kamsdk.rules.pricing.DiscountEffect;
import io.github.kamsdk.rules.pricing.DiscountPolicy;
import io.github.kamsdk.rules.pricing.DiscountRule;
import io.github.kamsdk.rules.pricing.PriceColumn;
import io.github.kamsdk.rules.pricing.PriceList;
import io.github.kamsdk.rules.pricing.PricingResult;
import io.github.kamsdk.rules.pricing.ProductInfo;
import io.github.kamsdk.rules.pricing.Quote;
import io.github.kamsdk.rules.pricing.QuoteLine;
import io.github.kamsdk.rules.pricing.RuleConditions;
import io.github.kamsdk.rules.pricing.RuleId;
import io.github.kamsdk.rules.pricing.VolumeBreaks;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

// The README's fifth sample (a quote priced by column, breaks and a promotion, and its approval by a
// delegate), kept here so that it cannot rot: the test checks that the README shows this method's
// body up to its assertions.
class ReadmePricingTest {
    // README-SAMPLE-START
    @Test
    void aQuoteThatNeedsApproval() {
        Currency eur = Currency.getInstance("EUR");
        ProductId pump = ProductId.of("PUMP-7");
        ProductGroupId pumps = ProductGroupId.of("PUMPS");
        PriceColumn list = PriceColumn.of("list");
        PriceColumn key = PriceColumn.of("key-account");
        TierScale tiers = TierScale.standard();

        DiscountPolicy policy = DiscountPolicy.builder(
                        PriceList.builder(list, eur)
                                .price(pump, list, DateRange.ofYear(2026), Money.of("100.00", "EUR"))
                                .price(pump, key, DateRange.ofYear(2026), Money.of("95.00", "EUR"))
                                .build(),
                        Catalog.builder()
                                .add(ProductInfo.builder()
                                        .product(pump)
                                        .group(pumps)
                                        .unitCost(Money.of("70.00", "EUR"))
                                        .build())
                                .build())
                .columns(ColumnSelection.builder()
                        .forTier(tiers.tier("Key"), key)
                        .build())
                .addRule(DiscountRule.builder()
                        .id(RuleId.of("PUMP-BREAKS"))
                        .conditions(
                                RuleConditions.builder().addProductGroup(pumps).build())
                        .effect(DiscountEffect.volumeBreaks(
                                VolumeBreaks.percentOff(BreakSemantics.SLAB, BreakAggregation.LINE)
                                        .from("10", Rate.percent(5)) // the 11th to the 50th unit: 5% off
                                        .from("50", Rate.percent(10)) // from the 51st unit: 10% off
                                        .build()))
                        .build())
                .addRule(DiscountRule.builder()
                        .id(RuleId.of("SUMMER-26"))
                        .conditions(RuleConditions.builder()
                                .validity(DateRange.ofMonth(2026, 8)) // a promotion for August
                                .build())
                        .effect(DiscountEffect.percentOff(Rate.percent(8)))
                        .build())
                .build();

        PricingResult pricing = policy.price(Quote.builder()
                .id(EventId.of("Q-104"))
                .account(AccountId.of("C-1"))
                .tier(tiers.tier("Key"))
                .date(LocalDate.of(2026, 8, 5))
                .addLine(QuoteLine.of(1, pump, new BigDecimal("60")))
                .build());
        // key-account column 95.00 x 60 = 5,700.00; slab breaks: 10 at 95.00, 40 at 90.25,
        // 10 at 85.50 = 5,415.00; the promotion: 8% of 5,415.00 = 433.20 off; net 4,981.80
        // 1,018.20 off the list price of 6,000.00 = 16.97%; margin 781.80 / 4,981.80 = 15.69%

        ManagerId carmen = ManagerId.of("carmen");
        ManagerId ana = ManagerId.of("ana");
        ManagerId luis = ManagerId.of("luis");
        SalesTeam team = SalesTeam.builder()
                .addManager(Manager.of(carmen, "Carmen Vidal", Role.HEAD_OF_SALES))
                .addManager(Manager.of(ana, "Ana Ruiz", Role.SENIOR_KAM))
                .addManager(Manager.of(luis, "Luis Gil", Role.JUNIOR_KAM))
                .reportsTo(ana, carmen)
                .reportsTo(luis, ana)
                .addDelegation(Delegation.of(
                        carmen,
                        ana,
                        DateRange.of(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 15)))) // Carmen at a trade fair
                .build();
        ApprovalPolicy approvals = ApprovalPolicy.of(AuthorityMatrix.defaults(eur), team);
        ApprovalRequest request = ApprovalRequest.of(EventId.of("APR-9"), luis, pricing);
        // 16.97% is beyond a junior KAM's 5% and a senior KAM's 10%: the head of sales must approve

        ApprovalDecision during = approvals.approve(request, ana, LocalDate.of(2026, 8, 5));
        // approved: Ana holds Carmen's authority while Carmen is away
        ApprovalDecision after = approvals.approve(request, ana, LocalDate.of(2026, 8, 20));
        // refused: on 20 August Ana has only her own authority (10%)

        assertThat(pricing.netTotal()).isEqualTo(Money.of("4981.80", "EUR"));
        assertThat(pricing.discountRate().orElseThrow().fraction()).isEqualByComparingTo("0.1697");
        assertThat(pricing.marginRate().orElseThrow().fraction()).isEqualByComparingTo("0.1569312297");
        assertThat(approvals.requiredRole(request)).contains(Role.HEAD_OF_SALES);
        assertThat(during.isApproved()).isTrue();
        assertThat(during.record().orElseThrow().onAuthorityOf()).isEqualTo(carmen);
        assertThat(during.record().orElseThrow().role()).isEqualTo(Role.HEAD_OF_SALES);
        assertThat(after.isApproved()).isFalse();
        assertThat(after.refusal().orElseThrow()).contains("discount 16.97% above 10%");
    }
    // README-SAMPLE-END

    @Test
    void readmeShowsThisSample() throws Exception {
        List<String> source =
                Files.readAllLines(Path.of("src/test/java/io/github/kamsdk/examples/ReadmePricingTest.java"));
        int signature = source.indexOf("    void aQuoteThatNeedsApproval() {");
        List<String> body = new ArrayList<>();
        for (String line : source.subList(signature + 1, source.size())) {
            if (line.contains("assertThat")) {
                break;
            }
            body.add(line.length() >= 8 ? line.substring(8) : line.strip());
        }
        while (body.get(body.size() - 1).isEmpty()) {
            body.remove(body.size() - 1);
        }
        String readme = Files.readString(Path.of("../README.md"));
        assertThat(readme).contains(String.join("\n", body) + "\n");
    }
}
