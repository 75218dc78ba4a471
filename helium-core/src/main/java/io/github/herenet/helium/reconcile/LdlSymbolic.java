package io.github.herenet.helium.reconcile;

/**
 * The structure of the LDL^T factor of a symmetric matrix given by its upper triangle in compressed
 * columns (column k holds the rows i &lt;= k, ascending, the diagonal last): the elimination tree and the
 * column counts of L, computed in time proportional to the factor's size (Liu's algorithm, in the
 * formulation of T. A. Davis, "Algorithm 849: a concise sparse Cholesky factorization package", 2005).
 * Immutable after construction; the numeric factors of every matrix with this pattern share it.
 */
final class LdlSymbolic {

    final int n;
    final int[] upperPointers;
    final int[] upperRows;
    /** Elimination tree: the parent of each column, -1 at a root. */
    final int[] parent;
    /** Column k of L occupies {@code [columnPointers[k], columnPointers[k+1])}. */
    final int[] columnPointers;

    LdlSymbolic(int n, int[] upperPointers, int[] upperRows) {
        this.n = n;
        this.upperPointers = upperPointers;
        this.upperRows = upperRows;
        parent = new int[n];
        int[] counts = new int[n];
        int[] flag = new int[n];
        for (int k = 0; k < n; k++) {
            parent[k] = -1;
            flag[k] = k;
            for (int p = upperPointers[k]; p < upperPointers[k + 1]; p++) {
                for (int i = upperRows[p]; i < k && flag[i] != k; i = parent[i]) {
                    if (parent[i] == -1) {
                        parent[i] = k;
                    }
                    counts[i]++;
                    flag[i] = k;
                }
            }
        }
        columnPointers = new int[n + 1];
        for (int k = 0; k < n; k++) {
            columnPointers[k + 1] = Math.addExact(columnPointers[k], counts[k]);
        }
    }

    /** Entries of L below the diagonal. */
    int factorEntries() {
        return columnPointers[n];
    }
}
