package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.inventory.Cylinder;
import io.github.herenet.helium.inventory.Dewar;
import io.github.herenet.helium.inventory.GasBag;
import io.github.herenet.helium.inventory.GasMeter;
import io.github.herenet.helium.inventory.LiquidLevel;
import io.github.herenet.helium.inventory.Magnet;
import io.github.herenet.helium.inventory.Network;
import io.github.herenet.helium.inventory.Vessel;
import io.github.herenet.helium.inventory.VesselReading;
import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.ledger.RecordedEvent;
import io.github.herenet.helium.recovery.Machine;
import io.github.herenet.helium.recovery.Transition;
import io.github.herenet.helium.units.Pressure;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The simulation's state and its wiring: the agenda, the true helium account, the procedures (one object per
 * lab line, partner station, the hub's plant and a campaign), the schedule of daily and monthly routines, the
 * faults, and the ledger it writes to. Not thread-safe: {@link NetworkSimulation} guards it.
 */
final class Engine {

    final Scenario scenario;
    final Ledger ledger;
    final Agenda agenda;
    final SplittableRandom random;
    final long startMs;
    final HubPlant hub;
    final Map<String, Station> stations = new LinkedHashMap<>();
    final Map<String, LabLine> lines = new LinkedHashMap<>();
    final Map<String, SimulatedDewar> dewars = new LinkedHashMap<>();
    final Decommissioning campaign;
    final List<InjectedFault> injected = new ArrayList<>();
    final List<Consumer<RecordedEvent>> ledgerListeners = new CopyOnWriteArrayList<>();
    /** Ledger events not yet appended, at most {@link #BATCH}. */
    private static final int BATCH = 512;
    private final List<LedgerEvent> pending = new ArrayList<>();
    private final double[] losses = new double[LossCause.values().length];
    private final List<Fault.LostShipment> pendingLost = new ArrayList<>();
    private double inKg;
    private int shipments;

    Engine(Scenario scenario, long seed, Ledger ledger) {
        this.scenario = scenario;
        this.ledger = ledger;
        this.random = new SplittableRandom(seed);
        this.startMs = scenario.start().toEpochMilli();
        this.agenda = new Agenda(startMs);
        Network network = scenario.network();
        this.hub = scenario.hub() == null ? null : new HubPlant(this, scenario.hub());
        Map<String, Vessel> byId = new HashMap<>();
        Map<String, List<Network.Placement>> byHome = new HashMap<>();
        Map<String, GasMeter> meterOfLab = new HashMap<>();
        network.meters().forEach(m -> meterOfLab.putIfAbsent(m.labId(), m));
        for (Network.Placement p : network.vessels()) {
            byId.put(p.vessel().id(), p.vessel());
            byHome.computeIfAbsent(p.homeSiteId(), k -> new ArrayList<>()).add(p);
            if (p.vessel() instanceof Dewar d) {
                SimulatedDewar dw = new SimulatedDewar(d, p.homeSiteId(), startMs);
                dewars.put(d.id(), dw);
                if (hub != null && p.homeSiteId().equals(hub.siteId)) {
                    hub.dewars.add(dw);
                }
            }
        }
        for (Scenario.Partner partner : scenario.partners()) {
            Station station = new Station(this, partner);
            stations.put(partner.siteId(), station);
            for (Network.Placement p : byHome.getOrDefault(partner.siteId(), List.of())) {
                if (p.vessel() instanceof GasBag bag) {
                    station.bags.add(new Bag(bag, partner.siteId(), startMs));
                } else if (p.vessel() instanceof Cylinder c) {
                    station.cylinders.add(new SimulatedCylinder(c, partner.siteId(), startMs));
                }
            }
            station.ready();
            for (Scenario.Line cfg : partner.lines()) {
                Magnet magnet = (Magnet) byId.get(cfg.magnetId());
                double boilFactor = 0.9 + 0.2 * random.nextDouble();
                double meterStart = Math.floor(1000 + 4000 * random.nextDouble());
                double lineLoss = 0.01 + 0.04 * random.nextDouble();
                LabLine line = new LabLine(this, station, cfg, magnet, meterOfLab.get(cfg.labId()), boilFactor, meterStart,
                        lineLoss);
                lines.put(cfg.labId(), line);
                station.lines.add(line);
            }
        }
        Scenario.Campaign c = scenario.decommissioning();
        if (c != null) {
            Magnet magnet = (Magnet) byId.get(c.magnetId());
            List<SimulatedDewar> cd = c.dewarIds().stream().map(dewars::get).toList();
            List<Bag> cb = c.bagIds().stream().map(id -> new Bag((GasBag) byId.get(id), c.siteId(), startMs)).toList();
            campaign = new Decommissioning(this, c, magnet.heliumVolume().litres(), cd, cb,
                    c.dewarIds().stream().map(id -> (Dewar) byId.get(id)).toList(), cb.stream().map(b -> b.def).toList());
        } else {
            campaign = null;
        }
        initialStock();
        for (Fault f : scenario.faults()) {
            agenda.at(startMs + Math.round(f.startDay() * Physics.MS_PER_DAY), () -> inject(f));
        }
        scheduleRoutines();
    }

