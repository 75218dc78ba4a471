package io.github.herenet.helium.reconcile;

/**
 * What the balances say about a variable of a {@link BalanceModel}, from its structure alone (which
 * variables are measured and where they appear), before any reconciliation.
 */
public enum Classification {
    /**
     * A measured variable that the balances also determine from other measurements: reconciliation can
     * adjust it, and a gross error in it can be detected.
     */
    REDUNDANT,
    /**
     * A measured variable nothing else checks (in no balance, or only where an unmeasured variable
     * absorbs any error): its reconciled value is its measurement, its error cannot be detected.
     */
    NON_REDUNDANT,
    /** An unmeasured variable that the balances determine from the measurements. */
    OBSERVABLE,
    /**
     * An unmeasured variable that the balances do not determine: it could take any value (with others
     * changing to match) and no estimate of it is given.
     */
    UNOBSERVABLE
}
