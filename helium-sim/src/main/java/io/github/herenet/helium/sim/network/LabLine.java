package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.inventory.GasMeter;
import io.github.herenet.helium.inventory.Magnet;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.recovery.GasBagEvent;
import io.github.herenet.helium.units.Temperature;
import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.units.Volume;

/**
 * The gas-bag procedure of one lab: its magnet boils off into the recovery line (and, while the lab runs
 * experiments, its cryostats: see {@link ExperimentSupply}), through a leak (if one is
 * injected) and the lab's gas meter, into the bag on the line; a full bag is swapped for an empty one of the
 * site, or the gas is vented while none is free. Flows are constant between events, so the state is brought up
 * to date ({@link #settle}) only when something changes, and the bag's full time is computed, not stepped to.
 */
final class LabLine {

    /** The reason of the vents recorded for the experiments' boil-off lost at the cryostats. */
    static final String EXPERIMENT_VENT_REASON = "experiment boil-off not recovered";

    final Engine engine;
    final Station station;
    final Scenario.Line cfg;
    final String labId;
    final String magnetId;
    final GasMeter meter;
    final double volumeL;
    /** Helium per m3 counted by the meter (at its standard conditions), kg. */
    final double meterRho;

    double magnetKg;
    final double boilPerMs;
    boolean quenched;
    long quenchedAt = -1;
    /** Injected leak: the share of the line's flow lost before the meter. */
    double leak;
    /** The line's everyday loss before the meter, a share of its flow. */
    final double lineLoss;
    double meterFactor = 1;
    double meterTrueM3;
    double meterShownM3;
    /** Flash gas entering the line during a transfer, or null. */
    Draw flash;
    /** Liquid drawn into the lab's cryostats for its experiments, or null. */
    Draw cryostat;
    /** The lab's experiment supply, or null when it runs none. */
    final ExperimentSupply experiments;
    /** Experiment boil-off vented at the cryostats and not yet recorded, kg. */
    double cryostatVentedKg;
    boolean refilling;
    Bag bag;
    /** A full bag still on the line because no empty one was free. */
    Bag fullOnLine;
    double overflowKg;
    long t;
    Double stuckPercent;
    private Agenda.Task fullTask;
    private Agenda.Task orderTask;

    LabLine(Engine engine, Station station, Scenario.Line cfg, Magnet magnet, GasMeter meter, double boilFactor,
            double initialMeterM3, double lineLoss) {
        this.lineLoss = lineLoss;
        this.engine = engine;
        this.station = station;
        this.cfg = cfg;
        this.labId = cfg.labId();
        this.magnetId = magnet.id();
        this.meter = meter;
        this.volumeL = magnet.heliumVolume().litres();
        this.meterRho = HeliumAmount.ofGasCubicMetres(1, meter.conditions()).kilograms();
        this.magnetKg = Physics.liquidMass(Math.min(cfg.initialLitres(), volumeL), volumeL);
        this.boilPerMs = Physics.boilOffPerMs(cfg.boilOffLitresPerDay() * boilFactor);
        this.meterTrueM3 = initialMeterM3;
        this.meterShownM3 = initialMeterM3;
        this.t = engine.agenda.now();
        this.experiments = cfg.experiment() == null ? null : new ExperimentSupply(engine, this, cfg.experiment());
    }

    /**
     * Helium drawn from a dewar at a constant rate into the line since {@code since} (ms): a transfer's flash,
     * or the liquid boiling off in the lab's cryostats, of which only the share {@code recovered} reaches the line.
     */
    record Draw(SimulatedDewar source, double kgPerMs, double recovered, long since) {

        /** Takes {@code dt} ms of the draw from its source; returns the helium taken, kg. */
        double take(long dt) {
            double kg = kgPerMs * dt;
            source.kg -= kg;
            return kg;
        }

        /** The helium taken from the source up to {@code now}, kg. */
        double moved(long now) {
            return kgPerMs * (now - since);
        }

        static double intoLinePerMs(Draw draw) {
            return draw == null ? 0 : draw.kgPerMs() * draw.recovered();
        }
    }

    private double floorKg() {
        return Physics.liquidMass(0, volumeL);
    }

