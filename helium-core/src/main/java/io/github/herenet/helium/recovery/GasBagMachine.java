package io.github.herenet.helium.recovery;

import io.github.herenet.helium.inventory.GasBag;
import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.inventory.VesselReading;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.recovery.GasBagEvent.CompressionStarted;
import io.github.herenet.helium.recovery.GasBagEvent.Connected;
import io.github.herenet.helium.recovery.GasBagEvent.Emptied;
import io.github.herenet.helium.recovery.GasBagEvent.Full;
import io.github.herenet.helium.recovery.GasBagEvent.LevelRead;
import io.github.herenet.helium.recovery.GasBagEvent.OverfillSwitch;
import io.github.herenet.helium.recovery.GasBagEvent.Swapped;
import io.github.herenet.helium.recovery.GasBagState.Phase;
import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Temperature;
import io.github.herenet.helium.units.Volume;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The gas bag cycle (DOMAIN.md 3): EMPTY, then FILLING (connected to a lab's vent line), then FULL, then
 * SWAPPED (staff connected the next bag), then COMPRESSING, then EMPTY. It tracks the fill fraction, the
 * retention time and the purity decay through the film ({@link BagPermeation}), and flags an overfill
 * ({@link GasBagState#overfilled()}) for the caller to alert on.
 *
 * <p>Ledger events: {@code BagFull} when it is full (with a {@link VesselReading.Bag} at the nominal volume
 * at most; an overfill reading's excess is recorded as {@code Vented} through the relief valve),
 * {@code BagSwapped} on the swap and {@code BagEmptied} into the cylinder when the compressor is done.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * GasBagMachine bags = new GasBagMachine(new GasBag("B1", Volume.ofCubicMetres(1)), "tottori");
 * GasBagState s = GasBagState.empty("B1", t0);
 * s = bags.apply(s, new GasBagEvent.Connected(t0, "Sato")).state();
 * Transition<GasBagState> full = bags.apply(s, new GasBagEvent.Full(t3, Volume.ofCubicMetres(1), Temperature.ofCelsius(20)));
 * ledger.appendAll(full.ledgerEvents());   // BagFull
 * }</pre>
 */
public final class GasBagMachine extends PhaseMachine<GasBagState, Phase, GasBagEvent> {

    private final GasBag bag;
    private final String siteId;
    private final BagPermeation permeation;
    private final Pressure bagPressure;
    private final Purity sourcePurity;

    /**
     * A machine for {@code bag} with the default permeation ({@link BagPermeation#forBag}), gas at 1 atm
     * and pure helium coming in.
     *
     * @param bag    the bag
     * @param siteId the site it is at
     */
    public GasBagMachine(GasBag bag, String siteId) {
        this(bag, siteId, BagPermeation.forBag(bag), Pressure.STANDARD_ATMOSPHERE, Purity.PURE);
    }

    /**
     * A machine for {@code bag}.
     *
     * @param bag          the bag
     * @param siteId       the site it is at
     * @param permeation   the purity-decay model
     * @param bagPressure  the absolute pressure of gas in the bag (about 1 atm)
     * @param sourcePurity the purity of the boil-off coming in
     */
    public GasBagMachine(GasBag bag, String siteId, BagPermeation permeation, Pressure bagPressure, Purity sourcePurity) {
        super("gas bag", Phase.class);
        this.bag = Objects.requireNonNull(bag, "bag");
        this.siteId = id(siteId, "site");
        this.permeation = Objects.requireNonNull(permeation, "permeation");
        this.bagPressure = Objects.requireNonNull(bagPressure, "bag pressure");
        this.sourcePurity = Objects.requireNonNull(sourcePurity, "source purity");
        allow(Phase.EMPTY, Connected.class);
        allow(Phase.FILLING, LevelRead.class, Full.class, OverfillSwitch.class);
        allow(Phase.FULL, Swapped.class, OverfillSwitch.class);
        allow(Phase.SWAPPED, CompressionStarted.class);
        allow(Phase.COMPRESSING, Emptied.class);
    }

    /**
     * The bag's empty state.
     *
     * @param since since when
     * @return {@link GasBagState#empty}
     */
    public GasBagState initial(Instant since) {
        return GasBagState.empty(bag.id(), since);
    }

    /** @return the bag */
    public GasBag bag() {
        return bag;
    }

    /**
     * The gas volume over the nominal volume.
     *
     * @param state the state
     * @return the fill fraction, above 1 for an overfill reading
     */
    public double fillFraction(GasBagState state) {
        return state.gasVolume().cubicMetres() / bag.capacity().cubicMetres();
    }

    /**
     * The purity of the gas in the bag at {@code at}, decayed over its retention time.
     *
     * @param state the state
     * @param at    the instant
     * @return the purity
     */
    public Purity purity(GasBagState state, Instant at) {
        return permeation.decay(sourcePurity, state.gasVolume(), state.retention(at));
    }

    @Override
    Transition<GasBagState> step(GasBagState s, GasBagEvent event) {
        Instant t = event.time();
        if (event instanceof Connected) {
            return Transition.to(new GasBagState(s.bagId(), Phase.FILLING, t, Volume.ZERO, t, false, null, null));
        } else if (event instanceof LevelRead e) {
            return Transition.to(filled(s, Phase.FILLING, t, e.gasVolume(), false));
        } else if (event instanceof Full e) {
            guard(e.gasVolume().cubicMetres() > 0, s, event, "a full bag holds gas, the reading is " + e.gasVolume());
            return full(s, t, e.gasVolume(), e.temperature(), false);
        } else if (event instanceof OverfillSwitch e) {
            if (s.phase() == Phase.FILLING) {
                return full(s, t, bag.capacity(), e.temperature(), true);
            }
            return Transition.to(new GasBagState(s.bagId(), s.phase(), t, s.gasVolume(), s.fillStarted(), true,
                    s.nextBagId(), s.cylinderId()));
        } else if (event instanceof Swapped e) {
            guard(!e.nextBagId().equals(s.bagId()), s, event, "a bag cannot be swapped for itself");
            GasBagState next = new GasBagState(s.bagId(), Phase.SWAPPED, t, s.gasVolume(), s.fillStarted(),
                    s.overfilled(), e.nextBagId(), null);
            return Transition.to(next, new LedgerEvent.BagSwapped(t, s.bagId(), e.nextBagId(), siteId));
        } else if (event instanceof CompressionStarted e) {
            return Transition.to(new GasBagState(s.bagId(), Phase.COMPRESSING, t, s.gasVolume(), s.fillStarted(),
                    s.overfilled(), s.nextBagId(), e.cylinderId()));
        }
        return Transition.to(GasBagState.empty(s.bagId(), t), new LedgerEvent.BagEmptied(t, s.bagId(), s.cylinderId()));
    }

    private GasBagState filled(GasBagState s, Phase phase, Instant t, Volume gas, boolean overfill) {
        boolean over = overfill || s.overfilled() || gas.cubicMetres() > bag.capacity().cubicMetres();
        return new GasBagState(s.bagId(), phase, t, gas, s.fillStarted(), over, null, null);
    }

    /** FULL with {@code gas}: BagFull at the nominal volume at most, and the excess as vented. */
    private Transition<GasBagState> full(GasBagState s, Instant t, Volume gas, Temperature temperature, boolean overfill) {
        GasBagState next = filled(s, Phase.FULL, t, gas, overfill);
        Purity purity = purity(next, t);
        double capacity = bag.capacity().cubicMetres();
        Volume held = Volume.ofCubicMetres(Math.min(gas.cubicMetres(), capacity));
        List<LedgerEvent> events = new ArrayList<>();
        events.add(new LedgerEvent.BagFull(t, bag.id(), siteId, new VesselReading.Bag(held, bagPressure, temperature, purity)));
        if (gas.cubicMetres() > capacity) {
            Volume excess = Volume.ofCubicMetres(gas.cubicMetres() - capacity);
            HeliumAmount lost = HeliumAmount.ofKilograms(HeliumAmount.inVessel(excess, bagPressure, temperature).kilograms()
                    * purity.heliumMoleFraction());
            events.add(new LedgerEvent.Vented(t, siteId, null, lost, "bag " + bag.id() + " overfilled by " + excess
                    + ": the excess went out of the relief valve"));
        }
        return new Transition<>(next, events);
    }
}
