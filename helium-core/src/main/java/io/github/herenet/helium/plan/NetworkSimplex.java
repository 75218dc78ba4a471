package io.github.herenet.helium.plan;

/**
 * Primal network simplex on a strongly feasible spanning tree, the engine behind {@link MinCostFlow}.
 *
 * <p>An artificial root node {@code n} is joined to every node {@code i} by an artificial arc of cost
 * {@code bigM} and unlimited capacity: {@code i -> root} if the supply of {@code i} is {@code >= 0},
 * {@code root -> i} otherwise. Those arcs carry the supplies at the start, a strongly feasible tree (every
 * tree arc can push flow towards the root). Real arcs start at their lower bound 0.
 *
 * <p>Each pivot prices arcs by block search (blocks of about {@code sqrt(m)} arcs, resuming where the
 * last search stopped, the most violating arc of the first block that has one enters), finds the cycle's
 * apex (join) by depth, and chooses as leaving arc the <em>last</em> blocking arc met when walking the
 * cycle in its orientation from the apex. That rule keeps the tree strongly feasible, which rules out
 * cycling in degenerate pivots. The subtree cut off by the leaving arc is re-rooted at the entering arc's
 * end; its preorder thread, depths and potentials are rewritten in two passes over the subtree.
 *
 * <p>Potentials {@code pi} satisfy {@code cost + pi[source] - pi[target] = 0} on tree arcs, so the
 * reduced cost of an arc is {@code cost + pi[source] - pi[target]}. Overflow: a node's potential is the
 * signed cost of its tree path from the root, at most {@code bigM + (n - 1) maxCost}; {@link MinCostFlow}
 * bounds {@code (n + 1) maxCost} by 2^59 and {@code bigM = n maxCost + 1}, so every potential and reduced
 * cost stays below 2^62 in magnitude. Flows never exceed their capacities, and the artificial flows
 * never grow beyond the initial supplies (a cycle through two artificial arcs both forwards costs more
 * than {@code 2 bigM - (n - 1) maxCost > 0}, so it never enters). Not thread-safe; one run per instance.
 */
final class NetworkSimplex {

    static final byte TREE = 0;
    static final byte LOWER = 1;
    static final byte UPPER = -1;

    private final int n;
    private final int root;
    private final int m;

    private final int[] source;
    private final int[] target;
    private final long[] cap;
    private final long[] cost;
    private final long[] flow;
    private final byte[] state;

    private final int[] parent;
    private final int[] pred;
    private final boolean[] predUp;
    private final int[] depth;
    private final int[] thread;
    private final int[] revThread;
    private final long[] pi;
    private final int[] subtree;

    private final int blockSize;
    private int nextArc;
    private long pivots;
    /** Set by {@link #collectNewPreorder}: the last node of the moved subtree in the old thread. */
    private int subtreeLastOld;

    /**
     * Copies the instance; arcs {@code 0..m-1} are real, the artificial arcs are added after them.
     *
     * @param bigM cost of an artificial arc, larger than the cost of any simple path of real arcs
     */
    NetworkSimplex(int n, int m, int[] tails, int[] heads, long[] capacities, long[] costs, long[] supplies,
                   long bigM) {
        this.n = n;
        this.root = n;
        this.m = m;
        int arcs = m + n;
        source = new int[arcs];
        target = new int[arcs];
        cap = new long[arcs];
        cost = new long[arcs];
        flow = new long[arcs];
        state = new byte[arcs];
        System.arraycopy(tails, 0, source, 0, m);
        System.arraycopy(heads, 0, target, 0, m);
        System.arraycopy(capacities, 0, cap, 0, m);
        System.arraycopy(costs, 0, cost, 0, m);
        java.util.Arrays.fill(state, 0, m, LOWER);

        int nodes = n + 1;
        parent = new int[nodes];
        pred = new int[nodes];
        predUp = new boolean[nodes];
        depth = new int[nodes];
        thread = new int[nodes];
        revThread = new int[nodes];
        pi = new long[nodes];
        subtree = new int[nodes];

        parent[root] = -1;
        pred[root] = -1;
        thread[root] = n == 0 ? root : 0;
        revThread[root] = n == 0 ? root : n - 1;
        for (int i = 0; i < n; i++) {
            int e = m + i;
            long s = supplies[i];
            if (s >= 0) {
                source[e] = i;
                target[e] = root;
                flow[e] = s;
                predUp[i] = true;
                pi[i] = -bigM;
            } else {
                source[e] = root;
                target[e] = i;
                flow[e] = -s;
                pi[i] = bigM;
            }
            cap[e] = Long.MAX_VALUE;
            cost[e] = bigM;
            state[e] = TREE;
            parent[i] = root;
            pred[i] = e;
            depth[i] = 1;
            thread[i] = i + 1 < n ? i + 1 : root;
            revThread[i] = i > 0 ? i - 1 : root;
        }
        blockSize = Math.max(10, (int) Math.ceil(Math.sqrt(m)));
    }

