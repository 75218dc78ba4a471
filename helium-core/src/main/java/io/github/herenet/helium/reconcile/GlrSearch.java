package io.github.herenet.helium.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Serial identification of several gross errors with the generalised likelihood ratio. Every candidate
 * j (a measurement bias or a balance leak) has a signature f_j in the reduced balance residuals
 * (r = b f_j + noise, noise covariance H = A V A^T); its statistic, given the suspects already taken,
 * is T_j = &lt;f_j', r&gt;^2 / &lt;f_j', f_j'&gt; with &lt;a, b&gt; = a^T H^-1 b and f_j' what is
 * left of f_j once its projection on the suspects' signatures is removed. That is exactly the drop of
 * the global statistic if j were removed from the re-reconciled system, so this is serial elimination
 * without refactoring. The suspects' signatures are orthogonalised in the H^-1 inner product (classical
 * Gram-Schmidt); the orthogonal directions q_k stay sparse, being combinations of the suspects' sparse
 * signatures, so each step costs two sparse solves (H^-1 f and H^-1 q) plus one sparse dot product per
 * candidate, whatever the number of suspects before it. The first statistics come from the selected
 * inverse of H.
 */
final class GlrSearch {

    /** Relative size of f'^T H^-1 f' below which a candidate is explained by the suspects taken. */
    private static final double EXPLAINED = 1e-9;
    /** Below this share of its diagonal scale a candidate's signature is undetectable. */
    private static final double UNDETECTABLE = 1e-10;
    /** A near alternative's signature correlates with the chosen one's at least this much ... */
    private static final double NEAR_CORRELATION = 0.9;
    /** ... and its statistic is within this of the chosen one's (a likelihood ratio of at most e^2). */
    private static final double LIKELIHOOD_MARGIN = 4;
    /** Statistics this close count as a tie (exactly equivalent candidates, up to rounding). */
    private static final double TIE = 1e-9;

    private final BalanceModel model;
    private final Reconciliation reconciliation;
    private final double alpha;
    /** Candidates: kind, index, and signature {@code rows/values[pointers[j] .. pointers[j+1])}. */
    private final Suspect.Kind[] kinds;
    private final int[] indices;
    private final int[] pointers;
    private final int[] rows;
    private final double[] values;

    GlrSearch(BalanceModel model, Reconciliation reconciliation, double alpha, Set<Suspect.Kind> wanted) {
        this.model = model;
        this.reconciliation = reconciliation;
        this.alpha = alpha;
        NormalSystem system = model.system;
        List<Suspect.Kind> kindList = new ArrayList<>();
        IntList indexList = new IntList();
        List<SparseRow> signatures = new ArrayList<>();
        if (wanted.contains(Suspect.Kind.MEASUREMENT)) {
            for (int v = 0; v < model.variableCount(); v++) {
                int start = system.columnPointers[v];
                int end = system.columnPointers[v + 1];
                if (model.measuredAt(v) && end > start) {
                    kindList.add(Suspect.Kind.MEASUREMENT);
                    indexList.add(v);
                    signatures.add(new SparseRow(Arrays.copyOfRange(system.columnRows, start, end),
                            Arrays.copyOfRange(system.columnValues, start, end)));
                }
            }
        }
        if (wanted.contains(Suspect.Kind.BALANCE)) {
            for (int b = 0; b < model.balanceCount(); b++) {
                SparseRow s = model.leakSignature(b);
                if (s.size() > 0) {
                    kindList.add(Suspect.Kind.BALANCE);
                    indexList.add(b);
                    signatures.add(s);
                }
            }
        }
        kinds = kindList.toArray(new Suspect.Kind[0]);
        indices = indexList.toArray();
        pointers = new int[kinds.length + 1];
        for (int j = 0; j < kinds.length; j++) {
            pointers[j + 1] = pointers[j] + signatures.get(j).size();
        }
        rows = new int[pointers[kinds.length]];
        values = new double[rows.length];
        for (int j = 0; j < kinds.length; j++) {
            SparseRow s = signatures.get(j);
            System.arraycopy(s.indices(), 0, rows, pointers[j], s.size());
            System.arraycopy(s.values(), 0, values, pointers[j], s.size());
        }
    }

    /** A candidate that explains the data (nearly) as well as a chosen one, at the step it was chosen. */
    private record Alternative(int candidate, double size, double z, boolean exact, double statistic) {
    }

