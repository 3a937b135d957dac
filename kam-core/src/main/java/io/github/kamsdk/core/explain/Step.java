package io.github.kamsdk.core.explain;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.time.DateRange;
import io.github.kamsdk.core.time.Proration;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One step of an explanation: a stable code, named parameters, a text template and, optionally,
 * sub-steps.
 *
 * <pre>{@code
 * Step step = Step.builder()
 *     .code("pay.commission.line")
 *     .template("{rate} of {base} = {amount}")
 *     .putParameter("rate", Rate.percent(15))
 *     .putParameter("base", Money.of("1234.57", "EUR"))
 *     .putParameter("amount", Money.of("185.1855", "EUR"))
 *     .build();
 * step.text(); // "15% of EUR 1234.57 = EUR 185.1855"
 * }</pre>
 *
 * <p>The <b>code</b> (lower case, dot-separated words such as {@code pay.commission.line}) and the
 * parameter names are the stable part a host can rely on to translate or re-render a step; the
 * template's {@code {name}} placeholders each name a parameter. Parameter values are immutable
 * values only: {@link Money}, {@link Rate}, {@link DateRange}, {@link Proration}, {@link
 * BigDecimal}, {@link BigInteger}, {@link Integer}, {@link Long}, {@link Boolean}, {@link String},
 * {@link LocalDate}, {@link YearMonth}, {@link Year}, {@link Currency} or an enum constant.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Step {
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    Step() {}

    /**
     * A builder for a step.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A step without sub-steps, from a code, a template and name/value pairs: {@code
     * Step.of("money.round", "{exact} rounded to {rounded}", "exact", exact, "rounded", rounded)}.
     *
     * @param code the stable code, not null
     * @param template the text with {@code {name}} placeholders, not null
     * @param namesAndValues alternating parameter names and values
     * @return the step
     */
    public static Step of(String code, String template, @Nullable Object... namesAndValues) {
        notNull(namesAndValues, "namesAndValues");
        argument(
                namesAndValues.length % 2 == 0,
                "namesAndValues must alternate names and values: %s items",
                namesAndValues.length);
        Builder builder = builder().code(code).template(template);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object name = namesAndValues[i];
            argument(name instanceof String, "parameter name at position %s must be a String: %s", i, name);
            builder.putParameter((String) name, namesAndValues[i + 1]);
        }
        return builder.build();
    }

    /**
     * The stable code, e.g. {@code pay.commission.line}.
     *
     * @return the code
     */
    @Value.Parameter
    public abstract String code();

    /**
     * The text with {@code {name}} placeholders.
     *
     * @return the template
     */
    @Value.Parameter
    public abstract String template();

    /**
     * The named parameters, in the order they were added.
     *
     * @return the parameters
     */
    @Value.Parameter
    public abstract Map<String, Object> parameters();

    /**
     * The sub-steps, in order.
     *
     * @return the sub-steps, possibly empty
     */
    @Value.Parameter
    public abstract List<Step> children();

    /**
     * A parameter's value.
     *
     * @param name the parameter's name, not null
     * @return the value, or empty if there is no such parameter
     */
    public Optional<Object> parameter(String name) {
        notNull(name, "name");
        return Optional.ofNullable(parameters().get(name));
    }

    /**
     * A parameter's value of an expected type: {@code step.parameter("amount", Money.class)}.
     *
     * @param <T> the expected type
     * @param name the parameter's name, not null
     * @param type the expected type, not null
     * @return the value
     * @throws IllegalArgumentException if there is no such parameter or it has another type
     */
    public <T> T parameter(String name, Class<T> type) {
        notNull(type, "type");
        Object value = parameter(name)
                .orElseThrow(() -> new IllegalArgumentException("no parameter '" + name + "' in step " + code()));
        argument(
                type.isInstance(value),
                "parameter '%s' of step %s is a %s, not a %s",
                name,
                code(),
                value.getClass().getSimpleName(),
                type.getSimpleName());
        return type.cast(value);
    }

    /**
     * The template with each placeholder replaced by its parameter's value, e.g. {@code "15% of EUR
     * 1234.57 = EUR 185.1855"}.
     *
     * @return the text
     */
    @Value.Lazy
    public String text() {
        String template = template();
        StringBuilder out = new StringBuilder(template.length() + 16);
        int from = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
            int close = placeholderEnd(template, open);
            if (close < 0) {
                continue;
            }
            out.append(template, from, open).append(format(parameters().get(template.substring(open + 1, close))));
            from = close + 1;
            open = close;
        }
        return out.append(template, from, template.length()).toString();
    }

    /**
     * Where the placeholder opened at {@code open} closes: the index of the first '}' after it if
     * no '{' comes first, else -1 (the template's other text is kept as it is). The engines build
     * thousands of steps a second, so the code, names and placeholders are scanned by hand rather
     * than by regular expressions.
     */
    private static int placeholderEnd(String template, int open) {
        for (int i = open + 1; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '}') {
                return i;
            }
            if (c == '{') {
                return -1;
            }
        }
        return -1;
    }

    /** Lower-case words separated by dots: {@code [a-z][a-z0-9_]*(\.[a-z0-9_]+)*}. */
    static boolean isCode(String code) {
        if (code.isEmpty() || !isLower(code.charAt(0))) {
            return false;
        }
        boolean afterDot = false;
        for (int i = 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '.') {
                if (afterDot) {
                    return false;
                }
                afterDot = true;
            } else if (isLower(c) || isDigit(c) || c == '_') {
                afterDot = false;
            } else {
                return false;
            }
        }
        return !afterDot;
    }

    /** A letter followed by letters, digits or '_': {@code [A-Za-z][A-Za-z0-9_]*}. */
    static boolean isName(String name) {
        if (name.isEmpty() || !isLetter(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isLetter(c) && !isDigit(c) && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isLetter(char c) {
        return isLower(c) || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String format(@Nullable Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Currency currency) {
            return currency.getCurrencyCode();
        }
        return String.valueOf(value);
    }

    @Value.Check
    void check() {
        argument(isCode(code()), "code must be lower-case words separated by dots: '%s'", code());
        for (Map.Entry<String, Object> p : parameters().entrySet()) {
            String name = p.getKey();
            argument(
                    isName(name),
                    "parameter name must be a letter followed by letters, digits or '_': '%s' (step %s)",
                    name,
                    code());
            Object value = p.getValue();
            argument(
                    isAllowed(value),
                    "parameter '%s' must be an immutable value type, not %s (step %s)",
                    name,
                    value.getClass().getName(),
                    code());
        }
        String template = template();
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
            int close = placeholderEnd(template, open);
            if (close < 0) {
                continue;
            }
            String name = template.substring(open + 1, close);
            argument(
                    parameters().containsKey(name),
                    "template placeholder {%s} names no parameter (step %s)",
                    name,
                    code());
            open = close;
        }
    }

    private static boolean isAllowed(Object value) {
        return value instanceof Money
                || value instanceof Rate
                || value instanceof DateRange
                || value instanceof Proration
                || value instanceof BigDecimal
                || value instanceof BigInteger
                || value instanceof Integer
                || value instanceof Long
                || value instanceof Boolean
                || value instanceof String
                || value instanceof LocalDate
                || value instanceof YearMonth
                || value instanceof Year
                || value instanceof Currency
                || value instanceof Enum<?>;
    }

    /**
     * The step and its sub-steps as indented plain text, one step a line: the text, then the code
     * in brackets. A line break within a text (from the template or a {@link String} parameter) is
     * shown as a space, so that each step stays on its own line.
     *
     * @return the rendering, ending with a line break
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        render(out, 0);
        return out.toString();
    }

    void render(StringBuilder out, int depth) {
        out.append("  ".repeat(depth))
                .append(LINE_BREAK.matcher(text()).replaceAll(" "))
                .append("  [")
                .append(code())
                .append("]\n");
        for (Step child : children()) {
            child.render(out, depth + 1);
        }
    }

    /**
     * Builds a {@link Step}. A null argument fails with an {@link IllegalArgumentException} naming
     * it; {@link #build()} checks the whole step. A builder is not thread-safe.
     */
    public static final class Builder {
        private @Nullable String code;
        private @Nullable String template;
        private final Map<String, Object> parameters = new LinkedHashMap<>();
        private final List<Step> children = new ArrayList<>();

        Builder() {}

        /**
         * Sets the stable code, e.g. {@code pay.commission.line}.
         *
         * @param code lower-case words separated by dots, not null
         * @return this builder
         */
        public Builder code(String code) {
            this.code = notNull(code, "code");
            return this;
        }

        /**
         * Sets the text template, whose {@code {name}} placeholders each name a parameter.
         *
         * @param template the template, not null
         * @return this builder
         */
        public Builder template(String template) {
            this.template = notNull(template, "template");
            return this;
        }

        /**
         * Adds (or replaces) a named parameter.
         *
         * @param name the name, a letter followed by letters, digits or '_', not null
         * @param value an immutable value of a supported type, not null
         * @return this builder
         */
        public Builder putParameter(String name, @Nullable Object value) {
            notNull(name, "parameter name");
            if (value == null) {
                throw new IllegalArgumentException("parameter '" + name + "' must not be null");
            }
            parameters.put(name, value);
            return this;
        }

        /**
         * Adds (or replaces) named parameters, in the map's order.
         *
         * @param parameters the parameters, not null, no null key or value
         * @return this builder
         */
        public Builder putAllParameters(Map<String, ?> parameters) {
            notNull(parameters, "parameters");
            parameters.forEach(this::putParameter);
            return this;
        }

        /**
         * Appends a sub-step.
         *
         * @param child the sub-step, not null
         * @return this builder
         */
        public Builder addChild(Step child) {
            if (child == null) {
                throw new IllegalArgumentException("children[" + children.size() + "] must not be null");
            }
            children.add(child);
            return this;
        }

        /**
         * Appends sub-steps, in order.
         *
         * @param children the sub-steps, not null, no null element
         * @return this builder
         */
        public Builder addAllChildren(Iterable<? extends Step> children) {
            notNull(children, "children");
            children.forEach(this::addChild);
            return this;
        }

        /**
         * The step.
         *
         * @return the step
         * @throws IllegalArgumentException if the code or template is missing or invalid, a
         *     parameter has an unsupported type or a placeholder names no parameter
         */
        public Step build() {
            return ImmutableStep.of(notNull(code, "code"), notNull(template, "template"), parameters, children);
        }
    }
}
