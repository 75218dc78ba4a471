package io.github.herenet.helium.plan;

import java.util.Arrays;

/**
 * Primal network simplex on a strongly feasible spanning tree, the engine behind {@link MinCostFlow}.
 *
 * <h2>Start</h2>
 * An artificial root node {@code n} is joined to every node {@code i} by an artificial arc of cost
 * {@code bigM} and unlimited capacity: {@code i -> root} if the supply of {@code i} is {@code >= 0},
 * {@code root -> i} otherwise. Those arcs carry the supplies at the start: a strongly feasible tree (from
 * every node, flow can be pushed up to the root). Real arcs start at their lower bound 0. Artificial arcs
 * are never priced, so once one leaves the tree it stays out.
 *
 * <h2>Pivot</h2>
 * {@link CandidateListPricing} picks the entering arc. The apex (join) of its cycle is found by walking up
 * from the node with the smaller subtree. The leaving arc is the <em>last</em> blocking arc met when the
 * cycle is walked in its orientation from the apex (Cunningham's rule), which keeps the tree strongly
 * feasible and so rules out cycling in degenerate pivots. The subtree cut off by the leaving arc is
 * re-rooted at the entering arc's end and hung under the other end.
 *
 * <h2>Tree</h2>
 * Parent, pred arc with its direction, a preorder thread (doubly linked and circular through the root),
 * subtree sizes and last successors. A pivot updates those in time proportional to the cycle and the
 * stem, not to the moved subtree. Every {@code 16 (n + m)} potential updates the nodes are renumbered in
 * thread order, so that passes over subtrees run through memory in order again.
 *
 * <h2>Potentials</h2>
 * Tree arcs satisfy {@code cost + p(source) - p(target) = 0}, so the reduced cost of an arc is
 * {@code cost + p(source) - p(target)}. The subtrees of the root's children are the <em>components</em>
 * (joined to the rest only through their artificial arc); each carries a label, and a node's potential is
 * {@code p(x) = pi[x] + offset[comp[x]]}. A pivot must shift the potentials of the moved subtree, and does
 * the cheapest equivalent:
 * <ul>
 *   <li>cycle inside a component: shift the moved subtree, or, if it is the larger part, the component's
 *       offset and the rest of the component back;</li>
 *   <li>a component's artificial arc leaves (the start has n components, so this happens about n times):
 *       the two components merge and the smaller one takes the other's label (union by size);</li>
 *   <li>a real arc leaves on a cycle through the root: the moved subtree takes the other component's
 *       label, or the labels swap if relabelling the rest is cheaper.</li>
 * </ul>
 *
 * <h2>Overflow</h2>
 * The parts {@code pi} and {@code offset} may drift and even wrap around; only sums and differences of them
 * are used, and those are exact in two's complement whenever their true value fits in a long. True values
 * are bounded: a node's potential relative to the root is the signed cost of its tree path, at most
 * {@code bigM + (n - 1) maxCost}; {@link MinCostFlow} bounds {@code (n + 1) maxCost} by 2^59 and sets
 * {@code bigM = n maxCost + 1}, so reduced costs stay below 2^62 in magnitude. Flows never exceed their
 * capacities, and the artificial flows never grow beyond the initial supplies (a cycle through two
 * artificial arcs both forwards costs at least {@code 2 bigM - (n - 1) maxCost > 0}, so it never enters).
 *
 * <p>Not thread-safe; one {@link #run()} per instance. Deterministic.
 */
final class NetworkSimplex {

    static final byte TREE = 0;
    static final byte LOWER = 1;
    static final byte UPPER = -1;

    private static final int RELABEL_FACTOR = 16;

    private final int n;
    private final int root;
    private final int m;

    // arcs: real 0..m-1, artificial m..m+n-1 (m + i belongs to node i)
    private final int[] source;
    private final int[] target;
    private final long[] cap;
    private final long[] cost;
    private final long[] flow;
    private final byte[] state;

    // spanning tree over nodes 0..n (n is the root), in the current numbering
    private final int[] parent;
    private final int[] pred;
    private final boolean[] predUp;
    private final int[] succNum;
    private final int[] lastSucc;
    private final int[] thread;
    private final int[] revThread;
    private final long[] pi;
    /** Component label of each node: the subtrees of the root's children are the components. */
    private final int[] comp;
    /** Potential offset of each component label: a node's potential is {@code pi[x] + offset[comp[x]]}. */
    private final long[] offset;
    /** The root child heading each component label in use. */
    private final int[] compRoot;
    /** Original node number of each current number (renumbering permutes the nodes). */
    private final int[] original;

