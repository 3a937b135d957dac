package io.github.kamsdk.core.explain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Every bad input to {@link Step} and {@link Explanation} fails with an {@link
 * IllegalArgumentException} whose message names the field and the bad value; never with a {@link
 * NullPointerException} or another exception.
 */
class ExplainBadInputTest {
    private static final Step STEP = Step.of(
            "pay.commission.line", "{rate} of {base}", "rate", Rate.percent(15), "base", Money.of("1000", "EUR"));

    private static void rejected(ThrowingCallable call, String... fieldAndValue) {
        assertThatThrownBy(call)
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll(fieldAndValue);
    }

    private static Step.Builder valid() {
        return Step.builder().code("pay.commission.line").template("t");
    }

    // Step: code and template

    @Test
    void nullCode() {
        rejected(() -> Step.builder().code(null), "code", "null");
    }

    @Test
    void nullCodeInOf() {
        rejected(() -> Step.of(null, "t"), "code", "null");
    }

    @Test
    void nullTemplate() {
        rejected(() -> Step.builder().template(null), "template", "null");
    }

    @Test
    void nullTemplateInOf() {
        rejected(() -> Step.of("a", null), "template", "null");
    }

    @Test
    void missingCodeAtBuild() {
        rejected(() -> Step.builder().template("t").build(), "code", "null");
    }

    @Test
    void missingTemplateAtBuild() {
        rejected(() -> Step.builder().code("a").build(), "template", "null");
    }

    @Test
    void codeWithUpperCase() {
        rejected(() -> Step.of("Pay.Commission", "t"), "code", "'Pay.Commission'");
    }

    @Test
    void codeWithAnEmptyWord() {
        rejected(() -> Step.of("pay..x", "t"), "code", "'pay..x'");
    }

    @Test
    void emptyCode() {
        rejected(() -> Step.of("", "t"), "code", "''");
    }

    @Test
    void codeWithATrailingDot() {
        rejected(() -> valid().code("pay.").build(), "code", "'pay.'");
    }

    @Test
    void codeStartingWithADigit() {
        rejected(() -> valid().code("1pay").build(), "code", "'1pay'");
    }

    @Test
    void codeWithASpace() {
        rejected(() -> valid().code("pay commission").build(), "code", "'pay commission'");
    }

    // Step: template placeholders

    @Test
    void placeholderNamingNoParameter() {
        rejected(
                () -> Step.of("pay.x", "{rate} of {base}", "rate", Rate.percent(15)), "placeholder", "{base}", "pay.x");
    }

    @Test
    void emptyPlaceholder() {
        rejected(() -> Step.of("pay.x", "set {}"), "placeholder", "{}", "pay.x");
    }

    // Step: parameters

    @Test
    void nullParameterName() {
        rejected(() -> valid().putParameter(null, 1), "parameter name", "null");
    }

    @Test
    void parameterNameStartingWithADigit() {
        rejected(() -> valid().putParameter("1x", 1).build(), "parameter name", "'1x'");
    }

    @Test
    void parameterNameWithAHyphen() {
        rejected(() -> valid().putParameter("a-b", 1).build(), "parameter name", "'a-b'");
    }

    @Test
    void emptyParameterName() {
        rejected(() -> valid().putParameter("", 1).build(), "parameter name", "''");
    }

    @Test
    void nullParameterValue() {
        rejected(() -> valid().putParameter("amount", null), "parameter 'amount'", "null");
    }

    @Test
    void nullParameterValueInOf() {
        rejected(() -> Step.of("a", "t", "amount", null), "parameter 'amount'", "null");
    }

    @Test
    void mutableListAsParameterValue() {
        rejected(
                () -> valid().putParameter("lines", new ArrayList<>(List.of(1))).build(),
                "parameter 'lines'",
                "java.util.ArrayList");
    }

    @Test
    void plainObjectAsParameterValue() {
        rejected(() -> valid().putParameter("thing", new Object()).build(), "parameter 'thing'", "java.lang.Object");
    }

