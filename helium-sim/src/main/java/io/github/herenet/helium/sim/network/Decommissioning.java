package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.inventory.Dewar;
import io.github.herenet.helium.inventory.GasBag;
import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.recovery.CampaignEvent;
import io.github.herenet.helium.recovery.CampaignMachine;
import io.github.herenet.helium.recovery.CampaignState;
import io.github.herenet.helium.recovery.ShipmentState;
import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.units.Temperature;
import io.github.herenet.helium.units.Volume;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The HeliGet magnet decommissioning procedure, driving a {@link CampaignMachine}: plan, de-energise (the magnet
 * keeps its remaining liquid and vents its boil-off), precool the recovery dewars, two test transfers, pressurise
 * and connect the bags, reverse-transfer liquid into each dewar in turn (to its capacity) while the boil-off and
 * the transfer flash fill the bags (vented once they are full), record the bags, ship the dewars and bags, and
 * close the campaign; the magnet then warms up and its remainder is vented.
 */
final class Decommissioning {

    private final Engine engine;
    private final Scenario.Campaign cfg;
    private final String operator;
    private final double volumeL;
    private final double boilPerMs;
    private final List<SimulatedDewar> dewars;
    private final List<Bag> bags;
    private final CampaignMachine machine;
    private CampaignState state;
    double magnetKg;
    private int bagIndex;
    private boolean bagsConnected;
    private boolean aborted;
    private boolean done;
    private double flashPerMs;
    private double flashMoved;
    private long t;
    private Agenda.Task fullTask;

    Decommissioning(Engine engine, Scenario.Campaign cfg, double volumeL, List<SimulatedDewar> dewars, List<Bag> bags,
                    List<Dewar> dewarDefs, List<GasBag> bagDefs) {
        this.engine = engine;
        this.cfg = cfg;
        this.operator = cfg.siteId() + " staff";
        this.volumeL = volumeL;
        this.boilPerMs = Physics.boilOffPerMs(cfg.boilOffLitresPerDay());
        this.dewars = dewars;
        this.bags = bags;
        this.magnetKg = Physics.liquidMass(cfg.litresLeft(), volumeL);
        this.t = engine.agenda.now();
        this.machine = new CampaignMachine(cfg.id(), cfg.siteId(), dewarDefs, bagDefs, 2);
        this.state = machine.initial(engine.instant());
    }

    /** Schedules {@code action}, which does not run if the campaign was aborted meanwhile. */
    private Agenda.Task later(double ms, Runnable action) {
        return engine.agenda.after(ms, () -> {
            if (!aborted) {
                action.run();
            }
        });
    }

    /**
     * A quench of the magnet: what liquid is left boils off through the relief valve, the bags and the
     * transfer stop, and the procedure records the abort and the vent of what was not recovered.
     */
    void quench() {
        if (aborted || done) {
            return;
        }
        settle();
        double lost = Math.max(0, magnetKg - Physics.liquidMass(0, volumeL));
        magnetKg -= lost;
        engine.loss(LossCause.QUENCH, lost);
        flashPerMs = 0;
        bagsConnected = false;
        aborted = true;
        step(new CampaignEvent.Quench(engine.instant(), "level collapse and flow spike on " + cfg.magnetId()));
    }

    /** The magnet's stock at the start, counted. */
    double initialKg() {
        return magnetKg;
    }

    private void step(CampaignEvent event) {
        state = engine.drive(machine, state, event);
    }

    /** Counts the magnet at {@code countedAt} and starts the campaign's schedule. */
    void start(Instant countedAt) {
        engine.record(new LedgerEvent.InventoryCounted(countedAt, cfg.siteId(), cfg.labId(), cfg.magnetId(),
                Engine.liquid(cfg.litresLeft())));
        step(new CampaignEvent.PlanApproved(engine.instant(), operator));
        later(Physics.MS_PER_HOUR, () -> {
            settle();
            step(new CampaignEvent.Deenergised(engine.instant(), operator, Physics.litres(magnetKg, volumeL)));
        });
        later(Physics.MS_PER_DAY, () -> step(new CampaignEvent.Precooled(engine.instant(), operator)));
        for (int i = 2; i >= 1; i--) {
            double day = Math.max(1.1, cfg.precoolDays() - 1.5 * i);
            int n = 3 - i;
            later(day * Physics.MS_PER_DAY, () -> step(new CampaignEvent.TestTransfer(engine.instant(),
                    operator, "test transfer " + n + " of 2")));
        }
        later(cfg.precoolDays() * Physics.MS_PER_DAY, () -> {
            settle();
            step(new CampaignEvent.Pressurised(engine.instant(), operator));
            bagsConnected = true;
            reschedule();
            transfer(0);
        });
    }

