package io.github.kamsdk.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kamsdk.core.testing.Props;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link Step} checks codes and names and fills placeholders with hand-written scanners; these
 * properties hold them to the regular expressions its contract states, over texts drawn mostly from
 * the characters that matter (letters, digits, '_', '.', braces).
 */
class StepScanProperties {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    /** Texts of up to 12 characters from an alphabet where every class of character is likely. */
    private static Gen<String> texts(String alphabet) {
        return SourceDSL.lists()
                .of(Generate.pick(alphabet.chars().mapToObj(c -> (char) c).toList()))
                .ofSizeBetween(0, 12)
                .map(cs -> {
                    StringBuilder b = new StringBuilder();
                    cs.forEach(b::append);
                    return b.toString();
                });
    }

    @Test
    void aCodeIsAcceptedExactlyWhenTheRegularExpressionMatchesIt() {
        Props.qt()
                .forAll(texts("ab9_.Z -"))
                .checkAssert(text -> assertThat(Step.isCode(text))
                        .as("'%s'", text)
                        .isEqualTo(CODE.matcher(text).matches()));
    }

    @Test
    void aNameIsAcceptedExactlyWhenTheRegularExpressionMatchesIt() {
        Props.qt()
                .forAll(texts("aZ9_.- "))
                .checkAssert(text -> assertThat(Step.isName(text))
                        .as("'%s'", text)
                        .isEqualTo(NAME.matcher(text).matches()));
    }

    @Test
    void placeholdersAreFilledAsTheRegularExpressionFindsThem() {
        Props.qt().forAll(texts("{}ab x")).checkAssert(template -> {
            Map<String, Object> params = new LinkedHashMap<>();
            Matcher m = PLACEHOLDER.matcher(template);
            StringBuilder expected = new StringBuilder();
            boolean valid = true;
            while (m.find()) {
                String name = m.group(1);
                valid &= NAME.matcher(name).matches();
                params.put(name, "<" + name + ">");
                m.appendReplacement(expected, Matcher.quoteReplacement("<" + name + ">"));
            }
            m.appendTail(expected);
            if (!valid) {
                return; // a placeholder that is not a name cannot have a parameter
            }
            Step.Builder b = Step.builder().code("test.scan").template(template);
            params.forEach(b::putParameter);
            assertThat(b.build().text()).as("'%s'", template).isEqualTo(expected.toString());
        });
    }

    @Test
    void aPlaceholderWithoutItsParameterIsRefusedWhereverItIs() {
        // "{a}{b" has one placeholder, {a}; so has "{{a}}", after the first brace; a lone brace stays
        assertThat(Step.of("t.x", "{a}{b", "a", 1).text()).isEqualTo("1{b");
        assertThat(Step.of("t.x", "{{a}}", "a", 1).text()).isEqualTo("{1}");
        assertThat(Step.of("t.x", "}{a}{", "a", 1).text()).isEqualTo("}1{");
        assertThatThrownBy(() -> Step.of("t.x", "x {a} {b}", "a", 1))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("template placeholder {b} names no parameter (step t.x)");
    }

    @Test
    void aNullParameterOrChildIsNamed() {
        assertThatThrownBy(() -> Step.builder().putParameter("rate", null))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter 'rate' must not be null");
        assertThatThrownBy(() -> Step.builder().addChild(null))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("children[0] must not be null");
    }
}
