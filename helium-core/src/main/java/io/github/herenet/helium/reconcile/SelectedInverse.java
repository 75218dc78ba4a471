package io.github.herenet.helium.reconcile;

import java.util.Arrays;

/**
 * The entries of the inverse Z = (L D L^T)^-1 on the pattern of L + L^T (every entry of the matrix
 * itself included), by the Takahashi recurrence (Takahashi, Fagan and Chin 1973; Erisman and Tinney
 * 1975), from the last column to the first:
 * Z_jk = -sum_i L_ik Z_ij and Z_kk = 1/D_k - sum_i L_ik Z_ik, i over the rows of column k of L.
 * The rows i, j of a column of L are both in the pattern of every column i of it, so each term is
 * available when it is needed. Costs about as much as the factorisation. Dropped (dependent) rows
 * have zero rows in Z (the pseudo-inverse on the independent rows). Immutable.
 */
final class SelectedInverse {

    private final LdlFactor factor;
    /** Z below the diagonal, in L's layout. */
    private final double[] lower;
    private final double[] diagonal;

    SelectedInverse(LdlFactor factor) {
        this.factor = factor;
        int n = factor.symbolic.n;
        int[] lp = factor.symbolic.columnPointers;
        int[] li = factor.rows;
        double[] lx = factor.values;
        lower = new double[lx.length];
        diagonal = new double[n];
        double[] accumulated = new double[n];
        for (int k = n - 1; k >= 0; k--) {
            int start = lp[k];
            int end = lp[k + 1];
            for (int p = start; p < end; p++) {
                accumulated[p - start] = 0;
            }
            for (int b = start; b < end; b++) {
                int jb = li[b];
                double lb = lx[b];
                accumulated[b - start] += lb * diagonal[jb];
                // Z(j_a, j_b) for a > b sits in column j_b at row j_a: walk column j_b alongside column k.
                int q = lp[jb];
                int qEnd = lp[jb + 1];
                for (int a = b + 1; a < end; a++) {
                    int ja = li[a];
                    while (li[q] < ja) {
                        q++;
                    }
                    assert q < qEnd && li[q] == ja;
                    double z = lower[q];
                    accumulated[a - start] += lb * z;
                    accumulated[b - start] += lx[a] * z;
                }
            }
            double d = 1 / factor.diagonal[k];
            for (int p = start; p < end; p++) {
                double z = -accumulated[p - start];
                lower[p] = z;
                d -= lx[p] * z;
            }
            diagonal[k] = d;
        }
    }

    /** Z_ij for (i, j) in the pattern of L + L^T; throws if the entry is outside it. */
    double get(int i, int j) {
        if (i == j) {
            return diagonal[i];
        }
        int row = Math.max(i, j);
        int column = Math.min(i, j);
        int[] lp = factor.symbolic.columnPointers;
        int p = Arrays.binarySearch(factor.rows, lp[column], lp[column + 1], row);
        if (p < 0) {
            throw new IllegalStateException("entry (" + i + ", " + j + ") of the inverse is outside the factor's pattern");
        }
        return lower[p];
    }

    /** Whether Z_ij is among the selected entries. */
    boolean has(int i, int j) {
        if (i == j) {
            return true;
        }
        int column = Math.min(i, j);
        int[] lp = factor.symbolic.columnPointers;
        return Arrays.binarySearch(factor.rows, lp[column], lp[column + 1], Math.max(i, j)) >= 0;
    }

    /**
     * f^T Z f for a sparse f (rows {@code index[from..to)}, values {@code value[from..to)}), from the
     * selected entries when every pair of its rows is in the pattern, otherwise by a solve.
     */
    double quadraticForm(int[] index, double[] value, int from, int to) {
        for (int a = from; a < to; a++) {
            for (int b = a + 1; b < to; b++) {
                if (!has(index[a], index[b])) {
                    return quadraticFormBySolve(index, value, from, to);
                }
            }
        }
        double sum = 0;
        for (int a = from; a < to; a++) {
            sum += value[a] * value[a] * diagonal[index[a]];
            for (int b = a + 1; b < to; b++) {
                sum += 2 * value[a] * value[b] * get(index[a], index[b]);
            }
        }
        return sum;
    }

    private double quadraticFormBySolve(int[] index, double[] value, int from, int to) {
        double[] x = new double[factor.symbolic.n];
        for (int a = from; a < to; a++) {
            x[index[a]] += value[a];
        }
        factor.solve(x);
        double sum = 0;
        for (int a = from; a < to; a++) {
            sum += value[a] * x[index[a]];
        }
        return sum;
    }
}
