package io.github.herenet.helium.plan;

import io.github.herenet.helium.plan.MinCostFlow.Solution;
import io.github.herenet.helium.plan.MinCostFlow.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hand-made networks whose optimum is worked out in the comments, and the input rules. */
class MinCostFlowTest {

    /** Solves, checks the certificate, and returns the solution. */
    private static Solution solveAndVerify(MinCostFlow g) {
        Solution s = g.solve();
        assertThat(s.status()).isEqualTo(Status.OPTIMAL);
        g.verify(s);
        return s;
    }

    @Test
    void pathOfTwoArcs() {
        MinCostFlow g = new MinCostFlow(3);
        int a = g.addArc(0, 1, 5, 2);
        int b = g.addArc(1, 2, 5, 1);
        g.setSupply(0, 4);
        g.setSupply(2, -4);
        Solution s = solveAndVerify(g);
        // 4 units along 0->1->2 at 2 + 1 per unit: 12
        assertThat(s.cost()).isEqualTo(12);
        assertThat(s.flow(a)).isEqualTo(4);
        assertThat(s.flow(b)).isEqualTo(4);
    }

    @Test
    void cheapPathSaturatesThenTheDearOneTakesTheRest() {
        MinCostFlow g = new MinCostFlow(4);
        int s01 = g.addArc(0, 1, 2, 1);
        int s13 = g.addArc(1, 3, 2, 1);
        int s02 = g.addArc(0, 2, 3, 2);
        int s23 = g.addArc(2, 3, 3, 3);
        int s12 = g.addArc(1, 2, 1, 0);
        g.setSupply(0, 4);
        g.setSupply(3, -4);
        Solution s = solveAndVerify(g);
        // 0-1-3 costs 2 a unit but only 2 units fit (0->1 is full then); 0-1-2-3 (4) needs 0->1 too, so the
        // other 2 units go 0-2-3 at 5: 2*2 + 2*5 = 14
        assertThat(s.cost()).isEqualTo(14);
        assertThat(new long[] {s.flow(s01), s.flow(s13), s.flow(s02), s.flow(s23), s.flow(s12)})
                .containsExactly(2, 2, 2, 2, 0);
    }

    @Test
    void transportationProblem() {
        // sources a=0 (3), b=1 (2); sinks x=2 (4), y=3 (1)
        MinCostFlow g = new MinCostFlow(4);
        int ax = g.addArc(0, 2, 10, 4);
        int ay = g.addArc(0, 3, 10, 6);
        int bx = g.addArc(1, 2, 10, 5);
        int by = g.addArc(1, 3, 10, 3);
        g.setSupply(0, 3);
        g.setSupply(1, 2);
        g.setSupply(2, -4);
        g.setSupply(3, -1);
        Solution s = solveAndVerify(g);
        // y from b (3); x gets all of a (3 x 4) and the rest of b (1 x 5): 12 + 5 + 3 = 20
        // (the other vertex, a->y: 2x4 + 6 + 2x5 = 24, is dearer)
        assertThat(s.cost()).isEqualTo(20);
        assertThat(new long[] {s.flow(ax), s.flow(ay), s.flow(bx), s.flow(by)}).containsExactly(3, 0, 1, 1);
    }

