package io.github.herenet.helium.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The time-expanded network of a {@link PlanningProblem}, as built by {@link Planner#network}: the
 * {@link MinCostFlow} graph and the bookkeeping that reads a {@link Plan} back from its solution.
 *
 * <h2>Nodes</h2>
 * For each site and day, the site's gas store and, if liquid is ordered that day, the order; for each day the
 * hub's gas store, its liquid store and the dewar dispatch; a super source (purchases) and a super sink
 * (vents and the stocks at the end). Sites first (site by site, day by day), then the hub, for locality.
 *
 * <h2>Arcs</h2>
 * <ul>
 *   <li>site gas day d -> day d+1: storage, charged for permeation; the last day -> sink (stock at the end,
 *       free)</li>
 *   <li>site gas -> sink: venting, at the vent penalty</li>
 *   <li>site gas day d -> hub gas day d+lead: one per pickup trip (to the sink if it arrives after the
 *       horizon)</li>
 *   <li>hub gas -> hub gas next day (storage), hub gas -> sink (venting), hub gas -> hub liquid (the
 *       liquefier, its daily capacity, 0 on maintenance days)</li>
 *   <li>hub liquid -> next day (storage, charged for boil-off), hub liquid -> dispatch (the fleet's daily
 *       limit), dispatch day d -> order day d+lead (delivery)</li>
 *   <li>source -> order (purchase, at most the order), source -> sink (purchases not needed)</li>
 * </ul>
 * Supplies: recovery (and initial stocks) at the gas stores, minus the order at each order node, the total
 * ordered at the source, minus all gas and initial liquid at the sink. The network is always feasible: gas
 * can be vented and orders bought.
 *
 * <p>Not thread-safe (the graph is mutable); build one per problem.
 */
public final class PlanningNetwork {

    /** Amounts are integers of this many litres. */
    static final double LITRES_PER_UNIT = 0.1;
    /** Costs are integers of this many currency units per amount unit: 0.001 per 0.1 L, i.e. 0.01 per litre. */
    static final double MONEY_PER_COST_UNIT = 0.001;

    private static final byte STORAGE = 0;
    private static final byte VENT = 1;
    private static final byte PICKUP = 2;
    private static final byte LIQUEFY = 3;
    private static final byte DELIVERY = 4;
    private static final byte PURCHASE = 5;
    private static final byte FREE = 6;

    private final PlanningProblem problem;
    private final MinCostFlow graph;
    private final double yield;
    private final int sites;
    private final int days;

    // per site-day (s * days + d)
    private final long[] recoveryUnits;
    private final long[] orderUnits;
    private final long[] siteInitialUnits;
    private final int[] carryArc;
    private final int[] ventArc;
    private final int[] deliveryArc;
    private final int[] purchaseArc;
    // pickups: arc, site-day, arrival day (-1 after the horizon)
    private final int[] pickupArc;
    private final int[] pickupSiteDay;
    private final int[] pickupArrival;
    // per day
    private final int[] hubGasCarry;
    private final int[] hubLiquidCarry;
    private final int[] liquefyArc;
    private final int[] dispatchArc;
    private final int[] hubVentArc;
    private final long hubInitialGasUnits;
    private final long hubInitialLiquidUnits;

    private final List<Byte> kinds = new ArrayList<>();

    PlanningNetwork(PlanningProblem problem) {
        this.problem = problem;
        this.sites = problem.sites().size();
        this.days = problem.days();
        this.yield = problem.hub().liquefier().yield();
        int siteDays = sites * days;
        Map<String, Integer> siteIndex = problem.siteIndex();

        recoveryUnits = new long[siteDays];
        siteInitialUnits = new long[sites];
        orderUnits = new long[siteDays];
        for (int s = 0; s < sites; s++) {
            PlanningProblem.Site site = problem.sites().get(s);
            siteInitialUnits[s] = gasUnits(site.initialGasLitres());
            // rounded cumulatively: a site's total over any run of days is off by less than one unit
            double cumulative = 0;
            long roundedSoFar = 0;
            for (int d = 0; d < days; d++) {
                cumulative += site.recoveryLitresPerDay().get(d);
                long rounded = gasUnits(cumulative);
                recoveryUnits[s * days + d] = rounded - roundedSoFar;
                roundedSoFar = rounded;
            }
        }
        for (PlanningProblem.Order order : problem.orders()) {
            orderUnits[siteIndex.get(order.site()) * days + order.day()] += liquidUnits(order.litres());
        }
        PlanningProblem.Hub hub = problem.hub();
        hubInitialGasUnits = gasUnits(hub.initialGasLitres());
        hubInitialLiquidUnits = liquidUnits(hub.initialLiquidLitres());

        // nodes
        int[] gasNode = new int[siteDays];
        int[] orderNode = new int[siteDays];
        int next = 0;
        for (int sd = 0; sd < siteDays; sd++) {
            gasNode[sd] = next++;
            orderNode[sd] = orderUnits[sd] > 0 ? next++ : -1;
        }
        int hubBase = next;
        next += 3 * days;
        int source = next++;
        int sink = next++;
        graph = new MinCostFlow(next);

        long ordered = 0;
        long gas = hubInitialGasUnits + hubInitialLiquidUnits;
        for (int sd = 0; sd < siteDays; sd++) {
            long supply = recoveryUnits[sd] + (sd % days == 0 ? siteInitialUnits[sd / days] : 0);
            graph.setSupply(gasNode[sd], supply);
            gas += supply;
            if (orderNode[sd] >= 0) {
                graph.setSupply(orderNode[sd], -orderUnits[sd]);
                ordered += orderUnits[sd];
            }
        }
        graph.setSupply(hubGas(hubBase, 0), hubInitialGasUnits);
        graph.setSupply(hubLiquid(hubBase, 0), hubInitialLiquidUnits);
        graph.setSupply(source, ordered);
        graph.setSupply(sink, -gas);
        long unlimited = Math.max(1, gas + ordered);

        // costs per unit
        PlanningProblem.Prices prices = problem.prices();
        long vent = gasCost("vent penalty", prices.ventPenaltyPerLitre());
        long liquefy = liquidCost("liquefaction cost", prices.liquefactionPerLitre());
        long deliver = liquidCost("delivery cost", prices.deliveryPerLitre());
        long purchase = liquidCost("purchase price", prices.purchasePerLitre());
        long liquidHolding = liquidCost("liquid boil-off charge", hub.liquidBoilOffPerDay() * prices.purchasePerLitre());

        // site arcs, site by site
        int[] tripsBySiteDay = tripOrder(siteIndex);
        int tripCount = problem.trips().size();
        pickupArc = new int[tripCount];
        pickupSiteDay = new int[tripCount];
        pickupArrival = new int[tripCount];
        carryArc = new int[siteDays];
        ventArc = new int[siteDays];
        deliveryArc = new int[siteDays];
        purchaseArc = new int[siteDays];
        int fleetLead = problem.fleet().deliveryLeadDays();
        int t = 0;
        for (int s = 0; s < sites; s++) {
            PlanningProblem.Site site = problem.sites().get(s);
            // a gas litre held overnight loses the fraction; charged at the purchase value of the liquid it makes
            long siteHolding = liquidCost("gas loss charge of site '" + site.id() + "'",
                    site.gasLossPerDay() * prices.purchasePerLitre());
            long storage = gasUnits(site.gasStorageLitres());
            for (int d = 0; d < days; d++) {
                int sd = s * days + d;
                int g = gasNode[sd];
                carryArc[sd] = d + 1 < days ? arc(g, gasNode[sd + 1], storage, siteHolding, STORAGE)
                        : arc(g, sink, storage, 0, FREE);
                ventArc[sd] = arc(g, sink, unlimited, vent, VENT);
                while (t < tripCount && siteDayOf(problem.trips().get(tripsBySiteDay[t]), siteIndex) == sd) {
                    int trip = tripsBySiteDay[t++];
                    PlanningProblem.PickupTrip p = problem.trips().get(trip);
                    int arrival = d + p.leadDays() < days ? d + p.leadDays() : -1;
                    double perLitre = p.capacityLitres() > 0 ? p.cost() / p.capacityLitres() : 0;
                    pickupArc[trip] = arc(g, arrival >= 0 ? hubGas(hubBase, arrival) : sink,
                            gasUnits(p.capacityLitres()), gasCost("cost per litre of a trip from '" + p.site() + "'",
                                    perLitre), PICKUP);
                    pickupSiteDay[trip] = sd;
                    pickupArrival[trip] = arrival;
                }
                int o = orderNode[sd];
                deliveryArc[sd] = o >= 0 && d >= fleetLead
                        ? arc(dispatch(hubBase, d - fleetLead), o, unlimited, deliver, DELIVERY) : -1;
                purchaseArc[sd] = o >= 0 ? arc(source, o, orderUnits[sd], purchase, PURCHASE) : -1;
            }
        }

        // hub arcs, day by day
        hubGasCarry = new int[days];
        hubLiquidCarry = new int[days];
        liquefyArc = new int[days];
        dispatchArc = new int[days];
        hubVentArc = new int[days];
        long hubGasStorage = gasUnits(hub.gasStorageLitres());
        long hubLiquidStorage = liquidUnits(hub.liquidStorageLitres());
        long fleetPerDay = liquidUnits(problem.fleet().litresPerDay());
        for (int d = 0; d < days; d++) {
            boolean last = d + 1 == days;
            hubGasCarry[d] = arc(hubGas(hubBase, d), last ? sink : hubGas(hubBase, d + 1), hubGasStorage, 0, STORAGE);
            hubLiquidCarry[d] = last ? arc(hubLiquid(hubBase, d), sink, hubLiquidStorage, 0, FREE)
                    : arc(hubLiquid(hubBase, d), hubLiquid(hubBase, d + 1), hubLiquidStorage, liquidHolding, STORAGE);
            liquefyArc[d] = arc(hubGas(hubBase, d), hubLiquid(hubBase, d),
                    liquidUnits(hub.liquefier().litresOn(d)), liquefy, LIQUEFY);
            dispatchArc[d] = arc(hubLiquid(hubBase, d), dispatch(hubBase, d), fleetPerDay, 0, FREE);
            hubVentArc[d] = arc(hubGas(hubBase, d), sink, unlimited, vent, VENT);
        }
        arc(source, sink, ordered, 0, FREE);
    }

    /** The graph to solve. Changing it makes {@link #plan} meaningless. */
    public MinCostFlow graph() {
        return graph;
    }

    /** The problem this network was built from. */
    public PlanningProblem problem() {
        return problem;
    }

    /**
     * Reads the plan from an optimal solution of {@link #graph()}.
     *
     * @throws IllegalArgumentException if the solution is not optimal (it always is for a planning network)
     */
    public Plan plan(MinCostFlow.Solution solution) {
        if (!solution.isOptimal()) {
            throw new IllegalArgumentException("the planning network has no optimal solution: " + solution.status());
        }
        List<Plan.SiteDay> siteDays = new ArrayList<>(sites * days);
        long[] pickedUp = new long[sites * days];
        long[] arrived = new long[days];
        long inTransitAtEnd = 0;
        for (int trip = 0; trip < pickupArc.length; trip++) {
            long f = solution.flow(pickupArc[trip]);
            pickedUp[pickupSiteDay[trip]] += f;
            if (pickupArrival[trip] >= 0) {
                arrived[pickupArrival[trip]] += f;
            } else {
                inTransitAtEnd += f;
            }
        }
        long recovered = 0;
        long siteInitial = 0;
        long vented = 0;
        long delivered = 0;
        long purchased = 0;
        long gasAtEnd = 0;
        double storageLoss = 0;
        for (int s = 0; s < sites; s++) {
            PlanningProblem.Site site = problem.sites().get(s);
            siteInitial += siteInitialUnits[s];
            for (int d = 0; d < days; d++) {
                int sd = s * days + d;
                long carried = solution.flow(carryArc[sd]);
                long delivery = deliveryArc[sd] >= 0 ? solution.flow(deliveryArc[sd]) : 0;
                long bought = purchaseArc[sd] >= 0 ? solution.flow(purchaseArc[sd]) : 0;
                long vent = solution.flow(ventArc[sd]);
                siteDays.add(new Plan.SiteDay(site.id(), d, gasLitres(recoveryUnits[sd]), gasLitres(pickedUp[sd]),
                        gasLitres(vent), gasLitres(carried), liquidLitres(orderUnits[sd]), liquidLitres(delivery),
                        liquidLitres(bought)));
                recovered += recoveryUnits[sd];
                vented += vent;
                delivered += delivery;
                purchased += bought;
                if (d + 1 < days) {
                    storageLoss += site.gasLossPerDay() * gasLitres(carried);
                } else {
                    gasAtEnd += carried;
                }
            }
        }
        List<Plan.HubDay> hubDays = new ArrayList<>(days);
        long fed = 0;
        double boilOff = problem.hub().liquidBoilOffPerDay();
        for (int d = 0; d < days; d++) {
            long liquid = solution.flow(liquefyArc[d]);
            long gasStock = solution.flow(hubGasCarry[d]);
            long liquidStock = solution.flow(hubLiquidCarry[d]);
            long hubVent = solution.flow(hubVentArc[d]);
            hubDays.add(new Plan.HubDay(d, gasLitres(arrived[d]), gasLitres(liquid), liquidLitres(liquid),
                    gasLitres(hubVent), gasLitres(gasStock), liquidLitres(liquidStock),
                    liquidLitres(solution.flow(dispatchArc[d])),
                    problem.hub().liquefier().maintenanceDays().contains(d)));
            fed += liquid;
            vented += hubVent;
            if (d + 1 < days) {
                storageLoss += boilOff * liquidLitres(liquidStock);
            }
        }
        long hubGasAtEnd = solution.flow(hubGasCarry[days - 1]);
        long liquidAtEnd = solution.flow(hubLiquidCarry[days - 1]);
        Plan.Totals totals = new Plan.Totals(gasLitres(recovered), gasLitres(siteInitial + hubInitialGasUnits),
                liquidLitres(hubInitialLiquidUnits), gasLitres(fed), liquidLitres(fed), liquidLitres(delivered),
                liquidLitres(purchased), gasLitres(vented), gasLitres(gasAtEnd + hubGasAtEnd),
                gasLitres(inTransitAtEnd), liquidLitres(liquidAtEnd), gasLitres(fed) - liquidLitres(fed),
                storageLoss, costs(solution));
        return new Plan(days, siteDays, hubDays, totals);
    }

    private Plan.Costs costs(MinCostFlow.Solution solution) {
        long[] byKind = new long[FREE + 1];
        for (int a = 0; a < graph.arcCount(); a++) {
            byKind[kinds.get(a)] += solution.flow(a) * graph.unitCost(a);
        }
        return new Plan.Costs(money(byKind[PICKUP]), money(byKind[LIQUEFY]), money(byKind[DELIVERY]),
                money(byKind[PURCHASE]), money(byKind[VENT]), money(byKind[STORAGE]));
    }

    private int arc(int tail, int head, long capacity, long cost, byte kind) {
        kinds.add(kind);
        return graph.addArc(tail, head, capacity, cost);
    }

    /** Trip indices sorted by site-day (stable: input order within a site-day). */
    private int[] tripOrder(Map<String, Integer> siteIndex) {
        List<PlanningProblem.PickupTrip> trips = problem.trips();
        Integer[] order = new Integer[trips.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(siteDayOf(trips.get(a), siteIndex),
                siteDayOf(trips.get(b), siteIndex)));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private int siteDayOf(PlanningProblem.PickupTrip trip, Map<String, Integer> siteIndex) {
        return siteIndex.get(trip.site()) * days + trip.day();
    }

    private static int hubGas(int hubBase, int day) {
        return hubBase + 3 * day;
    }

    private static int hubLiquid(int hubBase, int day) {
        return hubBase + 3 * day + 1;
    }

    private static int dispatch(int hubBase, int day) {
        return hubBase + 3 * day + 2;
    }

    // Gas is counted in units of 0.1 L of the liquid it yields, so the liquefier arc conserves flow.

    private long gasUnits(double litres) {
        return Math.round(litres * yield / LITRES_PER_UNIT);
    }

    private double gasLitres(long units) {
        return units * LITRES_PER_UNIT / yield;
    }

    private static long liquidUnits(double litres) {
        return Math.round(litres / LITRES_PER_UNIT);
    }

    private static double liquidLitres(long units) {
        return units * LITRES_PER_UNIT;
    }

    /** Cost units per gas unit for a price per litre of gas: a gas unit is 0.1 / yield litres of gas. */
    private long gasCost(String what, double perLitreOfGas) {
        return costUnits(what, perLitreOfGas / yield);
    }

    private long liquidCost(String what, double perLitre) {
        return costUnits(what, perLitre);
    }

    private long costUnits(String what, double perLitre) {
        double units = perLitre * LITRES_PER_UNIT / MONEY_PER_COST_UNIT;
        long limit = graph.maxAbsUnitCost();
        if (!(units <= limit)) {
            throw new IllegalArgumentException(what + " " + perLitre + " per litre is too large for a network of "
                    + graph.nodeCount() + " nodes (at most " + limit * MONEY_PER_COST_UNIT / LITRES_PER_UNIT + ")");
        }
        return Math.round(units);
    }

    private static double money(long costUnits) {
        return costUnits * MONEY_PER_COST_UNIT;
    }
}
