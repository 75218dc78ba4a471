package io.github.herenet.helium.plan;

import java.util.Arrays;

/**
 * Minimum-cost flow on a directed graph with integer capacities, costs and supplies, solved exactly by
 * the primal network simplex method (strongly feasible spanning trees, block search pricing, big-M
 * artificial root). Pure Java, deterministic: the same graph gives the same flows and potentials.
 *
 * <pre>{@code
 * MinCostFlow g = new MinCostFlow(3);
 * int a = g.addArc(0, 1, 5, 2);      // tail, head, capacity, unit cost
 * int b = g.addArc(1, 2, 5, 1);
 * g.setSupply(0, 4);                 // positive = source
 * g.setSupply(2, -4);                // negative = sink
 * MinCostFlow.Solution s = g.solve();
 * s.status();                        // OPTIMAL
 * s.cost();                          // 12
 * s.flow(a);                         // 4
 * }</pre>
 *
 * <h2>Input rules</h2>
 * <ul>
 *   <li>Nodes are {@code 0 .. nodeCount-1}; arcs are numbered in the order they are added. Parallel arcs
 *       and self-loops are allowed.</li>
 *   <li>Capacities are finite: {@code 0 <= capacity <= Long.MAX_VALUE}; there is no "infinite" capacity,
 *       so a problem is never unbounded. A negative-cost cycle is simply saturated; if that makes the total
 *       cost overflow a {@code long}, {@link #solve()} throws {@link ArithmeticException}.</li>
 *   <li>Costs may be negative, with {@code |cost| * (nodeCount + 1) <= 2^59} (for example up to
 *       3.9e12 per unit with 147,000 nodes). This bound keeps every potential and reduced cost inside a
 *       {@code long}.</li>
 *   <li>Supplies must sum to zero (add a slack arc to a super sink otherwise), and the positive supplies
 *       must sum to at most {@code Long.MAX_VALUE}.</li>
 * </ul>
 * Bad input gets an {@link IllegalArgumentException} that names the value and the rule.
 *
 * <p>{@link #solve()} copies the graph, so it can be called again after more arcs or new supplies.
 * {@link #verify(Solution)} checks a solution's optimality certificate. Not thread-safe.
 */
public final class MinCostFlow {

    /** Bound on {@code |cost| * (nodeCount + 1)}: 2^59. */
    public static final long COST_BOUND = 1L << 59;

    private static final int MAX_NODES = Integer.MAX_VALUE - 8;

    private final int nodeCount;
    private final long maxAbsCost;
    private final long[] supplies;
    private int arcCount;
    private int[] tails = new int[16];
    private int[] heads = new int[16];
    private long[] capacities = new long[16];
    private long[] costs = new long[16];

    /**
     * An empty graph on {@code nodeCount} nodes, numbered from 0, all supplies zero.
     *
     * @throws IllegalArgumentException if {@code nodeCount} is negative or above {@code Integer.MAX_VALUE - 8}
     */
    public MinCostFlow(int nodeCount) {
        if (nodeCount < 0 || nodeCount > MAX_NODES) {
            throw new IllegalArgumentException("nodeCount " + nodeCount + " must be in 0.." + MAX_NODES);
        }
        this.nodeCount = nodeCount;
        this.maxAbsCost = COST_BOUND / (nodeCount + 1L);
        this.supplies = new long[nodeCount];
    }

    /** The number of nodes. */
    public int nodeCount() {
        return nodeCount;
    }

    /** The number of arcs added so far. */
    public int arcCount() {
        return arcCount;
    }

    /** The largest {@code |unit cost|} this graph accepts: {@code 2^59 / (nodeCount + 1)}. */
    public long maxAbsUnitCost() {
        return maxAbsCost;
    }

