package io.github.kamsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.money.Money;
import org.junit.jupiter.api.Test;

class QuickStartTest {
    private final Explanation explanation = QuickStart.explain();

    @Test
    void commissionIsFifteenPercentOfTheDealRoundedHalfEven() {
        // 12,345.67 × 0.15 = 1,851.8505 → HALF_EVEN to the cent: 1,851.85
        Step step = explanation.find("example.commission").get(0);
        assertThat(step.parameter("exact", Money.class)).isEqualTo(Money.of("1851.8505", "EUR"));
        assertThat(step.parameter("commission", Money.class)).isEqualTo(Money.of("1851.85", "EUR"));
    }

    @Test
    void splitConservesTheCommissionToTheCent() {
        // 1,851.85 × 60% = 1,111.11; × 40% = 740.74; 1,111.11 + 740.74 = 1,851.85
        Step split = explanation.find("example.split").get(0);
        Money junior = split.parameter("junior", Money.class);
        Money senior = split.parameter("senior", Money.class);
        assertThat(junior).isEqualTo(Money.of("1111.11", "EUR"));
        assertThat(senior).isEqualTo(Money.of("740.74", "EUR"));
        assertThat(junior.plus(senior)).isEqualTo(Money.of("1851.85", "EUR"));
    }

    @Test
    void payoutIsConvertedAtTheRecordedRate() {
        // 1,111.11 × 95.1234 = 105,555.45 + 137.110974 = 105,692.560974 → RUB 105,692.56; 740.74 × 95.1234 =
        // 70,461.707316 → 70,461.71
        assertThat(explanation.find("example.round"))
                .extracting(s -> s.parameter("payable", Money.class))
                .containsExactly(Money.of("105692.56", "RUB"), Money.of("70461.71", "RUB"));
        assertThat(explanation.find("example.convert").get(0).text()).contains("1 EUR = 95.1234 RUB (2026-11-28)");
    }

    @Test
    void fixedPartIsProratedTenAndTwentyDaysOfThirty() {
        // November has 30 days: 3,100 × 10/30 = 1,033.333… and 3,100 × 20/30 = 2,066.666…
        // cut to 1,033.33 and 2,066.66; the leftover cent goes to the larger remainder (2,066.67).
        assertThat(explanation.find("example.proration.piece"))
                .extracting(s -> s.parameter("amount", Money.class))
                .containsExactly(Money.of("1033.33", "EUR"), Money.of("2066.67", "EUR"));
    }

    @Test
    void rendersOneLinePerStep() {
        String text = explanation.render();
        assertThat(text.lines()).hasSize(11); // 2 + 5 + 3 + 1 steps
        assertThat(text).startsWith("Commission 15% of the deal EUR 12345.67 = EUR 1851.8505, rounded to EUR 1851.85");
    }
}
