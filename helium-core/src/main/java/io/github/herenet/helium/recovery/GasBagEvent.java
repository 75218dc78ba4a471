package io.github.herenet.helium.recovery;

import io.github.herenet.helium.units.Temperature;
import io.github.herenet.helium.units.Volume;

import java.time.Instant;
import java.util.Objects;

/** What happens to a gas bag: staff connect and swap it, sensors report its fill, the compressor empties it. */
public sealed interface GasBagEvent extends RecoveryEvent {

    /**
     * Staff connected the empty bag to a lab's vent line (the one-way valve stays fitted): filling starts.
     *
     * @param time     when
     * @param operator who connected it
     */
    record Connected(Instant time, String operator) implements GasBagEvent {
        /** @throws IllegalArgumentException without an operator */
        public Connected {
            PhaseMachine.acted(time, operator);
        }
    }

    /**
     * A reading of the gas volume in the filling bag (a volume estimate or level sensor).
     *
     * @param time      when
     * @param gasVolume the gas in the bag, may exceed the nominal volume (overfill)
     */
    record LevelRead(Instant time, Volume gasVolume) implements GasBagEvent {
        /** @throws NullPointerException if a part is missing */
        public LevelRead {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(gasVolume, "gas volume");
        }
    }

    /**
     * The bag was found full (top switch, volume estimate or a look): the ledger records its gas.
     *
     * @param time        when
     * @param gasVolume   the gas in it; above the nominal volume it is an overfill
     * @param temperature the gas temperature
     */
    record Full(Instant time, Volume gasVolume, Temperature temperature) implements GasBagEvent {
        /** @throws NullPointerException if a part is missing */
        public Full {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(gasVolume, "gas volume");
            Objects.requireNonNull(temperature, "temperature");
        }
    }

    /**
     * The overfill switch tripped: the bag is past its nominal volume. In FILLING the bag counts as full
     * at its nominal volume (the excess went out of the relief valve); in FULL or SWAPPED it only raises
     * the {@link GasBagState#overfilled()} flag.
     *
     * @param time        when
     * @param temperature the gas temperature
     */
    record OverfillSwitch(Instant time, Temperature temperature) implements GasBagEvent {
        /** @throws NullPointerException if a part is missing */
        public OverfillSwitch {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(temperature, "temperature");
        }
    }

    /**
     * Staff took the full bag off the vent line and connected the next (empty) bag.
     *
     * @param time      when
     * @param nextBagId the bag now on the vent line
     * @param operator  who swapped them
     */
    record Swapped(Instant time, String nextBagId, String operator) implements GasBagEvent {
        /** @throws IllegalArgumentException without the next bag or an operator */
        public Swapped {
            Objects.requireNonNull(time, "time");
            PhaseMachine.id(nextBagId, "next bag");
            PhaseMachine.operator(operator);
        }
    }

    /**
     * The compressor started drawing from the bag into a cylinder.
     *
     * @param time       when
     * @param cylinderId the cylinder (or bundle) being filled
     */
    record CompressionStarted(Instant time, String cylinderId) implements GasBagEvent {
        /** @throws IllegalArgumentException without a cylinder */
        public CompressionStarted {
            Objects.requireNonNull(time, "time");
            PhaseMachine.id(cylinderId, "cylinder");
        }
    }

    /**
     * The bag is empty (low switch): its gas is in the cylinder.
     *
     * @param time when
     */
    record Emptied(Instant time) implements GasBagEvent {
        /** @throws NullPointerException without a time */
        public Emptied {
            Objects.requireNonNull(time, "time");
        }
    }
}
