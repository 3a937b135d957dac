package io.github.kamsdk.core.testing;

import org.quicktheories.QuickTheory;

/**
 * The one entry point for property tests: {@code Props.qt().forAll(...).check(...)}.
 *
 * <p>Each property runs {@value #DEFAULT_EXAMPLES} examples by default; raise it for a long run with
 * {@code -Dkam.pbt.examples=100000}. The seed is fixed so that every build checks the same examples
 * and a failure reproduces; explore other examples with {@code -Dkam.pbt.seed=<any long>}. A failure
 * prints the shrunk counterexample and the seed (QuickTheories' report).
 */
public final class Props {
    /** Examples per property unless {@code kam.pbt.examples} says otherwise. */
    public static final int DEFAULT_EXAMPLES = 1000;

    /** The default seed: "KAM" in ASCII. */
    public static final long DEFAULT_SEED = 0x4B414DL;

    private Props() {}

    /**
     * A configured QuickTheories entry point.
     *
     * @return the theory builder with this build's examples and seed
     */
    public static QuickTheory qt() {
        return QuickTheory.qt().withExamples(examples()).withFixedSeed(seed()).withShrinkCycles(200);
    }

    /**
     * The number of examples per property for this run.
     *
     * @return at least 1
     */
    public static int examples() {
        return Math.max(1, Integer.getInteger("kam.pbt.examples", DEFAULT_EXAMPLES));
    }

    /**
     * The seed for this run.
     *
     * @return the seed
     */
    public static long seed() {
        return Long.getLong("kam.pbt.seed", DEFAULT_SEED);
    }
}
