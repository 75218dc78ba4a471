package io.github.herenet.helium.recovery;

import io.github.herenet.helium.thermo.HeliumAmount;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A shipment of vessels from one site to another.
 *
 * @param shipmentId the shipment
 * @param phase      PACKED, SENT, RECEIVED or LOST
 * @param since      when the state last changed
 * @param fromSiteId the sender
 * @param toSiteId   the receiver
 * @param vesselIds  the vessels on it, at least one, distinct
 * @param contents   the helium it carries as declared when packed (written off if it is lost)
 */
public record ShipmentState(String shipmentId, Phase phase, Instant since, String fromSiteId, String toSiteId,
                            List<String> vesselIds, HeliumAmount contents) implements MachineState<ShipmentState.Phase> {

    /** A shipment's phases. */
    public enum Phase {
        /** Packed at the sender. */
        PACKED,
        /** Under way. */
        SENT,
        /** Arrived (final). */
        RECEIVED,
        /** Declared lost and written off (final). */
        LOST
    }

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException for a missing id, from == to, or an empty or repeating vessel list
     */
    public ShipmentState {
        PhaseMachine.id(shipmentId, "shipment");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(since, "since");
        PhaseMachine.id(fromSiteId, "sending site");
        PhaseMachine.id(toSiteId, "receiving site");
        Objects.requireNonNull(contents, "contents");
        vesselIds = List.copyOf(vesselIds);
        if (fromSiteId.equals(toSiteId)) {
            throw new IllegalArgumentException("shipment " + shipmentId + " goes from " + fromSiteId + " to itself");
        }
        if (vesselIds.isEmpty() || vesselIds.stream().distinct().count() != vesselIds.size()) {
            throw new IllegalArgumentException("shipment " + shipmentId + " needs distinct vessels, got " + vesselIds);
        }
    }

    /**
     * A packed shipment.
     *
     * @param shipmentId the shipment
     * @param fromSiteId the sender
     * @param toSiteId   the receiver
     * @param vesselIds  the vessels
     * @param contents   the helium on it, as declared
     * @param since      when it was packed
     * @return the state
     */
    public static ShipmentState packed(String shipmentId, String fromSiteId, String toSiteId, List<String> vesselIds,
                                       HeliumAmount contents, Instant since) {
        return new ShipmentState(shipmentId, Phase.PACKED, since, fromSiteId, toSiteId, vesselIds, contents);
    }

    @Override
    public String subject() {
        return shipmentId;
    }

    ShipmentState with(Phase newPhase, Instant at) {
        return new ShipmentState(shipmentId, newPhase, at, fromSiteId, toSiteId, vesselIds, contents);
    }
}