    /** Boil-off and flash since the last call into the bags (once connected), the rest vented. */
    void settle() {
        long now = engine.agenda.now();
        long dt = now - t;
        t = now;
        if (dt <= 0) {
            return;
        }
        double floor = Physics.liquidMass(0, volumeL);
        double boil = Math.min(boilPerMs * dt, Math.max(0, magnetKg - floor));
        double flash = flashPerMs * dt;
        magnetKg -= boil + flash;
        flashMoved += flash;
        double gas = boil + flash;
        while (gas > 0 && bagsConnected && bagIndex < bags.size()) {
            Bag bag = bags.get(bagIndex);
            double x = Math.min(gas, bag.capacityKg() - bag.kg);
            bag.kg += x;
            gas -= x;
            if (bag.kg < bag.capacityKg() * (1 - 1e-9)) {
                break;
            }
            bagIndex++;
        }
        if (gas > 0) {
            engine.loss(LossCause.CAMPAIGN_VENT, gas);
        }
    }

    private void reschedule() {
        if (fullTask != null) {
            fullTask.cancel();
            fullTask = null;
        }
        if (bagsConnected && bagIndex < bags.size()) {
            Bag bag = bags.get(bagIndex);
            fullTask = later((bag.capacityKg() - bag.kg) / (boilPerMs + flashPerMs), () -> {
                settle();
                reschedule();
            });
        }
    }

    private void transfer(int i) {
        settle();
        SimulatedDewar dewar = i < dewars.size() ? dewars.get(i) : null;
        double take = dewar == null ? 0 : Math.min(dewar.volumeL - dewar.litres(),
                (Physics.litres(magnetKg, volumeL) - LiquidTransfer.HEEL) * (1 - LiquidTransfer.FLASH));
        if (take <= 0) {
            ship();
            return;
        }
        dewar.settle(engine.agenda.now(), engine);
        double drawn = take / (1 - LiquidTransfer.FLASH);
        double ms = drawn / cfg.transferLitresPerHour() * Physics.MS_PER_HOUR;
        flashPerMs = drawn * LiquidTransfer.FLASH * Physics.DRHO / ms;
        flashMoved = 0;
        reschedule();
        later(ms, () -> {
            settle();
            double rest = drawn * Physics.DRHO - flashMoved;
            flashPerMs = 0;
            magnetKg -= rest;
            dewar.settle(engine.agenda.now(), engine);
            dewar.kg += rest;
            step(new CampaignEvent.DewarFilled(engine.instant(), dewar.id, Math.min(dewar.volumeL, dewar.litres())));
            reschedule();
            transfer(i + 1);
        });
    }

    private void ship() {
        settle();
        bagsConnected = false;
        if (fullTask != null) {
            fullTask.cancel();
        }
        List<Bag> filled = new ArrayList<>();
        for (Bag bag : bags) {
            if (bag.kg > 0) {
                filled.add(bag);
                step(new CampaignEvent.BoilOffBagged(engine.instant(), bag.id, Volume.ofCubicMetres(bag.gasVolume(bag.kg)),
                        Temperature.ofKelvin(Physics.ROOM_K), new Purity(bag.purity)));
            }
        }
        step(new CampaignEvent.Shipped(engine.instant(), operator, cfg.toSiteId()));
        List<String> ids = new ArrayList<>();
        dewars.forEach(d -> ids.add(d.id));
        filled.forEach(b -> ids.add(b.id));
        double kg = dewars.stream().mapToDouble(d -> d.kg).sum() + filled.stream().mapToDouble(b -> b.kg).sum();
        ShipmentState sent = Shipping.send(engine, cfg.siteId(), cfg.toSiteId(), ids, kg, operator);
        long now = engine.agenda.now();
        for (SimulatedDewar d : dewars) {
            d.settle(now, engine);
            d.place = SimulatedDewar.Place.TRANSIT;
        }
        engine.agenda.after(cfg.transportDays() * Physics.MS_PER_DAY, () -> {
            Shipping.receive(engine, sent, cfg.toSiteId() + " staff");
            long at = engine.agenda.now();
            for (SimulatedDewar d : dewars) {
                d.settle(at, engine);
                d.place = SimulatedDewar.Place.STOCK;
                d.siteId = cfg.toSiteId();
            }
            if (aborted) {
                return;
            }
            settle();
            double rest = magnetKg;
            magnetKg = 0;
            engine.loss(LossCause.CAMPAIGN_VENT, rest);
            step(new CampaignEvent.Completed(engine.instant(), operator));
            done = true;
            engine.record(new LedgerEvent.Vented(engine.instant(), cfg.siteId(), cfg.labId(), HeliumAmount.ofKilograms(rest),
                    "magnet " + cfg.magnetId() + " warmed up: the rest vented"));
        });
    }

    /** Every bag of the campaign, full or not. */
    List<Bag> bagsHeld() {
        return bags;
    }

    /** The magnet's level now, % (for sensors). */
    double levelPercent() {
        return 100 * Physics.litres(magnetKg, volumeL) / volumeL;
    }
}
