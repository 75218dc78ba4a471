package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.ledger.LedgerEvent.CampaignStep.Step;
import io.github.herenet.helium.thermo.HeliumAmount;

import java.util.ArrayList;
import java.util.List;

/**
 * The HeliGet magnet decommissioning procedure: plan, de-energise (the magnet keeps its remaining liquid), precool
 * the recovery dewars, two test transfers, then the reverse transfer of liquid into each dewar in turn (to its
 * capacity), the boil-off and transfer flash into the bags until they are full (vented after that), shipment
 * of the dewars and bags, and the warm-up of the magnet, whose remainder is vented.
 */
final class Decommissioning {

    private final Engine engine;
    private final Scenario.Campaign cfg;
    private final double volumeL;
    private final double boilPerMs;
    private final List<Dw> dewars;
    private final List<Bag> bags;
    final List<Bag> filled = new ArrayList<>();
    double magnetKg;
    private int bagIndex;
    private boolean shipped;
    private double flashPerMs;
    private double flashMoved;
    private long t;
    private Agenda.Task fullTask;

    Decommissioning(Engine engine, Scenario.Campaign cfg, double volumeL, List<Dw> dewars, List<Bag> bags) {
        this.engine = engine;
        this.cfg = cfg;
        this.volumeL = volumeL;
        this.boilPerMs = Physics.boilOffPerMs(cfg.boilOffLitresPerDay());
        this.dewars = dewars;
        this.bags = bags;
        this.magnetKg = Physics.liquidMass(cfg.litresLeft(), volumeL);
        this.t = engine.agenda.now();
    }

    /** The magnet's stock at the start, counted. */
    double initialKg() {
        return magnetKg;
    }

    /** Counts the magnet at {@code countedAt} and starts the campaign's schedule. */
    void start(java.time.Instant countedAt) {
        engine.record(new LedgerEvent.InventoryCounted(countedAt, cfg.siteId(), cfg.labId(), cfg.magnetId(),
                Engine.liquid(cfg.litresLeft())));
        step(Step.PLAN, "recover the remaining liquid of " + cfg.magnetId() + " into " + dewars.size() + " dewars");
        engine.agenda.after(Physics.MS_PER_HOUR, () -> {
            settle();
            step(Step.DEENERGISE, "de-energised without a quench, about " + Math.round(Physics.litres(magnetKg, volumeL))
                    + " L left; boil-off to the bags");
            reschedule();
        });
        engine.agenda.after(Physics.MS_PER_DAY, () -> step(Step.PRECOOL, "recovery dewars precooled"));
        for (int i = 2; i >= 1; i--) {
            double day = Math.max(1.1, cfg.precoolDays() - 1.5 * i);
            int n = 3 - i;
            engine.agenda.after(day * Physics.MS_PER_DAY, () -> step(Step.TEST_TRANSFER, "test transfer " + n));
        }
        engine.agenda.after(cfg.precoolDays() * Physics.MS_PER_DAY, () -> transfer(0));
    }

    private void step(Step step, String note) {
        engine.record(new LedgerEvent.CampaignStep(engine.instant(), cfg.id(), cfg.siteId(), step, null,
                HeliumAmount.ZERO, note));
    }

