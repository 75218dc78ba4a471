package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.recovery.CylinderEvent;
import io.github.herenet.helium.recovery.LiquefactionEvent;
import io.github.herenet.helium.recovery.LiquefactionMachine;
import io.github.herenet.helium.recovery.LiquefactionState;
import io.github.herenet.helium.thermo.HeliumAmount;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The hub's plant: cylinders received and fed to the purifier (what it keeps goes to the gas store, the rest is lost with
 * the impurities), the liquefier's daily run (its share of the received gas, as the phase allows, into the hub's
 * dewars), and the dewars it sends out (its own liquid first, then liquid bought from a supplier).
 */
final class HubPlant {

    /** Dewars are filled to this share of their capacity. */
    static final double FILL = 0.98;

    final Engine engine;
    final Scenario.Hub cfg;
    final String siteId;
    final List<SimulatedDewar> dewars = new ArrayList<>();
    double gasStoreKg;
    /** Purified gas the phase allows to be liquefied and not yet liquefied, kg. */
    double allowanceKg;
    double producedLitres;
    double purchasedLitres;
    private final LiquefactionMachine machine;
    private LiquefactionState liquefier;

    HubPlant(Engine engine, Scenario.Hub cfg) {
        this.engine = engine;
        this.cfg = cfg;
        this.siteId = cfg.siteId();
        this.machine = new LiquefactionMachine(siteId + "-liquefier", siteId, LiquefactionMachine.DEFAULT_PURITY_LIMIT, false);
        this.liquefier = machine.initial(engine.instant());
    }

    /** What the liquefier is fed from: the purified gas (the cylinders' own procedure records their feed). */
    static final String GAS_STORE = "gas store";

    /** Feeds cylinders just received to the purifier. */
    void feed(List<SimulatedCylinder> cylinders) {
        double share = engine.phase().liquefyShare();
        String operator = siteId + " staff";
        for (SimulatedCylinder c : cylinders) {
            c.drive(engine, new CylinderEvent.Received(engine.instant(), siteId));
            c.drive(engine, new CylinderEvent.FeedStarted(engine.instant(), operator));
            c.drive(engine, new CylinderEvent.FeedEnded(engine.instant()));
            double kept = c.kg * cfg.purifierEfficiency();
            engine.loss(LossCause.PURIFIER, c.kg - kept);
            gasStoreKg += kept;
            allowanceKg += share * kept;
            c.empty();
        }
    }

    /**
     * The liquefier's day {@code day}: in or out of maintenance, and a run from now for its hours on the gas
     * store, if the phase gives it gas to liquefy. Its procedure is a {@link LiquefactionMachine} (the purified
     * gas passes its purity interlock; it yields the LiquidProduced events).
     */
    void run(int day) {
        Instant t = engine.instant();
        String operator = siteId + " staff";
        boolean maintenance = cfg.inMaintenance(day);
        if (maintenance && liquefier.phase() == LiquefactionState.Phase.IDLE) {
            liquefier = engine.drive(machine, liquefier, new LiquefactionEvent.MaintenanceStarted(t, operator,
                    "scheduled maintenance"));
        } else if (!maintenance && liquefier.phase() == LiquefactionState.Phase.MAINTENANCE) {
            liquefier = engine.drive(machine, liquefier, new LiquefactionEvent.MaintenanceEnded(t, operator));
        }
        if (maintenance || engine.phase().liquefyShare() <= 0 || cfg.hoursPerDay() <= 0 || allowanceKg <= 0) {
            return;
        }
        liquefier = engine.drive(machine, liquefier, new LiquefactionEvent.FeedStarted(t, GAS_STORE,
                new Purity(cfg.purifiedPurity()), operator));
        liquefier = engine.drive(machine, liquefier, new LiquefactionEvent.VesselFed(t));
        engine.agenda.after(cfg.hoursPerDay() * Physics.MS_PER_HOUR, this::produce);
    }

    boolean liquefying() {
        return liquefier.phase() == LiquefactionState.Phase.LIQUEFYING || liquefier.phase() == LiquefactionState.Phase.PRODUCED;
    }

    private void produce() {
        long now = engine.agenda.now();
        double kg = Math.min(cfg.liquefierLitresPerHour() * cfg.hoursPerDay() * Physics.DRHO,
                Math.min(allowanceKg, gasStoreKg));
        for (SimulatedDewar d : stock(now)) {
            if (kg <= 1e-9) {
                break;
            }
            double room = (FILL * d.volumeL - d.litres()) * Physics.DRHO;
            double x = Math.min(room, kg);
            if (x <= 1e-6) {
                continue;
            }
            count(d);
            d.kg += x;
            gasStoreKg -= x;
            allowanceKg -= x;
            kg -= x;
            producedLitres += x / Physics.DRHO;
            liquefier = engine.drive(machine, liquefier, new LiquefactionEvent.Produced(engine.instant(), d.id,
                    x / Physics.DRHO));
        }
        liquefier = engine.drive(machine, liquefier, new LiquefactionEvent.Stopped(engine.instant(), siteId + " staff"));
    }

    /** The dewars in the hub's stock, brought up to now, fullest first. */
    private List<SimulatedDewar> stock(long now) {
        List<SimulatedDewar> free = new ArrayList<>();
        for (SimulatedDewar d : dewars) {
            if (!d.busy && d.place == SimulatedDewar.Place.STOCK) {
                d.settle(now, engine);
                free.add(d);
            }
        }
        free.sort(Comparator.comparingDouble(SimulatedDewar::litres).reversed());
        return free;
    }

    /**
     * Dewars holding at least {@code litres} of liquid together, taken from stock (fullest first), topping up
     * with purchased liquid as needed; empty if no dewar is free.
     */
    List<SimulatedDewar> allocate(double litres) {
        List<SimulatedDewar> picked = new ArrayList<>();
        double sum = 0;
        List<SimulatedDewar> stock = stock(engine.agenda.now());
        for (SimulatedDewar d : stock) {
            if (sum >= litres) {
                break;
            }
            if (d.litres() < 5) {
                continue;
            }
            picked.add(d);
            sum += d.litres();
        }
        for (SimulatedDewar d : stock) {
            if (sum >= litres) {
                break;
            }
            double before = d.litres();
            double buy = FILL * d.volumeL - before;
            if (buy <= 1) {
                continue;
            }
            count(d);
            double kg = buy * Physics.DRHO;
            d.kg += kg;
            engine.bought(kg);
            purchasedLitres += buy;
            engine.record(new LedgerEvent.Purchased(engine.instant(), siteId, d.id, HeliumAmount.ofKilograms(kg)));
            if (!picked.contains(d)) {
                picked.add(d);
                sum += before;
            }
            sum += buy;
        }
        picked.forEach(d -> d.busy = true);
        return picked;
    }

    /** Records a dewar's level as measured now (before it is filled, so the ledger adds to the true level). */
    void count(SimulatedDewar d) {
        engine.record(Engine.dewarCount(d, null, engine.instant()));
    }
}
