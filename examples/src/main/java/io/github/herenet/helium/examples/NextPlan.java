package io.github.herenet.helium.examples;

import io.github.herenet.helium.inventory.Cylinder;
import io.github.herenet.helium.inventory.CylinderBundle;
import io.github.herenet.helium.inventory.Dewar;
import io.github.herenet.helium.inventory.GasBag;
import io.github.herenet.helium.inventory.Network;
import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.inventory.Site;
import io.github.herenet.helium.inventory.Vessel;
import io.github.herenet.helium.inventory.VesselReading;
import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.ledger.MonthlyReport;
import io.github.herenet.helium.plan.Plan;
import io.github.herenet.helium.plan.Planner;
import io.github.herenet.helium.plan.PlanningProblem;
import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Temperature;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The liquefaction and delivery plan for the days after a simulated season, made by the {@link Planner}
 * from what the season measured: each partner site's recovery per day and its liquid use (the averages of
 * the last months of the season), its gas storage (bags and cylinders) and the gas it holds at the end, a
 * pickup trip every {@value #PICKUP_EVERY_DAYS} days, and the hub's liquefier and dewar fleet.
 *
 * @param problem the planning problem built from the season
 * @param plan    the optimal plan
 */
record NextPlan(PlanningProblem problem, Plan plan) {

    /** Days between pickup trips on offer at each partner site. */
    static final int PICKUP_EVERY_DAYS = 14;
    private static final int MONTHS_AVERAGED = 3;
    private static final int ORDER_EVERY_DAYS = 7;
    private static final double PICKUP_COST_YEN = 20_000;
    private static final int PICKUP_LEAD_DAYS = 2;
    /** Yen per litre: bought liquid (a Japanese university's price), vent penalty, liquefaction, delivery. */
    private static final PlanningProblem.Prices PRICES = new PlanningProblem.Prices(3000, 3000, 500, 100);

    /**
     * Plans {@code days} days from the end of a season.
     *
     * @param ledger    the season's ledger
     * @param season    its monthly reports (at least one month)
     * @param end       the end of the season, after its last event: the gas held then is the plan's initial stock
     * @param days      the plan's horizon, days
     * @param liquefier the hub's liquefier
     * @return the problem and its plan
     */
    static NextPlan after(Ledger ledger, SeasonReport season, Instant end, int days,
                          PlanningProblem.Liquefier liquefier) {
        Network network = ledger.network();
        List<MonthlyReport> recent = season.months().subList(Math.max(0, season.months().size() - MONTHS_AVERAGED),
                season.months().size());
        double daysAveraged = recent.stream().mapToDouble(r -> r.month().lengthOfMonth()).sum();
        Map<String, HeliumAmount> contents = ledger.vesselBalances(end);
        List<PlanningProblem.Site> sites = new ArrayList<>();
        List<PlanningProblem.Order> orders = new ArrayList<>();
        List<PlanningProblem.PickupTrip> trips = new ArrayList<>();
        for (Site site : network.sites()) {
            if (site.role() != Site.Role.PARTNER) {
                continue;
            }
            double recovered = 0;
            double supplied = 0;
            for (MonthlyReport report : recent) {
                MonthlyReport.Line line = report.site(site.id());
                recovered += MonthlyReport.Line.liquidLitres(line.recovered().kilograms());
                supplied += Math.max(0, MonthlyReport.Line.liquidLitres(line.suppliedKilograms()));
            }
            double storage = gasStorageLitres(network, site.id());
            double held = Math.min(storage, gasHeldLitres(ledger, contents, site.id()));
            sites.add(new PlanningProblem.Site(site.id(), Collections.nCopies(days, recovered / daysAveraged), storage, held, 0));
            double perOrder = supplied / daysAveraged * ORDER_EVERY_DAYS;
            for (int day = ORDER_EVERY_DAYS - 1; day < days && perOrder > 0; day += ORDER_EVERY_DAYS) {
                orders.add(new PlanningProblem.Order(site.id(), day, perOrder));
            }
            for (int day = PICKUP_EVERY_DAYS - 1; day < days; day += PICKUP_EVERY_DAYS) {
                trips.add(new PlanningProblem.PickupTrip(site.id(), day, storage, PICKUP_COST_YEN, PICKUP_LEAD_DAYS));
            }
        }
        String hubId = network.hub().map(Site::id).orElseThrow(
                () -> new IllegalArgumentException("the network has no hub to plan liquefaction at"));
        double hubGasStorage = gasStorageLitres(network, hubId);
        double fleet = network.vessels().stream().map(Network.Placement::vessel)
                .filter(v -> v instanceof Dewar).mapToDouble(v -> ((Dewar) v).capacity().litres()).sum();
        PlanningProblem.Hub hub = new PlanningProblem.Hub(liquefier, hubGasStorage, fleet, 0.01,
                Math.min(hubGasStorage, gasHeldLitres(ledger, contents, hubId)), 0);
        PlanningProblem problem = new PlanningProblem(days, sites, orders, trips, hub,
                new PlanningProblem.DewarFleet(fleet, 1, 7), PRICES);
        return new NextPlan(problem, Planner.plan(problem));
    }

    /** What a site's bags (at 1 atm) and cylinders (at their rated pressure, 15 C) hold when full, liquid litres. */
    static double gasStorageLitres(Network network, String siteId) {
        double litres = 0;
        for (Network.Placement placement : network.vessels()) {
            if (placement.homeSiteId().equals(siteId)) {
                litres += fullGasLitres(placement.vessel());
            }
        }
        return litres;
    }

    /** What a bag holds full at 1 atm, or a cylinder or bundle at its rated pressure, at 15 C; 0 for the rest. */
    private static double fullGasLitres(Vessel vessel) {
        if (vessel instanceof GasBag bag) {
            return bag.content(new VesselReading.Bag(bag.capacity(), Pressure.STANDARD_ATMOSPHERE,
                    Temperature.FIFTEEN_CELSIUS, Purity.PURE)).liquidLitres();
        }
        if (vessel instanceof Cylinder cylinder) {
            return full(cylinder, cylinder.ratedPressure());
        }
        if (vessel instanceof CylinderBundle bundle) {
            return full(bundle, bundle.ratedPressure());
        }
        return 0;
    }

    private static double full(Vessel vessel, Pressure rated) {
        return vessel.content(new VesselReading.Gas(rated, Temperature.FIFTEEN_CELSIUS, Purity.PURE)).liquidLitres();
    }

    /** The gas in a site's bags and cylinders by the ledger, from the contents of every vessel; liquid litres. */
    private static double gasHeldLitres(Ledger ledger, Map<String, HeliumAmount> contents, String siteId) {
        double litres = 0;
        for (Network.Placement placement : ledger.network().vessels()) {
            Vessel vessel = placement.vessel();
            boolean gas = vessel instanceof GasBag || vessel instanceof Cylinder || vessel instanceof CylinderBundle;
            boolean here = ledger.whereabouts(vessel.id()).map(w -> siteId.equals(w.siteId())).orElse(false);
            if (gas && here) {
                litres += contents.get(vessel.id()).liquidLitres();
            }
        }
        return litres;
    }

    /**
     * Prints the plan: per site what is recovered, picked up and delivered, and at the hub what is
     * liquefied, bought and vented, with the costs and the programme phase the plan reaches.
     *
     * @param out where it goes
     */
    void print(PrintWriter out) {
        Plan.Totals totals = plan.totals();
        out.println("  Next " + plan.days() + " days, from the season's averages (liquid litres; gas as the liquid it makes):");
        TextTable table = new TextTable(List.of("site", "recovered", "picked up", "pickups", "vented", "ordered",
                "delivered\nfrom hub", "bought")).leftAlign(0);
        for (PlanningProblem.Site site : problem.sites()) {
            List<Plan.SiteDay> days = plan.site(site.id());
            long pickups = days.stream().filter(d -> d.pickedUp() > 0).count();
            table.row(List.of(site.id(), total(days, Plan.SiteDay::recovered), total(days, Plan.SiteDay::pickedUp),
                    Long.toString(pickups), total(days, Plan.SiteDay::vented), total(days, Plan.SiteDay::ordered),
                    total(days, Plan.SiteDay::delivered), total(days, Plan.SiteDay::purchased)));
        }
        table.print(out);
        long liquefierDays = plan.hubDays().stream().filter(d -> d.liquefied() > 0).count();
        out.println("  Hub: liquefies " + Fmt.fixed(totals.liquefied(), 1) + " L on " + liquefierDays + " days, delivers "
                + Fmt.fixed(totals.delivered(), 1) + " L, buys " + Fmt.fixed(totals.purchased(), 1) + " L, vents "
                + Fmt.fixed(totals.vented(), 1) + " L; " + Fmt.fixed(100 * totals.suppliedFromRecoveryShare(), 1)
                + " % of the liquid ordered comes from recovered helium (phase " + plan.phase().number() + ").");
        out.println("  Cost: " + Fmt.fixed(totals.costs().total(), 0) + " yen (pickups "
                + Fmt.fixed(totals.costs().pickups(), 0) + ", liquefaction " + Fmt.fixed(totals.costs().liquefaction(), 0)
                + ", delivery " + Fmt.fixed(totals.costs().delivery(), 0) + ", purchases "
                + Fmt.fixed(totals.costs().purchases(), 0) + ").");
    }

    /** The sum of one quantity over a site's days, litres to 0.1 L. */
    private static String total(List<Plan.SiteDay> days, ToDoubleFunction<Plan.SiteDay> quantity) {
        return Fmt.fixed(days.stream().mapToDouble(quantity).sum(), 1);
    }
}
