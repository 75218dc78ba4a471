package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Temperature;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A partner site's recovery station: its bags, the recovery compressor (started by a full bag, stopped when no
 * full bag waits, no cylinder has room, or on a fault) and its cylinders, which it ships to the hub when enough
 * are full and at each month end.
 */
final class Station {

    /** Compressor states, as the {@code state} channel shows them. */
    static final int IDLE = 0;
    static final int RUNNING = 1;
    static final int FAULT = 2;

    final Engine engine;
    final Scenario.Partner cfg;
    final String siteId;
    final List<Bag> bags = new ArrayList<>();
    final List<Cyl> cylinders = new ArrayList<>();
    final List<LabLine> lines = new ArrayList<>();
    final ArrayDeque<Bag> emptyBags = new ArrayDeque<>();
    final ArrayDeque<Bag> fullBags = new ArrayDeque<>();
    final ArrayDeque<LabLine> waiting = new ArrayDeque<>();
    final ArrayDeque<Cyl> emptyCylinders = new ArrayDeque<>();
    final List<Cyl> fullCylinders = new ArrayList<>();
    final double flowPerMs;
    /** Helium mole fraction of the gas the bags take in (below 1 during air ingress). */
    double purity = 1;
    boolean faulty;
    Cyl current;
    Bag compressing;
    long compressStart;
    double nominalBagKg;
    /** Called when the compressor changes state (the Modbus image of an exposed compressor). */
    Runnable onChange = () -> { };

    Station(Engine engine, Scenario.Partner cfg) {
        this.engine = engine;
        this.cfg = cfg;
        this.siteId = cfg.siteId();
        this.flowPerMs = cfg.compressorM3PerHour() * Physics.NORMAL_RHO / Physics.MS_PER_HOUR;
    }

    /** Called once the bags and cylinders are added. */
    void ready() {
        emptyBags.addAll(bags);
        emptyCylinders.addAll(cylinders);
        nominalBagKg = bags.stream().mapToDouble(b -> b.capacityM3 * Physics.BAG_RHO).max().orElse(0);
    }

    int state() {
        return faulty ? FAULT : compressing != null ? RUNNING : IDLE;
    }

    /** An empty bag for {@code line}, or null (the line then waits for one). */
    Bag takeEmpty(LabLine line) {
        Bag bag = emptyBags.poll();
        if (bag == null) {
            waiting.add(line);
        }
        return bag;
    }

    void bagFull(Bag bag) {
        bag.fullAt = engine.agenda.now();
        fullBags.add(bag);
        tryCompress();
    }

    /** Starts compressing the next full bag if the compressor is free and a cylinder has room. */
    void tryCompress() {
        if (faulty || compressing != null || fullBags.isEmpty()) {
            return;
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
            current = emptyCylinders.poll();
            if (current == null) {
                return; // waits for cylinders to come back from the hub
            }
        }
        fullBags.poll();
        compressing = bag;
        compressStart = now;
        engine.agenda.after(bag.kg / flowPerMs, this::compressed);
        onChange.run();
    }

    private void compressed() {
        Bag bag = compressing;
        compressing = null;
        double moved = bag.kg;
        current.add(moved, bag.purity);
        bag.kg -= moved;
        bag.purity = purity;
        engine.record(new LedgerEvent.BagEmptied(engine.instant(), bag.id, current.id));
        LabLine line = waiting.poll();
        if (line != null) {
            line.connect(bag);
        } else {
            emptyBags.add(bag);
        }
        if (current.room() < nominalBagKg) {
            finishCylinder();
        }
        onChange.run();
        tryCompress();
    }

    /** Logs the fill of the current cylinder (regulated production: operator, pressure, temperature). */
    private void finishCylinder() {
        Cyl cyl = current;
        current = null;
        engine.record(new LedgerEvent.CylinderFilled(engine.instant(), cyl.id, siteId, cfg.operator(),
                Pressure.ofPascals(cyl.pressure()), Temperature.ofKelvin(Physics.ROOM_K), new Purity(cyl.purity())));
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
        List<Cyl> load = new ArrayList<>(fullCylinders);
        fullCylinders.clear();
        Shipping.toHub(engine, this, load);
    }

    /** Cylinders back from the hub, empty. */
    void cylindersBack(List<Cyl> back) {
        emptyCylinders.addAll(back);
        tryCompress();
    }

    void fail(double days) {
        faulty = true;
        onChange.run();
        engine.agenda.after(days * Physics.MS_PER_DAY, () -> {
            faulty = false;
            onChange.run();
            tryCompress();
        });
    }

    // ---------------------------------------------------------------- live values

    /** A bag's helium now, kg. */
    double bagKg(Bag bag, long now) {
        if (bag == compressing) {
            return Math.max(0, bag.kg - flowPerMs * (now - compressStart));
        }
        for (LabLine line : lines) {
            if (line.bag == bag) {
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
