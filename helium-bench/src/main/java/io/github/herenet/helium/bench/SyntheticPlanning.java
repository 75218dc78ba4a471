package io.github.herenet.helium.bench;

import io.github.herenet.helium.plan.PlanningProblem;
import io.github.herenet.helium.plan.PlanningProblem.DewarFleet;
import io.github.herenet.helium.plan.PlanningProblem.Hub;
import io.github.herenet.helium.plan.PlanningProblem.Liquefier;
import io.github.herenet.helium.plan.PlanningProblem.Order;
import io.github.herenet.helium.plan.PlanningProblem.PickupTrip;
import io.github.herenet.helium.plan.PlanningProblem.Prices;
import io.github.herenet.helium.plan.PlanningProblem.Site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A generated planning problem for the benchmarks: {@code sites} partners over {@code days} days around one
 * hub, deterministic for a seed. Each site recovers 0.5-3 L/day (one to several NMR magnets, DOMAIN.md 2.4)
 * into 30-100 L of bags and cylinders, draws 0-4 L of liquid every day, is served by a daily courier
 * (one cylinder, 10 L for 3,000 yen, 1-2 days to the hub) and a weekly truck (200 L for 20,000 yen, 1 day);
 * the hub's liquefier makes about 70 % of the recovery in 12 h a day and stops 2 days a month, the
 * storage dewar boils off 1 %/day, the dewars (20 L of fleet per site) take a day out and 7 days round.
 * Prices in yen per litre: buy 2,000, vent 3,000, liquefy 300, deliver 100.
 *
 * <p>Its time-expanded network has up to {@code 2 sites days + 3 days + 2} nodes (a site-day without an order
 * has no order node) and about {@code 5.14 sites days} arcs.
 */
final class SyntheticPlanning {

    private SyntheticPlanning() {
    }

    static PlanningProblem problem(int siteCount, int days, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Site> sites = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
        List<PickupTrip> trips = new ArrayList<>();
        double totalRecovery = 0;
        for (int s = 0; s < siteCount; s++) {
            String id = "site" + s;
            double rate = 0.5 + 2.5 * r.nextDouble();
            List<Double> forecast = new ArrayList<>(days);
            for (int d = 0; d < days; d++) {
                double litres = rate * (0.7 + 0.6 * r.nextDouble());
                forecast.add(litres);
                totalRecovery += litres;
                orders.add(new Order(id, d, 4 * r.nextDouble()));
                trips.add(new PickupTrip(id, d, 10, 3_000, 1 + r.nextInt(2)));
                if ((d + s) % 7 == 0) {
                    trips.add(new PickupTrip(id, d, 200, 20_000, 1));
                }
            }
            sites.add(new Site(id, forecast, 30 + r.nextInt(71), 0, 0.001));
        }
        Set<Integer> maintenance = new HashSet<>();
        for (int d = 10; d < days; d += 30) {
            maintenance.add(d);
            maintenance.add(d + 1 < days ? d + 1 : d);
        }
        double litresPerHour = 0.7 * totalRecovery / days / 12;
        Hub hub = new Hub(new Liquefier(litresPerHour, 12, maintenance, 0.95), 20.0 * siteCount, 10.0 * siteCount,
                0.01, 0, 5.0 * siteCount);
        return new PlanningProblem(days, sites, orders, trips, hub, new DewarFleet(20.0 * siteCount, 1, 7),
                new Prices(2_000, 3_000, 300, 100));
    }
}
