package io.github.herenet.helium.reconcile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Removes the unmeasured variables from the balances by sparse Gaussian elimination on their columns
 * (the projection of Crowe, Garcia Campos and Hrymak, AIChE J. 29(6), 1983, done as a sparse
 * elimination in the manner of Kelly's and Sanchez and Romagnoli's row operations): each unmeasured
 * variable, fewest occurrences first, is solved from one balance that contains it (a large enough
 * coefficient, fewest terms) and substituted into the others. What is left are balances of measured
 * variables only: the reduced constraints of the reconciliation. The solved balances give the
 * unmeasured values back by substitution, and tell which of them the balances determine.
 *
 * <p>Classification: a measured variable is redundant when it is left in a reduced balance; an
 * unmeasured one is observable when its value does not depend on the variables no balance could be
 * solved for (tested with generic random values for those, so an accidental cancellation has
 * probability zero). Each reduced balance remembers which original balances it combines, which gives
 * the signature of a leak at every original balance. Immutable after construction.
 */
final class Projection {

    /** A solved balance: {@code pivotCoefficient * variable + rest = 0}. */
    record Pivot(int variable, double pivotCoefficient, SparseRow rest) {
    }

    /** Reduced balances over measured variables (indices are variable indices), none empty. */
    final List<SparseRow> reduced;
    /** For each reduced balance, the original balances it combines and their multipliers. */
    final List<SparseRow> origins;
    /** The solved balances in elimination order. */
    final List<Pivot> pivots;
    /** Per variable: observable (always true for a measured one). */
    final boolean[] observable;
    /** Per variable: left in a reduced balance (always false for an unmeasured one). */
    final boolean[] redundant;
    private final boolean[] measured;
    private final int[] pivotOf;

    Projection(boolean[] measured, List<SparseRow> balances) {
        this.measured = measured;
        int variables = measured.length;
        Elimination elimination = new Elimination(measured, balances);
        elimination.run();
        pivots = List.copyOf(elimination.pivots);
        pivotOf = new int[variables];
        Arrays.fill(pivotOf, -1);
        for (int k = 0; k < pivots.size(); k++) {
            pivotOf[pivots.get(k).variable()] = k;
        }
        List<SparseRow> rows = new ArrayList<>();
        List<SparseRow> from = new ArrayList<>();
        redundant = new boolean[variables];
        for (int b = 0; b < balances.size(); b++) {
            SparseRow row = elimination.rows[b];
            if (elimination.active[b] && row.size() > 0) {
                rows.add(row);
                from.add(elimination.origins[b]);
                for (int v : row.indices()) {
                    redundant[v] = true;
                }
            }
        }
        reduced = List.copyOf(rows);
        origins = List.copyOf(from);
        observable = classifyObservability();
    }

    /** Back-substitution with x = 0 and random values for the free variables: a non-zero result depends on them. */
    private boolean[] classifyObservability() {
        int variables = measured.length;
        double[] value = new double[variables];
        double[] scale = new double[variables];
        SplittableRandom random = new SplittableRandom(0x5eed);
        for (int v = 0; v < variables; v++) {
            if (!measured[v] && pivotOf[v] < 0) {
                value[v] = 1 + random.nextDouble();
                scale[v] = value[v];
            }
        }
        backSubstitute(value, false);
        backSubstitute(scale, true); // the size of the terms each value sums, for the rounding tolerance
        boolean[] result = new boolean[variables];
        for (int v = 0; v < variables; v++) {
            result[v] = measured[v] || Math.abs(value[v]) <= 1e-9 * scale[v];
        }
        return result;
    }

    /**
     * The unmeasured values from the reconciled measured ones ({@code values} holds them at the
     * measured indices; the unmeasured entries are filled in, NaN for the unobservable).
     */
    void substitute(double[] values) {
        for (int v = 0; v < values.length; v++) {
            if (!measured[v]) {
                values[v] = 0;
            }
        }
        backSubstitute(values, false);
        for (int v = 0; v < values.length; v++) {
            if (!observable[v]) {
                values[v] = Double.NaN;
            }
        }
    }

    /**
     * Solves the pivots' balances for their variables, last first, from the values already there; with
     * {@code absolute}, sums |coefficient| * value instead (values then non-negative).
     */
    private void backSubstitute(double[] values, boolean absolute) {
        for (int k = pivots.size() - 1; k >= 0; k--) {
            Pivot pivot = pivots.get(k);
            SparseRow rest = pivot.rest();
            double sum = 0;
            for (int a = 0; a < rest.size(); a++) {
                double c = rest.values()[a];
                sum += (absolute ? Math.abs(c) : c) * values[rest.indices()[a]];
            }
            values[pivot.variable()] = absolute ? sum / Math.abs(pivot.pivotCoefficient()) : -sum / pivot.pivotCoefficient();
        }
    }