    private double boilRate() {
        return quenched || magnetKg <= floorKg() ? 0 : boilPerMs;
    }

    /** Brings the line's flows up to {@code now}. */
    void settle(long now) {
        long dt = now - t;
        if (dt <= 0) {
            return;
        }
        t = now;
        double boil = quenched ? 0 : Math.min(boilPerMs * dt, Math.max(0, magnetKg - floorKg()));
        magnetKg -= boil;
        double flow = boil;
        if (flash != null) {
            flow += flash.take(dt);
        }
        if (cryostat != null) {
            double drawn = cryostat.take(dt);
            double vented = drawn * (1 - cryostat.recovered());
            engine.loss(LossCause.EXPERIMENT_VENTED, vented);
            cryostatVentedKg += vented;
            flow += drawn - vented;
        }
        double lost = flow * lineLoss;
        double leaked = (flow - lost) * leak;
        engine.loss(LossCause.LINE_LOSS, lost);
        if (leaked > 0) {
            engine.loss(LossCause.LEAK, leaked);
        }
        double through = flow - lost - leaked;
        double m3 = through / meterRho;
        meterTrueM3 += m3;
        meterShownM3 += m3 * meterFactor;
        if (bag != null) {
            bag.kg += through;
        } else {
            double into = fullOnLine == null ? 0 : Math.max(0, Math.min(through, fullOnLine.capacityKg() - fullOnLine.kg));
            if (into > 0) {
                fullOnLine.kg += into; // past its switch, up to its volume
            }
            double vented = through - into;
            if (vented > 0) {
                overflowKg += vented;
                engine.loss(LossCause.BAGS_FULL, vented);
            }
        }
    }

    /** The gas flow entering the bag, kg/ms. */
    double intoBagPerMs() {
        return (boilRate() + Draw.intoLinePerMs(flash) + Draw.intoLinePerMs(cryostat)) * (1 - lineLoss) * (1 - leak);
    }

    /** Recomputes when the bag on the line will be full. */
    void reschedule() {
        if (fullTask != null) {
            fullTask.cancel();
            fullTask = null;
        }
        double rate = intoBagPerMs();
        if (bag != null && rate > 0) {
            fullTask = engine.agenda.after((bag.switchKg() - bag.kg) / rate, this::bagFull);
        }
    }

    private void bagFull() {
        fullTask = null;
        long now = engine.agenda.now();
        settle(now);
        if (bag.kg < bag.switchKg() * (1 - 1e-9)) {
            reschedule(); // the flow changed since this was planned
            return;
        }
        Bag full = bag;
        full.drive(engine, new GasBagEvent.Full(engine.instant(), Volume.ofCubicMetres(full.gasVolume(full.kg)),
                Temperature.ofKelvin(Physics.ROOM_K)));
        fullOnLine = full;
        bag = null; // until the swap, the full bag fills on to its volume, then out of its relief valve
        connect(station.takeEmpty(this));
    }

    /**
     * Puts {@code next} on the line (nothing if null: none is free): the full bag on the line, if any, is swapped
     * for it and goes to the compressor, and gas vented meanwhile is recorded.
     */
    void connect(Bag next) {
        settle(engine.agenda.now());
        if (next == null) {
            reschedule();
            return;
        }
        String operator = station.cfg.operator();
        if (fullOnLine != null) {
            Bag full = fullOnLine;
            fullOnLine = null;
            full.drive(engine, new GasBagEvent.Swapped(engine.instant(), next.id, operator));
            if (overflowKg > 0) {
                engine.record(new LedgerEvent.Vented(engine.instant(), station.siteId, null,
                        HeliumAmount.ofKilograms(overflowKg), "bag " + full.id + " stayed full on the line of " + labId
                        + ": the boil-off went out of its relief valve"));
                overflowKg = 0;
            }
            station.bagFull(full);
        }
        next.purity = station.purity;
        next.drive(engine, new GasBagEvent.Connected(engine.instant(), operator));
        bag = next;
        reschedule();
    }

    /** Starts the flash gas of a transfer from {@code source}. */
    void startFlash(SimulatedDewar source, double kgPerMs) {
        settle(engine.agenda.now());
        flash = new Draw(source, kgPerMs, 1, t);
        reschedule();
    }

