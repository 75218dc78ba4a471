package io.github.herenet.helium.recovery;

import java.time.Instant;
import java.util.Objects;

/**
 * A liquefier's run.
 *
 * @param liquefierId     the liquefier
 * @param phase           where the run is
 * @param since           when the state last changed
 * @param feedVesselId    the vessel on the inlet, or {@code null}
 * @param interlocked     the purity interlock closed the last feed: alert on it
 * @param litresProduced  liquid produced since the run started (reset in IDLE)
 * @param maintenance     the maintenance work under way, or {@code null}
 */
public record LiquefactionState(String liquefierId, Phase phase, Instant since, String feedVesselId, boolean interlocked,
                                double litresProduced, String maintenance) implements MachineState<LiquefactionState.Phase> {

    /** A liquefier's phases. */
    public enum Phase {
        /** Not running. */
        IDLE,
        /** Gas from a vessel is going in. */
        FEEDING,
        /** Liquefying the gas fed so far. */
        LIQUEFYING,
        /** Liquid produced into a dewar; more feed, or stop. */
        PRODUCED,
        /** Under maintenance. */
        MAINTENANCE
    }

    /** @throws NullPointerException if the id, phase or time is missing */
    public LiquefactionState {
        Objects.requireNonNull(liquefierId, "liquefier id");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(since, "since");
    }

    /**
     * An idle liquefier.
     *
     * @param liquefierId the liquefier
     * @param since       since when
     * @return the state
     */
    public static LiquefactionState idle(String liquefierId, Instant since) {
        return new LiquefactionState(liquefierId, Phase.IDLE, since, null, false, 0, null);
    }

    @Override
    public String subject() {
        return liquefierId;
    }
}
