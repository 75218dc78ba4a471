package io.github.herenet.helium.plan;

import io.github.herenet.helium.plan.PlanningProblem.DewarFleet;
import io.github.herenet.helium.plan.PlanningProblem.Hub;
import io.github.herenet.helium.plan.PlanningProblem.Liquefier;
import io.github.herenet.helium.plan.PlanningProblem.Order;
import io.github.herenet.helium.plan.PlanningProblem.PickupTrip;
import io.github.herenet.helium.plan.PlanningProblem.Prices;
import io.github.herenet.helium.plan.PlanningProblem.Site;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Plans small enough to work out by hand; the working is in the comments. */
class PlannerTest {

    private static final double EPS = 1e-9;
    /** Purchase 100/L, vent penalty 150/L, liquefaction 10/L, delivery 5/L. */
    private static final Prices PRICES = new Prices(100, 150, 10, 5);
    /** 1000 L of dewars, 1 day to the site, 10 days round trip: 100 L a day. */
    private static final DewarFleet FLEET = new DewarFleet(1000, 1, 10);

    /**
     * Two sites, five days (0-4), yield 1.
     * <ul>
     *   <li>A recovers 10 L/day, holds 30 L, no loss; trip on day 1 (100 L for 1000: 10/L, 1 day to the hub).</li>
     *   <li>B recovers 5 L/day, holds 8 L, loses 1 %/day (charged 0.01 x 100 = 1 per litre-day); trip on
     *       day 2 (20 L for 400: 20/L, 1 day).</li>
     *   <li>Hub: 5 L/h x 4 h = 20 L/day, down on day 3; liquid boil-off 1 %/day (1 per litre-day).</li>
     *   <li>Orders: B 10 L on day 3, A 30 L on day 4. Liquid leaves the hub a day before.</li>
     * </ul>
     */
    static PlanningProblem twoSitesFiveDays() {
        Site a = new Site("A", List.of(10.0, 10.0, 10.0, 10.0, 10.0), 30, 0, 0);
        Site b = new Site("B", List.of(5.0, 5.0, 5.0, 5.0, 5.0), 8, 0, 0.01);
        Hub hub = new Hub(new Liquefier(5, 4, Set.of(3), 1), 100, 100, 0.01, 0, 0);
        return new PlanningProblem(5, List.of(a, b),
                List.of(new Order("B", 3, 10), new Order("A", 4, 30)),
                List.of(new PickupTrip("A", 1, 100, 1000, 1), new PickupTrip("B", 2, 20, 400, 1)),
                hub, FLEET, PRICES);
    }

