package io.github.kamsdk.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.time.DateRange;
import io.github.kamsdk.core.time.PeriodUnit;
import io.github.kamsdk.core.time.Proration;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Worked examples of {@link Step}: the Javadoc's examples, text, parameters, rendering, equality. */
class StepTest {
    private static final Money BASE = Money.of("1234.57", "EUR");
    private static final Money AMOUNT = Money.of("185.1855", "EUR");

    /** A test enum, as a host's own enum constant would be. */
    enum Tier {
        GOLD,
        SILVER {
            @Override
            public String toString() {
                return "silver tier";
            }
        }
    }

    private static Step commissionLine() {
        return Step.builder()
                .code("pay.commission.line")
                .template("{rate} of {base} = {amount}")
                .putParameter("rate", Rate.percent(15))
                .putParameter("base", BASE)
                .putParameter("amount", AMOUNT)
                .build();
    }

    @Test
    void theJavadocExampleReadsAsDocumented() {
        Step step = commissionLine();

        assertThat(step.text()).isEqualTo("15% of EUR 1234.57 = EUR 185.1855");
        assertThat(step.code()).isEqualTo("pay.commission.line");
        assertThat(step.template()).isEqualTo("{rate} of {base} = {amount}");
        assertThat(step.children()).isEmpty();
        assertThat(step.render()).isEqualTo("15% of EUR 1234.57 = EUR 185.1855  [pay.commission.line]\n");
    }

    @Test
    void ofTakesAlternatingNamesAndValues() {
        Money exact = AMOUNT;
        Money rounded = Money.of("185.19", "EUR");

        Step step = Step.of("money.round", "{exact} rounded to {rounded}", "exact", exact, "rounded", rounded);

        assertThat(step.text()).isEqualTo("EUR 185.1855 rounded to EUR 185.19");
        assertThat(step.parameters()).containsExactly(entry("exact", exact), entry("rounded", rounded));
        assertThat(step.children()).isEmpty();
        assertThat(step)
                .isEqualTo(Step.builder()
                        .code("money.round")
                        .template("{exact} rounded to {rounded}")
                        .putParameter("exact", exact)
                        .putParameter("rounded", rounded)
                        .build());
    }

    @Test
    void ofWithoutNamesAndValuesMakesAStepWithoutParameters() {
        Step step = Step.of("pay.total", "no commission this period");

        assertThat(step.parameters()).isEmpty();
        assertThat(step.text()).isEqualTo("no commission this period");
    }

