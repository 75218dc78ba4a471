package io.github.herenet.helium.examples;

import io.github.herenet.helium.ledger.Ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A shipment the ledger shows as sent and never received, longer ago than a shipment may take: the
 * helium in it is missing (lost, stolen, or a receipt nobody recorded).
 *
 * @param shipmentId the shipment
 * @param fromSiteId who sent it
 * @param toSiteId   where it was going
 * @param sentAt     when it left
 * @param vesselIds  what it carried
 */
record OverdueShipment(String shipmentId, String fromSiteId, String toSiteId, Instant sentAt, List<String> vesselIds) {

    /** How long a shipment may be under way before it is overdue. */
    static final Duration OVERDUE_AFTER = Duration.ofDays(7);

    OverdueShipment {
        vesselIds = List.copyOf(vesselIds);
    }

    /**
     * The shipments under way at {@code at} that were sent more than {@link #OVERDUE_AFTER} before it.
     *
     * @param ledger the ledger
     * @param at     the instant looked at
     * @return the overdue shipments, in the order sent
     */
    static List<OverdueShipment> in(Ledger ledger, Instant at) {
        return ledger.shipmentsUnderWay(at).stream()
                .filter(sent -> sent.time().plus(OVERDUE_AFTER).isBefore(at))
                .map(sent -> new OverdueShipment(sent.shipmentId(), sent.fromSiteId(), sent.toSiteId(), sent.time(),
                        sent.vesselIds()))
                .toList();
    }

    /** The finding in a sentence. */
    String text() {
        return "shipment " + shipmentId + " from " + fromSiteId + " to " + toSiteId + " (" + String.join(", ", vesselIds)
                + ") left on " + sentAt + " and was never received";
    }
}
