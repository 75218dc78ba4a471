package io.github.herenet.helium.plan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link Planner} plans over: partner sites with their forecast recovery and gas storage, liquid
 * orders, the pickup trips on offer, the hub (liquefier and storage), the dewar fleet and the prices,
 * over {@code days} days numbered {@code 0 .. days-1}. Immutable; validated on construction.
 *
 * <h2>Unit of amount</h2>
 * Every amount is in <b>litres of liquid helium at the normal boiling point</b> (saturated liquid at
 * 1 atm, 124.7 kg/m3), gas included: gas is counted as the liquid litres its mass would make, which is
 * {@link io.github.herenet.helium.thermo.HeliumAmount#liquidLitres()} of the gas amount (about 0.7 m3 of
 * gas at 0 C per litre). Money is in one currency of the caller's choice (yen, say) per such litre.
 *
 * <pre>{@code
 * var site = PlanningProblem.Site.steady("tottori", 30, 1.2, 60);   // 1.2 L/day recovered, 60 L of bags/cylinders
 * var hub = new PlanningProblem.Hub(new PlanningProblem.Liquefier(20, 8, Set.of(10, 11), 0.9),
 *         400, 1000, 0.01, 0, 200);
 * var problem = new PlanningProblem(30, List.of(site),
 *         List.of(new PlanningProblem.Order("tottori", 20, 50)),
 *         List.of(new PlanningProblem.PickupTrip("tottori", 7, 50, 20000, 1)),
 *         hub, new PlanningProblem.DewarFleet(2000, 1, 7),
 *         new PlanningProblem.Prices(2000, 3000, 300, 100));
 * }</pre>
 *
 * @param days   length of the horizon, 1 .. 100,000
 * @param sites  partner sites, distinct ids, each with a forecast for every day
 * @param orders liquid orders at those sites within the horizon
 * @param trips  pickup trips on offer from those sites within the horizon
 * @param hub    the liquefaction hub
 * @param fleet  the dewars that carry liquid out
 * @param prices purchase price, vent penalty, liquefaction and delivery costs
 */