    /**
     * The stock at the start: magnets at their initial level, a third of the hub's dewars part full. It is
     * counted (and the meters read) one second before the start, so the first month opens with it.
     */
    private void initialStock() {
        Instant before = Instant.ofEpochMilli(startMs - 1000);
        for (LabLine line : lines.values()) {
            inKg += line.magnetKg;
            record(meterRead(line, before));
            record(magnetCount(line, before));
        }
        if (hub != null) {
            for (int i = 0; i < hub.dewars.size(); i += 3) {
                SimulatedDewar d = hub.dewars.get(i);
                d.kg = Physics.liquidMass(60 + 30 * random.nextDouble(), d.volumeL);
            }
        }
        for (SimulatedDewar d : dewars.values()) {
            inKg += d.kg;
            if (d.litres() > 0) {
                record(dewarCount(d, null, before));
            }
        }
        if (campaign != null) {
            inKg += campaign.initialKg();
            campaign.start(before);
        }
        for (Station s : stations.values()) {
            for (LabLine line : s.lines) {
                line.connect(s.takeEmpty(line));
                line.scheduleOrder();
                if (line.experiments != null) {
                    line.experiments.start();
                }
            }
        }
    }

    private void scheduleRoutines() {
        scheduleMonthEnd(java.time.YearMonth.from(scenario.startDate()));
        scheduleDay(0);
    }

    /** The survey at the last second of {@code month}; the next month's is scheduled from there. */
    private void scheduleMonthEnd(java.time.YearMonth month) {
        long end = month.plusMonths(1).atDay(1).atStartOfDay(scenario.zone()).toInstant().toEpochMilli() - 1000;
        agenda.at(end, () -> {
            monthEnd();
            scheduleMonthEnd(month.plusMonths(1));
        });
    }

    /** The routines of day {@code day}: meters read, the liquefier run; the next day's are scheduled from here. */
    private void scheduleDay(int day) {
        ZonedDateTime morning = scenario.startDate().plusDays(day).atTime(scenario.meterReadHour(), 0).atZone(scenario.zone());
        agenda.at(morning.toInstant().toEpochMilli(), () -> {
            for (LabLine line : lines.values()) {
                line.settle(agenda.now());
                record(meterRead(line, instant()));
            }
            if (hub != null) {
                hub.run(day);
            }
            scheduleDay(day + 1);
        });
    }

    /**
     * The month-end survey: meters read, magnets and dewars at labs counted, the experiments' vents recorded,
     * full cylinders shipped.
     */
    private void monthEnd() {
        long now = agenda.now();
        Instant at = instant();
        for (LabLine line : lines.values()) {
            line.settle(now);
            record(meterRead(line, at));
            record(magnetCount(line, at));
            line.recordCryostatVent();
        }
        for (SimulatedDewar d : dewars.values()) {
            if (d.place == SimulatedDewar.Place.LAB) {
                record(dewarCount(d, d.labId, at));
            }
        }
        if (hub != null) {
            for (SimulatedDewar d : hub.dewars) {
                if (!d.busy && d.place == SimulatedDewar.Place.STOCK) {
                    d.settle(now, this);
                    record(dewarCount(d, null, at));
                }
            }
        }
        for (Station s : stations.values()) {
            s.ship();
        }
    }