    @Test
    void assignmentProblem() {
        long[][] c = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};
        MinCostFlow g = new MinCostFlow(6);
        int[][] arc = new int[3][3];
        for (int i = 0; i < 3; i++) {
            g.setSupply(i, 1);
            g.setSupply(3 + i, -1);
            for (int j = 0; j < 3; j++) {
                arc[i][j] = g.addArc(i, 3 + j, 1, c[i][j]);
            }
        }
        Solution s = solveAndVerify(g);
        // of the 6 permutations the best is 0->1, 1->0, 2->2: 1 + 2 + 2 = 5 (next: 6, 6, 7, 9, 11)
        assertThat(s.cost()).isEqualTo(5);
        assertThat(s.flow(arc[0][1]) + s.flow(arc[1][0]) + s.flow(arc[2][2])).isEqualTo(3);
    }

    @Test
    void parallelArcsFillCheapestFirst() {
        MinCostFlow g = new MinCostFlow(2);
        int dear = g.addArc(0, 1, 2, 5);
        int cheap = g.addArc(0, 1, 3, 1);
        int middle = g.addArc(0, 1, 10, 3);
        g.setSupply(0, 6);
        g.setSupply(1, -6);
        Solution s = solveAndVerify(g);
        // 3 units at 1, then 3 at 3: 12
        assertThat(s.cost()).isEqualTo(12);
        assertThat(new long[] {s.flow(dear), s.flow(cheap), s.flow(middle)}).containsExactly(0, 3, 3);
    }

    @Test
    void zeroCostCycleDoesNotChangeTheCost() {
        MinCostFlow g = new MinCostFlow(4);
        g.addArc(0, 1, 5, 0);
        g.addArc(1, 2, 5, 0);
        g.addArc(2, 0, 5, 0);
        g.addArc(2, 3, 5, 2);
        g.setSupply(0, 2);
        g.setSupply(3, -2);
        // 2 units 0-1-2-3 at 0 + 0 + 2: 4, whatever circulates on the zero cycle
        assertThat(solveAndVerify(g).cost()).isEqualTo(4);
    }

    @Test
    void negativeCycleIsSaturated() {
        MinCostFlow g = new MinCostFlow(2);
        int there = g.addArc(0, 1, 4, -2);
        int back = g.addArc(1, 0, 3, 1);
        Solution s = solveAndVerify(g);
        // cycle cost -2 + 1 = -1 per unit, 3 units fit (the return arc): -3
        assertThat(s.cost()).isEqualTo(-3);
        assertThat(s.flow(there)).isEqualTo(3);
        assertThat(s.flow(back)).isEqualTo(3);
    }

    @Test
    void negativeArcsOnAPathWithoutCycle() {
        MinCostFlow g = new MinCostFlow(4);
        int a = g.addArc(0, 1, 3, 4);
        int b = g.addArc(1, 3, 3, -3);
        int c = g.addArc(0, 2, 3, 1);
        int d = g.addArc(2, 3, 3, 1);
        g.setSupply(0, 4);
        g.setSupply(3, -4);
        Solution s = solveAndVerify(g);
        // 0-1-3 costs 1 a unit, 0-2-3 costs 2: 3 units at 1, 1 unit at 2: 5
        assertThat(s.cost()).isEqualTo(5);
        assertThat(new long[] {s.flow(a), s.flow(b), s.flow(c), s.flow(d)}).containsExactly(3, 3, 1, 1);
    }

    @Test
    void selfLoops() {
        MinCostFlow g = new MinCostFlow(1);
        int negative = g.addArc(0, 0, 5, -1);
        int positive = g.addArc(0, 0, 5, 1);
        Solution s = solveAndVerify(g);
        assertThat(s.flow(negative)).isEqualTo(5);
        assertThat(s.flow(positive)).isZero();
        assertThat(s.cost()).isEqualTo(-5);
    }

    @Test
    void zeroCapacityArcsCarryNothing() {
        MinCostFlow g = new MinCostFlow(2);
        int closed = g.addArc(0, 1, 0, -10);
        int open = g.addArc(0, 1, 1, 7);
        g.setSupply(0, 1);
        g.setSupply(1, -1);
        Solution s = solveAndVerify(g);
        assertThat(s.flow(closed)).isZero();
        assertThat(s.flow(open)).isEqualTo(1);
        assertThat(s.cost()).isEqualTo(7);
    }

    @Test
    void infeasibleWhenCapacityIsShort() {
        MinCostFlow g = new MinCostFlow(2);
        g.addArc(0, 1, 2, 1);
        g.setSupply(0, 3);
        g.setSupply(1, -3);
        Solution s = g.solve();
        assertThat(s.status()).isEqualTo(Status.INFEASIBLE);
        assertThat(s.isOptimal()).isFalse();
        assertThatIllegalStateException().isThrownBy(s::cost).withMessageContaining("INFEASIBLE");
        assertThatIllegalStateException().isThrownBy(() -> s.flow(0)).withMessageContaining("INFEASIBLE");
        assertThatIllegalArgumentException().isThrownBy(() -> g.verify(s)).withMessageContaining("INFEASIBLE");
    }

    @Test
    void infeasibleWhenNodesAreDisconnected() {
        MinCostFlow g = new MinCostFlow(3);
        g.addArc(1, 0, 5, 1);    // wrong way
        g.addArc(2, 2, 5, -1);
        g.setSupply(0, 1);
        g.setSupply(1, -1);
        assertThat(g.solve().status()).isEqualTo(Status.INFEASIBLE);
    }

    @Test
    void emptyGraphs() {
        Solution none = solveAndVerify(new MinCostFlow(0));
        assertThat(none.cost()).isZero();
        MinCostFlow lonely = new MinCostFlow(3);
        Solution s = solveAndVerify(lonely);
        assertThat(s.cost()).isZero();
        assertThat(s.potential(2)).isNotNull();
    }

    @Test
    void solvesAgainAfterChangesAndIsDeterministic() {
        MinCostFlow g = new MinCostFlow(3);
        g.addArc(0, 2, 10, 5);
        g.setSupply(0, 2);
        g.setSupply(2, -2);
        Solution first = solveAndVerify(g);
        assertThat(first.cost()).isEqualTo(10);
        int viaOne = g.addArc(0, 1, 10, 1);
        g.addArc(1, 2, 10, 1);
        Solution second = solveAndVerify(g);
        assertThat(second.cost()).isEqualTo(4);
        assertThat(second.flow(viaOne)).isEqualTo(2);
        Solution again = g.solve();
        for (int e = 0; e < g.arcCount(); e++) {
            assertThat(again.flow(e)).isEqualTo(second.flow(e));
        }
        for (int i = 0; i < g.nodeCount(); i++) {
            assertThat(again.potential(i)).isEqualTo(second.potential(i));
        }
        assertThatIllegalArgumentException().isThrownBy(() -> g.verify(first)).withMessageContaining("arcs");
    }

    @Test
    void potentialsPriceTheMarginalUnit() {
        // 0 -> 1 -> 2 with costs 2 and 1: one more unit of demand at 2 (fed from 0) costs 3
        MinCostFlow g = new MinCostFlow(3);
        g.addArc(0, 1, 5, 2);
        g.addArc(1, 2, 5, 1);
        g.setSupply(0, 4);
        g.setSupply(2, -4);
        Solution s = solveAndVerify(g);
        assertThat(s.potential(0) - s.potential(2)).isEqualTo(3);
    }

    @Test
    void rejectsBadInputNamingTheValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MinCostFlow(-1)).withMessageContaining("-1");
        MinCostFlow g = new MinCostFlow(3);
        assertThatIllegalArgumentException().isThrownBy(() -> g.addArc(0, 3, 1, 1))
                .withMessage("head 3 is not a node (0..2)");
        assertThatIllegalArgumentException().isThrownBy(() -> g.addArc(-1, 0, 1, 1))
                .withMessage("tail -1 is not a node (0..2)");
        assertThatIllegalArgumentException().isThrownBy(() -> g.addArc(0, 1, -5, 1))
                .withMessage("capacity -5 of arc 0->1 must be >= 0");
        assertThatIllegalArgumentException().isThrownBy(() -> g.setSupply(7, 1)).withMessageContaining("node 7");
        assertThatIllegalArgumentException().isThrownBy(() -> g.setSupply(0, Long.MIN_VALUE))
                .withMessageContaining(Long.toString(Long.MIN_VALUE));
        assertThatIllegalArgumentException().isThrownBy(() -> g.capacity(0)).withMessageContaining("arc 0");
        g.setSupply(0, 5);
        g.setSupply(1, -3);
        assertThatIllegalArgumentException().isThrownBy(g::solve)
                .withMessage("supplies must sum to 0 but sum to 2 (sources 5, sinks 3)");
        g.setSupply(1, -5);
        Solution s = g.solve();
        assertThat(s.status()).isEqualTo(Status.INFEASIBLE);
    }

    @Test
    void solutionAccessorsRejectBadIndices() {
        MinCostFlow g = new MinCostFlow(2);
        g.addArc(0, 1, 1, 1);
        Solution s = g.solve();
        assertThatIllegalArgumentException().isThrownBy(() -> s.flow(1)).withMessage("arc 1 is not an arc (0..0)");
        assertThatIllegalArgumentException().isThrownBy(() -> s.potential(-1))
                .withMessage("node -1 is not a node (0..1)");
    }

    @Test
    void costsAtTheBoundAreExactAndAboveItRejected() {
        MinCostFlow g = new MinCostFlow(3);
        long max = g.maxAbsUnitCost();
        assertThat(max).isEqualTo((1L << 59) / 4);
        assertThatIllegalArgumentException().isThrownBy(() -> g.addArc(0, 1, 1, max + 1))
                .withMessageContaining(Long.toString(max + 1)).withMessageContaining("2^59");
        assertThatIllegalArgumentException().isThrownBy(() -> g.addArc(0, 1, 1, -max - 1));
        assertThatIllegalArgumentException().isThrownBy(() -> g.addArc(0, 1, 1, Long.MIN_VALUE));
        // a direct arc at the bound against a detour through node 1 whose arcs are at the bound too
        int direct = g.addArc(0, 2, 10, max);
        int up = g.addArc(0, 1, 10, -max);
        int down = g.addArc(1, 2, 10, max - 1);
        g.setSupply(0, 7);
        g.setSupply(2, -7);
        Solution s = solveAndVerify(g);
        // the detour costs -max + (max - 1) = -1 a unit against max direct; node 1 passes on what it gets,
        // so all 7 units go 0-1-2: -7
        assertThat(s.cost()).isEqualTo(-7);
        assertThat(s.flow(direct)).isZero();
        assertThat(s.flow(up)).isEqualTo(7);
        assertThat(s.flow(down)).isEqualTo(7);
    }

    @Test
    void costOverflowIsAnArithmeticException() {
        MinCostFlow g = new MinCostFlow(2);
        long max = g.maxAbsUnitCost();          // 2^59 / 3
        g.addArc(0, 1, 100, max);
        g.setSupply(0, 100);                      // 100 * 2^59 / 3 > 2^63
        g.setSupply(1, -100);
        assertThatThrownBy(g::solve).isInstanceOf(ArithmeticException.class).hasMessageContaining("long");

        MinCostFlow h = new MinCostFlow(1);
        h.addArc(0, 0, Long.MAX_VALUE, -1);      // saturating: cost -(2^63 - 1), still a long
        Solution s = solveAndVerify(h);
        assertThat(s.cost()).isEqualTo(-Long.MAX_VALUE);
        h.addArc(0, 0, Long.MAX_VALUE, -1);      // twice that overflows
        assertThatThrownBy(h::solve).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void hugeCapacitiesAndSupplies() {
        MinCostFlow g = new MinCostFlow(3);
        g.addArc(0, 1, Long.MAX_VALUE, 0);
        g.addArc(1, 2, Long.MAX_VALUE, 0);
        g.setSupply(0, Long.MAX_VALUE);
        g.setSupply(2, -Long.MAX_VALUE);
        assertThat(solveAndVerify(g).flow(1)).isEqualTo(Long.MAX_VALUE);

        MinCostFlow over = new MinCostFlow(3);
        over.setSupply(0, Long.MAX_VALUE);
        over.setSupply(1, 1);
        over.setSupply(2, Long.MIN_VALUE + 1);
        assertThatIllegalArgumentException().isThrownBy(over::solve).withMessageContaining("sum to more than");
    }

    @Test
    void verifyCatchesAWrongCertificate() {
        // a graph solved, then changed in cost only through a second graph of the same shape
        MinCostFlow g = new MinCostFlow(2);
        g.addArc(0, 1, 5, 1);
        g.addArc(0, 1, 5, 2);
        g.setSupply(0, 3);
        g.setSupply(1, -3);
        Solution s = solveAndVerify(g);
        MinCostFlow swapped = new MinCostFlow(2);
        swapped.addArc(0, 1, 5, 2);
        swapped.addArc(0, 1, 5, 1);
        swapped.setSupply(0, 3);
        swapped.setSupply(1, -3);
        assertThatIllegalStateException().isThrownBy(() -> swapped.verify(s)).withMessageContaining("reduced cost");
        swapped.setSupply(0, 2);
        swapped.setSupply(1, -2);
        assertThatIllegalStateException().isThrownBy(() -> swapped.verify(s));
    }
}
