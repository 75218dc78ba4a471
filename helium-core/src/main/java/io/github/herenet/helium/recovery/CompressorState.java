package io.github.herenet.helium.recovery;

import java.time.Instant;
import java.util.Objects;

/**
 * A recovery compressor's state and interlocks.
 *
 * @param compressorId the compressor
 * @param phase        OFF, IDLE, RUNNING or FAULT
 * @param since        when the state last changed
 * @param bagCollapsed the bag low-level sensor is on (cleared by a bag-high signal): no start
 * @param purityLow    the purity-low interlock is tripped (cleared by a good reading): no start
 * @param lastStop     why it last stopped or did not run, or {@code null} before the first stop
 * @param fault        the latched fault, or {@code null}
 */
public record CompressorState(String compressorId, Phase phase, Instant since, boolean bagCollapsed, boolean purityLow,
                              StopReason lastStop, FaultKind fault) implements MachineState<CompressorState.Phase> {

    /** The compressor's phases. */
    public enum Phase {
        /** Switched off or without power. */
        OFF,
        /** Powered, waiting for a start. */
        IDLE,
        /** Compressing. */
        RUNNING,
        /** Tripped by a fault; only a person's reset leaves it. */
        FAULT
    }

    /** Why a running compressor stopped. */
    public enum StopReason {
        /** The bag low-level sensor: the bag is empty. */
        BAG_LOW,
        /** The cylinder reached its fill pressure. */
        CYLINDER_FULL,
        /** The purity-low interlock. */
        PURITY_LOW,
        /** Staff stopped it. */
        MANUAL,
        /** A fault. */
        FAULT,
        /** Power off or power failure. */
        POWER
    }

    /** The faults that trip a compressor. */
    public enum FaultKind {
        /** Discharge or motor over-temperature. */
        TEMPERATURE,
        /** Low oil level or pressure. */
        OIL,
        /** Motor over-current. */
        MOTOR_CURRENT
    }

    /** @throws NullPointerException if the id, phase or time is missing */
    public CompressorState {
        Objects.requireNonNull(compressorId, "compressor id");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(since, "since");
    }

    /**
     * A compressor switched off, with no interlock tripped.
     *
     * @param compressorId the compressor
     * @param since        since when
     * @return the state
     */
    public static CompressorState off(String compressorId, Instant since) {
        return new CompressorState(compressorId, Phase.OFF, since, false, false, null, null);
    }

    @Override
    public String subject() {
        return compressorId;
    }

    /** @return whether an interlock forbids a start now */
    public boolean interlocked() {
        return bagCollapsed || purityLow;
    }
}
