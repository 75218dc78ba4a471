package io.github.herenet.helium.reconcile;

import java.util.Arrays;
import java.util.List;

/**
 * The reduced constraints A (rows: reduced balances, in a fill-reducing order; columns: the variables)
 * and the structure of H = A V A^T, the covariance of the balance residuals A m, which every
 * reconciliation factors. Built once per model: the ordering ({@link MinimumDegree} on the graph of H),
 * the upper triangle's pattern, where each measurement's terms land in it, and the symbolic factor.
 * A column of a variable that is in no reduced balance is empty. Immutable.
 */
final class NormalSystem {

    /** Reduced balances (rows of H). */
    final int rows;
    /** A by column (variable), row indices already permuted, ascending. */
    final int[] columnPointers;
    final int[] columnRows;
    final double[] columnValues;
    /** {@code order[k]} is the reduced balance at position k. */
    final int[] order;
    final LdlSymbolic symbolic;
    /** For each column's pair (a &lt;= b) of entries, in column order, its position in the upper triangle. */
    private final int[] pairPositions;

    NormalSystem(int variables, List<SparseRow> reduced) {
        rows = reduced.size();
        int[] rowPointers = new int[rows + 1];
        for (int r = 0; r < rows; r++) {
            rowPointers[r + 1] = rowPointers[r] + reduced.get(r).size();
        }
        int[] counts = new int[variables + 1];
        for (SparseRow row : reduced) {
            for (int v : row.indices()) {
                counts[v + 1]++;
            }
        }
        int[] naturalPointers = new int[variables + 1];
        for (int v = 0; v < variables; v++) {
            naturalPointers[v + 1] = naturalPointers[v] + counts[v + 1];
        }
        int[] naturalRows = new int[naturalPointers[variables]];
        double[] naturalValues = new double[naturalRows.length];
        int[] fill = Arrays.copyOf(naturalPointers, variables);
        for (int r = 0; r < rows; r++) {
            SparseRow row = reduced.get(r);
            for (int a = 0; a < row.size(); a++) {
                int v = row.indices()[a];
                naturalRows[fill[v]] = r;
                naturalValues[fill[v]++] = row.values()[a];
            }
        }
        order = orderRows(reduced, naturalPointers, naturalRows);
        int[] position = new int[rows];
        for (int k = 0; k < rows; k++) {
            position[order[k]] = k;
        }
        columnPointers = naturalPointers;
        columnRows = new int[naturalRows.length];
        columnValues = new double[naturalRows.length];
        for (int v = 0; v < variables; v++) {
            sortColumn(v, naturalRows, naturalValues, position);
        }
        int[][] upper = upperPattern();
        symbolic = new LdlSymbolic(rows, upper[0], upper[1]);
        pairPositions = pairPositions(upper[0], upper[1]);
    }

    private static int[] orderRows(List<SparseRow> reduced, int[] columnPointers, int[] columnRows) {
        int rows = reduced.size();
        int[] mark = new int[rows];
        Arrays.fill(mark, -1);
        int[] pointers = new int[rows + 1];
        IntList neighbours = new IntList();
        for (int r = 0; r < rows; r++) {
            mark[r] = r;
            for (int v : reduced.get(r).indices()) {
                for (int p = columnPointers[v]; p < columnPointers[v + 1]; p++) {
                    int s = columnRows[p];
                    if (mark[s] != r) {
                        mark[s] = r;
                        neighbours.add(s);
                    }
                }
            }
            pointers[r + 1] = neighbours.size();
        }
        return MinimumDegree.order(rows, pointers, neighbours.toArray());
    }

    private void sortColumn(int v, int[] naturalRows, double[] naturalValues, int[] position) {
        int start = columnPointers[v];
        int length = columnPointers[v + 1] - start;
        long[] keyed = new long[length];
        for (int a = 0; a < length; a++) {
            keyed[a] = ((long) position[naturalRows[start + a]] << 32) | a;
        }
        Arrays.sort(keyed);
        for (int a = 0; a < length; a++) {
            int from = start + (int) (keyed[a] & 0xffffffffL);
            columnRows[start + a] = (int) (keyed[a] >>> 32);
            columnValues[start + a] = naturalValues[from];
        }
    }

