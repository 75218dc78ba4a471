package io.github.herenet.helium.sim.network;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The liquid supply of a lab's experiments ({@link Scenario.Experiment}): each week the lab orders the week's
 * liquid from the hub (a dewar, boiling off in transit); once delivered, the liquid is transferred into the
 * lab's cryostats at a steady rate (the week's litres over a week) and boils off there, into the lab's recovery
 * line but for the share lost at the cryostats ({@link LabLine#startCryostat}). When its share of the week's
 * liquid is drawn, the dewar is returned with what is left and the next delivered one takes over. The ledger
 * sees the lab's own accounts: the delivery and the return, the dewar counted at the lab at a month end, the
 * meter, and the vents recorded at the end of each draw and each month.
 */
final class ExperimentSupply {

    static final double WEEK_DAYS = 7;

    private final Engine engine;
    private final LabLine line;
    private final Scenario.Experiment cfg;
    /** The draw into the cryostats, kg/ms. */
    private final double kgPerMs;
    /** Dewars delivered and not yet drawn from, in order. */
    private final ArrayDeque<Portion> delivered = new ArrayDeque<>();
    private boolean drawing;

    /** A delivered dewar, the litres the lab draws from it and the lead time of its way back. */
    private record Portion(SimulatedDewar dewar, double litres, double days) {
    }

    ExperimentSupply(Engine engine, LabLine line, Scenario.Experiment cfg) {
        this.engine = engine;
        this.line = line;
        this.cfg = cfg;
        this.kgPerMs = cfg.litresPerWeek() * Physics.DRHO / (WEEK_DAYS * Physics.MS_PER_DAY);
    }

    /** Places the first order now and one each week after it (nothing without a hub to order from). */
    void start() {
        if (engine.hub == null) {
            return;
        }
        engine.agenda.after(WEEK_DAYS * Physics.MS_PER_DAY, this::start);
        order();
    }

    /** Orders the week's liquid, or asks again tomorrow if the hub has no dewar free. */
    private void order() {
        double days = engine.transportDays(line.station.cfg.transportDays());
        List<SimulatedDewar> sent = engine.hub.allocate(cfg.litresPerWeek() + LiquidTransfer.HEEL);
        if (sent.isEmpty()) {
            engine.agenda.after(Physics.MS_PER_DAY, this::order);
            return;
        }
        LiquidTransfer.deliver(engine, line, sent, days, () -> {
            double want = cfg.litresPerWeek();
            for (SimulatedDewar d : sent) {
                double take = Math.max(0, Math.min(d.litres() - LiquidTransfer.HEEL, want));
                want -= take;
                delivered.add(new Portion(d, take, days));
            }
            if (!drawing) {
                next();
            }
        });
    }

    /** Draws from the next delivered dewar, if any, and returns it when its portion is drawn. */
    private void next() {
        Portion p = delivered.poll();
        drawing = p != null;
        if (p == null) {
            return;
        }
        if (p.litres() <= 0.5) {
            LiquidTransfer.giveBack(engine, line, p.dewar(), p.days());
            next();
            return;
        }
        line.startCryostat(p.dewar(), kgPerMs, cfg.recoveredFraction());
        engine.agenda.after(p.litres() * Physics.DRHO / kgPerMs, () -> {
            line.endCryostat();
            LiquidTransfer.giveBack(engine, line, p.dewar(), p.days());
            next();
        });
    }
}