    private static LedgerEvent meterRead(LabLine line, Instant at) {
        return new LedgerEvent.MeterRead(at, line.meter.id(), line.meterShownM3);
    }

    private static LedgerEvent magnetCount(LabLine line, Instant at) {
        return new LedgerEvent.InventoryCounted(at, line.station.siteId, line.labId, line.magnetId,
                liquid(Math.min(line.volumeL, line.litres())));
    }

    /** A count of a dewar's level at its site (and lab, if it is at one). */
    static LedgerEvent dewarCount(SimulatedDewar d, String labId, Instant at) {
        return new LedgerEvent.InventoryCounted(at, d.siteId, labId, d.id, liquid(d.litres()));
    }

    /** A liquid reading of {@code litres} at 1 atm. */
    static VesselReading liquid(double litres) {
        return new VesselReading.Liquid(new LiquidLevel.Litres(litres), Pressure.STANDARD_ATMOSPHERE);
    }

    private void inject(Fault fault) {
        long now = agenda.now();
        if (fault instanceof Fault.Leak f) {
            LabLine line = lines.get(f.labId());
            if (line != null) {
                line.settle(now);
                line.leak = f.fraction();
                line.reschedule();
                injected(f, line.station.siteId, String.format("leak of %.0f %% in the recovery line of lab %s, before its meter",
                        100 * f.fraction(), f.labId()));
            }
        } else if (fault instanceof Fault.MeterHigh f) {
            for (LabLine line : lines.values()) {
                if (line.meter.id().equals(f.meterId())) {
                    line.settle(now);
                    line.meterFactor = f.factor();
                    injected(f, line.station.siteId, String.format("gas meter %s of lab %s reads %.0f %% high",
                            f.meterId(), line.labId, 100 * (f.factor() - 1)));
                }
            }
        } else if (fault instanceof Fault.StuckSensor f) {
            stick(f, now);
        } else if (fault instanceof Fault.CompressorFault f) {
            Station s = stations.get(f.siteId());
            if (s != null) {
                s.fail(f.days());
                injected(f, f.siteId(), String.format("recovery compressor of %s out of order for %.1f days", f.siteId(), f.days()));
            }
        } else if (fault instanceof Fault.AirIngress f) {
            Station s = stations.get(f.siteId());
            if (s != null) {
                airIngress(s, f.heliumFraction());
                agenda.after(f.days() * Physics.MS_PER_DAY, () -> airIngress(s, 1));
                injected(f, f.siteId(), String.format("air leaking into the bags of %s for %.1f days (gas %.1f %% helium)",
                        f.siteId(), f.days(), 100 * f.heliumFraction()));
            }
        } else if (fault instanceof Fault.Quench f) {
            for (LabLine line : lines.values()) {
                if (line.magnetId.equals(f.magnetId()) && !line.quenched) {
                    line.quench();
                    injected(f, line.station.siteId, "quench of magnet " + f.magnetId() + " in lab " + line.labId);
                }
            }
            Scenario.Campaign c = scenario.decommissioning();
            if (campaign != null && c.magnetId().equals(f.magnetId())) {
                campaign.quench();
                injected(f, c.siteId(), "quench of magnet " + f.magnetId() + " during campaign " + c.id());
            }
        } else if (fault instanceof Fault.LostShipment f) {
            pendingLost.add(f);
        }
    }

    private void stick(Fault.StuckSensor f, long now) {
        for (LabLine line : lines.values()) {
            if (line.magnetId.equals(f.vesselId())) {
                line.stuckPercent = line.levelPercent(now);
                injected(f, line.station.siteId, String.format("level sensor of %s stuck at %.1f %%", f.vesselId(),
                        line.stuckPercent));
            }
        }
        SimulatedDewar d = dewars.get(f.vesselId());
        if (d != null) {
            stuckDewars.put(d.id, d.litresAt(now));
            injected(f, d.siteId, String.format("level sensor of dewar %s stuck at %.1f L", d.id, d.litresAt(now)));
        }
    }

    /** Dewars whose level sensor is stuck, and the litres it shows. */
    final Map<String, Double> stuckDewars = new HashMap<>();

