package io.github.herenet.helium.recovery;

import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Temperature;

import java.time.Instant;
import java.util.Objects;

/** What happens to a gas cylinder: a regulated fill, shipping to the hub and feeding the liquefier. */
public sealed interface CylinderEvent extends RecoveryEvent {

    /**
     * An operator connected the empty cylinder to the compressor and opened it.
     *
     * @param time        when
     * @param operator    who runs the fill (the regulated-production log names them)
     * @param temperature the cylinder's temperature now (at most 40 C)
     */
    record FillStarted(Instant time, String operator, Temperature temperature) implements CylinderEvent {
        /** @throws IllegalArgumentException without an operator; NullPointerException without a temperature */
        public FillStarted {
            PhaseMachine.acted(time, operator);
            Objects.requireNonNull(temperature, "temperature");
        }
    }

    /**
     * The fill ended: the log entry of the final pressure and temperature.
     *
     * @param time        when
     * @param operator    who ran the fill
     * @param pressure    final absolute pressure (at most the rated pressure)
     * @param temperature final gas temperature (at most 40 C)
     * @param purity      helium fraction of the gas
     */
    record FillEnded(Instant time, String operator, Pressure pressure, Temperature temperature, Purity purity)
            implements CylinderEvent {
        /** @throws IllegalArgumentException without an operator; NullPointerException if a part is missing */
        public FillEnded {
            PhaseMachine.acted(time, operator);
            Objects.requireNonNull(pressure, "pressure");
            Objects.requireNonNull(temperature, "temperature");
            Objects.requireNonNull(purity, "purity");
        }
    }

    /**
     * The cylinder left on a shipment (full to the hub, or empty back home) (the {@link ShipmentMachine} records the shipment).
     *
     * @param time       when
     * @param shipmentId the shipment
     */
    record Shipped(Instant time, String shipmentId) implements CylinderEvent {
        /** @throws IllegalArgumentException without a shipment */
        public Shipped {
            Objects.requireNonNull(time, "time");
            PhaseMachine.id(shipmentId, "shipment");
        }
    }

    /**
     * The cylinder arrived: a full one at the hub (AT_HUB), an empty one back home (EMPTY).
     *
     * @param time   when
     * @param siteId the receiving site
     */
    record Received(Instant time, String siteId) implements CylinderEvent {
        /** @throws IllegalArgumentException without a site */
        public Received {
            Objects.requireNonNull(time, "time");
            PhaseMachine.id(siteId, "site");
        }
    }

    /**
     * An operator connected the cylinder to the purifier or liquefier feed.
     *
     * @param time     when
     * @param operator who
     */
    record FeedStarted(Instant time, String operator) implements CylinderEvent {
        /** @throws IllegalArgumentException without an operator */
        public FeedStarted {
            PhaseMachine.acted(time, operator);
        }
    }

    /**
     * The cylinder is empty: its gas went to the plant.
     *
     * @param time when
     */
    record FeedEnded(Instant time) implements CylinderEvent {
        /** @throws NullPointerException without a time */
        public FeedEnded {
            Objects.requireNonNull(time, "time");
        }
    }
}
