package io.github.kamsdk.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of {@link Explanation}: the Javadoc's example, building, plus, find, rendering. */
class ExplanationTest {
    private static final Step LINE = Step.of(
            "pay.commission.line",
            "{rate} of {base} = {amount}",
            "rate",
            Rate.percent(15),
            "base",
            Money.of("1000", "EUR"),
            "amount",
            Money.of("150", "EUR"));
    private static final Step ROUND = Step.of("money.round", "rounded to {rounded}", "rounded", Money.of("150", "EUR"));
    private static final Step A = Step.of("a", "a");
    private static final Step B = Step.of("b", "b");
    private static final Step C = Step.of("c", "c");

    @Test
    void theJavadocExampleRendersTwoLines() {
        Explanation why = Explanation.of(LINE, ROUND);

        assertThat(why.render())
                .isEqualTo("15% of EUR 1000.00 = EUR 150.00  [pay.commission.line]\n"
                        + "rounded to EUR 150.00  [money.round]\n");
        assertThat(why.steps()).containsExactly(LINE, ROUND);
        assertThat(why.isEmpty()).isFalse();
    }

    @Test
    void theEmptyExplanationHasNoStepAndRendersNothing() {
        Explanation empty = Explanation.empty();

        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.steps()).isEmpty();
        assertThat(empty.render()).isEmpty();
        assertThat(empty.find("a")).isEmpty();
        assertThat(empty)
                .isEqualTo(Explanation.of())
                .isEqualTo(Explanation.of(List.of()))
                .isEqualTo(Explanation.builder().build());
    }

    @Test
    void ofAndTheBuilderKeepTheStepsInOrder() {
        Explanation expected = Explanation.of(A, B, C);

        assertThat(expected.steps()).containsExactly(A, B, C);
        assertThat(Explanation.of(List.of(A, B, C))).isEqualTo(expected);
        assertThat(Explanation.builder()
                        .addStep(A)
                        .addSteps(B)
                        .addAllSteps(List.of(C))
                        .build())
                .isEqualTo(expected);
        assertThat(Explanation.of(C, B, A)).isNotEqualTo(expected);
    }

    @Test
    void theSameStepMayAppearTwice() {
        Explanation twice = Explanation.of(A, A);

        assertThat(twice.steps()).containsExactly(A, A);
        assertThat(twice.render()).isEqualTo("a  [a]\na  [a]\n");
    }

    @Test
    void plusStepAppendsAndLeavesTheOriginalUnchanged() {
        Explanation original = Explanation.of(A, B);

        Explanation longer = original.plus(C);

        assertThat(longer.steps()).containsExactly(A, B, C);
        assertThat(original.steps()).containsExactly(A, B);
        assertThat(Explanation.empty().plus(A).steps()).containsExactly(A);
        assertThat(Explanation.empty().isEmpty()).isTrue();
    }

    @Test
    void plusExplanationAppendsAndLeavesBothUnchanged() {
        Explanation first = Explanation.of(A);
        Explanation second = Explanation.of(B, C);

        Explanation both = first.plus(second);

        assertThat(both.steps()).containsExactly(A, B, C);
        assertThat(second.plus(first).steps()).containsExactly(B, C, A);
        assertThat(first.steps()).containsExactly(A);
        assertThat(second.steps()).containsExactly(B, C);
        assertThat(first.plus(Explanation.empty())).isEqualTo(first);
        assertThat(Explanation.empty().plus(first)).isEqualTo(first);
        assertThat(first.plus(first).steps()).containsExactly(A, A);
    }

    @Test
    void findReturnsMatchesAtAnyDepthDepthFirst() {
        Step x3 = Step.of("pay.x", "x3");
        Step y2 = Step.builder().code("pay.y").template("y2").addChild(x3).build();
        Step x4 = Step.of("pay.x", "x4");
        Step x1 = Step.builder()
                .code("pay.x")
                .template("x1")
                .addChild(y2)
                .addChild(x4)
                .build();
        Step y6 = Step.of("pay.y", "y6");
        Step x5 = Step.builder().code("pay.x").template("x5").addChild(y6).build();
        Explanation why = Explanation.of(x1, x5);

        assertThat(why.find("pay.x")).containsExactly(x1, x3, x4, x5);
        assertThat(why.find("pay.y")).containsExactly(y2, y6);
        assertThat(why.find("pay")).as("codes match whole, not by prefix").isEmpty();
        assertThat(why.find("pay.z")).isEmpty();
    }

    @Test
    void nestedStepsRenderIndented() {
        Step inner = Step.of("c", "inner");
        Step middle =
                Step.builder().code("b").template("middle").addChild(inner).build();
        Step outer = Step.builder().code("a").template("outer").addChild(middle).build();

        Explanation why = Explanation.of(outer, ROUND);

        assertThat(why.render())
                .isEqualTo("outer  [a]\n" + "  middle  [b]\n" + "    inner  [c]\n"
                        + "rounded to EUR 150.00  [money.round]\n");
        assertThat(why.render()).isEqualTo(outer.render() + ROUND.render());
    }

    @Test
    void equalityIsStructural() {
        Step nested = Step.builder().code("a").template("a").addChild(B).build();
        new EqualsTester()
                .addEqualityGroup(
                        Explanation.empty(),
                        Explanation.of(),
                        Explanation.builder().build(),
                        Explanation.of(new ArrayList<Step>()))
                .addEqualityGroup(
                        Explanation.of(A, B),
                        Explanation.of(List.of(A, B)),
                        Explanation.of(A).plus(B))
                .addEqualityGroup(Explanation.of(B, A))
                .addEqualityGroup(Explanation.of(A))
                .addEqualityGroup(Explanation.of(A, A))
                .addEqualityGroup(
                        Explanation.of(nested),
                        Explanation.of(Step.builder()
                                .code("a")
                                .template("a")
                                .addChild(Step.of("b", "b"))
                                .build()))
                .testEquals();
    }

    @Test
    void returnedListsAreUnmodifiable() {
        Explanation why = Explanation.of(A, B, A);

        assertThatThrownBy(() -> why.steps().add(C)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> why.steps().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> why.find("a").add(C)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> why.find("a").clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> why.find("z").add(C)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Explanation.empty().steps().add(C)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(why.steps()).containsExactly(A, B, A);
        assertThat(Explanation.empty().isEmpty()).isTrue();
    }

    @Test
    void anExplanationDoesNotChangeWhenItsInputsOrBuilderChangeLater() {
        List<Step> steps = new ArrayList<>(List.of(A, B));
        Explanation.Builder builder = Explanation.builder().addAllSteps(steps);
        Explanation fromList = Explanation.of(steps);
        Explanation fromBuilder = builder.build();
        Step[] array = {A, B};
        Explanation fromArray = Explanation.of(array);

        steps.add(C);
        builder.addStep(C);
        array[0] = C;

        assertThat(fromList.steps()).containsExactly(A, B);
        assertThat(fromBuilder.steps()).containsExactly(A, B);
        assertThat(fromArray.steps()).containsExactly(A, B);
        assertThat(builder.build().steps()).containsExactly(A, B, C);
    }
}