    /** Pivots to optimality; returns whether the optimum uses no artificial arc (the instance is feasible). */
    boolean run() {
        int entering;
        while ((entering = findEntering()) >= 0) {
            pivot(entering);
            pivots++;
        }
        for (int e = m; e < m + n; e++) {
            if (flow[e] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Flows of the real arcs. */
    long[] realFlows() {
        return java.util.Arrays.copyOf(flow, m);
    }

    /** Potentials in the convention {@code reduced cost = cost - p[tail] + p[head]}. */
    long[] potentials() {
        long[] p = new long[n];
        for (int i = 0; i < n; i++) {
            p[i] = -pi[i];
        }
        return p;
    }

    /** Number of pivots done (for diagnostics and tests). */
    long pivots() {
        return pivots;
    }

    /** Block search over the real arcs; the arc to enter, or -1 if every reduced cost is of the right sign. */
    private int findEntering() {
        long min = 0;
        int best = -1;
        int count = blockSize;
        for (int e = nextArc; e < m; e++) {
            long violation = state[e] * (cost[e] + pi[source[e]] - pi[target[e]]);
            if (violation < min) {
                min = violation;
                best = e;
            }
            if (--count == 0) {
                if (best >= 0) {
                    nextArc = e + 1 == m ? 0 : e + 1;
                    return best;
                }
                count = blockSize;
            }
        }
        for (int e = 0; e < nextArc; e++) {
            long violation = state[e] * (cost[e] + pi[source[e]] - pi[target[e]]);
            if (violation < min) {
                min = violation;
                best = e;
            }
            if (--count == 0) {
                if (best >= 0) {
                    nextArc = e + 1;
                    return best;
                }
                count = blockSize;
            }
        }
        return best;
    }

    private void pivot(int in) {
        int first;
        int second;
        if (state[in] == LOWER) {
            first = source[in];
            second = target[in];
        } else {
            first = target[in];
            second = source[in];
        }
        int join = join(first, second);

        // Ratio test. The cycle runs join -> ... -> first -> (entering) -> second -> ... -> join; the last
        // blocking arc in that order leaves: strict '<' on the first side, '<=' on the second.
        long delta = cap[in];
        int leaving = -1;
        boolean onFirstSide = false;
        for (int u = first; u != join; u = parent[u]) {
            int e = pred[u];
            long residual = predUp[u] ? flow[e] : cap[e] - flow[e];
            if (residual < delta) {
                delta = residual;
                leaving = u;
                onFirstSide = true;
            }
        }
        for (int u = second; u != join; u = parent[u]) {
            int e = pred[u];
            long residual = predUp[u] ? cap[e] - flow[e] : flow[e];
            if (residual <= delta) {
                delta = residual;
                leaving = u;
                onFirstSide = false;
            }
        }

        if (delta > 0) {
            flow[in] += state[in] == LOWER ? delta : -delta;
            for (int u = first; u != join; u = parent[u]) {
                flow[pred[u]] += predUp[u] ? -delta : delta;
            }
            for (int u = second; u != join; u = parent[u]) {
                flow[pred[u]] += predUp[u] ? delta : -delta;
            }
        }

        if (leaving < 0) {
            state[in] = (byte) -state[in];
            return;
        }
        int out = pred[leaving];
        state[out] = flow[out] == 0 ? LOWER : UPPER;
        state[in] = TREE;

        int uIn = onFirstSide ? first : second;
        int vIn = onFirstSide ? second : first;
        long reduced = cost[in] + pi[source[in]] - pi[target[in]];
        long shift = uIn == target[in] ? reduced : -reduced;
        reroot(in, uIn, vIn, leaving, shift);
    }

    /** The apex of the tree paths from {@code u} and {@code v}. */
    private int join(int u, int v) {
        while (u != v) {
            int du = depth[u];
            int dv = depth[v];
            if (du > dv) {
                u = parent[u];
            } else if (dv > du) {
                v = parent[v];
            } else {
                u = parent[u];
                v = parent[v];
            }
        }
        return u;
    }

    /**
     * Cuts the subtree of {@code uOut} (whose pred arc leaves), re-roots it at {@code uIn} (inside it) and
     * hangs it under {@code vIn} by arc {@code in}; its potentials move by {@code shift}.
     */
    private void reroot(int in, int uIn, int vIn, int uOut, long shift) {
        int size = collectNewPreorder(uIn, uOut);
        int last = subtreeLastOld;
        // cut the old segment [uOut .. last] out of the thread
        int before = revThread[uOut];
        int after = thread[last];
        thread[before] = after;
        revThread[after] = before;

        // reverse the stem uIn -> ... -> uOut: each stem node's parent becomes the node below it
        int child = uIn;
        int newParent = vIn;
        int newPred = in;
        boolean newUp = source[in] == uIn;
        while (true) {
            int oldParent = parent[child];
            int oldPred = pred[child];
            boolean oldUp = predUp[child];
            parent[child] = newParent;
            pred[child] = newPred;
            predUp[child] = newUp;
            if (child == uOut) {
                break;
            }
            newParent = child;
            newPred = oldPred;
            newUp = !oldUp;
            child = oldParent;
        }

        // splice the new preorder in right after vIn, and fix depths and potentials on the way
        int afterV = thread[vIn];
        int prev = vIn;
        for (int k = 0; k < size; k++) {
            int y = subtree[k];
            thread[prev] = y;
            revThread[y] = prev;
            depth[y] = depth[parent[y]] + 1;
            pi[y] += shift;
            prev = y;
        }
        thread[prev] = afterV;
        revThread[afterV] = prev;
    }

    /**
     * Writes the preorder of the subtree of {@code uOut} re-rooted at {@code uIn} into {@link #subtree}
     * (old links, nothing changed yet) and records the old last node of that subtree in
     * {@link #subtreeLastOld}; returns the subtree's size. For each stem node x_i (x_0 = uIn, x_k = uOut)
     * the new order is: x_{i-1}'s part, then x_i, the thread from x_i up to x_{i-1}, and the thread after
     * x_{i-1}'s old subtree to the end of x_i's old subtree.
     */
    private int collectNewPreorder(int uIn, int uOut) {
        int size = 0;
        int top = depth[uIn];
        subtree[size++] = uIn;
        int last = uIn;
        for (int next = thread[uIn]; depth[next] > top; next = thread[next]) {
            subtree[size++] = next;
            last = next;
        }
        for (int x = uIn; x != uOut; ) {
            int p = parent[x];
            for (int y = p; y != x; y = thread[y]) {
                subtree[size++] = y;
            }
            int dp = depth[p];
            for (int next = thread[last]; depth[next] > dp; next = thread[next]) {
                subtree[size++] = next;
                last = next;
            }
            x = p;
        }
        subtreeLastOld = last;
        return size;
    }
}
