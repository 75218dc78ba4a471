package io.github.herenet.helium.reconcile;

import java.util.Arrays;

/**
 * An immutable sparse vector: ascending indices and their non-zero values. Used for balance rows
 * (index = variable) and for their origins (index = original balance).
 */
record SparseRow(int[] indices, double[] values) {

    /** Relative size below which a sum of two terms counts as exact cancellation. */
    static final double CANCELLATION = 1e-12;

    static final SparseRow EMPTY = new SparseRow(new int[0], new double[0]);

    /** A one-entry row. */
    static SparseRow unit(int index, double value) {
        return new SparseRow(new int[]{index}, new double[]{value});
    }

    /** A row from unsorted, distinct indices. */
    static SparseRow of(int[] indices, double[] values) {
        Integer[] order = new Integer[indices.length];
        for (int a = 0; a < order.length; a++) {
            order[a] = a;
        }
        Arrays.sort(order, (x, y) -> Integer.compare(indices[x], indices[y]));
        int[] sortedIndices = new int[indices.length];
        double[] sortedValues = new double[indices.length];
        for (int a = 0; a < order.length; a++) {
            sortedIndices[a] = indices[order[a]];
            sortedValues[a] = values[order[a]];
        }
        return new SparseRow(sortedIndices, sortedValues);
    }

    int size() {
        return indices.length;
    }

    /** The value at {@code index}, 0 if absent. */
    double get(int index) {
        int a = Arrays.binarySearch(indices, index);
        return a >= 0 ? values[a] : 0;
    }

    /**
     * this + factor * other, dropping {@code removed} exactly and any entry that cancels to rounding
     * noise ({@link #CANCELLATION} of the terms' size).
     */
    SparseRow plus(double factor, SparseRow other, int removed) {
        int[] idx = new int[indices.length + other.indices.length];
        double[] val = new double[idx.length];
        int a = 0;
        int b = 0;
        int count = 0;
        while (a < indices.length || b < other.indices.length) {
            int ia = a < indices.length ? indices[a] : Integer.MAX_VALUE;
            int ib = b < other.indices.length ? other.indices[b] : Integer.MAX_VALUE;
            int index = Math.min(ia, ib);
            double left = ia == index ? values[a++] : 0;
            double right = ib == index ? factor * other.values[b++] : 0;
            double sum = left + right;
            if (index != removed && Math.abs(sum) > CANCELLATION * (Math.abs(left) + Math.abs(right))) {
                idx[count] = index;
                val[count++] = sum;
            }
        }
        return new SparseRow(Arrays.copyOf(idx, count), Arrays.copyOf(val, count));
    }
}