    @Test
    void twoSitesFiveDaysByHand() {
        PlanningNetwork network = Planner.network(twoSitesFiveDays());
        MinCostFlow.Solution solution = network.graph().solve();
        network.graph().verify(solution);
        Plan plan = network.plan(solution);

        // A: days 0-1 make 20 L, all taken by the day-1 trip (10/L beats venting at 150/L); days 2-4 fill the
        // 30 L store exactly, no later trip.
        assertSite(plan, "A", 0, 10, 0, 0, 10, 0, 0, 0);
        assertSite(plan, "A", 1, 10, 20, 0, 0, 0, 0, 0);
        assertSite(plan, "A", 2, 10, 0, 0, 10, 0, 0, 0);
        assertSite(plan, "A", 3, 10, 0, 0, 20, 0, 0, 0);
        // the order of 30 L: the hub can have 20 L by day 3 (liquefied on day 2 from A's gas, the liquefier is
        // down on day 3); 10 L went to B the day before, so A gets 10 and buys 20
        assertSite(plan, "A", 4, 10, 0, 0, 30, 30, 10, 20);
        // B: 5 L/day into 8 L. Days 0-1 make 10, so 2 must go; venting them on day 0 rather than day 1 saves
        // holding them overnight (1 per litre-day). Day 2: the trip takes all 13 L (20/L, venting costs 150).
        // Days 3-4 make 10 L again with no trip: 2 vented on day 3, 8 held at the end.
        assertSite(plan, "B", 0, 5, 0, 2, 3, 0, 0, 0);
        assertSite(plan, "B", 1, 5, 0, 0, 8, 0, 0, 0);
        assertSite(plan, "B", 2, 5, 13, 0, 0, 0, 0, 0);
        // B's 10 L on day 3 come from the hub: liquefied on day 2, sent the same day, no overnight holding
        assertSite(plan, "B", 3, 5, 0, 2, 3, 10, 10, 0);
        assertSite(plan, "B", 4, 5, 0, 0, 8, 0, 0, 0);

        // hub: A's 20 L arrive on day 2 and are liquefied (20 L/day); 10 L leave for B, 10 L wait overnight
        // for A; B's 13 L arrive on day 3 (maintenance) and stay as gas
        assertHub(plan.hubDay(0), 0, 0, 0, 0, 0, false);
        assertHub(plan.hubDay(1), 0, 0, 0, 0, 0, false);
        assertHub(plan.hubDay(2), 20, 20, 0, 10, 10, false);
        assertHub(plan.hubDay(3), 13, 0, 13, 0, 10, true);
        assertHub(plan.hubDay(4), 0, 0, 13, 0, 0, false);

        Plan.Totals t = plan.totals();
        assertThat(t.recovered()).isCloseTo(75, within(EPS));        // 5 x 10 + 5 x 5
        assertThat(t.gasFed()).isCloseTo(20, within(EPS));
        assertThat(t.liquefied()).isCloseTo(20, within(EPS));
        assertThat(t.liquefactionLoss()).isCloseTo(0, within(EPS));
        assertThat(t.delivered()).isCloseTo(20, within(EPS));
        assertThat(t.purchased()).isCloseTo(20, within(EPS));
        assertThat(t.vented()).isCloseTo(4, within(EPS));
        assertThat(t.gasStockAtEnd()).isCloseTo(51, within(EPS));    // A 30 + B 8 + hub 13
        assertThat(t.gasInTransitAtEnd()).isZero();
        assertThat(t.liquidStockAtEnd()).isZero();
        // B holds 3 + 8 + 0 + 3 = 14 L overnight, the hub 10 L of liquid: 1 % of 24 L
        assertThat(t.estimatedStorageLoss()).isCloseTo(0.24, within(EPS));
        assertThat(t.suppliedFromRecoveryShare()).isCloseTo(0.5, within(EPS));

        // pickups 20 x 10 + 13 x 20 = 460; liquefaction 20 x 10 = 200; delivery 20 x 5 = 100;
        // purchases 20 x 100 = 2000; vents 4 x 150 = 600; storage 14 x 1 + 10 x 1 = 24: 3384
        Plan.Costs c = t.costs();
        assertThat(c.pickups()).isCloseTo(460, within(EPS));
        assertThat(c.liquefaction()).isCloseTo(200, within(EPS));
        assertThat(c.delivery()).isCloseTo(100, within(EPS));
        assertThat(c.purchases()).isCloseTo(2000, within(EPS));
        assertThat(c.ventPenalty()).isCloseTo(600, within(EPS));
        assertThat(c.storageLoss()).isCloseTo(24, within(EPS));
        assertThat(c.total()).isCloseTo(3384, within(EPS));
        assertThat(solution.cost()).isEqualTo(3_384_000);           // in 0.001 per 0.1 L units

        // 20 of 75 L liquefied: Phase 2
        assertThat(plan.liquefiedShare()).isCloseTo(20.0 / 75, within(EPS));
        assertThat(plan.phase()).isEqualTo(ProgrammePhase.PHASE_2);
        assertThat(plan.site("A")).hasSize(5);
        assertThat(Planner.plan(twoSitesFiveDays()).totals()).isEqualTo(t);
    }

