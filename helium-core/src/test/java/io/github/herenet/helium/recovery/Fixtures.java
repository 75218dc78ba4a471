package io.github.herenet.helium.recovery;

import io.github.herenet.helium.device.Quality;
import io.github.herenet.helium.device.Reading;
import io.github.herenet.helium.inventory.Cylinder;
import io.github.herenet.helium.inventory.Dewar;
import io.github.herenet.helium.inventory.GasBag;
import io.github.herenet.helium.inventory.Lab;
import io.github.herenet.helium.inventory.Network;
import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.inventory.Site;
import io.github.herenet.helium.ledger.InMemoryLedgerStore;
import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.units.Mass;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.PressureUnit;
import io.github.herenet.helium.units.Temperature;
import io.github.herenet.helium.units.Volume;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The vessels, machines and a small network for the recovery tests: partner tottori with 1 m3 bags B1-B3 and a
 * 47 L / 14.7 MPa(g) cylinder C1; hub okayama with 100 L dewars D1-D2; site iwate with an MRI campaign's
 * five 100 L dewars R1-R5 and three 1 m3 bags Q1-Q3.
 */
final class Fixtures {

    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    static final Temperature ROOM = Temperature.ofCelsius(20);
    static final Pressure FILL = Pressure.gauge(14.7, PressureUnit.MPA);

    static final GasBag B1 = bag("B1");
    static final GasBag B2 = bag("B2");
    static final Cylinder C1 = new Cylinder("C1", Volume.ofLitres(47), FILL, LocalDate.of(2024, 4, 1));
    static final Dewar D1 = dewar("D1");
    static final Dewar D2 = dewar("D2");
    static final List<Dewar> RECOVERY_DEWARS = List.of(dewar("R1"), dewar("R2"), dewar("R3"), dewar("R4"), dewar("R5"));
    static final List<GasBag> BOILOFF_BAGS = List.of(bag("Q1"), bag("Q2"), bag("Q3"));

    static final GasBagMachine BAGS = new GasBagMachine(B1, "tottori");
    static final CompressorMachine COMPRESSOR = new CompressorMachine("K1", FILL, Purity.ofPercent(95));
    static final CylinderMachine CYLINDERS = new CylinderMachine(C1, "tottori");
    static final ShipmentMachine SHIPMENTS = new ShipmentMachine();
    static final LiquefactionMachine LIQUEFIER = new LiquefactionMachine("L70", "okayama", LiquefactionMachine.DEFAULT_PURITY_LIMIT);
    static final LiquidTransferMachine TRANSFER = new LiquidTransferMachine(D1, D2, "okayama", false);
    static final CampaignMachine CAMPAIGN = new CampaignMachine("heliget-iwate", "iwate", RECOVERY_DEWARS, BOILOFF_BAGS, 2);

    private Fixtures() {
    }

    static GasBag bag(String id) {
        return new GasBag(id, Volume.ofCubicMetres(1));
    }

    static Dewar dewar(String id) {
        return new Dewar(id, Volume.ofLitres(100), 1.0, Mass.ofKilograms(50));
    }

    /** {@code hours} after {@link #T0}. */
    static Instant h(double hours) {
        return T0.plus(Duration.ofSeconds(Math.round(hours * 3600)));
    }

    /** A good reading of {@code channel} at {@code hours} after {@link #T0}. */
    static Reading reading(String channel, double value, String unit, double hours) {
        return new Reading(channel, value, unit, Quality.GOOD, h(hours));
    }

    /** A ledger in memory over {@link #network()}; close it. */
    static Ledger ledger() {
        return Ledger.open(network(), new InMemoryLedgerStore());
    }

    static Network network() {
        List<Network.Placement> vessels = new ArrayList<>();
        vessels.add(new Network.Placement(B1, "tottori"));
        vessels.add(new Network.Placement(B2, "tottori"));
        vessels.add(new Network.Placement(C1, "tottori"));
        vessels.add(new Network.Placement(D1, "okayama"));
        vessels.add(new Network.Placement(D2, "okayama"));
        RECOVERY_DEWARS.forEach(d -> vessels.add(new Network.Placement(d, "iwate")));
        BOILOFF_BAGS.forEach(b -> vessels.add(new Network.Placement(b, "iwate")));
        return new Network(
                List.of(new Site("okayama", "Okayama University", Site.Role.HUB),
                        new Site("tottori", "Tottori University", Site.Role.PARTNER),
                        new Site("iwate", "Iwate Medical University", Site.Role.PARTNER)),
                List.of(new Lab("nmr-a", "NMR A", "tottori")), List.of(), vessels);
    }

