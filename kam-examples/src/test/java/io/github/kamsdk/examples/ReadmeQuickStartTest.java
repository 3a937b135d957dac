package io.github.kamsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.money.Allocation;
import io.github.kamsdk.core.money.Conversion;
import io.github.kamsdk.core.money.ExchangeRateTable;
import io.github.kamsdk.core.money.ExchangeRates;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.money.RemainderPolicy;
import io.github.kamsdk.core.money.RoundingPolicy;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

// The README's quick start, kept here so that it cannot rot: the block between the markers
// below is the README's Java sample, and the test checks the two stay identical.
class ReadmeQuickStartTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency RUB = Currency.getInstance("RUB");

    // README-SAMPLE-START
    @Test
    void commissionSplitAndPayout() {
        Money deal = Money.of("12345.67", "EUR");
        Money commission = deal.times(Rate.percent(15)).round(RoundingPolicy.DEFAULT); // EUR 1851.85

        List<Money> split = Allocation.byRates(
                commission, List.of(Rate.percent(60), Rate.percent(40)), RemainderPolicy.LARGEST_REMAINDER);
        // [EUR 1111.11, EUR 740.74]: the parts always add up to the total

        ExchangeRates rates = ExchangeRateTable.builder()
                .add(EUR, RUB, new BigDecimal("95.1234"), LocalDate.of(2026, 11, 28))
                .build();
        Conversion payout = rates.convert(split.get(0), RUB, LocalDate.of(2026, 11, 30));
        // payout.result().round() is RUB 105692.56; payout.rate() is the rate used, for the statement

        assertThat(commission).isEqualTo(Money.of("1851.85", "EUR"));
        assertThat(split).containsExactly(Money.of("1111.11", "EUR"), Money.of("740.74", "EUR"));
        assertThat(payout.result().round()).isEqualTo(Money.of("105692.56", "RUB"));
    }
    // README-SAMPLE-END

    @Test
    void readmeShowsThisSample() throws Exception {
        List<String> source =
                Files.readAllLines(Path.of("src/test/java/io/github/kamsdk/examples/ReadmeQuickStartTest.java"));
        // The body of the sample method, up to its assertions, as the README shows it.
        int signature = source.indexOf("    void commissionSplitAndPayout() {");
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
