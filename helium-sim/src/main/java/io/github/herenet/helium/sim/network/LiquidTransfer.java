package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.thermo.FlashLoss;
import io.github.herenet.helium.units.Pressure;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The liquid-transfer procedure of a magnet refill: the hub sends dewars (boiling off in transit), the lab takes
 * them in (delivered, at their level then), transfers from each in turn at about 30 kPa over 1 atm into the
 * magnet (the flash goes to the recovery line) until the magnet reaches its refill level, and returns each dewar
 * with what is left, which travels back to the hub.
 */
final class LiquidTransfer {

    /** Transfer overpressure, Pa (about 0.3 kgf/cm2). */
    static final double TRANSFER_OVERPRESSURE = 30_000;
    /** Vapour share of the liquid drawn, throttled from the transfer pressure to 1 atm. */
    static final double FLASH = FlashLoss.fraction(Pressure.ofPascals(Physics.ATM + TRANSFER_OVERPRESSURE),
            Pressure.STANDARD_ATMOSPHERE);
    /** Liquid left in a dewar after a transfer (the tube cannot reach it), L. */
    static final double HEEL = 2;

    private LiquidTransfer() {
    }

    static void order(Engine engine, LabLine line) {
        Station station = line.station;
        double days = engine.transportDays(station.cfg.transportDays());
        double atArrival = line.litres() - line.cfg.boilOffLitresPerDay() * days;
        double need = (line.cfg.refillToLitres() - atArrival) / (1 - FLASH) + HEEL;
        List<SimulatedDewar> sent = engine.hub.allocate(need);
        if (sent.isEmpty()) {
            engine.agenda.after(Physics.MS_PER_DAY, () -> order(engine, line)); // no dewar free: ask again tomorrow
            return;
        }
        line.refilling = true;
        deliver(engine, line, sent, days, () -> next(engine, line, new ArrayDeque<>(sent), days));
    }

    /**
     * Sends {@code sent} from the hub to {@code line}'s lab: they travel for {@code days} (boiling off), are
     * delivered (recorded, at their level then) and {@code arrived} runs.
     */
    static void deliver(Engine engine, LabLine line, List<SimulatedDewar> sent, double days, Runnable arrived) {
        long now = engine.agenda.now();
        for (SimulatedDewar d : sent) {
            d.settle(now, engine);
            d.place = SimulatedDewar.Place.TRANSIT;
        }
        engine.agenda.after(days * Physics.MS_PER_DAY, () -> {
            long at = engine.agenda.now();
            for (SimulatedDewar d : sent) {
                d.settle(at, engine);
                d.place = SimulatedDewar.Place.LAB;
                d.siteId = line.station.siteId;
                d.labId = line.labId;
                engine.record(new LedgerEvent.LiquidDelivered(engine.instant(), d.id, line.labId, d.litres()));
            }
            arrived.run();
        });
    }

    private static void next(Engine engine, LabLine line, ArrayDeque<SimulatedDewar> dewars, double days) {
        SimulatedDewar d = dewars.poll();
        if (d == null) {
            line.refilling = false;
            line.scheduleOrder();
            return;
        }
        line.settle(engine.agenda.now());
        double want = (line.cfg.refillToLitres() - line.litres()) / (1 - FLASH);
        double take = Math.min(d.litres() - HEEL, want);
        if (take <= 0.5) {
            giveBack(engine, line, d, days);
            next(engine, line, dewars, days);
            return;
        }
        double ms = take / line.station.cfg.transferLitresPerHour() * Physics.MS_PER_HOUR;
        line.startFlash(d, FLASH * take * Physics.DRHO / ms);
        engine.agenda.after(ms, () -> {
            double moved = line.endFlash();
            double rest = take * Physics.DRHO - moved;
            d.kg -= rest;
            line.magnetKg += rest;
            giveBack(engine, line, d, days);
            next(engine, line, dewars, days);
        });
    }

    /** The lab returns the dewar with what is left; it travels back to the hub's stock. */
    static void giveBack(Engine engine, LabLine line, SimulatedDewar d, double days) {
        engine.record(new LedgerEvent.DewarReturned(engine.instant(), d.id, line.labId, d.litres()));
        d.settle(engine.agenda.now(), engine);
        d.place = SimulatedDewar.Place.TRANSIT;
        d.labId = null;
        engine.agenda.after(days * Physics.MS_PER_DAY, () -> {
            d.settle(engine.agenda.now(), engine);
            d.place = SimulatedDewar.Place.STOCK;
            d.siteId = d.homeSiteId;
            d.busy = false;
        });
    }
}
