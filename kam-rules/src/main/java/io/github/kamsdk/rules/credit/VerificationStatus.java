package io.github.kamsdk.rules.credit;

/**
 * Where a client stands in the company's verification of reliability and solvency (R-CRED-1): new
 * clients must be verified before they get credit.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum VerificationStatus {
    /** Not verified yet: no credit; prepaid orders only. */
    UNVERIFIED,
    /** Verification under way: no credit yet. */
    PENDING,
    /** Verified: credit within the limit. */
    VERIFIED,
    /** Verification failed: no credit. */
    REFUSED;

    /**
     * Whether the client may buy on credit.
     *
     * @return true only when verified
     */
    public boolean allowsCredit() {
        return this == VERIFIED;
    }
}
