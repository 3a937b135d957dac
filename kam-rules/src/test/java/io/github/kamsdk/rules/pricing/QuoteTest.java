package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.rules.pricing.PricingExample.C1;
import static io.github.kamsdk.rules.pricing.PricingExample.CATALOG;
import static io.github.kamsdk.rules.pricing.PricingExample.DAY;
import static io.github.kamsdk.rules.pricing.PricingExample.KEY_TIER;
import static io.github.kamsdk.rules.pricing.PricingExample.MADRID;
import static io.github.kamsdk.rules.pricing.PricingExample.PUMP;
import static io.github.kamsdk.rules.pricing.PricingExample.SEAL;
import static io.github.kamsdk.rules.pricing.PricingExample.line;
import static io.github.kamsdk.rules.pricing.PricingExample.q;
import static io.github.kamsdk.rules.pricing.PricingExample.quote;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.ledger.EventId;
import org.junit.jupiter.api.Test;

/** What a quote and its lines hold, their defaults and their equality. */
class QuoteTest {

    @Test
    void aQuoteHoldsTheAccountAsTheRulesSeeItAndKeepsItsLinesInOrder() {
        PurchaseHistory history =
                PurchaseHistory.builder(CATALOG).add(PUMP, q("4")).build();
        Quote quote = quote().tier(KEY_TIER)
                .segment("retail")
                .accountGroup(MADRID)
                .addProgramme("SPRING-26")
                .addLine(line(2, SEAL, "1", "box"))
                .addLine(line(1, PUMP, "3"))
                .history(history)
                .build();

        assertThat(quote.id()).isEqualTo(EventId.of("Q-1"));
        assertThat(quote.account()).isEqualTo(C1);
        assertThat(quote.tier()).contains(KEY_TIER);
        assertThat(quote.segment()).contains("retail");
        assertThat(quote.accountGroup()).contains(MADRID);
        assertThat(quote.date()).isEqualTo(DAY);
        assertThat(quote.programmes()).containsExactly("SPRING-26");
        // lines are kept in the order given
        assertThat(quote.lines()).extracting(QuoteLine::lineNumber).containsExactly(2, 1);
        assertThat(quote.history()).isEqualTo(history);
    }

    @Test
    void aQuoteHasDefaults() {
        Quote quote = quote().addLine(line(1, PUMP, "3")).build();

        assertThat(quote.tier()).isEmpty();
        assertThat(quote.segment()).isEmpty();
        assertThat(quote.accountGroup()).isEmpty();
        assertThat(quote.programmes()).isEmpty();
        assertThat(quote.history()).isEqualTo(PurchaseHistory.none());
        assertThat(quote)
                .isEqualTo(quote().addLine(line(1, PUMP, "3")).build())
                .hasSameHashCodeAs(quote().addLine(line(1, PUMP, "3")).build())
                .isNotEqualTo(quote().addLine(line(1, PUMP, "4")).build())
                .isNotEqualTo(quote().tier(KEY_TIER).addLine(line(1, PUMP, "3")).build());
    }

    @Test
    void aLineHoldsItsNumberProductQuantityAndUnit() {
        QuoteLine box = line(2, SEAL, "1.5", "box");
        QuoteLine ret = QuoteLine.of(3, PUMP, q("-2"));

        assertThat(box.lineNumber()).isEqualTo(2);
        assertThat(box.product()).isEqualTo(SEAL);
        assertThat(box.quantity()).isEqualByComparingTo("1.5");
        assertThat(box.unit()).contains("box");
        assertThat(ret.unit()).isEmpty();
        assertThat(ret.quantity()).isEqualByComparingTo("-2");
        assertThat(ret).isEqualTo(QuoteLine.of(3, PUMP, q("-2"))).isNotEqualTo(QuoteLine.of(3, PUMP, q("2")));
    }
}