    /**
     * The sensitivity of an observable unmeasured variable to the measured ones: c with u = c . x for
     * every x that satisfies the balances (indices are variable indices).
     */
    Map<Integer, Double> sensitivity(int variable) {
        Map<Integer, Map<Integer, Double>> done = new HashMap<>();
        List<Integer> needed = new ArrayList<>();
        collect(variable, needed, new HashSet<>());
        needed.sort((x, y) -> Integer.compare(pivotOf[y], pivotOf[x]));
        for (int v : needed) {
            Pivot pivot = pivots.get(pivotOf[v]);
            Map<Integer, Double> c = new HashMap<>();
            SparseRow rest = pivot.rest();
            double scale = -1 / pivot.pivotCoefficient();
            for (int a = 0; a < rest.size(); a++) {
                int w = rest.indices()[a];
                double coefficient = scale * rest.values()[a];
                if (measured[w]) {
                    c.merge(w, coefficient, Double::sum);
                } else if (pivotOf[w] >= 0) {
                    done.get(w).forEach((m, x) -> c.merge(m, coefficient * x, Double::sum));
                }
            }
            done.put(v, c);
        }
        return done.getOrDefault(variable, Map.of());
    }

    private void collect(int variable, List<Integer> needed, Set<Integer> seen) {
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        stack.push(variable);
        while (!stack.isEmpty()) {
            int v = stack.pop();
            if (measured[v] || pivotOf[v] < 0 || !seen.add(v)) {
                continue;
            }
            needed.add(v);
            for (int w : pivots.get(pivotOf[v]).rest().indices()) {
                stack.push(w);
            }
        }
    }

    /** The elimination itself, with its working state. */
    private static final class Elimination {
        final boolean[] measured;
        final SparseRow[] rows;
        final SparseRow[] origins;
        final boolean[] active;
        final Map<Integer, Set<Integer>> rowsOf = new HashMap<>();
        final PriorityQueue<long[]> queue = new PriorityQueue<>((x, y) -> Long.compare(x[0], y[0]));
        final List<Pivot> pivots = new ArrayList<>();

        Elimination(boolean[] measured, List<SparseRow> balances) {
            this.measured = measured;
            rows = balances.toArray(new SparseRow[0]);
            origins = new SparseRow[rows.length];
            active = new boolean[rows.length];
            for (int v = 0; v < measured.length; v++) {
                if (!measured[v]) {
                    rowsOf.put(v, new LinkedHashSet<>());
                }
            }
            for (int b = 0; b < rows.length; b++) {
                origins[b] = SparseRow.unit(b, 1);
                active[b] = true;
                for (int v : rows[b].indices()) {
                    if (!measured[v]) {
                        rowsOf.get(v).add(b);
                    }
                }
            }
            rowsOf.forEach((v, in) -> push(v));
        }

        private void push(int variable) {
            queue.add(new long[]{rowsOf.get(variable).size(), variable});
        }

        void run() {
            Set<Integer> done = new HashSet<>();
            while (!queue.isEmpty()) {
                long[] top = queue.poll();
                int u = (int) top[1];
                Set<Integer> in = rowsOf.get(u);
                if (done.contains(u) || top[0] != in.size()) {
                    continue; // stale entry
                }
                done.add(u);
                if (!in.isEmpty()) {
                    eliminate(u, choosePivot(u, in));
                }
            }
        }

        /** Among the balances holding u with a coefficient at least a tenth of the largest, the shortest. */
        private int choosePivot(int u, Set<Integer> in) {
            double largest = 0;
            for (int b : in) {
                largest = Math.max(largest, Math.abs(rows[b].get(u)));
            }
            int best = -1;
            for (int b : in) {
                if (Math.abs(rows[b].get(u)) >= 0.1 * largest && (best < 0 || rows[b].size() < rows[best].size())) {
                    best = b;
                }
            }
            return best;
        }

        private void eliminate(int u, int p) {
            SparseRow pivotRow = rows[p];
            double pivotCoefficient = pivotRow.get(u);
            for (int b : new ArrayList<>(rowsOf.get(u))) {
                if (b == p) {
                    continue;
                }
                double factor = -rows[b].get(u) / pivotCoefficient;
                SparseRow before = rows[b];
                rows[b] = before.plus(factor, pivotRow, u);
                origins[b] = origins[b].plus(factor, origins[p], -1);
                reindex(b, before, rows[b]);
            }
            active[p] = false;
            for (int v : pivotRow.indices()) {
                if (!measured[v]) {
                    rowsOf.get(v).remove(p);
                    push(v);
                }
            }
            pivots.add(new Pivot(u, pivotCoefficient, pivotRow.plus(0, SparseRow.EMPTY, u)));
        }

        private void reindex(int b, SparseRow before, SparseRow after) {
            for (int v : before.indices()) {
                if (!measured[v] && after.get(v) == 0) {
                    rowsOf.get(v).remove(b);
                    push(v);
                }
            }
            for (int v : after.indices()) {
                if (!measured[v] && before.get(v) == 0) {
                    rowsOf.get(v).add(b);
                    push(v);
                }
            }
        }
    }
}
