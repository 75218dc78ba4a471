package io.github.herenet.helium.recovery;

import io.github.herenet.helium.inventory.Dewar;
import io.github.herenet.helium.inventory.LiquidLevel;
import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.inventory.VesselReading;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.recovery.LiquidTransferEvent.Depressurised;
import io.github.herenet.helium.recovery.LiquidTransferEvent.Precooled;
import io.github.herenet.helium.recovery.LiquidTransferEvent.Pressurised;
import io.github.herenet.helium.recovery.LiquidTransferEvent.Purged;
import io.github.herenet.helium.recovery.LiquidTransferEvent.Started;
import io.github.herenet.helium.recovery.LiquidTransferEvent.Stopped;
import io.github.herenet.helium.recovery.LiquidTransferState.Phase;
import io.github.herenet.helium.thermo.FlashLoss;
import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.PressureUnit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A dewar-to-dewar liquid transfer (DOMAIN.md 2.4 and 3): precool a warm receiver with LN2, purge all N2,
 * pressurise the source at about 30 kPa gauge with 99.996 % helium, transfer, stop at the target level,
 * when the source runs dry or on a gas-only plume, then depressurise. Guards: no purge of a first-fill
 * receiver before the precool, pressurising gas of at least {@link #PRESSURISING_PURITY}, a source pressure
 * above 1 atm and at most the limit, levels within the dewars, a source that did not gain and a receiver
 * that did not lose liquid.
 *
 * <p>Ledger events, on {@code Depressurised}: an {@code InventoryCounted} of the source and of the receiver
 * (their litres at 1 atm, at the site's stock), which moves the helium between them in the ledger; and the
 * flash loss, the fraction {@link FlashLoss#fraction} of the liquid drawn that flashes when saturated
 * liquid at the transfer pressure is throttled into the receiver at 1 atm. If the flash gas is vented
 * ({@code flashRecovered == false}) it is recorded as {@code Vented}; if it goes to the recovery line no
 * event is needed, because the bag or meter it reaches records it. Immutable and thread-safe.
 *
 * <pre>{@code
 * LiquidTransferMachine m = new LiquidTransferMachine(source, target, "okayama", false);
 * LiquidTransferState s = LiquidTransferState.ready("T1", false, t0);
 * Transition<LiquidTransferState> done = m.applyAll(s, List.of(
 *         new LiquidTransferEvent.Purged(t0, "Sato"),
 *         new LiquidTransferEvent.Pressurised(t1, "Sato", Pressure.gauge(30, PressureUnit.KPA), Purity.ofPercent(99.996)),
 *         new LiquidTransferEvent.Started(t2, 90, 5),
 *         new LiquidTransferEvent.Stopped(t3, LiquidTransferState.StopReason.TARGET_LEVEL, 38, 50),
 *         new LiquidTransferEvent.Depressurised(t4, "Sato")));
 * }</pre>
 */
public final class LiquidTransferMachine extends PhaseMachine<LiquidTransferState, Phase, LiquidTransferEvent> {

    /** The purity of the pressurising gas: 99.996 % (grade 4.6, Bruker). */
    public static final Purity PRESSURISING_PURITY = Purity.ofPercent(99.996);
    /** The default highest source pressure: 50 kPa gauge (transfers run at about 30 kPa). */
    public static final Pressure DEFAULT_MAX_PRESSURE = Pressure.gauge(50, PressureUnit.KPA);

    private final Dewar source;
    private final Dewar target;
    private final String siteId;
    private final boolean flashRecovered;
    private final Pressure maxPressure;

    /**
     * A transfer between two dewars at a site, with the default pressure limit.
     *
     * @param source         the dewar liquid is drawn from
     * @param target         the receiving dewar
     * @param siteId         where both are (in the site's stock)
     * @param flashRecovered whether the flash gas goes to the recovery line (else it is vented)
     */
    public LiquidTransferMachine(Dewar source, Dewar target, String siteId, boolean flashRecovered) {
        this(source, target, siteId, flashRecovered, DEFAULT_MAX_PRESSURE);
    }

    /**
     * A transfer between two dewars at a site.
     *
     * @param source         the dewar liquid is drawn from
     * @param target         the receiving dewar
     * @param siteId         where both are (in the site's stock)
     * @param flashRecovered whether the flash gas goes to the recovery line (else it is vented)
     * @param maxPressure    the highest absolute source pressure allowed
     * @throws IllegalArgumentException if source and target are the same dewar
     */
    public LiquidTransferMachine(Dewar source, Dewar target, String siteId, boolean flashRecovered, Pressure maxPressure) {
        super("liquid transfer", Phase.class);
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "target");
        if (source.id().equals(target.id())) {
            throw new IllegalArgumentException("a transfer needs two dewars, got " + source.id() + " twice");
        }
        this.siteId = id(siteId, "site");
        this.flashRecovered = flashRecovered;
        this.maxPressure = Objects.requireNonNull(maxPressure, "max pressure");
        allow(Phase.READY, Precooled.class, Purged.class);
        allow(Phase.PRECOOLED, Purged.class);
        allow(Phase.PURGED, Pressurised.class);
        allow(Phase.PRESSURISED, Started.class);
        allow(Phase.TRANSFERRING, Stopped.class);
        allow(Phase.STOPPED, Depressurised.class);
    }

    /**
     * The helium that flashed to gas in a finished (stopped) transfer: the flash fraction from the source
     * pressure to 1 atm times the liquid drawn from the source (NBP density).
     *
     * @param state a state at or after STOPPED
     * @return the flash loss
     * @throws IllegalArgumentException before the transfer stopped
     */
    public static HeliumAmount flashLoss(LiquidTransferState state) {
        if (state.pressure() == null || Double.isNaN(state.litresDrawn())) {
            throw new IllegalArgumentException("transfer " + state.transferId() + " has not stopped yet (it is "
                    + state.phase() + ")");
        }
        double fraction = FlashLoss.fraction(state.pressure(), Pressure.STANDARD_ATMOSPHERE);
        return HeliumAmount.ofKilograms(HeliumAmount.ofLiquidLitres(Math.max(0, state.litresDrawn())).kilograms() * fraction);
    }

    static double litres(double value, String what) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be finite and >= 0 L, got " + value);
        }
        return value;
    }

    @Override
    Transition<LiquidTransferState> step(LiquidTransferState s, LiquidTransferEvent event) {
        Instant t = event.time();
        if (event instanceof Precooled) {
            return Transition.to(s.with(Phase.PRECOOLED, t, null));
        } else if (event instanceof Purged) {
            guard(!s.firstFill() || s.phase() == Phase.PRECOOLED, s, event,
                    "the receiver " + target.id() + " is a first fill: precool it with LN2 before purging");
            return Transition.to(s.with(Phase.PURGED, t, null));
        } else if (event instanceof Pressurised e) {
            guard(e.gasPurity().compareTo(PRESSURISING_PURITY) >= 0, s, event, "pressurising gas at " + e.gasPurity()
                    + " is below " + PRESSURISING_PURITY);
            guard(e.pressure().compareTo(Pressure.STANDARD_ATMOSPHERE) > 0 && e.pressure().compareTo(maxPressure) <= 0,
                    s, event, e.pressure() + " is not above 1 atm and at most " + maxPressure);
            return Transition.to(s.with(Phase.PRESSURISED, t, e.pressure()));
        } else if (event instanceof Started e) {
            checkLevels(s, event, e.sourceLitres(), e.targetLitres());
            return Transition.to(new LiquidTransferState(s.transferId(), Phase.TRANSFERRING, t, s.firstFill(), s.pressure(),
                    e.sourceLitres(), e.targetLitres(), Double.NaN, Double.NaN, null));
        } else if (event instanceof Stopped e) {
            checkLevels(s, event, e.sourceLitres(), e.targetLitres());
            guard(e.sourceLitres() <= s.sourceBefore() && e.targetLitres() >= s.targetBefore(), s, event,
                    "the source went from " + s.sourceBefore() + " to " + e.sourceLitres() + " L and the receiver from "
                            + s.targetBefore() + " to " + e.targetLitres() + " L: liquid flows from source to receiver");
            return Transition.to(new LiquidTransferState(s.transferId(), Phase.STOPPED, t, s.firstFill(), s.pressure(),
                    s.sourceBefore(), s.targetBefore(), e.sourceLitres(), e.targetLitres(), e.reason()));
        }
        List<LedgerEvent> events = new ArrayList<>();
        events.add(count(t, source, s.sourceAfter()));
        events.add(count(t, target, s.targetAfter()));
        HeliumAmount flash = flashLoss(s);
        if (!flashRecovered && flash.kilograms() > 0) {
            events.add(new LedgerEvent.Vented(t, siteId, null, flash, "flash loss of liquid transfer " + s.transferId()
                    + " from " + source.id() + " to " + target.id()));
        }
        return new Transition<>(s.with(Phase.DONE, t, s.pressure()), events);
    }

    private void checkLevels(LiquidTransferState s, LiquidTransferEvent event, double sourceLitres, double targetLitres) {
        guard(sourceLitres <= source.capacity().litres() && targetLitres <= target.capacity().litres(), s, event,
                "levels " + sourceLitres + " L (source " + source.id() + ", " + source.capacity().litres() + " L) and "
                        + targetLitres + " L (receiver " + target.id() + ", " + target.capacity().litres()
                        + " L) must be within the dewars");
    }

    private LedgerEvent count(Instant t, Dewar dewar, double litres) {
        return new LedgerEvent.InventoryCounted(t, siteId, null, dewar.id(),
                new VesselReading.Liquid(new LiquidLevel.Litres(litres), Pressure.STANDARD_ATMOSPHERE));
    }
}