    /** One machine with a state in every phase and one event of every type, for the exhaustive tests. */
    record Sample<S extends MachineState<?>, E>(String name, Machine<S, E> machine, List<S> states, List<E> events,
                                               Class<E> eventType) {
    }

    static List<Sample<?, ?>> samples() {
        return List.of(gasBag(), compressor(), cylinder(), shipment(), liquefier(), transfer(), campaign());
    }

    private static Sample<GasBagState, GasBagEvent> gasBag() {
        Volume half = Volume.ofCubicMetres(0.5);
        List<GasBagState> states = List.of(GasBagState.empty("B1", T0),
                new GasBagState("B1", GasBagState.Phase.FILLING, T0, half, T0, false, null, null),
                new GasBagState("B1", GasBagState.Phase.FULL, T0, half, T0, false, null, null),
                new GasBagState("B1", GasBagState.Phase.SWAPPED, T0, half, T0, false, "B2", null),
                new GasBagState("B1", GasBagState.Phase.COMPRESSING, T0, half, T0, false, "B2", "C1"));
        List<GasBagEvent> events = List.of(new GasBagEvent.Connected(h(1), "Sato"), new GasBagEvent.LevelRead(h(1), half),
                new GasBagEvent.Full(h(1), half, ROOM), new GasBagEvent.OverfillSwitch(h(1), ROOM),
                new GasBagEvent.Swapped(h(1), "B2", "Sato"), new GasBagEvent.CompressionStarted(h(1), "C1"),
                new GasBagEvent.Emptied(h(1)));
        return new Sample<>("gas bag", BAGS, states, events, GasBagEvent.class);
    }

    private static Sample<CompressorState, CompressorEvent> compressor() {
        List<CompressorState> states = new ArrayList<>();
        for (CompressorState.Phase phase : CompressorState.Phase.values()) {
            states.add(new CompressorState("K1", phase, T0, false, false, null, null));
        }
        List<CompressorEvent> events = List.of(new CompressorEvent.PowerOn(h(1), "Sato"),
                new CompressorEvent.PowerOff(h(1), "Sato"), new CompressorEvent.PowerFail(h(1)),
                new CompressorEvent.BagHigh(h(1)), new CompressorEvent.BagLow(h(1)),
                new CompressorEvent.ManualStart(h(1), "Sato"), new CompressorEvent.ManualStop(h(1), "Sato"),
                new CompressorEvent.CylinderPressure(h(1), FILL), new CompressorEvent.PurityRead(h(1), Purity.PURE),
                new CompressorEvent.Fault(h(1), CompressorState.FaultKind.OIL, "oil level low"),
                new CompressorEvent.Reset(h(1), "Sato"));
        return new Sample<>("compressor", COMPRESSOR, states, events, CompressorEvent.class);
    }

    private static Sample<CylinderState, CylinderEvent> cylinder() {
        CylinderState.FillLog log = new CylinderState.FillLog(T0, "Sato", FILL, ROOM, Purity.PURE);
        List<CylinderState> states = new ArrayList<>();
        for (CylinderState.Phase phase : CylinderState.Phase.values()) {
            states.add(new CylinderState("C1", phase, T0, "tottori", null, phase == CylinderState.Phase.EMPTY ? null : log, null));
        }
        List<CylinderEvent> events = List.of(new CylinderEvent.FillStarted(h(1), "Sato", ROOM),
                new CylinderEvent.FillEnded(h(1), "Sato", FILL, ROOM, Purity.PURE),
                new CylinderEvent.Shipped(h(1), "S1"), new CylinderEvent.Received(h(1), "okayama"),
                new CylinderEvent.FeedStarted(h(1), "Tanaka"), new CylinderEvent.FeedEnded(h(1)));
        return new Sample<>("cylinder", CYLINDERS, states, events, CylinderEvent.class);
    }

