package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.recovery.CompressorEvent;
import io.github.herenet.helium.recovery.CompressorMachine;
import io.github.herenet.helium.recovery.CompressorState;
import io.github.herenet.helium.recovery.CylinderEvent;
import io.github.herenet.helium.recovery.IllegalTransitionException;
import io.github.herenet.helium.recovery.GasBagEvent;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Temperature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A partner site's recovery station: its bags, the recovery compressor and its cylinders. The compressor's
 * procedure is a {@link CompressorMachine} (started by the bag-high signal of a swapped full bag, stopped by
 * bag-low when none waits, latched by a fault until reset); the physics (how long a bag takes at the
 * compressor's flow, what a cylinder holds at its rated pressure) is the simulation's. It ships the full
 * cylinders to the hub when enough are full and at each month end.
 */
final class Station {

    private static final Logger LOG = LoggerFactory.getLogger(Station.class);

    /** Days a cylinder is away for its periodic pressure test. */
    static final double RETEST_DAYS = 14;

    /** Compressor states, as the {@code state} channel shows them. */
    static final int IDLE = 0;
    static final int RUNNING = 1;
    static final int FAULT = 2;
    static final int OFF = 3;
    /** The compressor's suction purity interlock: gas below this is not compressed (ISSP's 80 %). */
    static final Purity PURITY_LIMIT = Purity.ofPercent(80);

    final Engine engine;
    final Scenario.Partner cfg;
    final String siteId;
    final List<Bag> bags = new ArrayList<>();
    final List<SimulatedCylinder> cylinders = new ArrayList<>();
    final List<LabLine> lines = new ArrayList<>();
    final ArrayDeque<Bag> emptyBags = new ArrayDeque<>();
    final ArrayDeque<Bag> fullBags = new ArrayDeque<>();
    final ArrayDeque<LabLine> waiting = new ArrayDeque<>();
    final ArrayDeque<SimulatedCylinder> emptyCylinders = new ArrayDeque<>();
    final List<SimulatedCylinder> fullCylinders = new ArrayList<>();
    final double flowPerMs;
    /** Helium mole fraction of the gas the bags take in (below 1 during air ingress). */
    double purity = 1;
    SimulatedCylinder current;
    Bag compressing;
    long compressStart;
    double nominalBagKg;
    private CompressorMachine compressor;
    private CompressorState compressorState;
    /** Called when the compressor changes state (the Modbus image of an exposed compressor). */
    Runnable onChange = () -> { };

    Station(Engine engine, Scenario.Partner cfg) {
        this.engine = engine;
        this.cfg = cfg;
        this.siteId = cfg.siteId();
        this.flowPerMs = cfg.compressorM3PerHour() * Physics.NORMAL_RHO / Physics.MS_PER_HOUR;
    }

    /** Called once the bags and cylinders are added: the compressor is switched on. */
    void ready() {
        emptyBags.addAll(bags);
        emptyCylinders.addAll(cylinders);
        nominalBagKg = bags.stream().mapToDouble(b -> b.capacityM3 * Physics.BAG_RHO).max().orElse(0);
        double fill = cylinders.stream().mapToDouble(c -> c.ratedPa).min().orElse(14.7e6);
        compressor = new CompressorMachine(siteId + "-compressor", Pressure.ofPascals(fill), PURITY_LIMIT);
        Instant t = engine.instant();
        compressorState = engine.drive(compressor, compressor.initial(t), new CompressorEvent.PowerOn(t, cfg.operator()));
    }

    int state() {
        switch (compressorState.phase()) {
            case RUNNING:
                return RUNNING;
            case FAULT:
                return FAULT;
            case OFF:
                return OFF;
            default:
                return IDLE;
        }
    }

    private void compressorSignal(CompressorEvent event) {
        compressorState = engine.signal(compressor, compressorState, event);
    }

    /** An empty bag for {@code line}, or null (the line then waits for one). */
    Bag takeEmpty(LabLine line) {
        Bag bag = emptyBags.poll();
        if (bag == null) {
            waiting.add(line);
        }
        return bag;
    }

    /** A full bag swapped off a line: it waits for the compressor. */
    void bagFull(Bag bag) {
        bag.fullAt = engine.agenda.now();
        fullBags.add(bag);
        tryCompress();
    }

    /** Starts compressing the next full bag if the compressor is free and a cylinder has room. */
    void tryCompress() {
        if (compressing != null || fullBags.isEmpty()) {
            return;
        }
        Instant t = engine.instant();
        compressorSignal(new CompressorEvent.PurityRead(t, new Purity(Math.min(1, fullBags.peek().purity))));
        compressorSignal(new CompressorEvent.BagHigh(t));
        if (compressorState.phase() != CompressorState.Phase.RUNNING) {
            onChange.run();
            return; // faulted, or the purity interlock holds it
        }
        long now = engine.agenda.now();
        Bag bag = fullBags.peek();
        if (bag.fullAt >= 0) {
            double lost = bag.permeation(bag.fullAt, now);
            bag.kg -= lost;
            engine.loss(LossCause.PERMEATION, lost);
            bag.fullAt = -1;
        }
        if (current != null && current.room() < bag.kg) {
            finishCylinder();
        }
        if (current == null) {
            current = nextCylinder(t);
            if (current == null) {
                compressorSignal(new CompressorEvent.BagLow(t)); // no cylinder to fill: waits for the hub's empties
                onChange.run();
                return;
            }
        }
        fullBags.poll();
        bag.drive(engine, new GasBagEvent.CompressionStarted(t, current.id));
        compressing = bag;
        compressStart = now;
        engine.agenda.after(bag.kg / flowPerMs, this::compressed);
        onChange.run();
    }

    /**
     * The next empty cylinder with its fill started, or null: a cylinder whose fill the procedure refuses (its
     * pressure test has expired) goes for its test and comes back {@link #RETEST_DAYS} later.
     */
    private SimulatedCylinder nextCylinder(Instant t) {
        for (SimulatedCylinder cyl = emptyCylinders.poll(); cyl != null; cyl = emptyCylinders.poll()) {
            try {
                cyl.drive(engine, new CylinderEvent.FillStarted(t, cfg.operator(), Temperature.ofKelvin(Physics.ROOM_K)));
                return cyl;
            } catch (IllegalTransitionException refused) {
                if (!refused.byGuard()) {
                    throw refused;
                }
                LOG.info("{}: cylinder {} sent for its pressure test: {}", siteId, cyl.id, refused.reason());
                SimulatedCylinder out = cyl;
                engine.agenda.after(RETEST_DAYS * Physics.MS_PER_DAY, () -> {
                    out.retested(engine.instant().atZone(engine.scenario.zone()).toLocalDate());
                    cylindersBack(List.of(out));
                });
            }
        }
        return null;
    }

    private void compressed() {
        Bag bag = compressing;
        compressing = null;
        double moved = bag.kg;
        current.add(moved, bag.purity);
        bag.kg -= moved;
        bag.drive(engine, new GasBagEvent.Emptied(engine.instant()));
        bag.purity = purity;
        LabLine line = waiting.poll();
        if (line != null) {
            line.connect(bag);
        } else {
            emptyBags.add(bag);
        }
        if (current.room() < nominalBagKg) {
            finishCylinder();
        }
        if (fullBags.isEmpty()) {
            compressorSignal(new CompressorEvent.BagLow(engine.instant()));
        }
        onChange.run();
        tryCompress();
    }

    /** Ends the fill of the current cylinder: the regulated-production log (operator, pressure, temperature). */
    private void finishCylinder() {
        SimulatedCylinder cyl = current;
        current = null;
        Instant t = engine.instant();
        Pressure pressure = Pressure.ofPascals(cyl.pressure());
        compressorSignal(new CompressorEvent.CylinderPressure(t, pressure));
        cyl.drive(engine, new CylinderEvent.FillEnded(t, cfg.operator(), pressure, Temperature.ofKelvin(Physics.ROOM_K),
                new Purity(cyl.purity())));
        fullCylinders.add(cyl);
        if (fullCylinders.size() >= cfg.shipAtFullCylinders()) {
            ship();
        }
    }

    /** Ships the full cylinders to the hub, if any. */
    void ship() {
        if (fullCylinders.isEmpty() || engine.hub == null) {
            return;
        }
        List<SimulatedCylinder> load = new ArrayList<>(fullCylinders);
        fullCylinders.clear();
        Shipping.toHub(engine, this, load);
    }

    /** Cylinders back from the hub, empty. */
    void cylindersBack(List<SimulatedCylinder> back) {
        emptyCylinders.addAll(back);
        tryCompress();
    }

    /** The compressor fails now (it finishes the bag it is on) and is reset after {@code days}. */
    void fail(double days) {
        compressorSignal(new CompressorEvent.Fault(engine.instant(), CompressorState.FaultKind.MOTOR_CURRENT,
                "injected fault"));
        onChange.run();
        engine.agenda.after(days * Physics.MS_PER_DAY, () -> {
            compressorSignal(new CompressorEvent.Reset(engine.instant(), cfg.operator()));
            onChange.run();
            tryCompress();
        });
    }

    /**
     * Switches the compressor on or off by remote (its enable register): off, it finishes the bag it is on and
     * starts no other; on, it picks up the full bags waiting.
     */
    void enable(boolean on) {
        Instant t = engine.instant();
        if (on && compressorState.phase() == CompressorState.Phase.OFF) {
            compressorState = engine.drive(compressor, compressorState, new CompressorEvent.PowerOn(t, "remote"));
            tryCompress();
        } else if (!on) {
            compressorSignal(new CompressorEvent.PowerOff(t, "remote"));
        }
        onChange.run();
    }

    // ---------------------------------------------------------------- live values

    /** A bag's helium now, kg. */
    double bagKg(Bag bag, long now) {
        if (bag == compressing) {
            return Math.max(0, bag.kg - flowPerMs * (now - compressStart));
        }
        for (LabLine line : lines) {
            if (line.bag == bag || line.fullOnLine == bag) {
                return line.bagKg(now);
            }
        }
        return bag.kg;
    }

    /** The pressure of the cylinder on the compressor, MPa (1 atm when none). */
    double cylinderPressureMPa(long now) {
        if (current == null) {
            return Physics.ATM / 1e6;
        }
        double kg = current.kg + (compressing != null ? Math.min(compressing.kg, flowPerMs * (now - compressStart)) : 0);
        return Math.min(current.ratedPa, Physics.cylinderPressure(kg, current.volumeM3)) / 1e6;
    }
}
