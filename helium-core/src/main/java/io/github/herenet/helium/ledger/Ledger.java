package io.github.herenet.helium.ledger;

import io.github.herenet.helium.inventory.Dewar;
import io.github.herenet.helium.inventory.GasMeter;
import io.github.herenet.helium.inventory.Lab;
import io.github.herenet.helium.inventory.Network;
import io.github.herenet.helium.inventory.Site;
import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.thermo.StandardConditions;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The helium ledger of a network: an append-only, ordered log of what happened to every litre, checked
 * on append against everything recorded before, kept in a {@link LedgerStore}, and queried for balances,
 * dewar whereabouts and the monthly recovery report.
 *
 * <pre>{@code
 * try (Ledger ledger = Ledger.open(network, JdbcLedgerStore.openSqlite(Path.of("helium.db")))) {
 *     ledger.append(new LedgerEvent.LiquidDelivered(now, "D-07", "nmr-lab", 80));
 *     MonthlyReport report = ledger.monthlyReport(YearMonth.of(2026, 1), ZoneId.of("Asia/Tokyo"),
 *             StandardConditions.NORMAL_0C, tiers);
 *     report.lab("nmr-lab").recoveryRate();
 * }
 * }</pre>
 *
 * <p>An appended batch is checked whole (unknown ids, a dewar returned by a lab it was not delivered
 * to, a meter running backwards, an event older than the last, a cylinder filled above its rated
 * pressure, ...) and refused whole with a {@link LedgerValidationException}; an accepted batch is
 * acknowledged only once the store has made it durable. Events are kept in memory too (about 200 bytes
 * each), so that queries over the history need no store access: balances and reports replay the
 * history up to the instant asked for, from the nearest of the state copies the ledger keeps every
 * 65,536 events. Thread-safe: appends and queries are serialised.
 */
public final class Ledger implements AutoCloseable {

    private final Network network;
    private final LedgerStore store;
    private final LedgerState state;
    private final List<RecordedEvent> events = new ArrayList<>();
    /** Copies of the state after every {@link #CHECKPOINT_INTERVAL} events: replays start from the nearest. */
    private final List<LedgerState> checkpoints = new ArrayList<>();

    /** Events between checkpoints: a query replays fewer than this many events before its period. */
    static final int CHECKPOINT_INTERVAL = 1 << 16;

    private Ledger(Network network, LedgerStore store) {
        this.network = network;
        this.store = store;
        this.state = new LedgerState(network);
    }

    /**
     * Opens the ledger of {@code network} kept in {@code store}, replaying what the store holds.
     *
     * @throws LedgerStoreException if the store cannot be read, or holds an event that does not fit the
     *                              network (the store belongs to another network)
     */
    public static Ledger open(Network network, LedgerStore store) {
        Ledger ledger = new Ledger(network, store);
        store.replay(0, recorded -> {
            try {
                ledger.state.apply(recorded.event());
            } catch (LedgerValidationException e) {
                throw new LedgerStoreException("stored event " + recorded.sequence() + " does not fit the network: "
                        + e.getMessage(), e);
            }
            ledger.recorded(List.of(recorded));
        });
        return ledger;
    }

    /** The network this ledger accounts for. */
    public Network network() {
        return network;
    }

    /**
     * Checks and records one event; returns once it is durable.
     *
     * @throws LedgerValidationException if it does not fit the ledger (nothing recorded)
     * @throws LedgerStoreException      if the store fails (nothing recorded)
     */
    public RecordedEvent append(LedgerEvent event) {
        return appendAll(List.of(event)).get(0);
    }

    /**
     * Checks and records a batch of events, all or none; returns once they are durable.
     *
     * @throws LedgerValidationException naming the first event that does not fit (nothing recorded)
     * @throws LedgerStoreException      if the store fails (nothing recorded)
     */
    public synchronized List<RecordedEvent> appendAll(List<LedgerEvent> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        state.mark();
        List<RecordedEvent> recorded;
        try {
            for (LedgerEvent event : batch) {
                state.apply(event);
            }
            recorded = store.append(batch);
        } catch (RuntimeException e) {
            state.rollback();
            throw e;
        }
        state.commit();
        recorded(recorded);
        return recorded;
    }

    /** Keeps events the state has taken, and a checkpoint each time their number passes a multiple of the interval. */
    private void recorded(List<RecordedEvent> batch) {
        int before = events.size();
        events.addAll(batch);
        if (events.size() / CHECKPOINT_INTERVAL > before / CHECKPOINT_INTERVAL) {
            // the state is at the end of the batch: replay from the last checkpoint to the multiple itself
            int at = events.size() / CHECKPOINT_INTERVAL * CHECKPOINT_INTERVAL;
            checkpoints.add(at == events.size() ? new LedgerState(state) : replayTo(at));
        }
    }