    // scratch for the stem of a pivot and for renumbering
    private final int[] stem;
    private final int[] stemEndA;
    private final int[] stemStartB;
    private final int[] stemSize;
    private final int[] newNumber;
    private final int[] scratchInt;
    private final long[] scratchLong;
    private final boolean[] scratchBool;

    private final CandidateListPricing pricing;
    private final long relabelBudget;
    private final boolean checking;
    private final long[] supplies;
    private long potentialWork;
    private long pivots;

    /**
     * Copies the instance; arcs {@code 0..m-1} are real, the artificial arcs are added after them.
     *
     * @param bigM cost of an artificial arc, larger than the cost of any simple path of real arcs
     */
    NetworkSimplex(int n, int m, int[] tails, int[] heads, long[] capacities, long[] costs, long[] supplies,
                   long bigM) {
        this(n, m, tails, heads, capacities, costs, supplies, bigM, RELABEL_FACTOR * ((long) n + m), false);
    }

    /**
     * As above, with the renumbering budget (potential updates between renumberings) and whether to check
     * every tree invariant after each pivot (slow: for tests).
     */
    NetworkSimplex(int n, int m, int[] tails, int[] heads, long[] capacities, long[] costs, long[] supplies,
                   long bigM, long relabelBudget, boolean checking) {
        this.n = n;
        this.root = n;
        this.m = m;
        int arcs = m + n;
        source = Arrays.copyOf(tails, arcs);
        target = Arrays.copyOf(heads, arcs);
        cap = Arrays.copyOf(capacities, arcs);
        cost = Arrays.copyOf(costs, arcs);
        flow = new long[arcs];
        state = new byte[arcs];
        Arrays.fill(state, 0, m, LOWER);

        int nodes = n + 1;
        parent = new int[nodes];
        pred = new int[nodes];
        predUp = new boolean[nodes];
        succNum = new int[nodes];
        lastSucc = new int[nodes];
        thread = new int[nodes];
        revThread = new int[nodes];
        pi = new long[nodes];
        comp = new int[nodes];
        offset = new long[nodes];
        compRoot = new int[nodes];
        original = new int[nodes];
        stem = new int[nodes];
        stemEndA = new int[nodes];
        stemStartB = new int[nodes];
        stemSize = new int[nodes];
        newNumber = new int[nodes];
        scratchInt = new int[nodes];
        scratchLong = new long[nodes];
        scratchBool = new boolean[nodes];

        parent[root] = -1;
        pred[root] = -1;
        succNum[root] = nodes;
        lastSucc[root] = n == 0 ? root : n - 1;
        thread[root] = n == 0 ? root : 0;
        revThread[root] = n == 0 ? root : n - 1;
        original[root] = root;
        comp[root] = root;
        compRoot[root] = root;
        for (int i = 0; i < n; i++) {
            comp[i] = i;
            compRoot[i] = i;
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
            succNum[i] = 1;
            lastSucc[i] = i;
            thread[i] = i + 1 < n ? i + 1 : root;
            revThread[i] = i > 0 ? i - 1 : root;
            original[i] = i;
        }
        pricing = new CandidateListPricing(m, source, target, cost, state, pi, comp, offset);
        this.relabelBudget = relabelBudget;
        this.checking = checking;
        this.supplies = checking ? supplies.clone() : null;
    }