    @Test
    void buyingBeatsADearPickup() {
        // one site, 3 days, 10 L/day into a 100 L store; the only trip costs 1000/L against 100/L to buy
        Site site = new Site("S", List.of(10.0, 10.0, 10.0), 100, 0, 0);
        Hub hub = new Hub(new Liquefier(10, 10, Set.of(), 1), 100, 100, 0, 0, 0);
        List<Order> order = List.of(new Order("S", 2, 5));
        Plan dear = Planner.plan(new PlanningProblem(3, List.of(site), order,
                List.of(new PickupTrip("S", 0, 100, 100_000, 0)), hub, FLEET, PRICES));
        // the 5 L are bought (500); the gas stays on site, nothing is vented
        assertThat(dear.totals().purchased()).isCloseTo(5, within(EPS));
        assertThat(dear.totals().delivered()).isZero();
        assertThat(dear.siteDay("S", 0).pickedUp()).isZero();
        assertThat(dear.totals().vented()).isZero();
        assertThat(dear.totals().gasStockAtEnd()).isCloseTo(30, within(EPS));
        assertThat(dear.totals().costs().total()).isCloseTo(500, within(EPS));
        assertThat(dear.phase()).isEqualTo(ProgrammePhase.PHASE_1);

        // the same trip at 10/L: it takes just the 5 L needed (a trip's cost is spread over its capacity),
        // arriving the same day; they are liquefied and shipped on day 1 for day 2: 5 x (10 + 10 + 5) = 125
        Plan cheap = Planner.plan(new PlanningProblem(3, List.of(site), order,
                List.of(new PickupTrip("S", 0, 100, 1000, 0)), hub, FLEET, PRICES));
        assertThat(cheap.totals().purchased()).isZero();
        assertThat(cheap.totals().delivered()).isCloseTo(5, within(EPS));
        assertThat(cheap.siteDay("S", 0).pickedUp()).isCloseTo(5, within(EPS));
        assertThat(cheap.totals().costs().total()).isCloseTo(125, within(EPS));
    }

    @Test
    void maintenanceDaysStopTheLiquefier() {
        // 100 L of gas at the hub, 10 L/day, down on days 1 and 2; 30 L wanted on day 4 (shipped day 3).
        // Days 0 and 3 make 20 L (day 0's liquid waits 3 nights at 1 per litre-day, still far below 100/L);
        // the other 10 L are bought.
        Hub hub = new Hub(new Liquefier(10, 1, Set.of(1, 2), 1), 100, 100, 0.01, 100, 0);
        Site site = new Site("S", List.of(0.0, 0.0, 0.0, 0.0, 0.0), 0, 0, 0);
        Plan plan = Planner.plan(new PlanningProblem(5, List.of(site), List.of(new Order("S", 4, 30)), List.of(),
                hub, FLEET, PRICES));
        assertThat(plan.hubDays()).extracting(Plan.HubDay::liquefied).containsExactly(10.0, 0.0, 0.0, 10.0, 0.0);
        assertThat(plan.hubDays()).extracting(Plan.HubDay::maintenance)
                .containsExactly(false, true, true, false, false);
        assertThat(plan.totals().delivered()).isCloseTo(20, within(EPS));
        assertThat(plan.totals().purchased()).isCloseTo(10, within(EPS));
        // 20 of the 100 L of initial gas: Phase 2
        assertThat(plan.liquefiedShare()).isCloseTo(0.2, within(EPS));
        // without maintenance days 0-3 could make 40: nothing bought, and day 3 alone makes 10 of the 30
        Hub noMaintenance = new Hub(new Liquefier(10, 1, Set.of(), 1), 100, 100, 0.01, 100, 0);
        Plan full = Planner.plan(new PlanningProblem(5, List.of(site), List.of(new Order("S", 4, 30)), List.of(),
                noMaintenance, FLEET, PRICES));
        assertThat(full.totals().purchased()).isZero();
        assertThat(full.hubDays()).extracting(Plan.HubDay::liquefied).containsExactly(0.0, 10.0, 10.0, 10.0, 0.0);
    }

    @Test
    void yieldBelowOneCostsGas() {
        // yield 0.8: 10 L of liquid take 12.5 L of gas
        Hub hub = new Hub(new Liquefier(100, 1, Set.of(), 0.8), 100, 100, 0, 50, 0);
        Site site = new Site("S", List.of(0.0, 0.0), 0, 0, 0);
        Plan plan = Planner.plan(new PlanningProblem(2, List.of(site), List.of(new Order("S", 1, 10)), List.of(),
                hub, FLEET, PRICES));
        assertThat(plan.totals().liquefied()).isCloseTo(10, within(EPS));
        assertThat(plan.totals().gasFed()).isCloseTo(12.5, within(EPS));
        assertThat(plan.totals().liquefactionLoss()).isCloseTo(2.5, within(EPS));
        assertThat(plan.totals().gasStockAtEnd()).isCloseTo(37.5, within(EPS));
        assertThat(plan.liquefiedShare()).isCloseTo(0.25, within(EPS));
    }

