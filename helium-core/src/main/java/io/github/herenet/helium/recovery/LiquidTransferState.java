package io.github.herenet.helium.recovery;

import io.github.herenet.helium.units.Pressure;

import java.time.Instant;
import java.util.Objects;

/**
 * A dewar-to-dewar transfer under way.
 *
 * @param transferId   the transfer
 * @param phase        where it is
 * @param since        when the state last changed
 * @param firstFill    the receiver is warm (a first fill): it needs an LN2 precool before the purge
 * @param pressure     the source's absolute pressure once pressurised, or {@code null}
 * @param sourceBefore source litres when the transfer started (NaN before)
 * @param targetBefore receiver litres when the transfer started (NaN before)
 * @param sourceAfter  source litres when it stopped (NaN before)
 * @param targetAfter  receiver litres when it stopped (NaN before)
 * @param stopReason   why it stopped, or {@code null}
 */
public record LiquidTransferState(String transferId, Phase phase, Instant since, boolean firstFill, Pressure pressure,
                                  double sourceBefore, double targetBefore, double sourceAfter, double targetAfter,
                                  StopReason stopReason) implements MachineState<LiquidTransferState.Phase> {

    /** The transfer's phases, in order. */
    public enum Phase {
        /** Planned; nothing done yet. */
        READY,
        /** Receiver precooled with LN2. */
        PRECOOLED,
        /** Nitrogen purged, tube in. */
        PURGED,
        /** Source pressurised with helium. */
        PRESSURISED,
        /** Liquid flowing. */
        TRANSFERRING,
        /** Flow stopped, source still pressurised. */
        STOPPED,
        /** Depressurised and recorded (final). */
        DONE
    }

    /** Why a transfer stopped. */
    public enum StopReason {
        /** The receiver reached its target level. */
        TARGET_LEVEL,
        /** The source ran dry. */
        SOURCE_DRY,
        /** Only gas came out of the tube (a gas-only plume). */
        GAS_PLUME,
        /** Staff stopped it. */
        MANUAL
    }

    /** @throws NullPointerException if the id, phase or time is missing */
    public LiquidTransferState {
        Objects.requireNonNull(transferId, "transfer id");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(since, "since");
    }

    /**
     * A planned transfer.
     *
     * @param transferId the transfer
     * @param firstFill  whether the receiver is warm and needs an LN2 precool
     * @param since      since when
     * @return the state
     */
    public static LiquidTransferState ready(String transferId, boolean firstFill, Instant since) {
        return new LiquidTransferState(transferId, Phase.READY, since, firstFill, null, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, null);
    }

    @Override
    public String subject() {
        return transferId;
    }

    /** @return liquid litres the receiver gained (NaN before the transfer stopped) */
    public double litresMoved() {
        return targetAfter - targetBefore;
    }

    /** @return liquid litres the source lost (NaN before the transfer stopped) */
    public double litresDrawn() {
        return sourceBefore - sourceAfter;
    }

    LiquidTransferState with(Phase newPhase, Instant at, Pressure newPressure) {
        return new LiquidTransferState(transferId, newPhase, at, firstFill, newPressure, sourceBefore, targetBefore,
                sourceAfter, targetAfter, stopReason);
    }
}
