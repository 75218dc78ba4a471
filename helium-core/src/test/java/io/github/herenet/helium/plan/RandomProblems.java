package io.github.herenet.helium.plan;

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
 * Random planning problems of a given size, deterministic for a seed: NMR-scale recovery (0-20 L/day),
 * bags and cylinders of 10-100 L, orders on about a third of the site-days, trips on about 40 % of them
 * with 0-3 days of lead time, a hub liquefier of 5-40 L/h with maintenance days and a yield of 0.85-1.
 */
final class RandomProblems {

    private RandomProblems() {
    }

    static PlanningProblem generate(long seed, int siteCount, int days) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Site> sites = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
        List<PickupTrip> trips = new ArrayList<>();
        for (int s = 0; s < siteCount; s++) {
            String id = "site" + s;
            List<Double> forecast = new ArrayList<>();
            for (int d = 0; d < days; d++) {
                forecast.add(round(r.nextDouble(20)));
                if (r.nextInt(3) == 0) {
                    orders.add(new Order(id, d, round(r.nextDouble(50))));
                }
                if (r.nextInt(5) < 2) {
                    trips.add(new PickupTrip(id, d, 20 + r.nextInt(180), 100 + r.nextInt(4900), r.nextInt(4)));
                }
            }
            double storage = 10 + r.nextInt(90);
            sites.add(new Site(id, forecast, storage, round(r.nextDouble(storage)), r.nextInt(3) * 0.01));
        }
        Set<Integer> maintenance = new HashSet<>();
        for (int d = 0; d < days; d++) {
            if (r.nextInt(10) == 0) {
                maintenance.add(d);
            }
        }
        Liquefier liquefier = new Liquefier(5 + r.nextInt(35), 4 + r.nextInt(12), maintenance,
                0.85 + 0.15 * r.nextDouble());
        double gasStorage = 50 + r.nextInt(500);
        double liquidStorage = 50 + r.nextInt(1000);
        Hub hub = new Hub(liquefier, gasStorage, liquidStorage, 0.01, round(r.nextDouble(gasStorage)),
                round(r.nextDouble(liquidStorage)));
        DewarFleet fleet = new DewarFleet(500 + r.nextInt(3000), r.nextInt(3), 3 + r.nextInt(10));
        Prices prices = new Prices(1500 + r.nextInt(1000), 1000 + r.nextInt(3000), 100 + r.nextInt(400),
                20 + r.nextInt(200));
        return new PlanningProblem(days, sites, orders, trips, hub, fleet, prices);
    }

    private static double round(double litres) {
        return Math.round(litres * 10) / 10.0;
    }
}