    /** One chosen suspect: its column of R (f = sum R_ik q_i), rho = &lt;q, r&gt; and its alternatives. */
    private record Step(int candidate, double[] column, double rho, List<Alternative> alternatives) {
    }

    GrossErrorReport run() {
        int count = kinds.length;
        double[] y = reconciliation.lambda();
        SelectedInverse inverse = reconciliation.inverse();
        double[] scale = model.system.diagonal(model.variances()); // what a signature is judged against
        double[] t = new double[count];
        double[] d = new double[count];
        double[] d0 = new double[count];
        boolean[] active = new boolean[count];
        int testable = 0;
        for (int j = 0; j < count; j++) {
            t[j] = dot(j, y);
            d[j] = inverse.quadraticForm(rows, values, pointers[j], pointers[j + 1]);
            d0[j] = d[j];
            double size = 0;
            for (int p = pointers[j]; p < pointers[j + 1]; p++) {
                size += values[p] * values[p] / scale[rows[p]];
            }
            active[j] = d[j] > UNDETECTABLE * size;
            testable += active[j] ? 1 : 0;
        }
        double criticalZ = Distributions.sidakCriticalZ(alpha, testable);
        double critical = criticalZ * criticalZ;
        int rank = reconciliation.factor().rank();
        List<Step> steps = new ArrayList<>();
        List<SparseRow> directions = new ArrayList<>(); // q_k, orthonormal in the H^-1 product
        while (steps.size() < rank) {
            int best = -1;
            double bestT = critical;
            for (int j = 0; j < count; j++) {
                double tj = active[j] ? t[j] * t[j] / d[j] : 0;
                if (tj > critical && (best < 0 || tj > bestT * (1 + TIE) || tj >= bestT * (1 - TIE) && preferred(j, best))) {
                    best = j;
                    bestT = tj;
                }
            }
            if (best < 0) {
                break;
            }
            double[] column = new double[steps.size() + 1];
            Direction direction = direction(best, directions, column);
            SparseRow q = direction.q();
            double[] w = direction.w();
            double rho = 0;
            for (int a = 0; a < q.size(); a++) {
                rho += q.values()[a] * y[q.indices()[a]];
            }
            directions.add(q);
            active[best] = false;
            List<Alternative> alternatives = new ArrayList<>();
            for (int j = 0; j < count; j++) {
                if (!active[j]) {
                    continue;
                }
                double c = dot(j, w);
                double tBefore = t[j];
                double dBefore = d[j];
                t[j] -= c * rho;
                d[j] -= c * c;
                boolean exact = d[j] <= EXPLAINED * d0[j];
                double statistic = tBefore * tBefore / dBefore;
                boolean near = c * c >= NEAR_CORRELATION * NEAR_CORRELATION * dBefore
                        && statistic > Math.max(critical, bestT - LIKELIHOOD_MARGIN);
                if (exact || near) {
                    alternatives.add(new Alternative(j, tBefore / dBefore, tBefore / Math.sqrt(dBefore), exact, statistic));
                }
                if (exact) {
                    active[j] = false; // nothing left of it once the chosen one is accounted for
                }
            }
            alternatives.sort((a, b) -> a.exact() != b.exact() ? (a.exact() ? -1 : 1)
                    : Double.compare(b.statistic(), a.statistic()));
            steps.add(new Step(best, column, rho, alternatives));
        }
        return report(steps, criticalZ, testable);
    }

    /**
     * Between tied candidates, a leak at a balance goes before a bias in a reading that only that balance
     * checks: the balance is what the numbers speak about.
     */
    private boolean preferred(int candidate, int over) {
        return kinds[candidate] == Suspect.Kind.BALANCE && kinds[over] == Suspect.Kind.MEASUREMENT;
    }

    /** A new direction q (sparse) and w = H^-1 q (dense). */
    private record Direction(SparseRow q, double[] w) {
    }