    @Test
    void nothingOrderedIsPhaseOneAndEverythingWantedIsPhaseThree() {
        Hub hub = new Hub(new Liquefier(100, 24, Set.of(), 1), 1000, 1000, 0, 0, 0);
        Site site = Site.steady("S", 10, 10, 1000);
        List<PickupTrip> daily = new java.util.ArrayList<>();
        for (int d = 0; d < 10; d++) {
            daily.add(new PickupTrip("S", d, 100, 100, 0));
        }
        Plan idle = Planner.plan(new PlanningProblem(10, List.of(site), List.of(), daily, hub, FLEET, PRICES));
        assertThat(idle.liquefiedShare()).isZero();
        assertThat(idle.phase()).isEqualTo(ProgrammePhase.PHASE_1);
        // 100 L recovered, 99 L wanted on the last day (shipped day 8: 90 L of gas is there by then)
        Plan busy = Planner.plan(new PlanningProblem(10, List.of(site), List.of(new Order("S", 9, 99)), daily, hub,
                FLEET, PRICES));
        assertThat(busy.totals().delivered()).isCloseTo(90, within(EPS));
        assertThat(busy.liquefiedShare()).isCloseTo(0.9, within(EPS));
        assertThat(busy.phase()).isEqualTo(ProgrammePhase.PHASE_3);
    }

    @Test
    void theJavadocExampleRuns() {
        // PlanningProblem's class Javadoc: 30 days of 1.2 L/day at Tottori, 50 L wanted on day 20
        var site = PlanningProblem.Site.steady("tottori", 30, 1.2, 60);
        var hub = new PlanningProblem.Hub(new PlanningProblem.Liquefier(20, 8, Set.of(10, 11), 0.9),
                400, 1000, 0.01, 0, 200);
        var problem = new PlanningProblem(30, List.of(site),
                List.of(new PlanningProblem.Order("tottori", 20, 50)),
                List.of(new PlanningProblem.PickupTrip("tottori", 7, 50, 20000, 1)),
                hub, new PlanningProblem.DewarFleet(2000, 1, 7),
                new PlanningProblem.Prices(2000, 3000, 300, 100));
        Plan plan = Planner.plan(problem);
        // the hub holds 200 L of liquid, which must be held (20/L a day of boil-off charge) or shipped: the
        // order is served from it; the 36 L recovered fit the site's 60 L store, so the trip (400/L) is not
        // worth taking: nothing picked up, liquefied, bought or vented
        assertThat(plan.siteDay("tottori", 7).pickedUp()).isZero();
        assertThat(plan.totals().delivered()).isCloseTo(50, within(EPS));
        assertThat(plan.totals().purchased()).isZero();
        assertThat(plan.totals().vented()).isZero();
        assertThat(plan.siteDay("tottori", 29).gasStock()).isCloseTo(36, within(0.06));
        assertThat(plan.phase()).isEqualTo(ProgrammePhase.PHASE_1);
    }

    private static void assertSite(Plan plan, String site, int day, double recovered, double pickedUp, double vented,
                                   double gasStock, double ordered, double delivered, double purchased) {
        Plan.SiteDay sd = plan.siteDay(site, day);
        assertThat(new double[] {sd.recovered(), sd.pickedUp(), sd.vented(), sd.gasStock(), sd.ordered(),
                sd.delivered(), sd.purchased()})
                .as(site + " day " + day)
                .containsExactly(new double[] {recovered, pickedUp, vented, gasStock, ordered, delivered, purchased},
                        within(EPS));
    }

    private static void assertHub(Plan.HubDay h, double arrived, double liquefied, double gasStock, double liquidStock,
                                  double dispatched, boolean maintenance) {
        assertThat(new double[] {h.gasArrived(), h.liquefied(), h.gasStock(), h.liquidStock(), h.dispatched()})
                .as("hub day " + h.day())
                .containsExactly(new double[] {arrived, liquefied, gasStock, liquidStock, dispatched}, within(EPS));
        assertThat(h.maintenance()).isEqualTo(maintenance);
    }
}
