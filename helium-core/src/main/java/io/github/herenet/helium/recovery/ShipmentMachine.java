package io.github.herenet.helium.recovery;

import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.recovery.ShipmentEvent.Lost;
import io.github.herenet.helium.recovery.ShipmentEvent.Received;
import io.github.herenet.helium.recovery.ShipmentEvent.Sent;
import io.github.herenet.helium.recovery.ShipmentState.Phase;

import java.time.Instant;

/**
 * A shipment of vessels: PACKED, SENT, then RECEIVED or LOST. The state carries everything (sender,
 * receiver, vessels, declared contents), so one machine serves every shipment.
 *
 * <p>Ledger events: {@code ShipmentSent} and {@code ShipmentReceived}. A lost shipment is recorded as
 * {@code Vented} at the sending site, for the declared contents, with the reason
 * {@code "lost shipment <id> (vessels [...]): <note>"}, so the loss appears in the month's losses. The
 * ledger has no event that writes a vessel off while it is on a shipment: the vessels stay "on shipment"
 * in the ledger's whereabouts (and in {@code Ledger.inTransit}) until a later count or receipt corrects
 * them. Immutable and thread-safe.
 *
 * <pre>{@code
 * ShipmentMachine shipments = new ShipmentMachine();
 * ShipmentState s = ShipmentState.packed("S1", "tottori", "okayama", List.of("C1"), amount, t0);
 * ledger.appendAll(shipments.apply(s, new ShipmentEvent.Sent(t0, "Sato")).ledgerEvents());
 * }</pre>
 */
public final class ShipmentMachine extends PhaseMachine<ShipmentState, Phase, ShipmentEvent> {

    /** The shipment machine. */
    public ShipmentMachine() {
        super("shipment", Phase.class);
        allow(Phase.PACKED, Sent.class);
        allow(Phase.SENT, Received.class, Lost.class);
    }

    @Override
    Transition<ShipmentState> step(ShipmentState s, ShipmentEvent event) {
        Instant t = event.time();
        if (event instanceof Sent) {
            return Transition.to(s.with(Phase.SENT, t),
                    new LedgerEvent.ShipmentSent(t, s.shipmentId(), s.fromSiteId(), s.toSiteId(), s.vesselIds()));
        } else if (event instanceof Received) {
            return Transition.to(s.with(Phase.RECEIVED, t), new LedgerEvent.ShipmentReceived(t, s.shipmentId()));
        }
        Lost lost = (Lost) event;
        return Transition.to(s.with(Phase.LOST, t), new LedgerEvent.Vented(t, s.fromSiteId(), null, s.contents(),
                "lost shipment " + s.shipmentId() + " (vessels " + s.vesselIds() + "): " + lost.note()));
    }
}
