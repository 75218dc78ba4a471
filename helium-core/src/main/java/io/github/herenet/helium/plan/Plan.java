package io.github.herenet.helium.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan made by {@link Planner}: for every site and day what is recovered, picked up, vented, held,
 * ordered, delivered from the hub and bought; for every day what the hub receives, liquefies, vents, holds
 * and sends out; and the totals. Amounts are liquid litres at the normal boiling point (gas as the liquid it
 * would make), money as in the {@link PlanningProblem.Prices}. Immutable.
 *
 * <p>Amounts are exact multiples of the planning resolution (0.1 L; gas 0.1 L of liquid it yields, see
 * {@link Planner}), so the balances hold to rounding of doubles:
 * {@code initialGas + recovered = gasFed + vented + gasStockAtEnd + gasInTransitAtEnd} and
 * {@code initialLiquid + liquefied = delivered + liquidStockAtEnd}.
 */
public final class Plan {

    private final int days;
    private final List<SiteDay> siteDays;
    private final List<HubDay> hubDays;
    private final Totals totals;
    private final Map<String, Integer> siteIndex = new HashMap<>();

    Plan(int days, List<SiteDay> siteDays, List<HubDay> hubDays, Totals totals) {
        this.days = days;
        this.siteDays = List.copyOf(siteDays);
        this.hubDays = List.copyOf(hubDays);
        this.totals = totals;
        for (int i = 0; i < this.siteDays.size(); i += days) {
            siteIndex.put(this.siteDays.get(i).site(), i / days);
        }
    }

    /** Length of the horizon in days. */
    public int days() {
        return days;
    }

    /** Every site's days, site by site in the problem's order, each site's days in order. */
    public List<SiteDay> siteDays() {
        return siteDays;
    }

    /**
     * The days of one site, in order.
     *
     * @throws IllegalArgumentException if the problem has no such site
     */
    public List<SiteDay> site(String id) {
        int s = indexOf(id);
        return siteDays.subList(s * days, (s + 1) * days);
    }

    /**
     * One site on one day.
     *
     * @throws IllegalArgumentException if there is no such site or the day is outside the horizon
     */
    public SiteDay siteDay(String id, int day) {
        checkDay(day);
        return siteDays.get(indexOf(id) * days + day);
    }

    /** The hub's days, in order. */
    public List<HubDay> hubDays() {
        return hubDays;
    }

    /**
     * The hub on one day.
     *
     * @throws IllegalArgumentException if the day is outside the horizon
     */
    public HubDay hubDay(int day) {
        checkDay(day);
        return hubDays.get(day);
    }

    /** The totals over the horizon. */
    public Totals totals() {
        return totals;
    }

    /**
     * The share of the available gas (recovered plus initial stocks) that is fed to the liquefier, 0..1;
     * 0 if no gas is available.
     */
    public double liquefiedShare() {
        double available = totals.recovered() + totals.initialGas();
        return available > 0 ? Math.min(1, totals.gasFed() / available) : 0;
    }

    /** The programme phase that the liquefied share corresponds to. */
    public ProgrammePhase phase() {
        return ProgrammePhase.of(liquefiedShare());
    }

    private int indexOf(String id) {
        Integer s = siteIndex.get(id);
        if (s == null) {
            throw new IllegalArgumentException("no site '" + id + "' in the plan");
        }
        return s;
    }

    private void checkDay(int day) {
        if (day < 0 || day >= days) {
            throw new IllegalArgumentException("day " + day + " is outside the horizon 0.." + (days - 1));
        }
    }

    @Override
    public String toString() {
        return "Plan[" + days + " days, " + siteIndex.size() + " sites, " + totals + "]";
    }

    /**
     * A site on a day. Gas amounts in liquid litres of gas, liquid amounts in liquid litres.
     *
     * @param site      site id
     * @param day       day
     * @param recovered gas recovered (the forecast)
     * @param pickedUp  gas taken by pickups
     * @param vented    gas vented for lack of storage or pickups
     * @param gasStock  gas held at the end of the day
     * @param ordered   liquid ordered for the day
     * @param delivered liquid delivered from the hub (recovered helium)
     * @param purchased liquid bought
     */
    public record SiteDay(String site, int day, double recovered, double pickedUp, double vented, double gasStock,
                          double ordered, double delivered, double purchased) {
    }

    /**
     * The hub on a day.
     *
     * @param day         day
     * @param gasArrived  gas arriving from pickups
     * @param gasFed      gas fed to the liquefier
     * @param liquefied   liquid made ({@code gasFed * yield})
     * @param gasVented   gas vented for lack of storage
     * @param gasStock    gas held at the end of the day
     * @param liquidStock liquid held at the end of the day
     * @param dispatched  liquid sent out in dewars (arrives after the delivery lead time)
     * @param maintenance whether the liquefier is down for maintenance
     */
    public record HubDay(int day, double gasArrived, double gasFed, double liquefied, double gasVented,
                         double gasStock, double liquidStock, double dispatched, boolean maintenance) {
    }

    /**
     * Totals over the horizon.
     *
     * @param recovered            gas recovered at the sites
     * @param initialGas           gas held at the start (sites and hub)
     * @param initialLiquid        liquid held at the hub at the start
     * @param gasFed               gas fed to the liquefier
     * @param liquefied            liquid made
     * @param delivered            liquid supplied from recovered helium
     * @param purchased            liquid bought
     * @param vented               gas vented (sites and hub)
     * @param gasStockAtEnd        gas held at the end (sites and hub)
     * @param gasInTransitAtEnd    gas picked up that reaches the hub after the horizon
     * @param liquidStockAtEnd     liquid held at the hub at the end
     * @param liquefactionLoss     {@code gasFed - liquefied}, lost to the liquefier's yield
     * @param estimatedStorageLoss boil-off and permeation of the stocks held overnight: the sum over days of
     *                             loss fraction times stock (an estimate, not subtracted from the flows; see
     *                             {@link Planner})
     * @param costs                what the plan costs, by kind
     */
    public record Totals(double recovered, double initialGas, double initialLiquid, double gasFed, double liquefied,
                         double delivered, double purchased, double vented, double gasStockAtEnd,
                         double gasInTransitAtEnd, double liquidStockAtEnd, double liquefactionLoss,
                         double estimatedStorageLoss, Costs costs) {

        /** The share of the ordered liquid supplied from recovered helium, 0..1; 0 if nothing was ordered. */
        public double suppliedFromRecoveryShare() {
            double ordered = delivered + purchased;
            return ordered > 0 ? delivered / ordered : 0;
        }
    }

    /**
     * The plan's cost by kind, as optimised (prices rounded to the planning resolution). The vent penalty
     * and storage-loss charge are the planner's incentives: the penalty is a policy price, the storage charge
     * the purchase value of the estimated boil-off.
     *
     * @param pickups      trips, spread over their capacity
     * @param liquefaction liquid made
     * @param delivery     liquid shipped to sites
     * @param purchases    liquid bought
     * @param ventPenalty  gas vented
     * @param storageLoss  purchase value of the estimated boil-off and permeation
     */
    public record Costs(double pickups, double liquefaction, double delivery, double purchases, double ventPenalty,
                        double storageLoss) {

        /** The sum of all kinds: the optimised objective. */
        public double total() {
            return pickups + liquefaction + delivery + purchases + ventPenalty + storageLoss;
        }
    }
}
