package io.github.herenet.helium.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Serial identification of several gross errors with the generalised likelihood ratio. Every candidate
 * j (a measurement bias or a balance leak) has a signature f_j in the reduced balance residuals
 * (r = b f_j + noise, noise covariance H = A V A^T); its statistic, given the suspects already taken,
 * is T_j = &lt;f_j', r&gt;^2 / &lt;f_j', f_j'&gt; with &lt;a, b&gt; = a^T H^-1 b and f_j' what is
 * left of f_j once its projection on the suspects' signatures is removed. That is exactly the drop of
 * the global statistic if j were removed from the re-reconciled system, so this is serial elimination
 * without refactoring: the suspects' signatures are orthogonalised (Gram-Schmidt in the H^-1 inner
 * product, one sparse solve per suspect), and each candidate's two numbers are updated with one sparse
 * dot product per step. The first statistics come from the selected inverse of H.
 */
final class GlrSearch {

    /** Relative size of f'^T H^-1 f' below which a candidate is explained by the suspects taken. */
    private static final double EXPLAINED = 1e-9;
    /** Below this share of its diagonal scale a candidate's signature is undetectable. */
    private static final double UNDETECTABLE = 1e-10;

    private final BalanceModel model;
    private final Reconciliation reconciliation;
    private final double alpha;
    private final List<Suspect.Kind> kinds = new ArrayList<>();
    private final List<Integer> indices = new ArrayList<>();
    private final List<int[]> rows = new ArrayList<>();
    private final List<double[]> values = new ArrayList<>();

    GlrSearch(BalanceModel model, Reconciliation reconciliation, double alpha, Set<Suspect.Kind> wanted) {
        this.model = model;
        this.reconciliation = reconciliation;
        this.alpha = alpha;
        NormalSystem system = model.system;
        if (wanted.contains(Suspect.Kind.MEASUREMENT)) {
            for (int v = 0; v < model.variableCount(); v++) {
                int start = system.columnPointers[v];
                int end = system.columnPointers[v + 1];
                if (model.measuredAt(v) && end > start) {
                    add(Suspect.Kind.MEASUREMENT, v, java.util.Arrays.copyOfRange(system.columnRows, start, end),
                            java.util.Arrays.copyOfRange(system.columnValues, start, end));
                }
            }
        }
        if (wanted.contains(Suspect.Kind.BALANCE)) {
            for (int b = 0; b < model.balanceCount(); b++) {
                SparseRow s = model.leakSignature(b);
                if (s.size() > 0) {
                    add(Suspect.Kind.BALANCE, b, s.indices(), s.values());
                }
            }
        }
    }

    private void add(Suspect.Kind kind, int index, int[] r, double[] v) {
        kinds.add(kind);
        indices.add(index);
        rows.add(r);
        values.add(v);
    }

    GrossErrorReport run() {
        int count = kinds.size();
        double[] y = reconciliation.lambda();
        double[] r = reconciliation.residuals();
        SelectedInverse inverse = reconciliation.inverse();
        double[] scale = diagonalScale();
        double[] t = new double[count];
        double[] d = new double[count];
        double[] d0 = new double[count];
        boolean[] active = new boolean[count];
        int testable = 0;
        for (int j = 0; j < count; j++) {
            int[] rj = rows.get(j);
            double[] vj = values.get(j);
            t[j] = dot(rj, vj, y);
            d[j] = inverse.quadraticForm(rj, vj, 0, rj.length);
            d0[j] = d[j];
            double size = 0;
            for (int a = 0; a < rj.length; a++) {
                size += vj[a] * vj[a] / scale[rj[a]];
            }
            active[j] = d[j] > UNDETECTABLE * size;
            testable += active[j] ? 1 : 0;
        }
        double criticalZ = Distributions.sidakCriticalZ(alpha, testable);
        double critical = criticalZ * criticalZ;
        int rank = reconciliation.factor().rank();
        List<Integer> chosen = new ArrayList<>();
        List<double[]> directions = new ArrayList<>(); // w_k = H^-1 q_k
        List<double[]> rColumns = new ArrayList<>();   // column k of R: f_k = sum R_ik q_i
        List<Double> projections = new ArrayList<>();  // rho_k = <q_k, r>
        List<List<double[]>> equivalentStats = new ArrayList<>(); // per suspect: {candidate, size, z} of its equivalents
        while (chosen.size() < rank) {
            int best = -1;
            double bestT = critical;
            for (int j = 0; j < count; j++) {
                if (active[j] && t[j] * t[j] / d[j] > bestT) {
                    best = j;
                    bestT = t[j] * t[j] / d[j];
                }
            }
            if (best < 0) {
                break;
            }
            int s = chosen.size();
            double[] column = new double[s + 1];
            double[] w = reconciliation.factor().solved(scatter(best));
            for (int k = 0; k < s; k++) {
                double c = dot(rows.get(best), values.get(best), directions.get(k));
                column[k] = c;
                double[] wk = directions.get(k);
                for (int a = 0; a < w.length; a++) {
                    w[a] -= c * wk[a];
                }
            }
            double norm = Math.sqrt(dot(rows.get(best), values.get(best), w));
            for (int a = 0; a < w.length; a++) {
                w[a] /= norm;
            }
            column[s] = norm;
            double rho = 0;
            for (int a = 0; a < w.length; a++) {
                rho += w[a] * r[a];
            }
            chosen.add(best);
            directions.add(w);
            rColumns.add(column);
            projections.add(rho);
            List<double[]> groupStats = new ArrayList<>();
            active[best] = false;
            for (int j = 0; j < count; j++) {
                if (!active[j]) {
                    continue;
                }
                double c = dot(rows.get(j), values.get(j), w);
                double tBefore = t[j];
                double dBefore = d[j];
                t[j] -= c * rho;
                d[j] -= c * c;
                if (d[j] <= EXPLAINED * d0[j]) {
                    active[j] = false;
                    if (dBefore > EXPLAINED * d0[j] && c * c >= (1 - 1e-6) * dBefore) {
                        groupStats.add(new double[]{j, tBefore / dBefore, tBefore / Math.sqrt(dBefore)});
                    }
                }
            }
            equivalentStats.add(groupStats);
        }
        return report(chosen, rColumns, projections, equivalentStats, criticalZ, testable);
    }