    /** The number of events recorded. */
    public synchronized int size() {
        return events.size();
    }

    /** The events recorded, in order (a snapshot). */
    public synchronized List<RecordedEvent> events() {
        return List.copyOf(events);
    }

    /** Where a vessel is now. */
    public synchronized Optional<Whereabouts> whereabouts(String vesselId) {
        return Optional.ofNullable(state.vessel(vesselId)).map(LedgerState.VesselState::where);
    }

    // ------------------------------------------------------------------ balances at an instant

    /**
     * The helium in a vessel at {@code at}: its content as last stated by an event at or before then.
     *
     * @throws IllegalArgumentException for an unknown vessel
     */
    public HeliumAmount vesselBalance(String vesselId, Instant at) {
        if (network.vessel(vesselId).isEmpty()) {
            throw new IllegalArgumentException("unknown vessel '" + vesselId + "'");
        }
        return stateAt(at).vessel(vesselId).content();
    }

    /**
     * The helium in every vessel of the network at {@code at}, from one replay of the ledger: what
     * {@link #vesselBalance} gives vessel by vessel.
     *
     * @return vessel id to content, unmodifiable
     */
    public Map<String, HeliumAmount> vesselBalances(Instant at) {
        Map<String, HeliumAmount> balances = new HashMap<>();
        stateAt(at).vessels().forEach((id, vessel) -> balances.put(id, vessel.content()));
        return Collections.unmodifiableMap(balances);
    }

    /** The helium held by a lab at {@code at}: the vessels in its hands (dewars delivered and not returned). */
    public HeliumAmount labBalance(String labId, Instant at) {
        requireKnown(network.lab(labId), "lab", labId);
        return Stock.of(stateAt(at)).lab(labId);
    }

    /** The helium at a site at {@code at}: its stock and its labs' vessels. */
    public HeliumAmount siteBalance(String siteId, Instant at) {
        requireKnown(network.site(siteId), "site", siteId);
        return Stock.of(stateAt(at)).site(siteId);
    }

    /** The helium in the whole network at {@code at}, including what is in transit. */
    public HeliumAmount networkBalance(Instant at) {
        return Stock.of(stateAt(at)).network();
    }

    /**
     * The shipments sent and not yet received at {@code at}, as they were sent, in the order sent.
     *
     * @param at the instant
     * @return the shipments under way
     */
    public List<LedgerEvent.ShipmentSent> shipmentsUnderWay(Instant at) {
        LedgerState past = stateAt(at);
        return past.shipments().stream()
                .map(s -> new LedgerEvent.ShipmentSent(past.vessel(s.vesselIds().get(0)).where().since(), s.id(),
                        s.fromSiteId(), s.toSiteId(), s.vesselIds()))
                .sorted(Comparator.comparing(LedgerEvent.ShipmentSent::time)
                        .thenComparing(LedgerEvent.ShipmentSent::shipmentId))
                .toList();
    }

    /** The helium on shipments under way at {@code at}. */
    public HeliumAmount inTransit(Instant at) {
        return Stock.of(stateAt(at)).inTransit();
    }

    // ------------------------------------------------------------------ dewar tracking

    /** Every dewar's whereabouts and estimated level at {@code at}. */
    public List<DewarStatus> dewars(Instant at) {
        LedgerState past = stateAt(at);
        List<DewarStatus> result = new ArrayList<>();
        for (Network.Placement placement : network.vessels()) {
            if (placement.vessel() instanceof Dewar dewar) {
                LedgerState.VesselState s = past.vessel(dewar.id());
                double days = Duration.between(s.knownAt(), at).toSeconds() / 86_400.0;
                double estimated = Math.max(0, s.knownLitres() - dewar.nominalLossLitresPerDay() * Math.max(0, days));
                result.add(new DewarStatus(dewar.id(), s.where(), s.knownLitres(), s.knownAt(), estimated));
            }
        }
        return result;
    }

    /** Dewars out at a lab for longer than {@code limit} at {@code at}. */
    public List<DewarStatus> forgottenDewars(Instant at, Duration limit) {
        return dewars(at).stream().filter(d -> d.forgotten(at, limit)).toList();
    }

    // ------------------------------------------------------------------ the monthly report