    static Stream<Arguments> everySupportedType() {
        return Stream.of(
                Arguments.of(Money.of("1234.5", "EUR"), "EUR 1234.50"),
                Arguments.of(Money.of("500", "JPY"), "JPY 500"),
                Arguments.of(Rate.percent("12.5"), "12.5%"),
                Arguments.of(
                        DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1)), "[2026-01-01, 2026-04-01)"),
                Arguments.of(Proration.ofDays(10, 31), "10/31"),
                Arguments.of(new BigDecimal("1E+3"), "1000"),
                Arguments.of(new BigDecimal("0.50"), "0.50"),
                Arguments.of(new BigDecimal("-1.5E-7"), "-0.00000015"),
                Arguments.of(new BigInteger("123456789012345678901234567890"), "123456789012345678901234567890"),
                Arguments.of(-42, "-42"),
                Arguments.of(9_000_000_000L, "9000000000"),
                Arguments.of(true, "true"),
                Arguments.of("Acme GmbH", "Acme GmbH"),
                Arguments.of(LocalDate.of(2026, 3, 31), "2026-03-31"),
                Arguments.of(YearMonth.of(2026, 3), "2026-03"),
                Arguments.of(Year.of(2026), "2026"),
                Arguments.of(Currency.getInstance("CHF"), "CHF"),
                Arguments.of(Month.MARCH, "MARCH"),
                Arguments.of(PeriodUnit.values()[0], PeriodUnit.values()[0].toString()),
                Arguments.of(Tier.GOLD, "GOLD"),
                // A constant with a body is an instance of an anonymous subclass; still an enum constant.
                Arguments.of(Tier.SILVER, "silver tier"));
    }

    @ParameterizedTest(name = "[{index}] {0} is shown as \"{1}\"")
    @MethodSource("everySupportedType")
    void textShowsEverySupportedParameterType(Object value, String shown) {
        Step step = Step.of("test.value", "value: {v}.", "v", value);

        assertThat(step.text()).isEqualTo("value: " + shown + ".");
        assertThat(step.parameter("v")).containsSame(value);
    }

    @Test
    void aTemplateWithoutPlaceholderIsItsOwnText() {
        Step step = Step.builder()
                .code("pay.total")
                .template("nothing to pay: below threshold")
                .putParameter("unused", 1)
                .build();

        assertThat(step.text()).isEqualTo("nothing to pay: below threshold");
        assertThat(step.parameters()).containsExactly(entry("unused", 1));
    }

    @Test
    void anEmptyTemplateGivesAnEmptyText() {
        Step step = Step.of("pay.total", "");

        assertThat(step.text()).isEmpty();
        assertThat(step.render()).isEqualTo("  [pay.total]\n");
    }

    @Test
    void thePlaceholderMayAppearTwice() {
        Step step = Step.of("kpi.attainment", "{x} + {x} = {y}", "x", 1, "y", 2);

        assertThat(step.text()).isEqualTo("1 + 1 = 2");
    }

    @Test
    void placeholdersMayBeAdjacent() {
        Step step = Step.of("kpi.attainment", "{a}{b}", "a", "x", "b", "y");

        assertThat(step.text()).isEqualTo("xy");
    }

    @Test
    void valuesAreInsertedLiterallyEvenWithRegexReplacementCharacters() {
        Step step = Step.of("test.value", "{a}|{b}|{c}", "a", "$1", "b", "C:\\temp\\", "c", "{b}");

        assertThat(step.text()).isEqualTo("$1|C:\\temp\\|{b}");
    }

    @Test
    void bracesThatAreNoPlaceholderStayInTheText() {
        Step step = Step.of("test.value", "} and { and {{a}}", "a", 7);

        assertThat(step.text()).isEqualTo("} and { and {7}");
    }

    @Test
    void parametersKeepTheirInsertionOrder() {
        Step step = Step.builder()
                .code("test.order")
                .template("{z}{a}{m}")
                .putParameter("z", 1)
                .putParameter("a", 2)
                .putParameter("m", 3)
                .build();

        assertThat(step.parameters().keySet()).containsExactly("z", "a", "m");
    }

    @Test
    void putAllParametersAddsInTheMapsOrder() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("second", 2);
        parameters.put("first", 1);

        Step step = Step.builder()
                .code("test.order")
                .template("{first} {second}")
                .putParameter("zeroth", 0)
                .putAllParameters(parameters)
                .build();

        assertThat(step.parameters()).containsExactly(entry("zeroth", 0), entry("second", 2), entry("first", 1));
        assertThat(step.text()).isEqualTo("1 2");
    }

    @Test
    void putParameterReplacesAnExistingNameInPlace() {
        Step step = Step.builder()
                .code("test.replace")
                .template("{x} {y}")
                .putParameter("x", 1)
                .putParameter("y", 2)
                .putParameter("x", 3)
                .build();

        assertThat(step.parameters()).containsExactly(entry("x", 3), entry("y", 2));
        assertThat(step.text()).isEqualTo("3 2");
    }

    @Test
    void nestedStepsRenderIndentedByTwoSpacesPerLevel() {
        Step grandchild = Step.of("time.prorate", "{share} of the month", "share", Proration.ofDays(10, 31));
        Step child = Step.builder()
                .code("money.round")
                .template("rounded to {rounded}")
                .putParameter("rounded", Money.of("185.19", "EUR"))
                .addChild(grandchild)
                .build();
        Step sibling = Step.of("pay.total", "total {t}", "t", Money.of("185.19", "EUR"));
        Step step = Step.builder()
                .code("pay.commission.line")
                .template("{rate} of {base} = {amount}")
                .putParameter("rate", Rate.percent(15))
                .putParameter("base", BASE)
                .putParameter("amount", AMOUNT)
                .addChild(child)
                .addChild(sibling)
                .build();

        assertThat(step.children()).containsExactly(child, sibling);
        assertThat(step.render())
                .isEqualTo("15% of EUR 1234.57 = EUR 185.1855  [pay.commission.line]\n"
                        + "  rounded to EUR 185.19  [money.round]\n"
                        + "    10/31 of the month  [time.prorate]\n"
                        + "  total EUR 185.19  [pay.total]\n");
    }

    @Test
    void addAllChildrenAppendsInOrder() {
        Step a = Step.of("a", "a");
        Step b = Step.of("b", "b");
        Step c = Step.of("c", "c");

        Step step = Step.builder()
                .code("parent")
                .template("p")
                .addChild(a)
                .addAllChildren(List.of(b, c))
                .build();

        assertThat(step.children()).containsExactly(a, b, c);
    }

    @Test
    void aLineBreakInATextDoesNotStartANewLineOfTheRendering() {
        Step child = Step.of("note", "{n}", "n", "Acme\r\nGmbH\nBerlin\u2028Mitte");
        Step step = Step.builder()
                .code("account")
                .template("key account\nA")
                .addChild(child)
                .build();

        assertThat(child.text()).isEqualTo("Acme\r\nGmbH\nBerlin\u2028Mitte");
        assertThat(step.render()).isEqualTo("key account A  [account]\n" + "  Acme GmbH Berlin Mitte  [note]\n");
    }

    @Test
    void parameterByNameIsOptional() {
        Step step = commissionLine();

        assertThat(step.parameter("base")).isEqualTo(Optional.of(BASE));
        assertThat(step.parameter("missing")).isEmpty();
        assertThat(step.parameter("Base")).as("names are case-sensitive").isEmpty();
    }

    @Test
    void parameterByNameAndTypeIsTyped() {
        Step step = commissionLine();

        Money amount = step.parameter("amount", Money.class);
        Rate rate = step.parameter("rate", Rate.class);

        assertThat(amount).isEqualTo(AMOUNT);
        assertThat(rate).isEqualTo(Rate.percent(15));
        assertThat(step.parameter("amount", Object.class)).as("a supertype").isEqualTo(AMOUNT);
        assertThat(step.parameter("amount", Comparable.class))
                .as("an interface")
                .isEqualTo(AMOUNT);
    }

    @Test
    void equalityIsStructural() {
        Step leaf = Step.of("money.round", "rounded to {r}", "r", Money.of("185.19", "EUR"));
        new EqualsTester()
                .addEqualityGroup(
                        commissionLine(),
                        commissionLine(),
                        Step.of(
                                "pay.commission.line",
                                "{rate} of {base} = {amount}",
                                "rate",
                                Rate.percent(15),
                                "base",
                                BASE,
                                "amount",
                                AMOUNT),
                        // Money and Rate are equal by value: EUR 1234.570 is EUR 1234.57, 15.0% is 15%.
                        Step.of(
                                "pay.commission.line",
                                "{rate} of {base} = {amount}",
                                "rate",
                                Rate.percent("15.0"),
                                "base",
                                Money.of("1234.570", "EUR"),
                                "amount",
                                AMOUNT))
                .addEqualityGroup(Step.of(
                        "pay.commission.other",
                        "{rate} of {base} = {amount}",
                        "rate",
                        Rate.percent(15),
                        "base",
                        BASE,
                        "amount",
                        AMOUNT))
                .addEqualityGroup(Step.of(
                        "pay.commission.line",
                        "{rate} of {base} is {amount}",
                        "rate",
                        Rate.percent(15),
                        "base",
                        BASE,
                        "amount",
                        AMOUNT))
                .addEqualityGroup(Step.of(
                        "pay.commission.line",
                        "{rate} of {base} = {amount}",
                        "rate",
                        Rate.percent(16),
                        "base",
                        BASE,
                        "amount",
                        AMOUNT))
                .addEqualityGroup(
                        Step.builder()
                                .code("pay.commission.line")
                                .template("{rate} of {base} = {amount}")
                                .putParameter("rate", Rate.percent(15))
                                .putParameter("base", BASE)
                                .putParameter("amount", AMOUNT)
                                .addChild(leaf)
                                .build(),
                        Step.builder()
                                .code("pay.commission.line")
                                .template("{rate} of {base} = {amount}")
                                .putParameter("rate", Rate.percent(15))
                                .putParameter("base", BASE)
                                .putParameter("amount", AMOUNT)
                                .addChild(Step.of("money.round", "rounded to {r}", "r", Money.of("185.19", "EUR")))
                                .build())
                .addEqualityGroup(Step.of("test.value", "{v}", "v", new BigDecimal("1.0")))
                .addEqualityGroup(Step.of("test.value", "{v}", "v", new BigDecimal("1.00")))
                .addEqualityGroup(Step.of("test.value", "{v}", "v", 1))
                .addEqualityGroup(Step.of("test.value", "{v}", "v", 1L))
                .addEqualityGroup(Step.of("test.value", "{v}", "v", "1"))
                .testEquals();
    }

    @Test
    void returnedMapAndListsAreUnmodifiable() {
        Step leaf = Step.of("leaf", "leaf");
        Step step = Step.builder()
                .code("parent")
                .template("{a}")
                .putParameter("a", 1)
                .putParameter("b", 2)
                .addChild(leaf)
                .addChild(leaf)
                .build();
        Step bare = Step.of("bare", "bare");

        assertThatThrownBy(() -> step.parameters().put("c", 3)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> step.parameters().remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> step.parameters().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> step.children().add(leaf)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> step.children().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> step.children().set(0, bare)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> bare.parameters().put("c", 3)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> bare.children().add(leaf)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(step.parameters()).containsExactly(entry("a", 1), entry("b", 2));
        assertThat(step.children()).containsExactly(leaf, leaf);
    }

    @Test
    void aStepDoesNotChangeWhenItsBuilderOrInputsChangeLater() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("a", 1);
        List<Step> children = new ArrayList<>(List.of(Step.of("c", "c")));
        Step.Builder builder = Step.builder()
                .code("test.copy")
                .template("{a}")
                .putAllParameters(parameters)
                .addAllChildren(children);
        Step step = builder.build();

        parameters.put("a", 2);
        children.add(Step.of("d", "d"));
        builder.putParameter("a", 3).putParameter("b", 4).addChild(Step.of("e", "e"));

        assertThat(step.parameters()).containsExactly(entry("a", 1));
        assertThat(step.children()).containsExactly(Step.of("c", "c"));
        assertThat(step.text()).isEqualTo("1");
        assertThat(builder.build().parameters()).containsExactly(entry("a", 3), entry("b", 4));
    }
}
