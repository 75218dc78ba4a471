package io.github.herenet.helium.recovery;

import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.recovery.CompressorEvent.BagHigh;
import io.github.herenet.helium.recovery.CompressorEvent.BagLow;
import io.github.herenet.helium.recovery.CompressorEvent.CylinderPressure;
import io.github.herenet.helium.recovery.CompressorEvent.Fault;
import io.github.herenet.helium.recovery.CompressorEvent.ManualStart;
import io.github.herenet.helium.recovery.CompressorEvent.ManualStop;
import io.github.herenet.helium.recovery.CompressorEvent.PowerFail;
import io.github.herenet.helium.recovery.CompressorEvent.PowerOff;
import io.github.herenet.helium.recovery.CompressorEvent.PowerOn;
import io.github.herenet.helium.recovery.CompressorEvent.PurityRead;
import io.github.herenet.helium.recovery.CompressorEvent.Reset;
import io.github.herenet.helium.recovery.CompressorState.Phase;
import io.github.herenet.helium.recovery.CompressorState.StopReason;
import io.github.herenet.helium.units.Pressure;

import java.time.Instant;
import java.util.Objects;

/**
 * The recovery compressor (DOMAIN.md 3, BYU/UMD/AMMRL practice): OFF, IDLE, RUNNING, FAULT. It starts on the
 * bag top-level sensor or by hand, and stops on the bag low-level sensor, at the cylinder fill pressure,
 * on the purity-low interlock, by hand, or on a fault (temperature, oil, motor current), which latches
 * until a person resets it. It never starts against a collapsed bag (that draws in air) nor while the
 * purity is low: a manual start is then refused by a guard, and a bag-high signal leaves it IDLE (sensor
 * readings are never refused in a powered phase, only people's actions). The compressor moves no helium of its own in the
 * ledger's terms (the bag and cylinder machines record that), so its transitions yield no ledger events.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * CompressorMachine c = new CompressorMachine("K1", Pressure.ofMegapascals(14.8), Purity.ofPercent(95));
 * CompressorState s = c.initial(t0);
 * s = c.apply(s, new CompressorEvent.PowerOn(t0, "Sato")).state();
 * s = c.apply(s, new CompressorEvent.BagHigh(t1)).state();        // RUNNING
 * }</pre>
 */
public final class CompressorMachine extends PhaseMachine<CompressorState, Phase, CompressorEvent> {

    private final String compressorId;
    private final Pressure fillPressure;
    private final Purity purityLimit;

    /**
     * A compressor.
     *
     * @param compressorId the compressor
     * @param fillPressure the absolute cylinder pressure at which it stops (14.7 or 19.6 MPa gauge in Japan)
     * @param purityLimit  the suction purity below which the interlock trips
     */
    public CompressorMachine(String compressorId, Pressure fillPressure, Purity purityLimit) {
        super("recovery compressor", Phase.class);
        this.compressorId = id(compressorId, "compressor");
        this.fillPressure = Objects.requireNonNull(fillPressure, "fill pressure");
        this.purityLimit = Objects.requireNonNull(purityLimit, "purity limit");
        allow(Phase.OFF, PowerOn.class);
        allow(Phase.IDLE, PowerOff.class, PowerFail.class, BagHigh.class, BagLow.class, ManualStart.class,
                CylinderPressure.class, PurityRead.class, Fault.class);
        allow(Phase.RUNNING, PowerOff.class, PowerFail.class, BagHigh.class, BagLow.class, ManualStop.class,
                CylinderPressure.class, PurityRead.class, Fault.class);
        allow(Phase.FAULT, Reset.class, PowerFail.class);
    }

    /**
     * The compressor switched off.
     *
     * @param since since when
     * @return {@link CompressorState#off}
     */
    public CompressorState initial(Instant since) {
        return CompressorState.off(compressorId, since);
    }

    /** @return the cylinder pressure at which it stops */
    public Pressure fillPressure() {
        return fillPressure;
    }

    /** @return the purity below which the interlock trips */
    public Purity purityLimit() {
        return purityLimit;
    }

    @Override
    Transition<CompressorState> step(CompressorState s, CompressorEvent event) {
        Instant t = event.time();
        boolean running = s.phase() == Phase.RUNNING;
        if (event instanceof PowerOn || event instanceof Reset) {
            return to(s, Phase.IDLE, t, s.bagCollapsed(), s.purityLow(), s.lastStop(), null);
        } else if (event instanceof PowerOff || event instanceof PowerFail) {
            Phase phase = s.phase() == Phase.FAULT ? Phase.FAULT : Phase.OFF;
            return to(s, phase, t, s.bagCollapsed(), s.purityLow(), running ? StopReason.POWER : s.lastStop(), s.fault());
        } else if (event instanceof BagHigh) {
            // a sensor is never refused: with the purity interlock tripped the compressor just stays put
            Phase phase = s.purityLow() ? s.phase() : Phase.RUNNING;
            return to(s, phase, t, false, s.purityLow(), s.lastStop(), null);
        } else if (event instanceof BagLow) {
            return stopIf(running, s, t, true, s.purityLow(), StopReason.BAG_LOW);
        } else if (event instanceof ManualStart) {
            guard(!s.bagCollapsed(), s, event, "the bag is collapsed (low-level sensor on): running would draw in air");
            guard(!s.purityLow(), s, event, "the purity-low interlock is tripped (suction purity below " + purityLimit + ")");
            return to(s, Phase.RUNNING, t, false, false, s.lastStop(), null);
        } else if (event instanceof ManualStop) {
            return stopIf(true, s, t, s.bagCollapsed(), s.purityLow(), StopReason.MANUAL);
        } else if (event instanceof CylinderPressure e) {
            boolean full = e.pressure().compareTo(fillPressure) >= 0;
            return stopIf(running && full, s, t, s.bagCollapsed(), s.purityLow(), StopReason.CYLINDER_FULL);
        } else if (event instanceof PurityRead e) {
            boolean low = e.purity().compareTo(purityLimit) < 0;
            return stopIf(running && low, s, t, s.bagCollapsed(), low, StopReason.PURITY_LOW);
        }
        Fault fault = (Fault) event;
        return to(s, Phase.FAULT, t, s.bagCollapsed(), s.purityLow(), running ? StopReason.FAULT : s.lastStop(), fault.kind());
    }

    /** IDLE with {@code reason} if {@code stop}, else the same phase; the interlock flags as given. */
    private static Transition<CompressorState> stopIf(boolean stop, CompressorState s, Instant t, boolean collapsed,
                                                      boolean purityLow, StopReason reason) {
        return stop ? to(s, Phase.IDLE, t, collapsed, purityLow, reason, null)
                : to(s, s.phase(), t, collapsed, purityLow, s.lastStop(), s.fault());
    }

    private static Transition<CompressorState> to(CompressorState s, Phase phase, Instant t, boolean collapsed,
                                                  boolean purityLow, StopReason lastStop, CompressorState.FaultKind fault) {
        return Transition.to(new CompressorState(s.compressorId(), phase, t, collapsed, purityLow, lastStop, fault));
    }
}