    /** Ends the flash; returns the helium it moved from the source into the line, kg. */
    double endFlash() {
        settle(engine.agenda.now());
        double moved = flash.moved(t);
        flash = null;
        reschedule();
        return moved;
    }

    /** Starts drawing liquid from {@code source} into the cryostats, {@code recovered} of it reaching the line. */
    void startCryostat(SimulatedDewar source, double kgPerMs, double recovered) {
        settle(engine.agenda.now());
        cryostat = new Draw(source, kgPerMs, recovered, t);
        reschedule();
    }

    /** Ends the draw into the cryostats and records what they vented. */
    void endCryostat() {
        settle(engine.agenda.now());
        cryostat = null;
        recordCryostatVent();
        reschedule();
    }

    /**
     * Records the experiment boil-off vented at the cryostats since the last record (at the end of each draw
     * and each month, so a month's vents are in that month), if any.
     */
    void recordCryostatVent() {
        if (cryostatVentedKg > 0) {
            engine.record(new LedgerEvent.Vented(engine.instant(), station.siteId, labId,
                    HeliumAmount.ofKilograms(cryostatVentedKg), EXPERIMENT_VENT_REASON));
            cryostatVentedKg = 0;
        }
    }

    /** Orders the next refill when the level will reach the threshold. */
    void scheduleOrder() {
        if (orderTask != null) {
            orderTask.cancel();
            orderTask = null;
        }
        if (quenched || refilling || engine.hub == null) {
            return;
        }
        settle(engine.agenda.now());
        double belowKg = Physics.liquidMass(cfg.refillBelowLitres(), volumeL);
        double ms = magnetKg <= belowKg ? 0 : (magnetKg - belowKg) / boilPerMs;
        orderTask = engine.agenda.after(ms, () -> {
            orderTask = null;
            LiquidTransfer.order(engine, this);
        });
    }

    /** The quench: the liquid is lost to the room, recorded as a vent; the magnet stays warm. */
    void quench() {
        long now = engine.agenda.now();
        settle(now);
        double lost = Math.max(0, magnetKg - floorKg());
        magnetKg -= lost;
        engine.loss(LossCause.QUENCH, lost);
        quenched = true;
        quenchedAt = now;
        if (orderTask != null) {
            orderTask.cancel();
        }
        engine.record(new LedgerEvent.Vented(engine.instant(), station.siteId, labId, HeliumAmount.ofKilograms(lost),
                "quench of magnet " + magnetId));
        reschedule();
    }

    double litres() {
        return Physics.litres(magnetKg, volumeL);
    }

    // ---------------------------------------------------------------- live values, without changing the state

    /** The magnet's level now, % of its helium volume (a stuck sensor keeps its value). */
    double levelPercent(long now) {
        if (stuckPercent != null) {
            return stuckPercent;
        }
        double kg = magnetKg - (quenched ? 0 : Math.min(boilPerMs * Math.max(0, now - t), Math.max(0, magnetKg - floorKg())));
        return 100 * Physics.litres(kg, volumeL) / volumeL;
    }

    /** The gas flow through the meter, m3/h at its conditions. */
    double flowM3PerHour() {
        return intoBagPerMs() / meterRho * Physics.MS_PER_HOUR;
    }

    /** The meter's counter now, m3. */
    double meterShown(long now) {
        return meterShownM3 + meterFactor * intoBagPerMs() * Math.max(0, now - t) / meterRho;
    }

    /** The helium now of the bag on the line, kg. */
    double bagKg(long now) {
        if (bag == null) {
            return fullOnLine == null ? 0
                    : Math.min(fullOnLine.capacityKg(), fullOnLine.kg + intoBagPerMs() * Math.max(0, now - t));
        }
        return bag.kg + intoBagPerMs() * Math.max(0, now - t);
    }

    /** Room oxygen, %: falls by 5 points at a quench and recovers with a 2 h time constant. */
    double o2Percent(long now) {
        if (quenchedAt < 0 || now < quenchedAt) {
            return Physics.AIR_O2;
        }
        return Physics.AIR_O2 - 5 * Math.exp(-(now - quenchedAt) / (2 * Physics.MS_PER_HOUR));
    }
}
