package io.github.kamsdk.core.explain;

import static io.github.kamsdk.core.testing.Gens.explanations;
import static io.github.kamsdk.core.testing.Gens.parameterNames;
import static io.github.kamsdk.core.testing.Gens.parameterValues;
import static io.github.kamsdk.core.testing.Gens.plainTexts;
import static io.github.kamsdk.core.testing.Gens.stepCodes;
import static io.github.kamsdk.core.testing.Gens.steps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.kamsdk.core.testing.Props;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of {@link Step} and {@link Explanation}, checked over generated steps and explanations. */
class ExplanationProperties {
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    /** A step at its depth, as a reader meets it. */
    private record Visit(Step step, int depth) {}

    /** Every step at any depth, depth first, by an explicit stack (independent of the code under test). */
    private static List<Visit> visits(List<Step> roots) {
        List<Visit> visits = new ArrayList<>();
        Deque<Visit> stack = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(new Visit(roots.get(i), 0));
        }
        while (!stack.isEmpty()) {
            Visit visit = stack.pop();
            visits.add(visit);
            List<Step> children = visit.step().children();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(new Visit(children.get(i), visit.depth() + 1));
            }
        }
        return visits;
    }

    private static int countWithCode(List<Step> steps, String code) {
        int count = 0;
        for (Step step : steps) {
            count += (step.code().equals(code) ? 1 : 0) + countWithCode(step.children(), code);
        }
        return count;
    }

    /** The same step built afresh from its inputs, sub-steps too. */
    private static Step rebuilt(Step step) {
        Step.Builder builder = Step.builder().code(step.code()).template(step.template());
        step.parameters().forEach(builder::putParameter);
        step.children().forEach(child -> builder.addChild(rebuilt(child)));
        return builder.build();
    }

    private static Explanation rebuilt(Explanation explanation) {
        Explanation.Builder builder = Explanation.builder();
        explanation.steps().forEach(step -> builder.addStep(rebuilt(step)));
        return builder.build();
    }

    private static void assertOneLinePerStep(String rendering, List<Visit> visits) {
        assertThat(LINE_BREAK.matcher(rendering).results().count())
                .as("line breaks in %s", rendering)
                .isEqualTo(visits.size());
        assertThat(rendering.lines()).hasSize(visits.size());
        if (!visits.isEmpty()) {
            assertThat(rendering).endsWith("\n");
        }
        List<String> lines = rendering.lines().toList();
        for (int i = 0; i < visits.size(); i++) {
            Visit visit = visits.get(i);
            assertThat(lines.get(i))
                    .as("line %s of %s", i, rendering)
                    .startsWith("  ".repeat(visit.depth()))
                    .endsWith("  [" + visit.step().code() + "]");
        }
    }

    @Test
    void renderIsDeterministicAndHasExactlyOneLinePerStepAtAnyDepth() {
        Props.qt().forAll(explanations()).checkAssert(why -> {
            String rendering = why.render();

            assertThat(why.render()).isEqualTo(rendering);
            assertThat(rebuilt(why).render()).isEqualTo(rendering);
            assertOneLinePerStep(rendering, visits(why.steps()));
        });
    }

    @Test
    void stepRenderHasExactlyOneLinePerStepAtAnyDepth() {
        Props.qt().forAll(steps(3)).checkAssert(step -> {
            String rendering = step.render();

            assertThat(step.render()).isEqualTo(rendering);
            assertThat(Explanation.of(step).render()).isEqualTo(rendering);
            assertOneLinePerStep(rendering, visits(List.of(step)));
        });
    }

    @Test
    void renderOfAnExplanationIsTheRenderOfItsStepsInOrder() {
        Props.qt().forAll(explanations()).checkAssert(why -> {
            StringBuilder expected = new StringBuilder();
            why.steps().forEach(step -> expected.append(step.render()));

            assertThat(why.render()).isEqualTo(expected.toString());
        });
    }

    @Test
    void findReturnsExactlyTheStepsWithTheCodeDepthFirst() {
        Props.qt().forAll(explanations(), stepCodes()).checkAssert((why, code) -> {
            List<Step> expected = visits(why.steps()).stream()
                    .map(Visit::step)
                    .filter(step -> step.code().equals(code))
                    .toList();

            List<Step> found = why.find(code);

            assertThat(found).hasSize(countWithCode(why.steps(), code));
            assertThat(found).containsExactlyElementsOf(expected);
            assertThat(found).allSatisfy(step -> assertThat(step.code()).isEqualTo(code));
            assertThat(why.find("not.a.code")).isEmpty();
        });
    }

    @Test
    void findOverAllCodesCountsEveryStepOnce() {
        Props.qt().forAll(explanations()).checkAssert(why -> {
            int found = visits(why.steps()).stream()
                    .map(visit -> visit.step().code())
                    .distinct()
                    .mapToInt(code -> why.find(code).size())
                    .sum();

            assertThat(found).isEqualTo(visits(why.steps()).size());
        });
    }

    @Test
    void plusIsAssociative() {
        Props.qt().forAll(explanations(), explanations(), explanations()).checkAssert((a, b, c) -> {
            Explanation left = a.plus(b).plus(c);
            Explanation right = a.plus(b.plus(c));

            assertThat(left).isEqualTo(right);
            assertThat(left.hashCode()).isEqualTo(right.hashCode());
            List<Step> all = new ArrayList<>(a.steps());
            all.addAll(b.steps());
            all.addAll(c.steps());
            assertThat(left.steps()).containsExactlyElementsOf(all);
        });
    }

    @Test
    void theEmptyExplanationIsTheIdentityOfPlus() {
        Props.qt().forAll(explanations()).checkAssert(why -> {
            assertThat(why.plus(Explanation.empty())).isEqualTo(why);
            assertThat(Explanation.empty().plus(why)).isEqualTo(why);
        });
    }

    @Test
    void plusAStepIsPlusAnExplanationOfThatStepAndLeavesTheOriginalUnchanged() {
        Props.qt().forAll(explanations(), steps(2)).checkAssert((why, step) -> {
            List<Step> before = List.copyOf(why.steps());
            Explanation longer = why.plus(step);

            assertThat(longer).isEqualTo(why.plus(Explanation.of(step)));
            assertThat(longer.steps()).hasSize(before.size() + 1).endsWith(step);
            assertThat(why.steps()).isEqualTo(before);
        });
    }

    @Test
    void buildingFromTheSameInputsGivesEqualValuesWithEqualHashCodes() {
        Props.qt().forAll(explanations()).checkAssert(why -> {
            Explanation again = rebuilt(why);

            assertThat(again).isEqualTo(why);
            assertThat(again.hashCode()).isEqualTo(why.hashCode());
            assertThat(Explanation.of(why.steps())).isEqualTo(why);
            for (Visit visit : visits(why.steps())) {
                Step step = visit.step();
                Step copy = rebuilt(step);
                assertThat(copy).isEqualTo(step);
                assertThat(copy.hashCode()).isEqualTo(step.hashCode());
                assertThat(copy.text()).isEqualTo(step.text());
            }
        });
    }

    @Test
    void stepOfWithTheSamePairsAsTheBuilderGivesAnEqualStep() {
        Props.qt().forAll(steps(0)).checkAssert(step -> {
            List<Object> pairs = new ArrayList<>();
            step.parameters().forEach((name, value) -> {
                pairs.add(name);
                pairs.add(value);
            });

            Step of = Step.of(step.code(), step.template(), pairs.toArray());

            assertThat(of).isEqualTo(step);
            assertThat(of.hashCode()).isEqualTo(step.hashCode());
            assertThat(of.parameters().keySet())
                    .containsExactlyElementsOf(step.parameters().keySet());
        });
    }

    @Test
    void everyParameterIsReadableByNameAndByItsType() {
        Props.qt().forAll(steps(0)).checkAssert(step -> {
            for (Map.Entry<String, Object> p : step.parameters().entrySet()) {
                assertThat(step.parameter(p.getKey())).containsSame(p.getValue());
                assertThat(step.parameter(p.getKey(), p.getValue().getClass())).isSameAs(p.getValue());
            }
        });
    }

    /** A template piece: literal text, or a placeholder of the parameter with this index. */
    private record Piece(String literal, int parameter) {}

    private static String shown(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Currency currency) {
            return currency.getCurrencyCode();
        }
        return value.toString();
    }

    @Test
    void textNeverContainsAPlaceholderOfADefinedParameter() {
        Gen<List<Map.Entry<String, Object>>> parameters = lists().of(
                        parameterNames().zip(parameterValues(), Map::entry))
                .ofSizeBetween(1, 4)
                .map(ps -> {
                    Map<String, Object> distinct = new LinkedHashMap<>();
                    ps.forEach(p -> distinct.put(p.getKey(), p.getValue()));
                    return List.copyOf(distinct.entrySet());
                });
        Gen<List<Piece>> pieces = lists().of(Generate.oneOf(
                        plainTexts().map(text -> new Piece(text, -1)),
                        Generate.range(0, 3).map(i -> new Piece("", i))))
                .ofSizeBetween(0, 6);
        Props.qt().forAll(parameters, pieces).checkAssert((params, template) -> {
            Step.Builder builder = Step.builder().code("test.text");
            params.forEach(p -> builder.putParameter(p.getKey(), p.getValue()));
            StringBuilder source = new StringBuilder();
            StringBuilder expected = new StringBuilder();
            for (Piece piece : template) {
                if (piece.parameter() < 0) {
                    source.append(piece.literal());
                    expected.append(piece.literal());
                } else {
                    Map.Entry<String, Object> p = params.get(piece.parameter() % params.size());
                    source.append('{').append(p.getKey()).append('}');
                    expected.append(shown(p.getValue()));
                }
            }

            String text = builder.template(source.toString()).build().text();

            assertThat(text).isEqualTo(expected.toString());
            for (Map.Entry<String, Object> p : params) {
                assertThat(text).doesNotContain("{" + p.getKey() + "}");
            }
        });
    }

    @Test
    void noGeneratedStepTextContainsAPlaceholderOfADefinedParameter() {
        Props.qt().forAll(steps(2)).checkAssert(step -> {
            for (Visit visit : visits(List.of(step))) {
                for (String name : visit.step().parameters().keySet()) {
                    assertThat(visit.step().text()).doesNotContain("{" + name + "}");
                }
            }
        });
    }
}