    private void airIngress(Station s, double heliumFraction) {
        s.purity = heliumFraction;
        for (LabLine line : s.lines) {
            if (line.bag != null) {
                line.settle(agenda.now());
                line.bag.purity = Math.min(line.bag.purity, heliumFraction);
                line.reschedule();
            }
        }
    }

    void injected(Fault fault, String siteId, String description) {
        injected.add(new InjectedFault(fault, siteId, instant(), description));
    }

    /** The lost-shipment fault for the next shipment from {@code siteId}, if one is pending (used up). */
    Fault.LostShipment takeLostShipment(String siteId) {
        for (Fault.LostShipment f : pendingLost) {
            if (f.fromSiteId().equals(siteId)) {
                pendingLost.remove(f);
                return f;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- shared services

    /**
     * One step of a recovery procedure: {@code machine} decides the next state from {@code state} and
     * {@code event}, and the ledger events it yields are appended.
     *
     * @throws io.github.herenet.helium.recovery.IllegalTransitionException if the procedure refuses the step
     *                                                                      (a bug of the simulation)
     */
    <S, E> S drive(Machine<S, E> machine, S state, E event) {
        Transition<S> step = machine.apply(state, event);
        for (LedgerEvent e : step.ledgerEvents()) {
            record(e);
        }
        return step.state();
    }

    /** {@link #drive} for a sensor signal the procedure may ignore in its phase (a bag-low to a faulted compressor). */
    <S, E> S signal(Machine<S, E> machine, S state, E event) {
        return machine.permits(state, event) ? drive(machine, state, event) : state;
    }

    /**
     * Queues an event for the ledger. Events are appended in batches ({@link #flush}): a durable store then
     * makes one transaction of many events, not one each.
     */
    void record(LedgerEvent event) {
        pending.add(event);
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    /**
     * Appends the queued events to the ledger, in order, and tells the ledger listeners. Called when a batch is
     * full, before readings go out (a listener may append to the same ledger, e.g. an alert engine) and at the
     * end of each step of a run.
     *
     * @throws io.github.herenet.helium.ledger.LedgerValidationException naming the first event the ledger refuses
     */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<LedgerEvent> batch = new ArrayList<>(pending);
        pending.clear();
        List<RecordedEvent> recorded = ledger.appendAll(batch);
        if (!ledgerListeners.isEmpty()) {
            for (RecordedEvent r : recorded) {
                for (Consumer<RecordedEvent> l : ledgerListeners) {
                    l.accept(r);
                }
            }
        }
    }

    Instant instant() {
        return Instant.ofEpochMilli(agenda.now());
    }

    void loss(LossCause cause, double kg) {
        losses[cause.ordinal()] += kg;
    }

    void bought(double kg) {
        inKg += kg;
    }

    String nextShipmentId(String from) {
        return "S-" + from + "-" + (++shipments);
    }

    /** A shipment's lead time: the nominal days, give or take a fifth. */
    double transportDays(double nominal) {
        return nominal * (0.8 + 0.4 * random.nextDouble());
    }

    /** The programme phase now. */
    Scenario.Phase phase() {
        return scenario.phaseOn((agenda.now() - startMs) / Physics.MS_PER_DAY);
    }

    /** The true account, with every lazily integrated flow brought up to now. */
    HeliumBalance balance() {
        long now = agenda.now();
        double stock = 0;
        for (LabLine line : lines.values()) {
            line.settle(now);
            stock += line.magnetKg;
        }
        for (Station s : stations.values()) {
            for (Bag b : s.bags) {
                stock += b.kg;
            }
            for (SimulatedCylinder c : s.cylinders) {
                stock += c.kg;
            }
        }
        for (SimulatedDewar d : dewars.values()) {
            d.settle(now, this);
            stock += d.kg;
        }
        if (hub != null) {
            stock += hub.gasStoreKg;
        }
        if (campaign != null) {
            campaign.settle();
            stock += campaign.magnetKg;
            for (Bag b : campaign.bagsHeld()) {
                stock += b.kg;
            }
        }
        Map<LossCause, Double> byCause = new EnumMap<>(LossCause.class);
        for (LossCause c : LossCause.values()) {
            byCause.put(c, losses[c.ordinal()]);
        }
        return new HeliumBalance(inKg, 0, stock, byCause);
    }
}
