package io.github.kamsdk.core.pay;

/**
 * How much a calculation keeps besides the figures.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Detail {
    /**
     * Everything: per-transaction explanations on each line, one {@link CommissionRecord} per
     * transaction and component, and every unpaid transaction listed. What a statement that is paid
     * needs: the records are what a later clawback looks up.
     */
    EXPLAINED,
    /**
     * The figures only: the same lines and totals to the cent, explanations without the
     * per-transaction steps, unpaid transactions counted by reason instead of listed, and records
     * kept only for deals with a clawback trigger. Memory stays bounded by the number of managers,
     * components and bands, so transactions can be streamed.
     */
    FIGURES_ONLY
}
