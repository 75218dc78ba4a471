package io.github.herenet.helium.ledger;

import io.github.herenet.helium.inventory.Cylinder;
import io.github.herenet.helium.inventory.CylinderBundle;
import io.github.herenet.helium.inventory.Dewar;
import io.github.herenet.helium.inventory.GasBag;
import io.github.herenet.helium.inventory.GasMeter;
import io.github.herenet.helium.inventory.Lab;
import io.github.herenet.helium.inventory.LiquidLevel;
import io.github.herenet.helium.inventory.Network;
import io.github.herenet.helium.inventory.Site;
import io.github.herenet.helium.inventory.Vessel;
import io.github.herenet.helium.inventory.VesselReading;
import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.units.Pressure;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ledger's picture of the network after some prefix of its events: where each vessel is and what it
 * holds, each meter's last total, the shipments under way. {@link #apply} checks an event against it and
 * applies it; {@link #mark} and {@link #rollback} undo a batch that failed. Not thread-safe: the
 * {@link Ledger} guards it.
 */
final class LedgerState {

    /** What the ledger knows of one vessel. */
    /**
     * What the ledger knows of one vessel: its content, its place, and (used for dewars) the litres of
     * liquid at its last measurement and when that was.
     */
    record VesselState(HeliumAmount content, Whereabouts where, double knownLitres, Instant knownAt) {
    }

    record Shipment(String id, String fromSiteId, String toSiteId, List<String> vesselIds) {
    }

    private final Network network;
    private final Map<String, Vessel> vessels;
    private final Map<String, Lab> labs;
    private final Map<String, Site> sites;
    private final Map<String, GasMeter> meters;
    private final Map<String, String> homeSites;

    private final Map<String, VesselState> vesselStates = new HashMap<>();
    private final Map<String, Double> meterTotals = new HashMap<>();
    private final Map<String, Shipment> shipments = new HashMap<>();
    private Instant lastTime = Instant.MIN;

    /** Undo log: (map, key, previous value or null) for every change since {@link #mark}. */
    private final Deque<Runnable> undo = new ArrayDeque<>();
    private boolean recording;

    LedgerState(Network network) {
        this.network = network;
        vessels = index(network.vessels().stream().map(Network.Placement::vessel).toList(), Vessel::id);
        labs = index(network.labs(), Lab::id);
        sites = index(network.sites(), Site::id);
        meters = index(network.meters(), GasMeter::id);
        homeSites = network.vessels().stream()
                .collect(Collectors.toUnmodifiableMap(p -> p.vessel().id(), Network.Placement::homeSiteId));
        Instant origin = Instant.EPOCH;
        for (Network.Placement placement : network.vessels()) {
            vesselStates.put(placement.vessel().id(), new VesselState(HeliumAmount.ZERO,
                    Whereabouts.atSite(placement.homeSiteId(), null, origin), 0, origin));
        }
    }

    /** A copy of {@code other}, to replay further from (its undo log is not copied). */
    LedgerState(LedgerState other) {
        network = other.network;
        vessels = other.vessels;
        labs = other.labs;
        sites = other.sites;
        meters = other.meters;
        homeSites = other.homeSites;
        vesselStates.putAll(other.vesselStates);
        meterTotals.putAll(other.meterTotals);
        shipments.putAll(other.shipments);
        lastTime = other.lastTime;
    }

    private static <T> Map<String, T> index(Collection<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toUnmodifiableMap(id, Function.identity()));
    }

    Network network() {
        return network;
    }

    Instant lastTime() {
        return lastTime;
    }

    VesselState vessel(String id) {
        return vesselStates.get(id);
    }

    Map<String, VesselState> vessels() {
        return vesselStates;
    }

    Vessel vesselDefinition(String id) {
        return vessels.get(id);
    }

    /** The shipments under way. */
    Collection<Shipment> shipments() {
        return shipments.values();
    }

    Double meterTotal(String meterId) {
        return meterTotals.get(meterId);
    }

    GasMeter meter(String id) {
        return meters.get(id);
    }

    Lab lab(String id) {
        return labs.get(id);
    }

    /** Starts recording changes, to be undone by {@link #rollback} or kept by {@link #commit}. */
    void mark() {
        undo.clear();
        recording = true;
    }

    void commit() {
        undo.clear();
        recording = false;
    }

    void rollback() {
        while (!undo.isEmpty()) {
            undo.pop().run();
        }
        recording = false;
    }

    /**
     * Checks {@code event} against the state and applies it.
     *
     * @throws LedgerValidationException if it does not fit; the state is then unchanged by it
     */
    void apply(LedgerEvent event) {
        if (event.time().isBefore(lastTime)) {
            throw new LedgerValidationException(event, "events are recorded in time order; the last one was at "
                    + lastTime + ", this one is earlier");
        }
        dispatch(event);
        Instant previous = lastTime;
        record(() -> lastTime = previous);
        lastTime = event.time();
    }

    private void dispatch(LedgerEvent event) {
        if (event instanceof LedgerEvent.LiquidDelivered e) {
            delivered(e);
        } else if (event instanceof LedgerEvent.DewarReturned e) {
            returned(e);
        } else if (event instanceof LedgerEvent.MeterRead e) {
            meterRead(e);
        } else if (event instanceof LedgerEvent.BagFull e) {
            GasBag bag = vesselOf(e, e.bagId(), GasBag.class, "a gas bag");
            site(e, e.siteId());
            set(e.bagId(), contentOf(e, bag, e.reading()), Whereabouts.atSite(e.siteId(), null, e.time()), e.time());
        } else if (event instanceof LedgerEvent.BagSwapped e) {
            vesselOf(e, e.fullBagId(), GasBag.class, "a gas bag");
            vesselOf(e, e.emptyBagId(), GasBag.class, "a gas bag");
            site(e, e.siteId());
        } else if (event instanceof LedgerEvent.BagEmptied e) {
            bagEmptied(e);
        } else if (event instanceof LedgerEvent.CylinderFilled e) {
            cylinderFilled(e);
        } else if (event instanceof LedgerEvent.ShipmentSent e) {
            shipmentSent(e);
        } else if (event instanceof LedgerEvent.ShipmentReceived e) {
            shipmentReceived(e);
        } else if (event instanceof LedgerEvent.GasFed e) {
            VesselState state = atSite(e, e.vesselId(), e.siteId());
            set(e.vesselId(), HeliumAmount.ZERO, state.where(), e.time());
        } else if (event instanceof LedgerEvent.LiquidProduced e) {
            vesselOf(e, e.dewarId(), Dewar.class, "a dewar");
            VesselState state = atSite(e, e.dewarId(), e.siteId());
            double litres = state.knownLitres() + e.litres();
            measured(e.dewarId(), dewarContent(e, e.dewarId(), litres), state.where(), e.time());
        } else if (event instanceof LedgerEvent.Purchased e) {
            VesselState state = known(e, e.vesselId());
            site(e, e.siteId());
            set(e.vesselId(), state.content().plus(e.amount()), Whereabouts.atSite(e.siteId(), null, e.time()), e.time());
        } else if (event instanceof LedgerEvent.Vented e) {
            site(e, e.siteId());
            if (e.labId() != null) {
                labOfSite(e, e.labId(), e.siteId());
            }
        } else if (event instanceof LedgerEvent.InventoryCounted e) {
            counted(e);
        } else if (event instanceof LedgerEvent.CampaignStep e) {
            site(e, e.siteId());
            if (e.vesselId() != null) {
                known(e, e.vesselId());
                set(e.vesselId(), e.amount(), Whereabouts.atSite(e.siteId(), null, e.time()), e.time());
            }
        } else if (event instanceof LedgerEvent.AlertChanged) {
            // an audit record only: its fields were checked by the record
            return;
        } else {
            throw new IllegalStateException("unhandled event type " + event.getClass().getName());
        }
    }

    private void delivered(LedgerEvent.LiquidDelivered e) {
        vesselOf(e, e.dewarId(), Dewar.class, "a dewar");
        Lab lab = lab(e, e.labId());
        VesselState state = vesselStates.get(e.dewarId());
        if (state.where().inTransit()) {
            throw new LedgerValidationException(e, "dewar " + e.dewarId() + " is still on shipment " + state.where().shipmentId());
        }
        if (state.where().labId() != null) {
            throw new LedgerValidationException(e, "dewar " + e.dewarId() + " is already out at lab "
                    + state.where().labId() + " since " + state.where().since() + "; it must be returned first");
        }
        measured(e.dewarId(), dewarContent(e, e.dewarId(), e.litres()),
                Whereabouts.atSite(lab.siteId(), lab.id(), e.time()), e.time());
    }

    private void returned(LedgerEvent.DewarReturned e) {
        vesselOf(e, e.dewarId(), Dewar.class, "a dewar");
        Lab lab = lab(e, e.labId());
        VesselState state = vesselStates.get(e.dewarId());
        if (!lab.id().equals(state.where().labId())) {
            throw new LedgerValidationException(e, "dewar " + e.dewarId() + " cannot be returned by lab " + e.labId()
                    + ": it was not delivered there (it is " + describe(state.where()) + ")");
        }
        measured(e.dewarId(), dewarContent(e, e.dewarId(), e.remainingLitres()),
                Whereabouts.atSite(homeSites.get(e.dewarId()), null, e.time()), e.time());
    }

    private void meterRead(LedgerEvent.MeterRead e) {
        if (!meters.containsKey(e.meterId())) {
            throw new LedgerValidationException(e, "unknown gas meter '" + e.meterId() + "'; known: " + meters.keySet());
        }
        Double last = meterTotals.get(e.meterId());
        if (last != null && e.totalCubicMetres() < last) {
            throw new LedgerValidationException(e, "gas meter " + e.meterId() + " reads " + e.totalCubicMetres()
                    + " m3, below its last total " + last + " m3: a totaliser only counts up");
        }
        put(meterTotals, e.meterId(), e.totalCubicMetres());
    }

    private void bagEmptied(LedgerEvent.BagEmptied e) {
        vesselOf(e, e.bagId(), GasBag.class, "a gas bag");
        known(e, e.cylinderId());
        Vessel cylinder = vessels.get(e.cylinderId());
        if (!(cylinder instanceof Cylinder || cylinder instanceof CylinderBundle)) {
            throw new LedgerValidationException(e, "vessel " + e.cylinderId() + " is not a cylinder or bundle");
        }
        VesselState bag = vesselStates.get(e.bagId());
        VesselState target = vesselStates.get(e.cylinderId());
        set(e.cylinderId(), target.content().plus(bag.content()), target.where(), e.time());
        set(e.bagId(), HeliumAmount.ZERO, bag.where(), e.time());
    }

    private void cylinderFilled(LedgerEvent.CylinderFilled e) {
        Vessel vessel = vessels.get(e.cylinderId());
        double rated;
        if (vessel instanceof Cylinder c) {
            rated = c.ratedPressure().pascals();
        } else if (vessel instanceof CylinderBundle b) {
            rated = b.ratedPressure().pascals();
        } else {
            throw new LedgerValidationException(e, vessel == null ? "unknown vessel '" + e.cylinderId() + "'"
                    : "vessel " + e.cylinderId() + " is not a cylinder or bundle");
        }
        site(e, e.siteId());
        if (e.pressure().pascals() > rated) {
            throw new LedgerValidationException(e, "cylinder " + e.cylinderId() + " filled to " + e.pressure()
                    + ", above its rated pressure " + rated + " Pa: a regulated fill may not exceed it");
        }
        set(e.cylinderId(), contentOf(e, vessel, new VesselReading.Gas(e.pressure(), e.temperature(), e.purity())),
                Whereabouts.atSite(e.siteId(), null, e.time()), e.time());
    }

    private void shipmentSent(LedgerEvent.ShipmentSent e) {
        if (shipments.containsKey(e.shipmentId())) {
            throw new LedgerValidationException(e, "shipment " + e.shipmentId() + " is already under way");
        }
        site(e, e.fromSiteId());
        site(e, e.toSiteId());
        for (String id : e.vesselIds()) {
            VesselState state = known(e, id);
            if (state.where().inTransit() || !e.fromSiteId().equals(state.where().siteId()) || state.where().labId() != null) {
                throw new LedgerValidationException(e, "vessel " + id + " is not in the stock of site " + e.fromSiteId()
                        + " (it is " + describe(state.where()) + ")");
            }
        }
        for (String id : e.vesselIds()) {
            VesselState state = vesselStates.get(id);
            set(id, state.content(), Whereabouts.onShipment(e.shipmentId(), e.time()), e.time());
        }
        put(shipments, e.shipmentId(), new Shipment(e.shipmentId(), e.fromSiteId(), e.toSiteId(), e.vesselIds()));
    }

    private void shipmentReceived(LedgerEvent.ShipmentReceived e) {
        Shipment shipment = shipments.get(e.shipmentId());
        if (shipment == null) {
            throw new LedgerValidationException(e, "no shipment " + e.shipmentId() + " is under way");
        }
        for (String id : shipment.vesselIds()) {
            set(id, vesselStates.get(id).content(), Whereabouts.atSite(shipment.toSiteId(), null, e.time()), e.time());
        }
        put(shipments, e.shipmentId(), null);
    }

    private void counted(LedgerEvent.InventoryCounted e) {
        VesselState state = known(e, e.vesselId());
        site(e, e.siteId());
        if (e.labId() != null) {
            labOfSite(e, e.labId(), e.siteId());
        }
        if (state.where().inTransit()) {
            throw new LedgerValidationException(e, "vessel " + e.vesselId() + " is on shipment "
                    + state.where().shipmentId() + " and cannot be counted at " + e.siteId());
        }
        HeliumAmount content = contentOf(e, vessels.get(e.vesselId()), e.reading());
        Instant since = e.siteId().equals(state.where().siteId()) && java.util.Objects.equals(e.labId(), state.where().labId())
                ? state.where().since() : e.time();
        Whereabouts where = Whereabouts.atSite(e.siteId(), e.labId(), since);
        measured(e.vesselId(), content, where, e.time());
    }

    // ------------------------------------------------------------------ lookups that throw

    private VesselState known(LedgerEvent e, String vesselId) {
        VesselState state = vesselStates.get(vesselId);
        if (state == null) {
            throw new LedgerValidationException(e, "unknown vessel '" + vesselId + "'");
        }
        return state;
    }

    private <T extends Vessel> T vesselOf(LedgerEvent e, String id, Class<T> kind, String what) {
        known(e, id);
        Vessel vessel = vessels.get(id);
        if (!kind.isInstance(vessel)) {
            throw new LedgerValidationException(e, "vessel " + id + " is not " + what + " but a "
                    + vessel.getClass().getSimpleName());
        }
        return kind.cast(vessel);
    }

    private VesselState atSite(LedgerEvent e, String vesselId, String siteId) {
        VesselState state = known(e, vesselId);
        site(e, siteId);
        if (!siteId.equals(state.where().siteId())) {
            throw new LedgerValidationException(e, "vessel " + vesselId + " is not at site " + siteId
                    + " (it is " + describe(state.where()) + ")");
        }
        return state;
    }

    private Site site(LedgerEvent e, String siteId) {
        Site site = sites.get(siteId);
        if (site == null) {
            throw new LedgerValidationException(e, "unknown site '" + siteId + "'; known: " + sites.keySet());
        }
        return site;
    }

    private Lab lab(LedgerEvent e, String labId) {
        Lab lab = labs.get(labId);
        if (lab == null) {
            throw new LedgerValidationException(e, "unknown lab '" + labId + "'; known: " + labs.keySet());
        }
        return lab;
    }

    private void labOfSite(LedgerEvent e, String labId, String siteId) {
        if (!lab(e, labId).siteId().equals(siteId)) {
            throw new LedgerValidationException(e, "lab " + labId + " belongs to site " + labs.get(labId).siteId()
                    + ", not " + siteId);
        }
    }

    /**
     * The helium in a dewar holding {@code litres} of liquid at 1 atm: the liquid and the saturated vapour
     * filling the rest of it. Deliveries, returns and production are stated in litres of liquid; the
     * ledger counts the vapour too, as a count of the same dewar would.
     */
    HeliumAmount dewarContent(LedgerEvent e, String dewarId, double litres) {
        return contentOf(e, vessels.get(dewarId), new VesselReading.Liquid(new LiquidLevel.Litres(litres),
                Pressure.STANDARD_ATMOSPHERE));
    }

    private static HeliumAmount contentOf(LedgerEvent e, Vessel vessel, VesselReading reading) {
        try {
            return vessel.content(reading);
        } catch (IllegalArgumentException bad) {
            throw new LedgerValidationException(e, bad.getMessage());
        }
    }

    private static String describe(Whereabouts where) {
        if (where.inTransit()) {
            return "on shipment " + where.shipmentId();
        }
        return where.labId() != null ? "at lab " + where.labId() + " of site " + where.siteId()
                : "in the stock of site " + where.siteId();
    }

    // ------------------------------------------------------------------ changes, undoable

    /** Sets a vessel's content and place; a dewar whose content changes records it as its known level. */
    private void set(String vesselId, HeliumAmount content, Whereabouts where, Instant time) {
        VesselState previous = vesselStates.get(vesselId);
        if (content.equals(previous.content())) {
            put(vesselStates, vesselId, new VesselState(content, where, previous.knownLitres(), previous.knownAt()));
        } else {
            measured(vesselId, content, where, time);
        }
    }

    /** Sets a vessel's content as measured at {@code time}: for a dewar, its known liquid level. */
    private void measured(String vesselId, HeliumAmount content, Whereabouts where, Instant time) {
        double litres = vessels.get(vesselId) instanceof Dewar dewar
                ? dewar.liquidLitres(content, Pressure.STANDARD_ATMOSPHERE) : content.liquidLitres();
        put(vesselStates, vesselId, new VesselState(content, where, litres, time));
    }

    private <V> void put(Map<String, V> map, String key, V value) {
        V previous = value == null ? map.remove(key) : map.put(key, value);
        record(() -> {
            if (previous == null) {
                map.remove(key);
            } else {
                map.put(key, previous);
            }
        });
    }

    private void record(Runnable undoAction) {
        if (recording) {
            undo.push(undoAction);
        }
    }
}
