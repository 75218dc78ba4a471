package io.github.herenet.helium.reconcile;

import java.util.List;

/**
 * What {@link BalanceModel#detectGrossErrors} found: the suspects in the order they were identified,
 * with sizes and z-scores estimated jointly, the candidates that cannot be told apart from them, and the
 * global test before and after accounting for them. Immutable apart from the lazily computed
 * {@link #corrected()}; thread-safe.
 */
public final class GrossErrorReport {

    private final BalanceModel model;
    private final Reconciliation reconciliation;
    private final List<Suspect> suspects;
    private final List<List<Suspect>> alternatives;
    private final List<List<Suspect>> equivalentSets;
    private final double alpha;
    private final double criticalZ;
    private final int candidates;
    private final GlobalTest remaining;
    private Reconciliation corrected;

    GrossErrorReport(BalanceModel model, Reconciliation reconciliation, List<Suspect> suspects,
                     List<List<Suspect>> alternatives, List<List<Suspect>> equivalentSets, double alpha,
                     double criticalZ, int candidates, GlobalTest remaining) {
        this.model = model;
        this.reconciliation = reconciliation;
        this.suspects = List.copyOf(suspects);
        this.alternatives = alternatives.stream().map(List::copyOf).toList();
        this.equivalentSets = equivalentSets.stream().map(List::copyOf).toList();
        this.alpha = alpha;
        this.criticalZ = criticalZ;
        this.candidates = candidates;
        this.remaining = remaining;
    }

    /** The suspects, in the order the search took them; empty when nothing is significant. */
    public List<Suspect> suspects() {
        return suspects;
    }

    /** Whether any gross error was found. */
    public boolean found() {
        return !suspects.isEmpty();
    }

    /**
     * Groups of candidates that explain the data exactly as well as each other: each list starts with
     * the suspect reported in {@link #suspects()} and goes on with the alternatives (each with the size
     * and z it would have in its place). A leak at a balance and a bias in a measurement that only that
     * balance checks are the common case: the data cannot say which it is. Only groups of two or more.
     */
    public List<List<Suspect>> equivalentSets() {
        return equivalentSets;
    }

    /**
     * The other explanations of what {@code suspect} explains, best first: its exact equivalents (as in
     * {@link #equivalentSets()}), then the candidates whose signature correlates with it at 0.9 or more
     * and whose likelihood is within a factor e^2 of it when it was chosen, each with the size and z it
     * would have in its place. A bias in a reading that one weakly informative balance besides the
     * suspect one also checks is the usual near alternative: the data favour the suspect, not decisively.
     *
     * @throws IllegalArgumentException if {@code suspect} is not one of {@link #suspects()}
     */
    public List<Suspect> alternatives(Suspect suspect) {
        int k = suspects.indexOf(suspect);
        if (k < 0) {
            throw new IllegalArgumentException(suspect + " is not a suspect of this report");
        }
        return alternatives.get(k);
    }

    /** The family significance level of the search. */
    public double alpha() {
        return alpha;
    }

    /** The critical |z|: the Sidak-corrected value for {@link #candidates()} tests at {@link #alpha()}. */
    public double criticalZ() {
        return criticalZ;
    }

    /** How many candidates (testable measurements and balances) the search considered. */
    public int candidates() {
        return candidates;
    }

    /** The reconciliation with every measurement taken at face value (before any suspect is removed). */
    public Reconciliation reconciliation() {
        return reconciliation;
    }

    /**
     * The global test of what is left once the suspects are accounted for: its statistic is the
     * original minus what the suspects explain, with one degree of freedom less per suspect.
     */
    public GlobalTest remainingGlobalTest() {
        return remaining;
    }

    /**
     * The reconciliation with the suspects accounted for: suspect measurements dropped (made unmeasured)
     * and an unknown outflow "&lt;balance&gt; (leak)" added at each suspect balance. Variable and balance
     * indices are those of the original model; the leak variables follow them, and their values are
     * the suspects' sizes.
     */
    public synchronized Reconciliation corrected() {
        if (corrected == null) {
            corrected = suspects.isEmpty() ? reconciliation : model.accountingFor(suspects).reconcile();
        }
        return corrected;
    }
}