    /**
     * The recovery report of {@code month} (calendar month in {@code zone}): per lab, per site and for the
     * network, with gas volumes at {@code conditions} and each lab's price tier. Recovered gas is the
     * increase of the lab's meters over the month: from the last reading before the month (or the first
     * in it) to the last reading in it. Inventories are the contents of the vessels at the labs (magnets,
     * dewars out on delivery) at the month's start and end: a site's line adds up its labs, the network's line
     * all labs. Recovered gas waiting in bags and cylinders and the hub's own stock are not the users'
     * inventory: counting them would count recovered helium twice (as recovered and as stock) and lose it
     * again when a cylinder is shipped. Losses are the recorded vents, a site's and the network's including
     * those not charged to a lab (a lost shipment, say).
     */
    public MonthlyReport monthlyReport(YearMonth month, ZoneId zone, StandardConditions conditions, PriceTiers tiers) {
        Instant start = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        LedgerState replay;
        List<RecordedEvent> inMonth;
        synchronized (this) {
            int first = firstAtOrAfter(events, start);
            replay = replayTo(first);
            inMonth = new ArrayList<>(events.subList(first, firstAtOrAfter(events, end)));
        }
        Stock opening = Stock.atLabs(replay);
        MonthTotals totals = new MonthTotals(network, replay);
        for (RecordedEvent recorded : inMonth) {
            replay.apply(recorded.event());
            totals.add(recorded.event());
        }
        Stock closing = Stock.atLabs(replay);
        return totals.report(month, zone, conditions, tiers, opening, closing, replay);
    }

    /** Closes the store. */
    @Override
    public void close() {
        store.close();
    }

    // ------------------------------------------------------------------ internals

    /** The state after every event at or before {@code at}. */
    private synchronized LedgerState stateAt(Instant at) {
        return replayTo(indexAfter(at));
    }

    /**
     * A fresh state after the first {@code count} events: a copy of the live state when that is all of them
     * (the questions about now, such as the alert engine's dewar checks, replay nothing), else the nearest
     * checkpoint, replayed forward.
     */
    private LedgerState replayTo(int count) {
        if (count == events.size()) {
            return new LedgerState(state);
        }
        int checkpoint = Math.min(count / CHECKPOINT_INTERVAL, checkpoints.size());
        LedgerState replay = checkpoint == 0 ? new LedgerState(network) : new LedgerState(checkpoints.get(checkpoint - 1));
        for (int i = checkpoint * CHECKPOINT_INTERVAL; i < count; i++) {
            replay.apply(events.get(i).event());
        }
        return replay;
    }

    /** The number of events at or before {@code at} (events are in time order). */
    private int indexAfter(Instant at) {
        int lo = 0;
        int hi = events.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events.get(mid).event().time().isAfter(at)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static int firstAtOrAfter(List<RecordedEvent> list, Instant at) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).event().time().isBefore(at)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static void requireKnown(Optional<?> found, String kind, String id) {
        if (found.isEmpty()) {
            throw new IllegalArgumentException("unknown " + kind + " '" + id + "'");
        }
    }

    /** The helium held per lab, per site, in transit and in the network, from a state. */
    private record Stock(Map<String, Double> labs, Map<String, Double> sites, double transit, double total) {

        static Stock of(LedgerState state) {
            return of(state, false);
        }

        /**
         * The helium held at the labs only (magnets, dewars out on delivery): per lab, per site (its labs
         * together) and in the network (every lab). The monthly report's inventories.
         */
        static Stock atLabs(LedgerState state) {
            return of(state, true);
        }

        private static Stock of(LedgerState state, boolean labsOnly) {
            Map<String, Double> labs = new HashMap<>();
            Map<String, Double> sites = new HashMap<>();
            double transit = 0;
            double total = 0;
            for (LedgerState.VesselState vessel : state.vessels().values()) {
                Whereabouts where = vessel.where();
                if (labsOnly && (where.inTransit() || where.labId() == null)) {
                    continue;
                }
                double kg = vessel.content().kilograms();
                total += kg;
                if (where.inTransit()) {
                    transit += kg;
                } else {
                    sites.merge(where.siteId(), kg, Double::sum);
                    if (where.labId() != null) {
                        labs.merge(where.labId(), kg, Double::sum);
                    }
                }
            }
            return new Stock(labs, sites, transit, total);
        }

        HeliumAmount lab(String id) {
            return HeliumAmount.ofKilograms(labs.getOrDefault(id, 0.0));
        }

        HeliumAmount site(String id) {
            return HeliumAmount.ofKilograms(sites.getOrDefault(id, 0.0));
        }

        HeliumAmount inTransit() {
            return HeliumAmount.ofKilograms(transit);
        }

