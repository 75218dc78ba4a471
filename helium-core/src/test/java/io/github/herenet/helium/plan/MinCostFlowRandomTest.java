package io.github.herenet.helium.plan;

import io.github.herenet.helium.plan.MinCostFlow.Solution;
import io.github.herenet.helium.plan.MinCostFlow.Status;
import org.junit.jupiter.api.Test;

import java.util.OptionalLong;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random instances against the references of {@link ReferenceSolvers}: exhaustive enumeration on tiny
 * graphs, successive shortest paths on medium ones. Every optimal solution's certificate is checked too.
 */
class MinCostFlowRandomTest {

    /**
     * A random graph on {@code nodes} nodes with {@code arcs} arcs (parallel arcs and loops possible). Half the
     * time the supplies come from a random flow within the capacities (so the instance is feasible), otherwise
     * they are random and sum to zero (often infeasible).
     */
    static MinCostFlow randomGraph(SplittableRandom r, int nodes, int arcs, int maxCapacity, int minCost,
                                   int maxCost) {
        MinCostFlow g = new MinCostFlow(nodes);
        long[] supply = new long[nodes];
        boolean fromFlow = r.nextBoolean();
        for (int e = 0; e < arcs; e++) {
            int tail = r.nextInt(nodes);
            int head = r.nextInt(nodes);
            long capacity = r.nextInt(maxCapacity + 1);
            g.addArc(tail, head, capacity, minCost + r.nextInt(maxCost - minCost + 1));
            if (fromFlow) {
                long f = r.nextLong(capacity + 1);
                supply[tail] += f;
                supply[head] -= f;
            }
        }
        if (!fromFlow) {
            for (int k = 0; k < nodes; k++) {
                long amount = r.nextInt(maxCapacity + 1);
                supply[r.nextInt(nodes)] += amount;
                supply[r.nextInt(nodes)] -= amount;
            }
        }
        for (int i = 0; i < nodes; i++) {
            g.setSupply(i, supply[i]);
        }
        return g;
    }

    /**
     * Solves {@code g} twice, normally and with every tree invariant checked after each pivot and the nodes
     * renumbered after each pivot (which must not change a single pivot), and compares with the reference.
     */
    static void assertAgrees(MinCostFlow g, OptionalLong expected, String instance) {
        Solution s = g.solve();
        Solution checked = g.solve(1, true);
        assertThat(checked.status()).as(instance).isEqualTo(s.status());
        assertThat(checked.pivots()).as(instance).isEqualTo(s.pivots());
        if (expected.isEmpty()) {
            assertThat(s.status()).as(instance).isEqualTo(Status.INFEASIBLE);
        } else {
            assertThat(s.status()).as(instance).isEqualTo(Status.OPTIMAL);
            assertThat(s.cost()).as(instance).isEqualTo(expected.getAsLong());
            g.verify(s);
            for (int e = 0; e < g.arcCount(); e++) {
                assertThat(checked.flow(e)).as(instance).isEqualTo(s.flow(e));
            }
            for (int i = 0; i < g.nodeCount(); i++) {
                assertThat(checked.potential(i)).as(instance).isEqualTo(s.potential(i));
            }
        }
    }

    @Test
    void agreesWithBruteForceOnTinyGraphs() {
        SplittableRandom r = new SplittableRandom(20260501);
        int feasible = 0;
        int instances = 400;
        for (int k = 0; k < instances; k++) {
            int nodes = 2 + r.nextInt(4);
            int arcs = 1 + r.nextInt(6);
            MinCostFlow g = randomGraph(r, nodes, arcs, 3, -4, 9);
            OptionalLong expected = ReferenceSolvers.bruteForce(g);
            assertAgrees(g, expected, "tiny instance " + k);
            feasible += expected.isPresent() ? 1 : 0;
        }
        // both outcomes are well represented
        assertThat(feasible).isBetween(instances / 4, instances - instances / 8);
    }

    @Test
    void agreesWithSuccessiveShortestPathsOnMediumGraphs() {
        SplittableRandom r = new SplittableRandom(7);
        for (int k = 0; k < 150; k++) {
            int nodes = 5 + r.nextInt(40);
            int arcs = nodes + r.nextInt(4 * nodes);
            MinCostFlow g = randomGraph(r, nodes, arcs, 1 + r.nextInt(60), -20, 100);
            assertAgrees(g, ReferenceSolvers.successiveShortestPaths(g), "medium instance " + k);
        }
    }

    @Test
    void agreesOnDegenerateGraphsWithManyTies() {
        // costs in {0, 1} and capacities in {0, 1, 2}: many ties and zero-flow tree arcs (degenerate pivots)
        SplittableRandom r = new SplittableRandom(99);
        for (int k = 0; k < 200; k++) {
            int nodes = 3 + r.nextInt(20);
            MinCostFlow g = randomGraph(r, nodes, 3 * nodes, 2, 0, 1);
            assertAgrees(g, ReferenceSolvers.successiveShortestPaths(g), "degenerate instance " + k);
        }
    }
}
