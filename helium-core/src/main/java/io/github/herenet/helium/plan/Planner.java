package io.github.herenet.helium.plan;

/**
 * Plans collection, liquefaction, storage and distribution of helium over a horizon: the plan supplies
 * every order it can from recovered helium, buys the rest, and keeps venting and cost minimal. It builds
 * the time-expanded network of the problem ({@link PlanningNetwork}), solves it exactly with
 * {@link MinCostFlow} and reads the {@link Plan} back.
 *
 * <pre>{@code
 * Plan plan = Planner.plan(problem);
 * plan.totals().delivered();        // litres supplied from recovered helium
 * plan.totals().purchased();        // litres bought
 * plan.liquefiedShare();            // 0.63
 * plan.phase();                     // PHASE_2
 * plan.siteDay("tottori", 12);      // pickups, stock, deliveries, purchases on day 12
 * }</pre>
 *
 * <h2>Resolution</h2>
 * Amounts become integers of 0.1 litre; gas is counted in 0.1 L of the <em>liquid it yields</em> (its liquid
 * litres times the liquefier yield), so that liquefaction conserves flow and the yield is applied exactly.
 * Prices become integers of 0.01 per litre. Each input amount is rounded to the nearest unit (at most
 * 0.05 L of liquid off); daily recovery forecasts are rounded cumulatively, so a site's recovery over any run
 * of days is off by less than one unit in total. Each price is rounded to the nearest 0.01 per litre. The
 * plan is exactly optimal for the rounded data.
 *
 * <h2>Approximations (a min-cost flow conserves what it carries)</h2>
 * <ul>
 *   <li><b>Boil-off and permeation</b> of stocks held overnight are not taken out of the flow (that needs a
 *       generalised network with gains, i.e. an LP). Instead every litre held overnight is charged its daily
 *       loss fraction times the purchase price: what replacing the lost helium would cost. The plan thus
 *       avoids holding stock without need, and reports the loss it implies
 *       ({@link Plan.Totals#estimatedStorageLoss()}); the flows themselves overstate what a long-held stock
 *       delivers by about that loss (1 %/day of a dewar's content: DOMAIN.md 2.4).</li>
 *   <li><b>Trip cost</b>: a pickup's fixed cost is spread over its capacity (cost per litre = cost /
 *       capacity), so a trip run half full is charged half. Choosing trips as yes/no decisions would need
 *       integer programming.</li>
 *   <li><b>Dewar fleet</b>: the fleet's litres in circulation divided by the round trip is a daily limit on
 *       liquid sent out (Little's law), not a dewar-by-dewar schedule.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class Planner {

    private Planner() {
    }

    /**
     * The optimal plan of a problem.
     *
     * @throws IllegalArgumentException if a price is too large for the network's cost bound
     *                                  ({@link MinCostFlow#maxAbsUnitCost()})
     */
    public static Plan plan(PlanningProblem problem) {
        PlanningNetwork network = network(problem);
        return network.plan(network.graph().solve());
    }

    /**
     * The time-expanded network of a problem, to solve and read back separately (or to study the graph).
     *
     * @throws IllegalArgumentException if a price is too large for the network's cost bound
     */
    public static PlanningNetwork network(PlanningProblem problem) {
        return new PlanningNetwork(problem);
    }
}