    /** The pattern of the upper triangle of H (with the diagonal) in the new order, by column. */
    private int[][] upperPattern() {
        int variables = columnPointers.length - 1;
        long[] pairs;
        IntList keysHigh = new IntList();
        IntList keysLow = new IntList();
        for (int k = 0; k < rows; k++) {
            keysHigh.add(k);
            keysLow.add(k);
        }
        for (int v = 0; v < variables; v++) {
            for (int a = columnPointers[v]; a < columnPointers[v + 1]; a++) {
                for (int b = a + 1; b < columnPointers[v + 1]; b++) {
                    keysHigh.add(columnRows[b]);
                    keysLow.add(columnRows[a]);
                }
            }
        }
        pairs = new long[keysHigh.size()];
        for (int p = 0; p < pairs.length; p++) {
            pairs[p] = ((long) keysHigh.get(p) << 32) | keysLow.get(p);
        }
        Arrays.sort(pairs);
        int[] pointers = new int[rows + 1];
        IntList rowIndices = new IntList();
        long last = -1;
        for (long pair : pairs) {
            if (pair != last) {
                int column = (int) (pair >>> 32);
                rowIndices.add((int) (pair & 0xffffffffL));
                pointers[column + 1]++;
                last = pair;
            }
        }
        for (int k = 0; k < rows; k++) {
            pointers[k + 1] += pointers[k];
        }
        return new int[][]{pointers, rowIndices.toArray()};
    }

    private int[] pairPositions(int[] pointers, int[] upperRows) {
        int variables = columnPointers.length - 1;
        IntList positions = new IntList();
        for (int v = 0; v < variables; v++) {
            for (int a = columnPointers[v]; a < columnPointers[v + 1]; a++) {
                for (int b = a; b < columnPointers[v + 1]; b++) {
                    int column = columnRows[b];
                    positions.add(Arrays.binarySearch(upperRows, pointers[column], pointers[column + 1], columnRows[a]));
                }
            }
        }
        return positions.toArray();
    }

    /** Factors H = A V A^T for the variances of the variables (any value for an empty column). */
    LdlFactor factor(double[] variances) {
        double[] upper = new double[symbolic.upperRows.length];
        int variables = columnPointers.length - 1;
        int next = 0;
        for (int v = 0; v < variables; v++) {
            double variance = variances[v];
            for (int a = columnPointers[v]; a < columnPointers[v + 1]; a++) {
                double scaled = variance * columnValues[a];
                for (int b = a; b < columnPointers[v + 1]; b++) {
                    upper[pairPositions[next++]] += scaled * columnValues[b];
                }
            }
        }
        return new LdlFactor(symbolic, upper);
    }

    /** The diagonal of H = A V A^T for the variances of the variables. */
    double[] diagonal(double[] variances) {
        double[] diagonal = new double[rows];
        for (int v = 0; v < columnPointers.length - 1; v++) {
            for (int p = columnPointers[v]; p < columnPointers[v + 1]; p++) {
                diagonal[columnRows[p]] += variances[v] * columnValues[p] * columnValues[p];
            }
        }
        return diagonal;
    }

    /** The residuals A x of the reduced balances, in the new order. */
    double[] residuals(double[] x) {
        double[] r = new double[rows];
        int variables = columnPointers.length - 1;
        for (int v = 0; v < variables; v++) {
            double xv = x[v];
            for (int p = columnPointers[v]; p < columnPointers[v + 1]; p++) {
                r[columnRows[p]] += columnValues[p] * xv;
            }
        }
        return r;
    }

    /** Whether variable v is in a reduced balance. */
    boolean inReducedBalance(int v) {
        return columnPointers[v + 1] > columnPointers[v];
    }

    /** f . y for column v of A. */
    double columnDot(int v, double[] y) {
        double sum = 0;
        for (int p = columnPointers[v]; p < columnPointers[v + 1]; p++) {
            sum += columnValues[p] * y[columnRows[p]];
        }
        return sum;
    }
}
