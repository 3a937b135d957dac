package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A KPI definition's stable identity: a dotted code and a version, e.g. {@code
 * customer.retention@1}. A host that stores or pays on a KPI pins the pair; when the SDK changes a
 * standard definition it raises the version, so a stored figure is never silently recomputed by
 * another definition.
 *
 * <pre>{@code
 * KpiId id = KpiId.of("customer.retention", 1);
 * id.toString(); // "customer.retention@1"
 * }</pre>
 *
 * <p>Ordered by code, then version. This class is immutable and thread-safe.
 */
public final class KpiId implements Comparable<KpiId> {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");
    private static final int MAX_LENGTH = 100;

    private final String code;
    private final int version;

    private KpiId(String code, int version) {
        this.code = code;
        this.version = version;
    }

    /**
     * A KPI id.
     *
     * @param code lower-case words separated by dots, e.g. {@code "revenue.concentration.top3"}; at
     *     most 100 characters; not null
     * @param version 1 or more
     * @return the id
     * @throws IllegalArgumentException if the code is malformed or the version below 1
     */
    public static KpiId of(String code, int version) {
        notNull(code, "code");
        argument(
                code.length() <= MAX_LENGTH && CODE.matcher(code).matches(),
                "kpi code must be lower-case words separated by dots (a-z, 0-9, _), at most %s characters: '%s'",
                MAX_LENGTH,
                code);
        argument(version >= 1, "kpi version must be at least 1: %s (code %s)", version, code);
        return new KpiId(code, version);
    }

    /**
     * The code.
     *
     * @return the dotted code
     */
    public String code() {
        return code;
    }

    /**
     * The version.
     *
     * @return 1 or more
     */
    public int version() {
        return version;
    }

    @Override
    public int compareTo(KpiId other) {
        int c = code.compareTo(notNull(other, "other").code);
        return c != 0 ? c : Integer.compare(version, other.version);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof KpiId that && code.equals(that.code) && version == that.version;
    }

    @Override
    public int hashCode() {
        return code.hashCode() * 31 + version;
    }

    /** {@code code@version}, e.g. {@code customer.retention@1}. */
    @Override
    public String toString() {
        return code + "@" + version;
    }
}
