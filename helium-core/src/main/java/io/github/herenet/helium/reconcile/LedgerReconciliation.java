package io.github.herenet.helium.reconcile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The reconciliation of a ledger over a run of months ({@link LedgerReconciler}): per site, the suspected
 * leaks and faulty readings in words, and underneath them the balance model, the reconciled values and
 * the gross-error report for whoever wants the numbers. Immutable.
 */
public final class LedgerReconciliation {

    private final BalanceModel model;
    private final GrossErrorReport grossErrors;
    private final List<SiteFinding> findings;

    LedgerReconciliation(BalanceModel model, GrossErrorReport grossErrors, List<SiteFinding> findings) {
        this.model = model;
        this.grossErrors = grossErrors;
        this.findings = List.copyOf(findings);
    }

    /** The balance model built from the ledger (kilograms of helium; names say lab or site, quantity and month). */
    public BalanceModel model() {
        return model;
    }

    /** The reconciliation of every reading at face value. */
    public Reconciliation reconciliation() {
        return grossErrors.reconciliation();
    }

    /** The gross-error search behind the findings. */
    public GrossErrorReport grossErrors() {
        return grossErrors;
    }

    /** Every finding, by site (in the network's order) and month. */
    public List<SiteFinding> findings() {
        return findings;
    }

    /** The findings at one site. */
    public List<SiteFinding> findings(String siteId) {
        return findings.stream().filter(f -> f.siteId().equals(siteId)).toList();
    }

    /** The findings as text, one per line, or a line saying the books balance. */
    public String text() {
        if (findings.isEmpty()) {
            return "The books balance: no leak or faulty reading stands out at " + Math.round(100 * grossErrors.alpha())
                    + " % significance.";
        }
        return findings.stream().map(SiteFinding::text).collect(Collectors.joining("\n"));
    }
}