        HeliumAmount network() {
            return HeliumAmount.ofKilograms(total);
        }
    }

    /** The flows of one month, per lab and site, and the meters' opening totals. */
    private static final class MonthTotals {
        private final Network network;
        private final LedgerState state;
        private final Map<String, Double> delivered = new HashMap<>();
        private final Map<String, Double> returned = new HashMap<>();
        private final Map<String, Double> labLosses = new HashMap<>();
        private final Map<String, Double> siteLosses = new HashMap<>();
        private final Map<String, Double> meterOpening = new HashMap<>();

        MonthTotals(Network network, LedgerState opening) {
            this.network = network;
            this.state = opening;
            for (GasMeter meter : network.meters()) {
                Double total = opening.meterTotal(meter.id());
                if (total != null) {
                    meterOpening.put(meter.id(), total);
                }
            }
        }

        void add(LedgerEvent event) {
            if (event instanceof LedgerEvent.LiquidDelivered e) {
                delivered.merge(e.labId(), state.dewarContent(e, e.dewarId(), e.litres()).kilograms(), Double::sum);
            } else if (event instanceof LedgerEvent.DewarReturned e) {
                returned.merge(e.labId(), state.dewarContent(e, e.dewarId(), e.remainingLitres()).kilograms(), Double::sum);
            } else if (event instanceof LedgerEvent.Vented e) {
                siteLosses.merge(e.siteId(), e.amount().kilograms(), Double::sum);
                if (e.labId() != null) {
                    labLosses.merge(e.labId(), e.amount().kilograms(), Double::sum);
                }
            } else if (event instanceof LedgerEvent.MeterRead e) {
                meterOpening.putIfAbsent(e.meterId(), e.totalCubicMetres()); // no reading before the month
            }
        }

        MonthlyReport report(YearMonth month, ZoneId zone, StandardConditions conditions, PriceTiers tiers,
                             Stock opening, Stock closing, LedgerState closingState) {
            Map<String, Double> recovered = new HashMap<>();
            for (GasMeter meter : network.meters()) {
                Double from = meterOpening.get(meter.id());
                Double to = closingState.meterTotal(meter.id());
                if (from != null && to != null) {
                    double kg = HeliumAmount.ofGasCubicMetres(to - from, meter.conditions()).kilograms();
                    recovered.merge(meter.labId(), kg, Double::sum);
                }
            }
            List<MonthlyReport.Line> labLines = new ArrayList<>();
            Map<String, double[]> siteFlows = new HashMap<>(); // delivered, returned, recovered
            for (Lab lab : network.labs()) {
                double d = delivered.getOrDefault(lab.id(), 0.0);
                double r = returned.getOrDefault(lab.id(), 0.0);
                double g = recovered.getOrDefault(lab.id(), 0.0);
                labLines.add(line(MonthlyReport.Scope.LAB, lab.id(), d, r, g, opening.lab(lab.id()),
                        closing.lab(lab.id()), labLosses.getOrDefault(lab.id(), 0.0), tiers));
                double[] flows = siteFlows.computeIfAbsent(lab.siteId(), k -> new double[3]);
                flows[0] += d;
                flows[1] += r;
                flows[2] += g;
            }
            List<MonthlyReport.Line> siteLines = new ArrayList<>();
            double[] all = new double[4];
            for (Site site : network.sites()) {
                double[] flows = siteFlows.getOrDefault(site.id(), new double[3]);
                double losses = siteLosses.getOrDefault(site.id(), 0.0);
                siteLines.add(line(MonthlyReport.Scope.SITE, site.id(), flows[0], flows[1], flows[2],
                        opening.site(site.id()), closing.site(site.id()), losses, tiers));
                all[0] += flows[0];
                all[1] += flows[1];
                all[2] += flows[2];
                all[3] += losses;
            }
            MonthlyReport.Line networkLine = line(MonthlyReport.Scope.NETWORK, "network", all[0], all[1], all[2],
                    opening.network(), closing.network(), all[3], tiers);
            return new MonthlyReport(month, zone, conditions, Collections.unmodifiableList(labLines), siteLines, networkLine);
        }

        private static MonthlyReport.Line line(MonthlyReport.Scope scope, String id, double delivered, double returned,
                                               double recovered, HeliumAmount start, HeliumAmount end, double losses,
                                               PriceTiers tiers) {
            return MonthlyReport.Line.priced(scope, id, HeliumAmount.ofKilograms(delivered),
                    HeliumAmount.ofKilograms(returned), HeliumAmount.ofKilograms(recovered), start, end,
                    HeliumAmount.ofKilograms(losses), tiers);
        }
    }
}