    private static Sample<ShipmentState, ShipmentEvent> shipment() {
        List<ShipmentState> states = new ArrayList<>();
        for (ShipmentState.Phase phase : ShipmentState.Phase.values()) {
            states.add(new ShipmentState("S1", phase, T0, "tottori", "okayama", List.of("C1"), HeliumAmount.ofKilograms(1)));
        }
        List<ShipmentEvent> events = List.of(new ShipmentEvent.Sent(h(1), "Sato"),
                new ShipmentEvent.Received(h(1), "Tanaka"), new ShipmentEvent.Lost(h(1), "Tanaka", "never arrived"));
        return new Sample<>("shipment", SHIPMENTS, states, events, ShipmentEvent.class);
    }

    private static Sample<LiquefactionState, LiquefactionEvent> liquefier() {
        List<LiquefactionState> states = new ArrayList<>();
        for (LiquefactionState.Phase phase : LiquefactionState.Phase.values()) {
            states.add(new LiquefactionState("L70", phase, T0, phase == LiquefactionState.Phase.FEEDING ? "C1" : null,
                    false, 0, null));
        }
        List<LiquefactionEvent> events = List.of(new LiquefactionEvent.FeedStarted(h(1), "C1", Purity.PURE, "Tanaka"),
                new LiquefactionEvent.PurityRead(h(1), Purity.PURE), new LiquefactionEvent.VesselFed(h(1)),
                new LiquefactionEvent.Produced(h(1), "D1", 10), new LiquefactionEvent.Stopped(h(1), "Tanaka"),
                new LiquefactionEvent.MaintenanceStarted(h(1), "Tanaka", "oil change"),
                new LiquefactionEvent.MaintenanceEnded(h(1), "Tanaka"));
        return new Sample<>("liquefier", LIQUEFIER, states, events, LiquefactionEvent.class);
    }

    private static Sample<LiquidTransferState, LiquidTransferEvent> transfer() {
        List<LiquidTransferState> states = new ArrayList<>();
        for (LiquidTransferState.Phase phase : LiquidTransferState.Phase.values()) {
            states.add(new LiquidTransferState("T1", phase, T0, false, Pressure.gauge(30, PressureUnit.KPA),
                    90, 5, 40, 50, null));
        }
        List<LiquidTransferEvent> events = List.of(new LiquidTransferEvent.Precooled(h(1), "Sato"),
                new LiquidTransferEvent.Purged(h(1), "Sato"),
                new LiquidTransferEvent.Pressurised(h(1), "Sato", Pressure.gauge(30, PressureUnit.KPA), Purity.PURE),
                new LiquidTransferEvent.Started(h(1), 90, 5),
                new LiquidTransferEvent.Stopped(h(1), LiquidTransferState.StopReason.TARGET_LEVEL, 40, 50),
                new LiquidTransferEvent.Depressurised(h(1), "Sato"));
        return new Sample<>("liquid transfer", TRANSFER, states, events, LiquidTransferEvent.class);
    }

    private static Sample<CampaignState, CampaignEvent> campaign() {
        List<CampaignState> states = new ArrayList<>();
        for (CampaignState.Phase phase : CampaignState.Phase.values()) {
            states.add(new CampaignState("heliget-iwate", phase, T0, 800, 2, List.of(), List.of(), 0));
        }
        List<CampaignEvent> events = List.of(new CampaignEvent.PlanApproved(h(1), "Suzuki"),
                new CampaignEvent.Deenergised(h(1), "Suzuki", 800), new CampaignEvent.Precooled(h(1), "Suzuki"),
                new CampaignEvent.TestTransfer(h(1), "Suzuki", "ok"), new CampaignEvent.Pressurised(h(1), "Suzuki"),
                new CampaignEvent.DewarFilled(h(1), "R1", 100),
                new CampaignEvent.BoilOffBagged(h(1), "Q1", Volume.ofCubicMetres(1), ROOM, Purity.PURE),
                new CampaignEvent.Shipped(h(1), "Suzuki", "Iwate University"),
                new CampaignEvent.Completed(h(1), "Suzuki"), new CampaignEvent.Quench(h(1), "burst disk"));
        return new Sample<>("campaign", CAMPAIGN, states, events, CampaignEvent.class);
    }
}
