package io.github.herenet.helium.reconcile;

import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.thermo.StandardConditions;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reconciles a helium ledger's monthly numbers and says, per site, where helium goes missing and which
 * readings look wrong.
 *
 * <pre>{@code
 * LedgerReconciliation result = LedgerReconciler.typical()
 *         .reconcile(ledger, YearMonth.of(2026, 1), YearMonth.of(2026, 4), ZoneId.of("Asia/Tokyo"));
 * result.findings("tottori").forEach(f -> System.out.println(f.text()));
 * // Tottori University, February 2026: about 14.2 m3 (20.3 L liquid) used at nmr-a is unaccounted for: ...
 * }</pre>
 *
 * <p>The model, per month: each lab's line (delivered - returned + stock change = recovered through its
 * meters + recorded vents) and, at each partner site with gas bags, its recovery (what the meters passed
 * = what the bags were found to hold, allowing for the bags still filling on the lines). Stocks link the
 * months. Readings get standard deviations from a {@link MeasurementAccuracy}. Losses that nobody
 * recorded show up as leaks: a lab that vents 10 % of its helium every month without a Vented event is
 * flagged every month, which is the point. The hub's liquefier and shipments are not modelled.
 * Immutable and thread-safe.
 */
public final class LedgerReconciler {

    private final MeasurementAccuracy accuracy;
    private final StandardConditions conditions;
    private final double alpha;

    /**
     * A reconciler.
     *
     * @param accuracy   how precise the ledger's readings are
     * @param conditions the standard conditions of the gas volumes in the findings
     * @param alpha      the family significance level of the gross-error search
     * @throws IllegalArgumentException unless 0 &lt; alpha &lt; 1
     */
    public LedgerReconciler(MeasurementAccuracy accuracy, StandardConditions conditions, double alpha) {
        this.accuracy = Objects.requireNonNull(accuracy, "accuracy");
        this.conditions = Objects.requireNonNull(conditions, "conditions");
        this.alpha = Distributions.checkSignificance(alpha);
    }

    /** {@link MeasurementAccuracy#TYPICAL} readings, m3 at 0 C, 5 % significance. */
    public static LedgerReconciler typical() {
        return new LedgerReconciler(MeasurementAccuracy.TYPICAL, StandardConditions.NORMAL_0C, 0.05);
    }

    /**
     * Reconciles the months {@code first} to {@code last} (calendar months in {@code zone}).
     *
     * @throws IllegalArgumentException if {@code last} is before {@code first}
     */
    public LedgerReconciliation reconcile(Ledger ledger, YearMonth first, YearMonth last, ZoneId zone) {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(zone, "zone");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the last month " + last + " is before the first " + first);
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        LedgerModel ledgerModel = new LedgerModel(ledger, months, zone, accuracy);
        GrossErrorReport report = ledgerModel.model.detectGrossErrors(alpha);
        List<SiteFinding> findings = new FindingWriter(ledger.network(), ledgerModel, conditions).findings(report);
        return new LedgerReconciliation(ledgerModel.model, report, findings);
    }
}