    @Test
    void doubleAsParameterValue() {
        rejected(() -> valid().putParameter("share", 0.1).build(), "parameter 'share'", "java.lang.Double");
    }

    @Test
    void putAllParametersNull() {
        rejected(() -> valid().putAllParameters(null), "parameters", "null");
    }

    @Test
    void putAllParametersWithANullValue() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("amount", null);
        rejected(() -> valid().putAllParameters(parameters), "parameter 'amount'", "null");
    }

    @Test
    void putAllParametersWithANullName() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(null, 1);
        rejected(() -> valid().putAllParameters(parameters), "parameter name", "null");
    }

    // Step: children

    @Test
    void nullChild() {
        rejected(() -> valid().addChild(null), "children[0]", "null");
    }

    @Test
    void nullChildAfterOthers() {
        rejected(() -> valid().addChild(STEP).addChild(null), "children[1]", "null");
    }

    @Test
    void addAllChildrenNull() {
        rejected(() -> valid().addAllChildren(null), "children", "null");
    }

    @Test
    void addAllChildrenWithANullElement() {
        rejected(() -> valid().addAllChildren(Arrays.asList(STEP, null)), "children[1]", "null");
    }

    // Step.of

    @Test
    void ofWithAnOddNumberOfNamesAndValues() {
        rejected(() -> Step.of("a", "{x}", "x", 1, "y"), "namesAndValues", "3");
    }

    @Test
    void ofWithANonStringName() {
        rejected(() -> Step.of("a", "{x}", "x", 1, 42L, 2), "parameter name at position 2", "42");
    }

    @Test
    void ofWithANullName() {
        rejected(() -> Step.of("a", "t", null, 1), "parameter name at position 0", "null");
    }

    @Test
    void ofWithANullArray() {
        rejected(() -> Step.of("a", "t", (Object[]) null), "namesAndValues", "null");
    }

    // Step: reading parameters

    @Test
    void parameterWithANullName() {
        rejected(() -> STEP.parameter(null), "name", "null");
    }

    @Test
    void typedParameterWithAMissingName() {
        rejected(() -> STEP.parameter("amount", Money.class), "'amount'", "pay.commission.line");
    }

    @Test
    void typedParameterOfTheWrongType() {
        rejected(() -> STEP.parameter("rate", Money.class), "'rate'", "Rate", "Money");
    }

    @Test
    void typedParameterWithANullName() {
        rejected(() -> STEP.parameter(null, Money.class), "name", "null");
    }

    @Test
    void typedParameterWithANullType() {
        rejected(() -> STEP.parameter("rate", null), "type", "null");
    }

    // Explanation

    @Test
    void ofANullArray() {
        rejected(() -> Explanation.of((Step[]) null), "steps", "null");
    }

    @Test
    void ofANullIterable() {
        rejected(() -> Explanation.of((Iterable<Step>) null), "steps", "null");
    }

    @Test
    void ofAListWithANullElement() {
        rejected(() -> Explanation.of(Arrays.asList(STEP, null)), "steps[1]", "null");
    }

    @Test
    void ofAnArrayWithANullElement() {
        rejected(() -> Explanation.of(STEP, null), "steps[1]", "null");
    }

    @Test
    void addStepNull() {
        rejected(() -> Explanation.builder().addStep(null), "steps[0]", "null");
    }

    @Test
    void addAllStepsNull() {
        rejected(() -> Explanation.builder().addAllSteps(null), "steps", "null");
    }

    @Test
    void addStepsNullArray() {
        rejected(() -> Explanation.builder().addSteps((Step[]) null), "steps", "null");
    }

    @Test
    void findNull() {
        rejected(() -> Explanation.of(STEP).find(null), "code", "null");
    }

    @Test
    void plusNullStep() {
        rejected(() -> Explanation.of(STEP).plus((Step) null), "step", "null");
    }

    @Test
    void plusNullExplanation() {
        rejected(() -> Explanation.of(STEP).plus((Explanation) null), "other", "null");
    }
}
