/**
 * The KAM SDK rules: price lists and discount rules, approval authority, and credit decisions.
 * It builds on {@code io.github.kamsdk.core}; its API packages arrive with the discount, approval
 * and credit engines.
 */
module io.github.kamsdk.rules {
    requires transitive io.github.kamsdk.core;
    requires com.google.common;
    requires org.slf4j;
    requires static org.jspecify;
    requires static org.immutables.value;
}
