package io.github.herenet.helium.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Generated time-expanded instances ({@link RandomProblems}): the solver's certificate, agreement with the
 * successive-shortest-path reference, tree invariants after every pivot, and the plan's balances and limits
 * day by day.
 */
class GeneratedPlansTest {

    private static final double EPS = 1e-6;

    @Test
    void smallNetworksAgreeWithTheReferenceAndKeepTheTreeInvariants() {
        for (int seed = 0; seed < 25; seed++) {
            PlanningNetwork network = Planner.network(RandomProblems.generate(seed, 1 + seed % 3, 4 + seed % 5));
            MinCostFlow g = network.graph();
            MinCostFlowRandomTest.assertAgrees(g, ReferenceSolvers.successiveShortestPaths(g), "plan seed " + seed);
        }
    }

    @Test
    void largerNetworksHaveACertificate() {
        for (int seed = 100; seed < 106; seed++) {
            PlanningNetwork network = Planner.network(RandomProblems.generate(seed, 12, 40));
            MinCostFlow.Solution solution = network.graph().solve();
            network.graph().verify(solution);
            assertBalanced(network.problem(), network.plan(solution), solution);
        }
    }

    @Test
    void plansBalanceAndRespectEveryLimit() {
        for (int seed = 0; seed < 30; seed++) {
            PlanningProblem problem = RandomProblems.generate(1000 + seed, 1 + seed % 4, 3 + seed);
            PlanningNetwork network = Planner.network(problem);
            MinCostFlow.Solution solution = network.graph().solve();
            network.graph().verify(solution);
            assertBalanced(problem, network.plan(solution), solution);
        }
    }

    /** Gas litres as the plan counts them: whole 0.1 L of the liquid they yield (see {@link Planner}). */
    private static double gasAtResolution(double litres, double yield) {
        return Math.round(litres * yield * 10) / (10 * yield);
    }

    /** Mass balances (whole horizon and day by day), limits, orders met, and the cost read back. */
    static void assertBalanced(PlanningProblem problem, Plan plan, MinCostFlow.Solution solution) {
        Plan.Totals t = plan.totals();
        assertThat(t.initialGas() + t.recovered())
                .isCloseTo(t.gasFed() + t.vented() + t.gasStockAtEnd() + t.gasInTransitAtEnd(), within(EPS));
        assertThat(t.initialLiquid() + t.liquefied()).isCloseTo(t.delivered() + t.liquidStockAtEnd(), within(EPS));
        assertThat(t.costs().total()).isCloseTo(solution.cost() * 0.001, within(EPS));
        assertThat(plan.liquefiedShare()).isBetween(0.0, 1.0);
        assertThat(plan.phase()).isEqualTo(ProgrammePhase.of(plan.liquefiedShare()));

        double yield = problem.hub().liquefier().yield();
        for (PlanningProblem.Site site : problem.sites()) {
            double stock = gasAtResolution(site.initialGasLitres(), yield);
            for (Plan.SiteDay sd : plan.site(site.id())) {
                assertThat(stock + sd.recovered()).as(sd.toString())
                        .isCloseTo(sd.pickedUp() + sd.vented() + sd.gasStock(), within(EPS));
                assertThat(sd.gasStock()).isLessThanOrEqualTo(site.gasStorageLitres() + 0.05 / yield + EPS);
                assertThat(sd.delivered() + sd.purchased()).isCloseTo(sd.ordered(), within(EPS));
                stock = sd.gasStock();
            }
        }
        double gasStock = gasAtResolution(problem.hub().initialGasLitres(), yield);
        double liquidStock = Math.round(problem.hub().initialLiquidLitres() * 10) / 10.0;
        double fleet = problem.fleet().litresPerDay();
        for (Plan.HubDay h : plan.hubDays()) {
            assertThat(gasStock + h.gasArrived()).as(h.toString())
                    .isCloseTo(h.gasFed() + h.gasVented() + h.gasStock(), within(EPS));
            assertThat(liquidStock + h.liquefied()).isCloseTo(h.dispatched() + h.liquidStock(), within(EPS));
            assertThat(h.liquefied()).isCloseTo(h.gasFed() * yield, within(EPS));
            assertThat(h.liquefied()).isLessThanOrEqualTo(problem.hub().liquefier().litresOn(h.day()) + 0.05);
            assertThat(h.dispatched()).isLessThanOrEqualTo(fleet + 0.05);
            if (h.maintenance()) {
                assertThat(h.liquefied()).isZero();
            }
            gasStock = h.gasStock();
            liquidStock = h.liquidStock();
        }
    }
}
