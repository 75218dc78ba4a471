package io.github.herenet.helium.reconcile;

import java.util.Arrays;

/**
 * The numeric LDL^T factor of a symmetric positive semi-definite matrix with the pattern of an
 * {@link LdlSymbolic}, computed row by row ("up-looking", after Davis's LDL), with sparse triangular
 * solves and the selected inverse. A pivot that falls below {@link #DEPENDENT} times its column's
 * diagonal marks a row that depends on the rows before it (a balance implied by others): it is dropped
 * (its D is set to +infinity, so its multipliers, its part of every solve and its inverse entries are
 * 0), which solves the system restricted to the independent rows. Immutable after construction.
 */
final class LdlFactor {

    /** Relative pivot size below which a row counts as dependent. */
    static final double DEPENDENT = 1e-10;

    final LdlSymbolic symbolic;
    /** Row indices and values of L below the diagonal, by column, rows ascending. */
    final int[] rows;
    final double[] values;
    /** The diagonal D; +infinity for a dropped (dependent) row. */
    final double[] diagonal;
    private final int rank;

    /**
     * Factors the matrix whose upper triangle has the symbolic pattern and values {@code upperValues}.
     */
    LdlFactor(LdlSymbolic symbolic, double[] upperValues) {
        this.symbolic = symbolic;
        int n = symbolic.n;
        int[] ap = symbolic.upperPointers;
        int[] ai = symbolic.upperRows;
        int[] parent = symbolic.parent;
        int[] lp = symbolic.columnPointers;
        rows = new int[symbolic.factorEntries()];
        values = new double[rows.length];
        diagonal = new double[n];
        int[] filled = new int[n];
        int[] flag = new int[n];
        int[] pattern = new int[n];
        double[] y = new double[n];
        int independent = 0;
        for (int k = 0; k < n; k++) {
            int top = n;
            flag[k] = k;
            double original = 0;
            for (int p = ap[k]; p < ap[k + 1]; p++) {
                int i = ai[p];
                y[i] += upperValues[p];
                if (i == k) {
                    original = upperValues[p];
                }
                int length = 0;
                for (; flag[i] != k; i = parent[i]) {
                    pattern[length++] = i;
                    flag[i] = k;
                }
                while (length > 0) {
                    pattern[--top] = pattern[--length];
                }
            }
            double d = y[k];
            y[k] = 0;
            for (; top < n; top++) {
                int i = pattern[top];
                double yi = y[i];
                y[i] = 0;
                int end = lp[i] + filled[i];
                for (int p = lp[i]; p < end; p++) {
                    y[rows[p]] -= values[p] * yi;
                }
                double lki = yi / diagonal[i];
                d -= lki * yi;
                rows[end] = k;
                values[end] = lki;
                filled[i]++;
            }
            if (d > DEPENDENT * original && original > 0) {
                diagonal[k] = d;
                independent++;
            } else {
                diagonal[k] = Double.POSITIVE_INFINITY;
            }
        }
        rank = independent;
    }

    /** The number of independent rows (the matrix's numerical rank). */
    int rank() {
        return rank;
    }

    /** Whether row k was dropped as dependent on the rows before it. */
    boolean dropped(int k) {
        return diagonal[k] == Double.POSITIVE_INFINITY;
    }

    /** Solves L D L^T x = b in place (b becomes x); dropped rows get 0. */
    void solve(double[] b) {
        int n = symbolic.n;
        int[] lp = symbolic.columnPointers;
        for (int j = 0; j < n; j++) {
            double bj = b[j];
            if (bj != 0) {
                for (int p = lp[j]; p < lp[j + 1]; p++) {
                    b[rows[p]] -= values[p] * bj;
                }
            }
        }
        for (int j = 0; j < n; j++) {
            b[j] /= diagonal[j];
        }
        for (int j = n - 1; j >= 0; j--) {
            double bj = b[j];
            for (int p = lp[j]; p < lp[j + 1]; p++) {
                bj -= values[p] * b[rows[p]];
            }
            b[j] = bj;
        }
    }

    /** A copy of {@code b} solved. */
    double[] solved(double[] b) {
        double[] x = Arrays.copyOf(b, b.length);
        solve(x);
        return x;
    }
}
