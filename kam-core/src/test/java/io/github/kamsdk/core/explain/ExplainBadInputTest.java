package io.github.kamsdk.core.explain;

import static io.github.kamsdk.core.testing.BadInput.assertRejected;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every bad input to {@link Step} and {@link Explanation} fails with an {@link
 * IllegalArgumentException} whose message names the field and the bad value; never with a {@link
 * NullPointerException} or another exception.
 */
class ExplainBadInputTest {
    private static final Step STEP = Step.of(
            "pay.commission.line", "{rate} of {base}", "rate", Rate.percent(15), "base", Money.of("1000", "EUR"));

    private static Step.Builder valid() {
        return Step.builder().code("pay.commission.line").template("t");
    }

    // Step: code and template

    @Test
    void nullCode() {
        assertRejected(() -> Step.builder().code(null), "code", "null");
    }

    @Test
    void nullCodeInOf() {
        assertRejected(() -> Step.of(null, "t"), "code", "null");
    }

    @Test
    void nullTemplate() {
        assertRejected(() -> Step.builder().template(null), "template", "null");
    }

    @Test
    void nullTemplateInOf() {
        assertRejected(() -> Step.of("a", null), "template", "null");
    }

    @Test
    void missingCodeAtBuild() {
        assertRejected(() -> Step.builder().template("t").build(), "code", "null");
    }

    @Test
    void missingTemplateAtBuild() {
        assertRejected(() -> Step.builder().code("a").build(), "template", "null");
    }

    @Test
    void codeWithUpperCase() {
        assertRejected(() -> Step.of("Pay.Commission", "t"), "code", "'Pay.Commission'");
    }

    @Test
    void codeWithAnEmptyWord() {
        assertRejected(() -> Step.of("pay..x", "t"), "code", "'pay..x'");
    }

    @Test
    void emptyCode() {
        assertRejected(() -> Step.of("", "t"), "code", "''");
    }

    @Test
    void codeWithATrailingDot() {
        assertRejected(() -> valid().code("pay.").build(), "code", "'pay.'");
    }

    @Test
    void codeStartingWithADigit() {
        assertRejected(() -> valid().code("1pay").build(), "code", "'1pay'");
    }

    @Test
    void codeWithASpace() {
        assertRejected(() -> valid().code("pay commission").build(), "code", "'pay commission'");
    }

    // Step: template placeholders

    @Test
    void placeholderNamingNoParameter() {
        assertRejected(
                () -> Step.of("pay.x", "{rate} of {base}", "rate", Rate.percent(15)), "placeholder", "{base}", "pay.x");
    }

    @Test
    void emptyPlaceholder() {
        assertRejected(() -> Step.of("pay.x", "set {}"), "placeholder", "{}", "pay.x");
    }

    // Step: parameters

    @Test
    void nullParameterName() {
        assertRejected(() -> valid().putParameter(null, 1), "parameter name", "null");
    }

    @Test
    void parameterNameStartingWithADigit() {
        assertRejected(() -> valid().putParameter("1x", 1).build(), "parameter name", "'1x'");
    }

    @Test
    void parameterNameWithAHyphen() {
        assertRejected(() -> valid().putParameter("a-b", 1).build(), "parameter name", "'a-b'");
    }

    @Test
    void emptyParameterName() {
        assertRejected(() -> valid().putParameter("", 1).build(), "parameter name", "''");
    }

    @Test
    void nullParameterValue() {
        assertRejected(() -> valid().putParameter("amount", null), "parameter 'amount'", "null");
    }

    @Test
    void nullParameterValueInOf() {
        assertRejected(() -> Step.of("a", "t", "amount", null), "parameter 'amount'", "null");
    }

    @Test
    void mutableListAsParameterValue() {
        assertRejected(
                () -> valid().putParameter("lines", new ArrayList<>(List.of(1))).build(),
                "parameter 'lines'",
                "java.util.ArrayList");
    }

    @Test
    void plainObjectAsParameterValue() {
        assertRejected(
                () -> valid().putParameter("thing", new Object()).build(), "parameter 'thing'", "java.lang.Object");
    }