public record PlanningProblem(int days, List<Site> sites, List<Order> orders, List<PickupTrip> trips, Hub hub,
                              DewarFleet fleet, Prices prices) {

    /** Longest horizon accepted (about 270 years of days). */
    public static final int MAX_DAYS = 100_000;

    /**
     * Validates and copies the lists.
     *
     * @throws IllegalArgumentException naming the value: a horizon outside 1..100,000, duplicate site ids,
     *                                  a forecast of the wrong length, an order or trip for an unknown site or
     *                                  outside the horizon, a maintenance day outside the horizon
     * @throws NullPointerException     if an argument or element is null
     */
    public PlanningProblem {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days " + days + " must be in 1.." + MAX_DAYS);
        }
        sites = List.copyOf(sites);
        orders = List.copyOf(orders);
        trips = List.copyOf(trips);
        Objects.requireNonNull(hub, "hub");
        Objects.requireNonNull(fleet, "fleet");
        Objects.requireNonNull(prices, "prices");
        Set<String> ids = new HashSet<>();
        for (Site site : sites) {
            if (!ids.add(site.id())) {
                throw new IllegalArgumentException("site id '" + site.id() + "' appears twice");
            }
            if (site.recoveryLitresPerDay().size() != days) {
                throw new IllegalArgumentException("site '" + site.id() + "' has a forecast of "
                        + site.recoveryLitresPerDay().size() + " days for a horizon of " + days);
            }
        }
        for (Order order : orders) {
            checkSiteAndDay("order", order.site(), order.day(), ids, days);
        }
        for (PickupTrip trip : trips) {
            checkSiteAndDay("pickup trip", trip.site(), trip.day(), ids, days);
        }
        for (int day : hub.liquefier().maintenanceDays()) {
            if (day < 0 || day >= days) {
                throw new IllegalArgumentException("maintenance day " + day + " is outside the horizon 0.." + (days - 1));
            }
        }
    }

    private static void checkSiteAndDay(String what, String site, int day, Set<String> ids, int days) {
        if (!ids.contains(site)) {
            throw new IllegalArgumentException(what + " for unknown site '" + site + "'");
        }
        if (day < 0 || day >= days) {
            throw new IllegalArgumentException(what + " at '" + site + "' on day " + day
                    + " is outside the horizon 0.." + (days - 1));
        }
    }

    /** The position of each site in {@link #sites()}, by id. */
    Map<String, Integer> siteIndex() {
        Map<String, Integer> index = new HashMap<>();
        for (int s = 0; s < sites.size(); s++) {
            index.put(sites.get(s).id(), s);
        }
        return index;
    }

    /**
     * A partner site: where boil-off is collected into bags and cylinders until a pickup takes it.
     *
     * @param id                   site id
     * @param recoveryLitresPerDay forecast of the gas recovered each day, in liquid litres (one per day)
     * @param gasStorageLitres     gas the site can hold at the end of a day (bags and cylinders), liquid litres
     * @param initialGasLitres     gas held at the start, at most the storage
     * @param gasLossPerDay        fraction of the held gas lost each day (bag permeation; 0 for cylinders), 0..1
     */
    public record Site(String id, List<Double> recoveryLitresPerDay, double gasStorageLitres, double initialGasLitres,
                       double gasLossPerDay) {

        /** Validates: finite non-negative amounts, initial gas within the storage, loss fraction in 0..1. */
        public Site {
            Objects.requireNonNull(id, "id");
            recoveryLitresPerDay = List.copyOf(recoveryLitresPerDay);
            for (int d = 0; d < recoveryLitresPerDay.size(); d++) {
                Checks.amount("recovery of site '" + id + "' on day " + d, recoveryLitresPerDay.get(d));
            }
            Checks.amount("gas storage of site '" + id + "'", gasStorageLitres);
            Checks.amount("initial gas of site '" + id + "'", initialGasLitres);
            Checks.atMost("initial gas of site '" + id + "'", initialGasLitres, gasStorageLitres, "its storage");
            Checks.fraction("gas loss per day of site '" + id + "'", gasLossPerDay);
        }

        /** A site recovering the same amount every day, with empty storage and no loss. */
        public static Site steady(String id, int days, double litresPerDay, double gasStorageLitres) {
            if (days < 1) {
                throw new IllegalArgumentException("days " + days + " must be >= 1");
            }
            return new Site(id, java.util.Collections.nCopies(days, litresPerDay), gasStorageLitres, 0, 0);
        }
    }

    /**
     * Liquid wanted at a site on a day. Several orders of a site and day add up.
     *
     * @param site   site id
     * @param day    day the liquid must be there
     * @param litres liquid litres, {@code >= 0}
     */
    public record Order(String site, int day, double litres) {

        /** Validates the amount. */
        public Order {
            Objects.requireNonNull(site, "site");
            Checks.amount("order at '" + site + "' on day " + day, litres);
        }
    }

    /**
     * A pickup on offer: a truck that can take gas from a site on a day to the hub, arriving
     * {@code leadDays} later. Its cost is spread over its capacity (see {@link Planner} on this linear
     * approximation of a fixed trip cost).
     *
     * @param site           site id
     * @param day            day of the pickup
     * @param capacityLitres gas it can carry, liquid litres
     * @param cost           cost of the full trip
     * @param leadDays       days until the gas is at the hub ({@code >= 0}); gas arriving after the horizon
     *                       is counted as in transit at the end
     */
    public record PickupTrip(String site, int day, double capacityLitres, double cost, int leadDays) {

        /** Validates amounts and lead time. */
        public PickupTrip {
            Objects.requireNonNull(site, "site");
            Checks.amount("capacity of the trip from '" + site + "' on day " + day, capacityLitres);
            Checks.amount("cost of the trip from '" + site + "' on day " + day, cost);
            Checks.days("lead time of the trip from '" + site + "' on day " + day, leadDays, 0);
        }
    }

    /**
     * The hub's liquefier (DOMAIN.md 2.3: 14-100 L/h for hub plants, 20-30 L/day for small ones).
     *
     * @param litresPerHour   liquid produced per hour of running
     * @param hoursPerDay     hours it runs a day, 0..24
     * @param maintenanceDays days it does not run
     * @param yield           liquid litres made per liquid litre of gas fed, {@code 0 < yield <= 1} (purifier and
     *                        cold-box losses)
     */
    public record Liquefier(double litresPerHour, double hoursPerDay, Set<Integer> maintenanceDays, double yield) {

        /** Validates: finite non-negative rate, hours in 0..24, yield in (0, 1]. */
        public Liquefier {
            Checks.amount("liquefier rate", litresPerHour);
            Checks.amount("liquefier hours per day", hoursPerDay);
            Checks.atMost("liquefier hours per day", hoursPerDay, 24, "24");
            maintenanceDays = Set.copyOf(maintenanceDays);
            if (!(yield > 0 && yield <= 1)) {
                throw new IllegalArgumentException("liquefier yield " + yield + " must be in (0, 1]");
            }
        }

        /** Liquid litres it can make on a day: 0 on maintenance days. */
        public double litresOn(int day) {
            return maintenanceDays.contains(day) ? 0 : litresPerHour * hoursPerDay;
        }
    }

    /**
     * The hub: liquefier, gas storage before it, liquid storage after it.
     *
     * @param liquefier           the liquefier
     * @param gasStorageLitres    gas it can hold at the end of a day (cylinders, bags), liquid litres
     * @param liquidStorageLitres liquid it can hold at the end of a day (storage dewar)
     * @param liquidBoilOffPerDay fraction of the held liquid lost each day (about 0.01, DOMAIN.md 2.4), 0..1
     * @param initialGasLitres    gas held at the start, at most the gas storage
     * @param initialLiquidLitres liquid held at the start, at most the liquid storage
     */
    public record Hub(Liquefier liquefier, double gasStorageLitres, double liquidStorageLitres,
                      double liquidBoilOffPerDay, double initialGasLitres, double initialLiquidLitres) {

        /** Validates amounts, stocks within storage and the boil-off fraction. */
        public Hub {
            Objects.requireNonNull(liquefier, "liquefier");
            Checks.amount("hub gas storage", gasStorageLitres);
            Checks.amount("hub liquid storage", liquidStorageLitres);
            Checks.fraction("hub liquid boil-off per day", liquidBoilOffPerDay);
            Checks.amount("hub initial gas", initialGasLitres);
            Checks.amount("hub initial liquid", initialLiquidLitres);
            Checks.atMost("hub initial gas", initialGasLitres, gasStorageLitres, "the hub gas storage");
            Checks.atMost("hub initial liquid", initialLiquidLitres, liquidStorageLitres, "the hub liquid storage");
        }
    }

    /**
     * The transport dewars: liquid leaves the hub in them, reaches the site {@code deliveryLeadDays} later,
     * and the dewar is back after {@code roundTripDays}. By Little's law the fleet can ship at most
     * {@code litresInCirculation / roundTripDays} litres a day on average; the plan applies that as a daily
     * limit.
     *
     * @param litresInCirculation total capacity of the dewars (e.g. 20 x 100 L = 2000)
     * @param deliveryLeadDays    days from the hub to the site, {@code >= 0}
     * @param roundTripDays       days a dewar is away, {@code >= 1}
     */
    public record DewarFleet(double litresInCirculation, int deliveryLeadDays, int roundTripDays) {

        /** Validates amounts and days. */
        public DewarFleet {
            Checks.amount("dewar fleet litres", litresInCirculation);
            Checks.days("delivery lead time", deliveryLeadDays, 0);
            Checks.days("dewar round trip", roundTripDays, 1);
        }

        /** Litres the fleet can send out a day. */
        public double litresPerDay() {
            return litresInCirculation / roundTripDays;
        }
    }

    /**
     * Money per liquid litre.
     *
     * @param purchasePerLitre     liquid bought from a supplier, delivered to the site on the day
     * @param ventPenaltyPerLitre  gas vented to air (policy penalty; the helium is lost)
     * @param liquefactionPerLitre liquid made (power, LN2, maintenance)
     * @param deliveryPerLitre     liquid shipped from the hub to a site
     */
    public record Prices(double purchasePerLitre, double ventPenaltyPerLitre, double liquefactionPerLitre,
                         double deliveryPerLitre) {

        /** Validates: finite, non-negative. */
        public Prices {
            Checks.amount("purchase price", purchasePerLitre);
            Checks.amount("vent penalty", ventPenaltyPerLitre);
            Checks.amount("liquefaction cost", liquefactionPerLitre);
            Checks.amount("delivery cost", deliveryPerLitre);
        }
    }

    /** Validation shared by the records. */
    static final class Checks {

        private Checks() {
        }

        static void amount(String what, double value) {
            if (!(Double.isFinite(value) && value >= 0)) {
                throw new IllegalArgumentException(what + " is " + value + ", must be finite and >= 0");
            }
        }

        static void atMost(String what, double value, double limit, String limitName) {
            if (value > limit) {
                throw new IllegalArgumentException(what + " " + value + " exceeds " + limitName + " (" + limit + ")");
            }
        }

        static void fraction(String what, double value) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException(what + " is " + value + ", must be in 0..1");
            }
        }

        static void days(String what, int value, int minimum) {
            if (value < minimum || value > MAX_DAYS) {
                throw new IllegalArgumentException(what + " " + value + " days must be in " + minimum + ".." + MAX_DAYS);
            }
        }
    }
}