    private GrossErrorReport report(List<Integer> chosen, List<double[]> rColumns, List<Double> projections,
                                    List<List<double[]>> equivalentStats, double criticalZ, int testable) {
        int s = chosen.size();
        double[][] rInverse = upperInverse(rColumns);
        List<Suspect> suspects = new ArrayList<>();
        double explained = 0;
        for (int k = 0; k < s; k++) {
            double size = 0;
            double variance = 0;
            for (int i = k; i < s; i++) {
                size += rInverse[k][i] * projections.get(i);
                variance += rInverse[k][i] * rInverse[k][i];
            }
            suspects.add(suspect(chosen.get(k), size, size / Math.sqrt(variance)));
            explained += projections.get(k) * projections.get(k);
        }
        List<List<Suspect>> sets = new ArrayList<>();
        for (int k = 0; k < s; k++) {
            if (equivalentStats.get(k).isEmpty()) {
                continue;
            }
            List<Suspect> set = new ArrayList<>();
            set.add(suspects.get(k));
            for (double[] stats : equivalentStats.get(k)) {
                set.add(suspect((int) stats[0], stats[1], stats[2]));
            }
            sets.add(set);
        }
        GlobalTest before = reconciliation.globalTest();
        GlobalTest remaining = GlobalTest.of(before.statistic() - explained, before.degreesOfFreedom() - s);
        return new GrossErrorReport(model, reconciliation, suspects, sets, alpha, criticalZ, testable, remaining);
    }

    private Suspect suspect(int candidate, double size, double z) {
        Suspect.Kind kind = kinds.get(candidate);
        int index = indices.get(candidate);
        String name = kind == Suspect.Kind.MEASUREMENT ? model.name(index) : model.balanceName(index);
        return new Suspect(name, kind, index, size, z);
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

    /** The diagonal of H, the scale a signature is judged against. */
    private double[] diagonalScale() {
        NormalSystem system = model.system;
        double[] diagonal = new double[system.rows];
        double[] variances = model.variances();
        for (int v = 0; v < model.variableCount(); v++) {
            for (int p = system.columnPointers[v]; p < system.columnPointers[v + 1]; p++) {
                diagonal[system.columnRows[p]] += variances[v] * system.columnValues[p] * system.columnValues[p];
            }
        }
        return diagonal;
    }

    private double[] scatter(int candidate) {
        double[] x = new double[model.system.rows];
        int[] rj = rows.get(candidate);
        double[] vj = values.get(candidate);
        for (int a = 0; a < rj.length; a++) {
            x[rj[a]] += vj[a];
        }
        return x;
    }

    private static double dot(int[] index, double[] value, double[] dense) {
        double sum = 0;
        for (int a = 0; a < index.length; a++) {
            sum += value[a] * dense[index[a]];
        }
        return sum;
    }
}