    @Test
    void doubleAsParameterValue() {
        assertRejected(() -> valid().putParameter("share", 0.1).build(), "parameter 'share'", "java.lang.Double");
    }

    @Test
    void putAllParametersNull() {
        assertRejected(() -> valid().putAllParameters(null), "parameters", "null");
    }

    @Test
    void putAllParametersWithANullValue() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("amount", null);
        assertRejected(() -> valid().putAllParameters(parameters), "parameter 'amount'", "null");
    }

    @Test
    void putAllParametersWithANullName() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(null, 1);
        assertRejected(() -> valid().putAllParameters(parameters), "parameter name", "null");
    }

    // Step: children

    @Test
    void nullChild() {
        assertRejected(() -> valid().addChild(null), "children[0]", "null");
    }

    @Test
    void nullChildAfterOthers() {
        assertRejected(() -> valid().addChild(STEP).addChild(null), "children[1]", "null");
    }

    @Test
    void addAllChildrenNull() {
        assertRejected(() -> valid().addAllChildren(null), "children", "null");
    }

    @Test
    void addAllChildrenWithANullElement() {
        assertRejected(() -> valid().addAllChildren(Arrays.asList(STEP, null)), "children[1]", "null");
    }

    // Step.of

    @Test
    void ofWithAnOddNumberOfNamesAndValues() {
        assertRejected(() -> Step.of("a", "{x}", "x", 1, "y"), "namesAndValues", "3");
    }

    @Test
    void ofWithANonStringName() {
        assertRejected(() -> Step.of("a", "{x}", "x", 1, 42L, 2), "parameter name at position 2", "42");
    }

    @Test
    void ofWithANullName() {
        assertRejected(() -> Step.of("a", "t", null, 1), "parameter name at position 0", "null");
    }

    @Test
    void ofWithANullArray() {
        assertRejected(() -> Step.of("a", "t", (Object[]) null), "namesAndValues", "null");
    }

    // Step: reading parameters

    @Test
    void parameterWithANullName() {
        assertRejected(() -> STEP.parameter(null), "name", "null");
    }

    @Test
    void typedParameterWithAMissingName() {
        assertRejected(() -> STEP.parameter("amount", Money.class), "'amount'", "pay.commission.line");
    }

    @Test
    void typedParameterOfTheWrongType() {
        assertRejected(() -> STEP.parameter("rate", Money.class), "'rate'", "Rate", "Money");
    }

    @Test
    void typedParameterWithANullName() {
        assertRejected(() -> STEP.parameter(null, Money.class), "name", "null");
    }

    @Test
    void typedParameterWithANullType() {
        assertRejected(() -> STEP.parameter("rate", null), "type", "null");
    }

    // Explanation

    @Test
    void ofANullArray() {
        assertRejected(() -> Explanation.of((Step[]) null), "steps", "null");
    }

    @Test
    void ofANullIterable() {
        assertRejected(() -> Explanation.of((Iterable<Step>) null), "steps", "null");
    }

    @Test
    void ofAListWithANullElement() {
        assertRejected(() -> Explanation.of(Arrays.asList(STEP, null)), "steps[1]", "null");
    }

    @Test
    void ofAnArrayWithANullElement() {
        assertRejected(() -> Explanation.of(STEP, null), "steps[1]", "null");
    }

    @Test
    void addStepNull() {
        assertRejected(() -> Explanation.builder().addStep(null), "steps[0]", "null");
    }

    @Test
    void addAllStepsNull() {
        assertRejected(() -> Explanation.builder().addAllSteps(null), "steps", "null");
    }

    @Test
    void addStepsNullArray() {
        assertRejected(() -> Explanation.builder().addSteps((Step[]) null), "steps", "null");
    }

    @Test
    void findNull() {
        assertRejected(() -> Explanation.of(STEP).find(null), "code", "null");
    }

    @Test
    void plusNullStep() {
        assertRejected(() -> Explanation.of(STEP).plus((Step) null), "step", "null");
    }

    @Test
    void plusNullExplanation() {
        assertRejected(() -> Explanation.of(STEP).plus((Explanation) null), "other", "null");
    }
}
