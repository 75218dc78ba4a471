package io.github.herenet.helium.recovery;

import java.time.Instant;
import java.util.Objects;

/** What happens to a shipment of vessels between sites. */
public sealed interface ShipmentEvent extends RecoveryEvent {

    /**
     * The packed shipment left the sending site.
     *
     * @param time     when
     * @param operator who handed it over
     */
    record Sent(Instant time, String operator) implements ShipmentEvent {
        /** @throws IllegalArgumentException without an operator */
        public Sent {
            PhaseMachine.acted(time, operator);
        }
    }

    /**
     * The shipment arrived and was checked in.
     *
     * @param time     when
     * @param operator who received it
     */
    record Received(Instant time, String operator) implements ShipmentEvent {
        /** @throws IllegalArgumentException without an operator */
        public Received {
            PhaseMachine.acted(time, operator);
        }
    }

    /**
     * The shipment was declared lost and its vessels written off.
     *
     * @param time     when it was declared lost
     * @param operator who declared it
     * @param note     what is known, in words
     */
    record Lost(Instant time, String operator, String note) implements ShipmentEvent {
        /** @throws IllegalArgumentException without an operator; NullPointerException without a note */
        public Lost {
            PhaseMachine.acted(time, operator);
            Objects.requireNonNull(note, "note");
        }
    }
}