    /**
     * Adds an arc and returns its index (0 for the first arc, then 1, 2, ...).
     *
     * @param tail     node the flow leaves
     * @param head     node the flow enters
     * @param capacity upper bound on the flow, {@code >= 0} (the lower bound is 0)
     * @param unitCost cost per unit of flow, any sign, {@code |unitCost| <= }{@link #maxAbsUnitCost()}
     * @throws IllegalArgumentException naming the value if a node is out of range, the capacity is
     *                                  negative or the cost too large
     */
    public int addArc(int tail, int head, long capacity, long unitCost) {
        checkNode("tail", tail);
        checkNode("head", head);
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity " + capacity + " of arc " + tail + "->" + head
                    + " must be >= 0");
        }
        if (unitCost > maxAbsCost || unitCost < -maxAbsCost) {
            throw new IllegalArgumentException("unit cost " + unitCost + " of arc " + tail + "->" + head
                    + " is outside +-" + maxAbsCost + " (|cost| * (nodeCount + 1) must not exceed 2^59)");
        }
        if (arcCount == tails.length) {
            int grown = arcCount + (arcCount >> 1);
            if (grown < 0 || grown > Integer.MAX_VALUE - 8 - nodeCount) {
                grown = Integer.MAX_VALUE - 8 - nodeCount;
                if (grown <= arcCount) {
                    throw new IllegalStateException("too many arcs: " + arcCount);
                }
            }
            tails = Arrays.copyOf(tails, grown);
            heads = Arrays.copyOf(heads, grown);
            capacities = Arrays.copyOf(capacities, grown);
            costs = Arrays.copyOf(costs, grown);
        }
        tails[arcCount] = tail;
        heads[arcCount] = head;
        capacities[arcCount] = capacity;
        costs[arcCount] = unitCost;
        return arcCount++;
    }

    /**
     * Sets the supply of a node: positive for a source, negative for a sink (a demand), 0 for transit.
     *
     * @throws IllegalArgumentException if the node is out of range or the supply is {@code Long.MIN_VALUE}
     */
    public void setSupply(int node, long supply) {
        checkNode("node", node);
        if (supply == Long.MIN_VALUE) {
            throw new IllegalArgumentException("supply " + supply + " of node " + node + " must be > Long.MIN_VALUE");
        }
        supplies[node] = supply;
    }

    /** The supply of a node (0 unless set). */
    public long supply(int node) {
        checkNode("node", node);
        return supplies[node];
    }

    /** The tail of an arc. */
    public int tail(int arc) {
        return tails[checkArc(arc)];
    }

    /** The head of an arc. */
    public int head(int arc) {
        return heads[checkArc(arc)];
    }

    /** The capacity of an arc. */
    public long capacity(int arc) {
        return capacities[checkArc(arc)];
    }

    /** The unit cost of an arc. */
    public long unitCost(int arc) {
        return costs[checkArc(arc)];
    }

    /**
     * Solves the problem as it stands: a flow of minimum cost that meets every supply and demand within the
     * capacities, or the status {@link Status#INFEASIBLE} if none exists.
     *
     * @throws IllegalArgumentException if the supplies do not sum to zero or the positive supplies overflow
     * @throws ArithmeticException      if the optimal cost does not fit in a {@code long} (only possible with
     *                                  capacities and costs near the limits)
     */
    public Solution solve() {
        return solve(-1, false);
    }

    /**
     * {@link #solve()} with the simplex's renumbering budget ({@code -1} for the default) and, if
     * {@code checking}, a check of every tree invariant after each pivot (slow; for tests).
     */
    Solution solve(long renumberBudget, boolean checking) {
        checkSupplies();
        long largest = 0;
        for (int e = 0; e < arcCount; e++) {
            largest = Math.max(largest, Math.abs(costs[e]));
        }
        long bigM = largest * nodeCount + 1;   // <= 2^59: no overflow by the cost bound
        NetworkSimplex simplex = renumberBudget < 0 && !checking
                ? new NetworkSimplex(nodeCount, arcCount, tails, heads, capacities, costs, supplies, bigM)
                : new NetworkSimplex(nodeCount, arcCount, tails, heads, capacities, costs, supplies, bigM,
                        renumberBudget < 0 ? Long.MAX_VALUE : renumberBudget, checking);
        if (!simplex.run()) {
            return new Solution(Status.INFEASIBLE, 0, null, null, simplex.pivots());
        }
        long[] flows = simplex.realFlows();
        return new Solution(Status.OPTIMAL, totalCost(flows), flows, simplex.potentials(), simplex.pivots());
    }

    /**
     * Checks that {@code solution} is an optimal flow of this graph by its certificate, and throws if not:
     * {@code 0 <= flow <= capacity} on every arc; flow conservation (out minus in equals the supply) at every
     * node; the reduced cost {@code cost - p[tail] + p[head]} is {@code >= 0} on arcs with
     * {@code flow < capacity} and {@code <= 0} on arcs with {@code flow > 0}; and {@code cost()} equals the
     * sum of {@code flow * unit cost}. Exact integer arithmetic throughout.
     *
     * @throws IllegalArgumentException if the solution is not {@link Status#OPTIMAL} or is for another graph
     * @throws IllegalStateException    naming the first violated condition
     */
    public void verify(Solution solution) {
        Certificate.check(this, solution);
    }

    long[] flowsOf(Solution solution) {
        return solution.flows;
    }

    long[] potentialsOf(Solution solution) {
        return solution.potentials;
    }

    private long totalCost(long[] flows) {
        long total = 0;
        try {
            for (int e = 0; e < arcCount; e++) {
                total = Math.addExact(total, Math.multiplyExact(flows[e], costs[e]));
            }
        } catch (ArithmeticException overflow) {
            throw new ArithmeticException("the optimal cost does not fit in a long (capacities and costs too large)");
        }
        return total;
    }

    private void checkSupplies() {
        long positive = 0;
        long negative = 0;
        for (int i = 0; i < nodeCount; i++) {
            long s = supplies[i];
            try {
                if (s > 0) {
                    positive = Math.addExact(positive, s);
                } else {
                    negative = Math.subtractExact(negative, s);
                }
            } catch (ArithmeticException overflow) {
                throw new IllegalArgumentException("the " + (s > 0 ? "positive" : "negative")
                        + " supplies sum to more than " + Long.MAX_VALUE + " (at node " + i + ")");
            }
        }
        if (positive != negative) {
            throw new IllegalArgumentException("supplies must sum to 0 but sum to " + (positive - negative)
                    + " (sources " + positive + ", sinks " + negative + ")");
        }
    }

    private void checkNode(String what, int node) {
        if (node < 0 || node >= nodeCount) {
            throw new IllegalArgumentException(what + " " + node + " is not a node (0.." + (nodeCount - 1) + ")");
        }
    }

    private int checkArc(int arc) {
        if (arc < 0 || arc >= arcCount) {
            throw new IllegalArgumentException("arc " + arc + " is not an arc (0.." + (arcCount - 1) + ")");
        }
        return arc;
    }

    /** The outcome of {@link #solve()}. */
    public enum Status {
        /** A flow meets every supply and demand; the solution is optimal. */
        OPTIMAL,
        /** No flow within the capacities meets the supplies and demands. */
        INFEASIBLE
    }

    /**
     * A solved min-cost flow: status, cost, arc flows and node potentials (the dual solution). Immutable.
     * Flows, potentials and cost exist only for {@link Status#OPTIMAL}.
     */
    public static final class Solution {

        private final Status status;
        private final long cost;
        private final long[] flows;
        private final long[] potentials;
        private final long pivots;

        private Solution(Status status, long cost, long[] flows, long[] potentials, long pivots) {
            this.status = status;
            this.cost = cost;
            this.flows = flows;
            this.potentials = potentials;
            this.pivots = pivots;
        }

        /** Whether an optimal flow was found. */
        public Status status() {
            return status;
        }

        /** Whether the status is {@link Status#OPTIMAL}. */
        public boolean isOptimal() {
            return status == Status.OPTIMAL;
        }

        /**
         * The total cost, the sum of {@code flow * unit cost}.
         *
         * @throws IllegalStateException if the problem is infeasible
         */
        public long cost() {
            requireOptimal();
            return cost;
        }

        /**
         * The flow on an arc.
         *
         * @throws IllegalStateException    if the problem is infeasible
         * @throws IllegalArgumentException if there is no such arc
         */
        public long flow(int arc) {
            requireOptimal();
            if (arc < 0 || arc >= flows.length) {
                throw new IllegalArgumentException("arc " + arc + " is not an arc (0.." + (flows.length - 1) + ")");
            }
            return flows[arc];
        }

        /**
         * The potential (dual value) of a node: with it every arc's reduced cost
         * {@code cost - potential(tail) + potential(head)} is {@code >= 0} where the flow is below capacity and
         * {@code <= 0} where the flow is positive. {@code -potential(node)} is the marginal cost of one more unit
         * of demand at the node (relative to other nodes of the same connected component).
         *
         * @throws IllegalStateException    if the problem is infeasible
         * @throws IllegalArgumentException if there is no such node
         */
        public long potential(int node) {
            requireOptimal();
            if (node < 0 || node >= potentials.length) {
                throw new IllegalArgumentException("node " + node + " is not a node (0.." + (potentials.length - 1) + ")");
            }
            return potentials[node];
        }

        /** The number of simplex pivots the solve took (a measure of work, for diagnostics). */
        public long pivots() {
            return pivots;
        }

        private void requireOptimal() {
            if (status != Status.OPTIMAL) {
                throw new IllegalStateException("no flow: the problem is " + status);
            }
        }

        @Override
        public String toString() {
            return status == Status.OPTIMAL ? "Solution[OPTIMAL, cost=" + cost + ", pivots=" + pivots + "]"
                    : "Solution[" + status + "]";
        }
    }
}