    /** Boil-off and flash since the last call into the bags, the rest vented. */
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
        while (gas > 0 && !shipped && bagIndex < bags.size()) {
            Bag bag = bags.get(bagIndex);
            double x = Math.min(gas, bag.capacityKg() - bag.kg);
            bag.kg += x;
            gas -= x;
            if (bag.kg >= bag.capacityKg() * (1 - 1e-9)) {
                filled.add(bag);
                bagIndex++;
                engine.record(new LedgerEvent.CampaignStep(engine.instant(), cfg.id(), cfg.siteId(), Step.BOILOFF_TO_BAG,
                        bag.id, HeliumAmount.ofKilograms(bag.kg), String.format("bag %s full: %.2f m3", bag.id, bag.capacityM3)));
            } else {
                break;
            }
        }
        if (gas > 0) {
            engine.loss(LossCause.CAMPAIGN_VENT, gas);
        }
    }

    private void reschedule() {
        if (fullTask != null) {
            fullTask.cancel();
        }
        double rate = boilPerMs + flashPerMs;
        if (!shipped && bagIndex < bags.size()) {
            Bag bag = bags.get(bagIndex);
            fullTask = engine.agenda.after((bag.capacityKg() - bag.kg) / rate, () -> {
                settle();
                reschedule();
            });
        }
    }

    private void transfer(int i) {
        settle();
        if (i >= dewars.size()) {
            ship();
            return;
        }
        Dw dewar = dewars.get(i);
        dewar.settle(engine.agenda.now(), engine);
        double take = Math.min(dewar.volumeL - dewar.litres(),
                (Physics.litres(magnetKg, volumeL) - LiquidTransfer.HEEL) * (1 - LiquidTransfer.FLASH));
        if (take <= 0) {
            ship();
            return;
        }
        double drawn = take / (1 - LiquidTransfer.FLASH);
        double ms = drawn / cfg.transferLitresPerHour() * Physics.MS_PER_HOUR;
        flashPerMs = drawn * LiquidTransfer.FLASH * Physics.DRHO / ms;
        flashMoved = 0;
        reschedule();
        engine.agenda.after(ms, () -> {
            settle();
            double rest = drawn * Physics.DRHO - flashMoved;
            flashPerMs = 0;
            magnetKg -= rest;
            dewar.settle(engine.agenda.now(), engine);
            dewar.kg += rest;
            engine.record(new LedgerEvent.CampaignStep(engine.instant(), cfg.id(), cfg.siteId(), Step.LIQUID_TO_DEWAR,
                    dewar.id, HeliumAmount.ofKilograms(dewar.kg), String.format("%.1f L into %s", dewar.litres(), dewar.id)));
            reschedule();
            transfer(i + 1);
        });
    }

    private void ship() {
        settle();
        shipped = true;
        if (fullTask != null) {
            fullTask.cancel();
        }
        Bag partial = bagIndex < bags.size() ? bags.get(bagIndex) : null;
        if (partial != null && partial.kg > 0) {
            filled.add(partial);
            engine.record(new LedgerEvent.CampaignStep(engine.instant(), cfg.id(), cfg.siteId(), Step.BOILOFF_TO_BAG,
                    partial.id, HeliumAmount.ofKilograms(partial.kg), "bag " + partial.id + " taken off part full"));
        }
        List<String> ids = new ArrayList<>();
        dewars.forEach(d -> ids.add(d.id));
        filled.forEach(b -> ids.add(b.id));
        String id = engine.nextShipmentId(cfg.siteId());
        step(Step.SHIP, "dewars and bags to " + cfg.toSiteId());
        engine.record(new LedgerEvent.ShipmentSent(engine.instant(), id, cfg.siteId(), cfg.toSiteId(), ids));
        long now = engine.agenda.now();
        for (Dw d : dewars) {
            d.settle(now, engine);
            d.place = Dw.Place.TRANSIT;
        }
        engine.agenda.after(cfg.transportDays() * Physics.MS_PER_DAY, () -> {
            engine.record(new LedgerEvent.ShipmentReceived(engine.instant(), id));
            long at = engine.agenda.now();
            for (Dw d : dewars) {
                d.settle(at, engine);
                d.place = Dw.Place.STOCK;
                d.siteId = cfg.toSiteId();
            }
            settle();
            double rest = magnetKg;
            magnetKg = 0;
            engine.loss(LossCause.CAMPAIGN_VENT, rest);
            engine.record(new LedgerEvent.Vented(engine.instant(), cfg.siteId(), cfg.labId(), HeliumAmount.ofKilograms(rest),
                    "magnet " + cfg.magnetId() + " warmed up: the rest vented"));
            step(Step.DONE, String.format("%.0f L in %d dewars, %.2f m3 in %d bags", dewars.stream().mapToDouble(Dw::litres).sum(),
                    dewars.size(), filled.stream().mapToDouble(b -> b.kg / Physics.BAG_RHO).sum(), filled.size()));
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