    /** Pivots to optimality; returns whether the optimum uses no artificial arc (the instance is feasible). */
    boolean run() {
        int entering;
        while ((entering = pricing.findEntering()) >= 0) {
            pivot(entering);
            pivots++;
            if (potentialWork > relabelBudget) {
                renumberInThreadOrder();
                potentialWork = 0;
            }
            if (checking) {
                checkInvariants();
            }
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
        return Arrays.copyOf(flow, m);
    }

    /** Potentials of the original nodes in the convention {@code reduced cost = cost - p[tail] + p[head]}. */
    long[] potentials() {
        long[] p = new long[n];
        for (int i = 0; i < n; i++) {
            p[original[i]] = potential(root) - potential(i);
        }
        return p;
    }

    /** Number of pivots done (for diagnostics and tests). */
    long pivots() {
        return pivots;
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
        long reduced = cost[in] + potential(source[in]) - potential(target[in]);
        long shift = uIn == target[in] ? reduced : -reduced;
        int movedLabel = comp[uIn];
        int otherLabel = comp[vIn];
        moveSubtree(in, uIn, vIn, leaving, join);
        if (join != root) {
            shiftWithinComponent(uIn, movedLabel, shift);
        } else if (out >= m) {
            mergeComponents(uIn, movedLabel, otherLabel, shift);
        } else {
            moveBetweenComponents(uIn, movedLabel, otherLabel, shift);
        }
    }

    /**
     * The apex of the tree paths from {@code u} and {@code v}: a node's subtree is larger than that of any
     * node below it, so the node with the smaller subtree is never the apex of the two and may step up.
     */
    private int join(int u, int v) {
        while (u != v) {
            if (succNum[u] < succNum[v]) {
                u = parent[u];
            } else {
                v = parent[v];
            }
        }
        return u;
    }

    /**
     * Cuts the subtree of {@code uOut} (whose pred arc leaves), re-roots it at {@code uIn} (inside it) and
     * hangs it under {@code vIn} by arc {@code in}, as vIn's first child.
     *
     * <p>With the stem x_0 = uIn, ..., x_k = uOut and old last successors L(x), the new preorder of the
     * moved subtree is seg(x_0) seg(x_1) ... seg(x_k), where seg(x_0) = [x_0 .. L(x_0)] and, for i >= 1,
     * seg(x_i) = [x_i .. the node before x_{i-1}] followed by [the node after L(x_{i-1}) .. L(x_i)] (empty
     * if the two last successors coincide). Every stem node's subtree then ends where the moved subtree
     * ends, and x_i's size is the moved size less x_{i-1}'s old size.
     */
    private void moveSubtree(int in, int uIn, int vIn, int uOut, int join) {
        int size = succNum[uOut];
        int oldLast = lastSucc[uOut];
        int before = revThread[uOut];
        int after = thread[oldLast];
        int oldParent = parent[uOut];

        // 1. the stem with its old links (relinking overwrites them)
        int k = 0;
        for (int x = uIn; ; x = parent[x]) {
            stem[k++] = x;
            if (x == uOut) {
                break;
            }
        }
        for (int i = 1; i < k; i++) {
            int lower = stem[i - 1];
            stemEndA[i] = revThread[lower];
            stemStartB[i] = lastSucc[stem[i]] == lastSucc[lower] ? -1 : thread[lastSucc[lower]];
            stemSize[i] = succNum[lower];
        }
        int newLast = k == 1 ? oldLast : stemStartB[k - 1] < 0 ? stemEndA[k - 1] : oldLast;

        // 2. cut [uOut .. oldLast] out of the thread; the old ancestors lose it
        link(before, after);
        for (int u = oldParent; u != join; u = parent[u]) {
            succNum[u] -= size;
        }
        for (int u = oldParent; u >= 0 && lastSucc[u] == oldLast; u = parent[u]) {
            lastSucc[u] = before;
        }

        // 3. relink the moved subtree segment by segment
        int tail = lastSucc[uIn];
        for (int i = 1; i < k; i++) {
            int x = stem[i];
            int oldLastOfX = lastSucc[x];
            link(tail, x);
            tail = stemEndA[i];
            if (stemStartB[i] >= 0) {
                link(tail, stemStartB[i]);
                tail = oldLastOfX;
            }
        }

        // 4. reverse the stem: each stem node's parent becomes the one below it
        int newParent = vIn;
        int newPred = in;
        boolean newUp = source[in] == uIn;
        for (int i = 0; i < k; i++) {
            int x = stem[i];
            int oldPred = pred[x];
            boolean oldUp = predUp[x];
            parent[x] = newParent;
            pred[x] = newPred;
            predUp[x] = newUp;
            succNum[x] = i == 0 ? size : size - stemSize[i];
            lastSucc[x] = newLast;
            newParent = x;
            newPred = oldPred;
            newUp = !oldUp;
        }

        // 5. insert it right after vIn; the new ancestors gain it
        int afterV = thread[vIn];
        link(vIn, uIn);
        link(newLast, afterV);
        for (int u = vIn; u != join; u = parent[u]) {
            succNum[u] += size;
        }
        if (lastSucc[vIn] == vIn) {
            for (int u = vIn; u >= 0 && lastSucc[u] == vIn; u = parent[u]) {
                lastSucc[u] = newLast;
            }
        }
    }

    private void link(int from, int to) {
        thread[from] = to;
        revThread[to] = from;
    }

    /** The potential of a node: its own part plus its component's offset (both may wrap; see above). */
    private long potential(int x) {
        return pi[x] + offset[comp[x]];
    }

    /**
     * The moved subtree {@code top} stayed in its component (the cycle missed the root): shift the subtree, or,
     * if it is the larger part, the component's offset and the rest of the component back.
     */
    private void shiftWithinComponent(int top, int label, long shift) {
        int head = compRoot[label];
        int size = succNum[top];
        if (2 * size <= succNum[head]) {
            addToSubtree(top, shift);
        } else {
            offset[label] += shift;
            addOutsideSubtree(head, top, -shift, label);
        }
    }

    /**
     * The artificial arc of the moved subtree's component left: the whole component {@code top} joined the other
     * one. The smaller of the two takes the other's label (union by size).
     */
    private void mergeComponents(int top, int movedLabel, int otherLabel, long shift) {
        int otherHead = compRoot[otherLabel];
        int movedSize = succNum[top];
        int otherSize = succNum[otherHead] - movedSize;
        long moved = offset[movedLabel];
        long other = offset[otherLabel];
        if (movedSize <= otherSize) {
            relabelSubtree(top, otherLabel, moved + shift - other);
        } else {
            offset[movedLabel] = moved + shift;
            addOutsideSubtree(otherHead, top, other - moved - shift, movedLabel);
            compRoot[movedLabel] = otherHead;
        }
    }

    /**
     * A real arc left on a cycle through the root: the subtree {@code top} moved from its component X + top to
     * the other component Y. Either the subtree takes Y's label, or (if cheaper) the labels swap: the subtree
     * keeps its label and Y's nodes take it, while the rest X of its old component takes Y's label.
     */
    private void moveBetweenComponents(int top, int movedLabel, int otherLabel, long shift) {
        int oldHead = compRoot[movedLabel];
        int otherHead = compRoot[otherLabel];
        int size = succNum[top];
        int rest = succNum[oldHead];
        int otherSize = succNum[otherHead] - size;
        long moved = offset[movedLabel];
        long other = offset[otherLabel];
        if (size <= rest + otherSize) {
            relabelSubtree(top, otherLabel, moved + shift - other);
        } else {
            offset[movedLabel] = moved + shift;
            addOutsideSubtree(otherHead, top, other - moved - shift, movedLabel);
            relabelSubtree(oldHead, otherLabel, moved - other);
            compRoot[movedLabel] = otherHead;
            compRoot[otherLabel] = oldHead;
        }
    }

    private void addToSubtree(int top, long shift) {
        int size = succNum[top];
        potentialWork += size;
        int y = top;
        for (int c = size; c > 0; c--) {
            pi[y] += shift;
            y = thread[y];
        }
    }

    /** Gives the subtree of {@code top} the label {@code label}, adding {@code shift} to its own potentials. */
    private void relabelSubtree(int top, int label, long shift) {
        int size = succNum[top];
        potentialWork += size;
        int y = top;
        for (int c = size; c > 0; c--) {
            pi[y] += shift;
            comp[y] = label;
            y = thread[y];
        }
    }

    /**
     * Adds {@code shift} to the nodes of the subtree of {@code head} that are not in the subtree of
     * {@code inner} (a proper descendant) and gives them the label {@code label}.
     */
    private void addOutsideSubtree(int head, int inner, long shift, int label) {
        potentialWork += succNum[head] - succNum[inner];
        for (int y = head; y != inner; y = thread[y]) {
            pi[y] += shift;
            comp[y] = label;
        }
        int end = thread[lastSucc[head]];
        for (int y = thread[lastSucc[inner]]; y != end; y = thread[y]) {
            pi[y] += shift;
            comp[y] = label;
        }
    }

    /**
     * Renumbers the nodes in thread order (root stays {@code n}), so that subtrees are runs of consecutive
     * numbers again. Costs {@code O(n + m)}; done after every {@code 16 (n + m)} potential updates.
     */
    private void renumberInThreadOrder() {
        int y = thread[root];
        for (int k = 0; k < n; k++) {
            newNumber[y] = k;
            y = thread[y];
        }
        newNumber[root] = root;
        renumberValuesAndPositions(parent);
        renumberValuesAndPositions(lastSucc);
        renumberValuesAndPositions(thread);
        renumberValuesAndPositions(revThread);
        renumberPositions(pred);
        renumberPositions(succNum);
        renumberPositions(original);
        renumberPositions(comp);
        for (int label = 0; label <= n; label++) {
            compRoot[label] = newNumber[compRoot[label]];
        }
        for (int x = 0; x <= n; x++) {
            scratchLong[newNumber[x]] = pi[x];
            scratchBool[newNumber[x]] = predUp[x];
        }
        System.arraycopy(scratchLong, 0, pi, 0, n + 1);
        System.arraycopy(scratchBool, 0, predUp, 0, n + 1);
        for (int e = 0; e < m + n; e++) {
            source[e] = newNumber[source[e]];
            target[e] = newNumber[target[e]];
        }
    }

    private void renumberValuesAndPositions(int[] nodeOfNode) {
        for (int x = 0; x <= n; x++) {
            int v = nodeOfNode[x];
            scratchInt[newNumber[x]] = v < 0 ? v : newNumber[v];
        }
        System.arraycopy(scratchInt, 0, nodeOfNode, 0, n + 1);
    }

    private void renumberPositions(int[] valueOfNode) {
        for (int x = 0; x <= n; x++) {
            scratchInt[newNumber[x]] = valueOfNode[x];
        }
        System.arraycopy(scratchInt, 0, valueOfNode, 0, n + 1);
    }

    /**
     * Checks every invariant of the tree and the flow (for tests; quadratic): the thread is one cycle
     * through all nodes with its reverse; pred arcs join each node to its parent in the recorded direction;
     * each subtree is the thread run from the node to its last successor, of the recorded size, and closed
     * under parents; tree arcs have reduced cost 0; flows are within bounds and conserve the supplies; and
     * the tree is strongly feasible (every tree arc can pass more flow towards the root).
     *
     * @throws AssertionError naming the first broken invariant
     */
    void checkInvariants() {
        int y = root;
        for (int c = 0; c <= n; c++) {
            require(revThread[thread[y]] == y, "revThread of thread of " + y);
            y = thread[y];
        }
        require(y == root, "thread is not one cycle through all nodes");
        long[] balance = new long[n + 1];
        for (int e = 0; e < m + n; e++) {
            require(flow[e] >= 0 && flow[e] <= cap[e], "flow of arc " + e + " out of bounds");
            balance[source[e]] += flow[e];
            balance[target[e]] -= flow[e];
            if (state[e] != TREE) {
                require(flow[e] == (state[e] == LOWER ? 0 : cap[e]), "non-tree arc " + e + " not at its bound");
            }
        }
        for (int x = 0; x <= n; x++) {
            long expected = x == root ? 0 : supplies[original[x]];
            require(balance[x] == expected, "conservation at node " + x);
            int size = 0;
            int z = x;
            while (true) {
                int a = z;
                while (a != x && a >= 0) {
                    a = parent[a];
                }
                require(a == x, "node " + z + " in the thread run of " + x + " is not below it");
                size++;
                if (z == lastSucc[x]) {
                    break;
                }
                z = thread[z];
            }
            require(size == succNum[x], "subtree size of " + x);
            if (x == root) {
                continue;
            }
            int e = pred[x];
            require(state[e] == TREE, "pred arc of " + x + " not in the tree");
            require(predUp[x] ? source[e] == x && target[e] == parent[x] : source[e] == parent[x] && target[e] == x,
                    "pred arc of " + x + " does not join it to its parent");
            require(cost[e] + potential(source[e]) - potential(target[e]) == 0, "tree arc " + e + " has a reduced cost");
            int head = x;
            while (parent[head] != root) {
                head = parent[head];
            }
            require(comp[x] == comp[head] && compRoot[comp[head]] == head, "component label of " + x);
            require(predUp[x] ? flow[e] < cap[e] : flow[e] > 0, "tree not strongly feasible at " + x);
        }
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}
