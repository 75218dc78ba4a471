package io.github.herenet.helium.recovery;

import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.units.Pressure;

import java.time.Instant;
import java.util.Objects;

/** What a recovery compressor is told: switches, sensors, faults and people's actions. */
public sealed interface CompressorEvent extends RecoveryEvent {

    /**
     * Staff switched the compressor on (or power came back): it waits, IDLE.
     *
     * @param time     when
     * @param operator who
     */
    record PowerOn(Instant time, String operator) implements CompressorEvent {
        /** @throws IllegalArgumentException without an operator */
        public PowerOn {
            PhaseMachine.acted(time, operator);
        }
    }

    /**
     * Staff switched the compressor off.
     *
     * @param time     when
     * @param operator who
     */
    record PowerOff(Instant time, String operator) implements CompressorEvent {
        /** @throws IllegalArgumentException without an operator */
        public PowerOff {
            PhaseMachine.acted(time, operator);
        }
    }

    /**
     * Mains power failed: the compressor stops in its safe mode (OFF). A latched fault stays latched.
     *
     * @param time when
     */
    record PowerFail(Instant time) implements CompressorEvent {
        /** @throws NullPointerException without a time */
        public PowerFail {
            Objects.requireNonNull(time, "time");
        }
    }

    /**
     * The bag top-level sensor: a bag is full, start automatically.
     *
     * @param time when
     */
    record BagHigh(Instant time) implements CompressorEvent {
        /** @throws NullPointerException without a time */
        public BagHigh {
            Objects.requireNonNull(time, "time");
        }
    }

    /**
     * The bag low-level sensor: the bag is collapsed; the compressor must stop (it would draw in air).
     *
     * @param time when
     */
    record BagLow(Instant time) implements CompressorEvent {
        /** @throws NullPointerException without a time */
        public BagLow {
            Objects.requireNonNull(time, "time");
        }
    }

    /**
     * Staff started the compressor by hand (at the start of a magnet fill).
     *
     * @param time     when
     * @param operator who
     */
    record ManualStart(Instant time, String operator) implements CompressorEvent {
        /** @throws IllegalArgumentException without an operator */
        public ManualStart {
            PhaseMachine.acted(time, operator);
        }
    }

    /**
     * Staff stopped the compressor by hand.
     *
     * @param time     when
     * @param operator who
     */
    record ManualStop(Instant time, String operator) implements CompressorEvent {
        /** @throws IllegalArgumentException without an operator */
        public ManualStop {
            PhaseMachine.acted(time, operator);
        }
    }

    /**
     * A reading of the discharge (cylinder) pressure: at the fill pressure the compressor stops.
     *
     * @param time     when
     * @param pressure absolute cylinder pressure
     */
    record CylinderPressure(Instant time, Pressure pressure) implements CompressorEvent {
        /** @throws NullPointerException if a part is missing */
        public CylinderPressure {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(pressure, "pressure");
        }
    }

    /**
     * A reading of the suction purity: below the limit the purity-low interlock stops the compressor and
     * keeps it from starting until a reading at or above the limit.
     *
     * @param time   when
     * @param purity the helium fraction
     */
    record PurityRead(Instant time, Purity purity) implements CompressorEvent {
        /** @throws NullPointerException if a part is missing */
        public PurityRead {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(purity, "purity");
        }
    }

    /**
     * A fault tripped the compressor: it latches until a person resets it.
     *
     * @param time   when
     * @param kind   which fault
     * @param detail the value, in words
     */
    record Fault(Instant time, CompressorState.FaultKind kind, String detail) implements CompressorEvent {
        /** @throws NullPointerException if a part is missing */
        public Fault {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(kind, "fault kind");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /**
     * A person reset a latched fault after checking the compressor.
     *
     * @param time     when
     * @param operator who
     */
    record Reset(Instant time, String operator) implements CompressorEvent {
        /** @throws IllegalArgumentException without an operator */
        public Reset {
            PhaseMachine.acted(time, operator);
        }
    }
}
