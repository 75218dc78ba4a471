package io.github.herenet.helium.plan;

/**
 * The optimality certificate of a min-cost flow (LP duality on the network): a flow within bounds that
 * conserves flow, and node potentials under which no arc can be improved. With exact integer arithmetic.
 */
final class Certificate {

    private Certificate() {
    }

    /** See {@link MinCostFlow#verify(MinCostFlow.Solution)}. */
    static void check(MinCostFlow graph, MinCostFlow.Solution solution) {
        if (!solution.isOptimal()) {
            throw new IllegalArgumentException("only an OPTIMAL solution has a certificate, not " + solution.status());
        }
        long[] flows = graph.flowsOf(solution);
        long[] potentials = graph.potentialsOf(solution);
        int arcs = graph.arcCount();
        int nodes = graph.nodeCount();
        if (flows.length != arcs || potentials.length != nodes) {
            throw new IllegalArgumentException("the solution has " + flows.length + " arcs and " + potentials.length
                    + " nodes, the graph " + arcs + " and " + nodes);
        }
        long[] balance = new long[nodes];
        long cost = 0;
        for (int e = 0; e < arcs; e++) {
            int tail = graph.tail(e);
            int head = graph.head(e);
            long capacity = graph.capacity(e);
            long unitCost = graph.unitCost(e);
            long f = flows[e];
            if (f < 0 || f > capacity) {
                throw new IllegalStateException("arc " + e + " (" + tail + "->" + head + ") has flow " + f
                        + " outside 0.." + capacity);
            }
            long reduced = Math.addExact(Math.subtractExact(unitCost, potentials[tail]), potentials[head]);
            if (f < capacity && reduced < 0) {
                throw new IllegalStateException("arc " + e + " (" + tail + "->" + head + ") has flow " + f
                        + " below its capacity " + capacity + " but reduced cost " + reduced + " < 0");
            }
            if (f > 0 && reduced > 0) {
                throw new IllegalStateException("arc " + e + " (" + tail + "->" + head + ") has flow " + f
                        + " but reduced cost " + reduced + " > 0");
            }
            balance[tail] = Math.addExact(balance[tail], f);
            balance[head] = Math.subtractExact(balance[head], f);
            cost = Math.addExact(cost, Math.multiplyExact(f, unitCost));
        }
        for (int i = 0; i < nodes; i++) {
            if (balance[i] != graph.supply(i)) {
                throw new IllegalStateException("node " + i + " sends out " + balance[i] + " net but its supply is "
                        + graph.supply(i));
            }
        }
        if (cost != solution.cost()) {
            throw new IllegalStateException("the flows cost " + cost + " but the solution says " + solution.cost());
        }
    }
}
