/**
 * The KAM SDK rules: price lists and discount rules, approval authority, and credit decisions.
 * It builds on {@code io.github.kamsdk.core}.
 */
module io.github.kamsdk.rules {
    requires transitive io.github.kamsdk.core;
    requires com.google.common;
    requires org.slf4j;
    requires static org.jspecify;
    requires static org.immutables.value;

    exports io.github.kamsdk.rules.pricing;
    exports io.github.kamsdk.rules.approval;
    exports io.github.kamsdk.rules.credit;
    exports io.github.kamsdk.rules.admission;
}