    /**
     * q = (f - sum c_k q_k) / |.|, the part of the candidate's signature f orthogonal to the earlier
     * directions in the H^-1 product, with c_k = &lt;q_k, f&gt; = q_k . H^-1 f; fills the candidate's
     * column of R with the c_k and the norm. Sparse: a combination of the suspects' signatures.
     */
    private Direction direction(int candidate, List<SparseRow> directions, double[] column) {
        SparseRow f = new SparseRow(Arrays.copyOfRange(rows, pointers[candidate], pointers[candidate + 1]),
                Arrays.copyOfRange(values, pointers[candidate], pointers[candidate + 1]));
        double[] g = reconciliation.factor().solved(dense(f));
        SparseRow v = f;
        for (int k = 0; k < directions.size(); k++) {
            SparseRow qk = directions.get(k);
            double c = 0;
            for (int a = 0; a < qk.size(); a++) {
                c += qk.values()[a] * g[qk.indices()[a]];
            }
            column[k] = c;
            v = v.plus(-c, qk, -1);
        }
        double[] w = reconciliation.factor().solved(dense(v));
        double norm2 = 0;
        for (int a = 0; a < v.size(); a++) {
            norm2 += v.values()[a] * w[v.indices()[a]];
        }
        double norm = Math.sqrt(norm2);
        column[directions.size()] = norm;
        double[] scaled = v.values().clone();
        for (int a = 0; a < scaled.length; a++) {
            scaled[a] /= norm;
        }
        for (int a = 0; a < w.length; a++) {
            w[a] /= norm;
        }
        return new Direction(new SparseRow(v.indices(), scaled), w);
    }

    private GrossErrorReport report(List<Step> steps, double criticalZ, int testable) {
        int s = steps.size();
        List<double[]> columns = steps.stream().map(Step::column).toList();
        double[][] rInverse = upperInverse(columns);
        List<Suspect> suspects = new ArrayList<>();
        List<List<Suspect>> alternatives = new ArrayList<>();
        List<List<Suspect>> equivalentSets = new ArrayList<>();
        double explained = 0;
        for (int k = 0; k < s; k++) {
            double size = 0;
            double variance = 0;
            for (int i = k; i < s; i++) {
                size += rInverse[k][i] * steps.get(i).rho();
                variance += rInverse[k][i] * rInverse[k][i];
            }
            Suspect suspect = suspect(steps.get(k).candidate(), size, size / Math.sqrt(variance));
            suspects.add(suspect);
            explained += steps.get(k).rho() * steps.get(k).rho();
            List<Suspect> others = new ArrayList<>();
            List<Suspect> set = new ArrayList<>(List.of(suspect));
            for (Alternative a : steps.get(k).alternatives()) {
                Suspect other = suspect(a.candidate(), a.size(), a.z());
                others.add(other);
                if (a.exact()) {
                    set.add(other);
                }
            }
            alternatives.add(others);
            if (set.size() > 1) {
                equivalentSets.add(set);
            }
        }
        GlobalTest before = reconciliation.globalTest();
        GlobalTest remaining = GlobalTest.of(before.statistic() - explained, before.degreesOfFreedom() - s);
        return new GrossErrorReport(model, reconciliation, suspects, alternatives, equivalentSets, alpha, criticalZ,
                testable, remaining);
    }

    private Suspect suspect(int candidate, double size, double z) {
        int index = indices[candidate];
        String name = kinds[candidate] == Suspect.Kind.MEASUREMENT ? model.name(index) : model.balanceName(index);
        return new Suspect(name, kinds[candidate], index, size, z);
    }

    /** R^-1 for the upper triangular R given by columns. */
    private static double[][] upperInverse(List<double[]> columns) {
        int s = columns.size();
        double[][] inv = new double[s][s];
        for (int j = 0; j < s; j++) {
            inv[j][j] = 1 / columns.get(j)[j];
            for (int i = j - 1; i >= 0; i--) {
                double sum = 0;
                for (int k = i + 1; k <= j; k++) {
                    sum += columns.get(k)[i] * inv[k][j];
                }
                inv[i][j] = -sum / columns.get(i)[i];
            }
        }
        return inv;
    }

    private double[] dense(SparseRow sparse) {
        double[] x = new double[model.system.rows];
        for (int a = 0; a < sparse.size(); a++) {
            x[sparse.indices()[a]] += sparse.values()[a];
        }
        return x;
    }

    /** f_j . x for candidate j. */
    private double dot(int candidate, double[] x) {
        double sum = 0;
        for (int p = pointers[candidate]; p < pointers[candidate + 1]; p++) {
            sum += values[p] * x[rows[p]];
        }
        return sum;
    }
}
