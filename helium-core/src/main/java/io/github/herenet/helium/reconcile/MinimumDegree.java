package io.github.herenet.helium.reconcile;

import java.util.Arrays;

/**
 * A fill-reducing ordering of a symmetric sparse matrix by approximate minimum degree (after Amestoy,
 * Davis and Duff, SIAM J. Matrix Anal. Appl. 17(4), 1996), on the quotient graph: an eliminated node
 * becomes an <em>element</em> standing for the clique its elimination creates, so the graph never grows.
 * Each step eliminates a node of least approximate external degree |A_i| + |L_p \ i| + sum |L_e \ L_p|,
 * absorbs the elements it covers (and, aggressively, those the new element contains), and prunes the
 * edges the new element makes redundant. No supervariables: a network's balance graph has few
 * indistinguishable nodes. Runs in about the time of the symbolic factorisation.
 */
final class MinimumDegree {

    private static final byte VARIABLE = 0;
    private static final byte ELEMENT = 1;
    private static final byte ABSORBED = 2;

    private final int n;
    private final int[][] adjacent;
    private final int[] adjacentCount;
    private final int[][] elements;
    private final int[] elementCount;
    private final int[][] members;
    private final byte[] state;
    private final int[] degree;
    private final int[] head;
    private final int[] next;
    private final int[] previous;
    private final int[] mark;
    private final int[] weight;
    private final int[] weightMark;
    private int stamp;
    private int minDegree;

    private MinimumDegree(int n, int[] pointers, int[] neighbours) {
        this.n = n;
        adjacent = new int[n][];
        adjacentCount = new int[n];
        elements = new int[n][];
        elementCount = new int[n];
        members = new int[n][];
        state = new byte[n];
        degree = new int[n];
        head = new int[n + 1];
        next = new int[n];
        previous = new int[n];
        mark = new int[n];
        weight = new int[n];
        weightMark = new int[n];
        Arrays.fill(head, -1);
        for (int i = 0; i < n; i++) {
            adjacent[i] = Arrays.copyOfRange(neighbours, pointers[i], pointers[i + 1]);
            adjacentCount[i] = adjacent[i].length;
            elements[i] = new int[2];
            degree[i] = adjacentCount[i];
            insert(i);
        }
    }

    /**
     * The elimination order of the graph with adjacency lists {@code neighbours[pointers[i] ..
     * pointers[i+1])} (symmetric, without self loops or repeats): {@code order[k]} is the node
     * eliminated k-th.
     */
    static int[] order(int n, int[] pointers, int[] neighbours) {
        return new MinimumDegree(n, pointers, neighbours).run();
    }

    private int[] run() {
        int[] order = new int[n];
        int[] front = new int[Math.max(1, n)];
        for (int k = 0; k < n; k++) {
            int p = popMinimum();
            order[k] = p;
            int size = eliminate(p, front);
            updateDegrees(p, front, size, n - k - 1);
        }
        return order;
    }

    /** Forms the new element L_p in {@code front}, absorbing p's elements; returns |L_p|. */
    private int eliminate(int p, int[] front) {
        int current = ++stamp;
        mark[p] = current;
        int size = 0;
        for (int a = 0; a < adjacentCount[p]; a++) {
            int j = adjacent[p][a];
            if (state[j] == VARIABLE && mark[j] != current) {
                mark[j] = current;
                front[size++] = j;
            }
        }
        for (int a = 0; a < elementCount[p]; a++) {
            int e = elements[p][a];
            if (state[e] != ELEMENT) {
                continue;
            }
            for (int j : members[e]) {
                if (state[j] == VARIABLE && mark[j] != current) {
                    mark[j] = current;
                    front[size++] = j;
                }
            }
            state[e] = ABSORBED;
            members[e] = null;
        }
        state[p] = ELEMENT;
        members[p] = Arrays.copyOf(front, size);
        adjacent[p] = null;
        elements[p] = null;
        for (int a = 0; a < size; a++) {
            int i = front[a];
            remove(i);
            pruneAdjacent(i, current);
            cleanElements(i, p);
        }
        return size;
    }

    /** Drops from A_i the variables the new element covers (they are marked) and eliminated nodes. */
    private void pruneAdjacent(int i, int current) {
        int[] list = adjacent[i];
        int kept = 0;
        for (int a = 0; a < adjacentCount[i]; a++) {
            int j = list[a];
            if (state[j] == VARIABLE && mark[j] != current) {
                list[kept++] = j;
            }
        }
        adjacentCount[i] = kept;
    }

    /** Drops absorbed elements from E_i and adds the new element p. */
    private void cleanElements(int i, int p) {
        int[] list = elements[i];
        int kept = 0;
        for (int a = 0; a < elementCount[i]; a++) {
            int e = list[a];
            if (state[e] == ELEMENT) {
                list[kept++] = e;
            }
        }
        if (kept == list.length) {
            list = Arrays.copyOf(list, 2 * kept + 2);
            elements[i] = list;
        }
        list[kept++] = p;
        elementCount[i] = kept;
    }

    /** Approximate external degrees of the variables of L_p; absorbs elements inside L_p. */
    private void updateDegrees(int p, int[] front, int size, int remaining) {
        int current = ++stamp;
        for (int a = 0; a < size; a++) {
            int i = front[a];
            for (int b = 0; b < elementCount[i]; b++) {
                int e = elements[i][b];
                if (e == p || state[e] != ELEMENT) {
                    continue;
                }
                if (weightMark[e] != current) {
                    weightMark[e] = current;
                    weight[e] = members[e].length;
                }
                weight[e]--;
            }
        }
        for (int a = 0; a < size; a++) {
            int i = front[a];
            long d = adjacentCount[i] + (size - 1L);
            for (int b = 0; b < elementCount[i]; b++) {
                int e = elements[i][b];
                if (e == p || state[e] != ELEMENT) {
                    continue;
                }
                if (weight[e] == 0) {
                    state[e] = ABSORBED; // aggressive absorption: L_e inside L_p
                    members[e] = null;
                } else {
                    d += weight[e];
                }
            }
            degree[i] = (int) Math.min(d, Math.max(0, remaining - 1));
            insert(i);
        }
    }

    private void insert(int i) {
        int d = degree[i];
        next[i] = head[d];
        previous[i] = -1;
        if (head[d] >= 0) {
            previous[head[d]] = i;
        }
        head[d] = i;
        minDegree = Math.min(minDegree, d);
    }

    private void remove(int i) {
        if (previous[i] >= 0) {
            next[previous[i]] = next[i];
        } else {
            head[degree[i]] = next[i];
        }
        if (next[i] >= 0) {
            previous[next[i]] = previous[i];
        }
    }

    private int popMinimum() {
        while (head[minDegree] < 0) {
            minDegree++;
        }
        int p = head[minDegree];
        remove(p);
        return p;
    }
}
