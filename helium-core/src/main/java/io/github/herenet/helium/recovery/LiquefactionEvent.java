package io.github.herenet.helium.recovery;

import io.github.herenet.helium.inventory.Purity;

import java.time.Instant;
import java.util.Objects;

/** What happens at the hub's liquefier: feeds, purity readings, production and maintenance. */
public sealed interface LiquefactionEvent extends RecoveryEvent {

    /**
     * An operator opened a vessel (cylinder, bundle) to the liquefier inlet. The purity interlock refuses a
     * feed below the liquefier's limit.
     *
     * @param time     when
     * @param vesselId the vessel fed
     * @param purity   its helium fraction as measured at the inlet
     * @param operator who
     */
    record FeedStarted(Instant time, String vesselId, Purity purity, String operator) implements LiquefactionEvent {
        /** @throws IllegalArgumentException without a vessel or operator; NullPointerException without a purity */
        public FeedStarted {
            Objects.requireNonNull(time, "time");
            PhaseMachine.id(vesselId, "vessel");
            Objects.requireNonNull(purity, "purity");
            PhaseMachine.operator(operator);
        }
    }

    /**
     * An inlet purity reading while feeding: below the limit the interlock closes the feed.
     *
     * @param time   when
     * @param purity the helium fraction
     */
    record PurityRead(Instant time, Purity purity) implements LiquefactionEvent {
        /** @throws NullPointerException if a part is missing */
        public PurityRead {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(purity, "purity");
        }
    }

    /**
     * The vessel being fed is empty: its gas is in the plant.
     *
     * @param time when
     */
    record VesselFed(Instant time) implements LiquefactionEvent {
        /** @throws NullPointerException without a time */
        public VesselFed {
            Objects.requireNonNull(time, "time");
        }
    }

    /**
     * Liquid produced into a dewar at the hub.
     *
     * @param time    when the dewar fill ended
     * @param dewarId the dewar
     * @param litres  liquid litres produced into it
     */
    record Produced(Instant time, String dewarId, double litres) implements LiquefactionEvent {
        /** @throws IllegalArgumentException without a dewar or for a negative, NaN or infinite volume */
        public Produced {
            Objects.requireNonNull(time, "time");
            PhaseMachine.id(dewarId, "dewar");
            if (!(litres >= 0) || Double.isInfinite(litres)) {
                throw new IllegalArgumentException("litres produced must be finite and >= 0 L, got " + litres);
            }
        }
    }

    /**
     * An operator stopped the run: the liquefier is IDLE.
     *
     * @param time     when
     * @param operator who
     */
    record Stopped(Instant time, String operator) implements LiquefactionEvent {
        /** @throws IllegalArgumentException without an operator */
        public Stopped {
            PhaseMachine.acted(time, operator);
        }
    }

    /**
     * Maintenance started (oil, filters, purifier regeneration).
     *
     * @param time     when
     * @param operator who
     * @param work     what is done, in words
     */
    record MaintenanceStarted(Instant time, String operator, String work) implements LiquefactionEvent {
        /** @throws IllegalArgumentException without an operator; NullPointerException without the work */
        public MaintenanceStarted {
            PhaseMachine.acted(time, operator);
            Objects.requireNonNull(work, "work");
        }
    }

    /**
     * Maintenance finished: the liquefier is IDLE.
     *
     * @param time     when
     * @param operator who signed it off
     */
    record MaintenanceEnded(Instant time, String operator) implements LiquefactionEvent {
        /** @throws IllegalArgumentException without an operator */
        public MaintenanceEnded {
            PhaseMachine.acted(time, operator);
        }
    }
}
