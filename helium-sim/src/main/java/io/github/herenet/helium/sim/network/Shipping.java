package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.recovery.CylinderEvent;
import io.github.herenet.helium.recovery.ShipmentEvent;
import io.github.herenet.helium.recovery.ShipmentMachine;
import io.github.herenet.helium.recovery.ShipmentState;
import io.github.herenet.helium.thermo.HeliumAmount;

import java.time.Instant;
import java.util.List;

/**
 * The shipment procedure, driving a {@link ShipmentMachine} per shipment and each cylinder's machine: cylinders
 * from a partner to the hub (sent, in transit for the lead time, received and fed to the purifier) and back
 * empty; a shipment hit by a {@link Fault.LostShipment} never arrives, and is declared lost (a vent at the
 * sending site) a week after it was due.
 */
final class Shipping {

    private static final ShipmentMachine SHIPMENTS = new ShipmentMachine();

    private Shipping() {
    }

    /** Sends {@code vesselIds} (holding {@code kg}) from one site to another: the packed shipment, sent. */
    static ShipmentState send(Engine engine, String from, String to, List<String> vesselIds, double kg, String operator) {
        Instant t = engine.instant();
        ShipmentState packed = ShipmentState.packed(engine.nextShipmentId(from), from, to, vesselIds,
                HeliumAmount.ofKilograms(kg), t);
        return engine.drive(SHIPMENTS, packed, new ShipmentEvent.Sent(t, operator));
    }

    /** The shipment arrived. */
    static ShipmentState receive(Engine engine, ShipmentState sent, String operator) {
        return engine.drive(SHIPMENTS, sent, new ShipmentEvent.Received(engine.instant(), operator));
    }

    static void toHub(Engine engine, Station station, List<SimulatedCylinder> load) {
        HubPlant hub = engine.hub;
        String operator = station.cfg.operator();
        double kg = load.stream().mapToDouble(c -> c.kg).sum();
        ShipmentState sent = send(engine, station.siteId, hub.siteId, load.stream().map(c -> c.id).toList(), kg, operator);
        for (SimulatedCylinder c : load) {
            c.drive(engine, new CylinderEvent.Shipped(engine.instant(), sent.shipmentId()));
        }
        double days = engine.transportDays(station.cfg.transportDays());
        Fault.LostShipment lost = engine.takeLostShipment(station.siteId);
        if (lost != null) {
            for (SimulatedCylinder c : load) {
                c.empty();
            }
            station.cylinders.removeAll(load);
            engine.loss(LossCause.LOST_SHIPMENT, kg);
            engine.injected(lost, station.siteId, "shipment " + sent.shipmentId() + " of " + load.size() + " cylinders ("
                    + String.format("%.2f", kg) + " kg) from " + station.siteId + " lost in transit");
            engine.agenda.after((days + 7) * Physics.MS_PER_DAY, () -> engine.drive(SHIPMENTS, sent,
                    new ShipmentEvent.Lost(engine.instant(), hub.cfg.siteId() + " staff", "not arrived a week after it was due")));
            return;
        }
        engine.agenda.after(days * Physics.MS_PER_DAY, () -> {
            receive(engine, sent, hub.siteId + " staff");
            hub.feed(load);
            back(engine, station, load);
        });
    }

    private static void back(Engine engine, Station station, List<SimulatedCylinder> empties) {
        ShipmentState sent = send(engine, engine.hub.siteId, station.siteId, empties.stream().map(c -> c.id).toList(), 0,
                engine.hub.siteId + " staff");
        for (SimulatedCylinder c : empties) {
            c.drive(engine, new CylinderEvent.Shipped(engine.instant(), sent.shipmentId()));
        }
        engine.agenda.after(engine.transportDays(station.cfg.transportDays()) * Physics.MS_PER_DAY, () -> {
            receive(engine, sent, station.cfg.operator());
            for (SimulatedCylinder c : empties) {
                c.drive(engine, new CylinderEvent.Received(engine.instant(), station.siteId));
            }
            station.cylindersBack(empties);
        });
    }
}
