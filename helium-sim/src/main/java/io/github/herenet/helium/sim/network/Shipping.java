package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.thermo.HeliumAmount;

import java.util.List;

/**
 * The shipment procedure: cylinders from a partner to the hub (sent, in transit for the lead time, received and
 * fed to the purifier) and back empty; a shipment hit by a {@link Fault.LostShipment} never arrives, and is
 * written off as a vent a week after it was due.
 */
final class Shipping {

    private Shipping() {
    }

    static void toHub(Engine engine, Station station, List<Cyl> load) {
        HubPlant hub = engine.hub;
        String id = engine.nextShipmentId(station.siteId);
        List<String> ids = load.stream().map(c -> c.id).toList();
        engine.record(new LedgerEvent.ShipmentSent(engine.instant(), id, station.siteId, hub.siteId, ids));
        double days = engine.transportDays(station.cfg.transportDays());
        Fault.LostShipment lost = engine.takeLostShipment(station.siteId);
        if (lost != null) {
            double kg = 0;
            for (Cyl c : load) {
                kg += c.kg;
                c.empty();
            }
            station.cylinders.removeAll(load);
            engine.loss(LossCause.LOST_SHIPMENT, kg);
            engine.injected(lost, station.siteId, "shipment " + id + " of " + ids.size() + " cylinders ("
                    + String.format("%.2f", kg) + " kg) from " + station.siteId + " lost in transit");
            HeliumAmount amount = HeliumAmount.ofKilograms(kg);
            engine.agenda.after((days + 7) * Physics.MS_PER_DAY, () -> engine.record(new LedgerEvent.Vented(
                    engine.instant(), station.siteId, null, amount, "shipment " + id + " lost in transit")));
            return;
        }
        engine.agenda.after(days * Physics.MS_PER_DAY, () -> {
            engine.record(new LedgerEvent.ShipmentReceived(engine.instant(), id));
            hub.feed(load);
            back(engine, station, load);
        });
    }

    private static void back(Engine engine, Station station, List<Cyl> empties) {
        String id = engine.nextShipmentId(engine.hub.siteId);
        engine.record(new LedgerEvent.ShipmentSent(engine.instant(), id, engine.hub.siteId, station.siteId,
                empties.stream().map(c -> c.id).toList()));
        engine.agenda.after(engine.transportDays(station.cfg.transportDays()) * Physics.MS_PER_DAY, () -> {
            engine.record(new LedgerEvent.ShipmentReceived(engine.instant(), id));
            station.cylindersBack(empties);
        });
    }
}
