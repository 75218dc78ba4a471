package io.github.herenet.helium.recovery;

import io.github.herenet.helium.units.Volume;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A gas bag's place in its cycle.
 *
 * @param bagId        the bag
 * @param phase        where it is in the cycle
 * @param since        when the state last changed
 * @param gasVolume    the gas in it as last read (zero when empty)
 * @param fillStarted  when filling started (retention counts from here), or {@code null} when empty
 * @param overfilled   whether the bag went past its nominal volume in this cycle: alert on it
 * @param nextBagId    the bag swapped in for it, or {@code null} before the swap
 * @param cylinderId   the cylinder it is compressed into, or {@code null} before compression
 */
public record GasBagState(String bagId, Phase phase, Instant since, Volume gasVolume, Instant fillStarted,
                          boolean overfilled, String nextBagId, String cylinderId)
        implements MachineState<GasBagState.Phase> {

    /** The bag's cycle, in order. */
    public enum Phase {
        /** Collapsed, ready to be connected. */
        EMPTY,
        /** On a vent line, taking boil-off. */
        FILLING,
        /** Full, still on the vent line until swapped. */
        FULL,
        /** Off the vent line (the next bag is on it), waiting for the compressor. */
        SWAPPED,
        /** Being drawn into a cylinder by the compressor. */
        COMPRESSING
    }

    /** @throws NullPointerException if the id, phase, time or volume is missing */
    public GasBagState {
        Objects.requireNonNull(bagId, "bag id");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(gasVolume, "gas volume");
    }

    /**
     * An empty bag.
     *
     * @param bagId the bag
     * @param since since when
     * @return the state
     */
    public static GasBagState empty(String bagId, Instant since) {
        return new GasBagState(bagId, Phase.EMPTY, since, Volume.ZERO, null, false, null, null);
    }

    @Override
    public String subject() {
        return bagId;
    }

    /**
     * How long the gas has been in the bag at {@code at}: from the start of filling (zero when empty).
     *
     * @param at the instant
     * @return the retention time, never negative
     */
    public Duration retention(Instant at) {
        if (fillStarted == null || at.isBefore(fillStarted)) {
            return Duration.ZERO;
        }
        return Duration.between(fillStarted, at);
    }

    GasBagState with(Phase newPhase, Instant at) {
        return new GasBagState(bagId, newPhase, at, gasVolume, fillStarted, overfilled, nextBagId, cylinderId);
    }
}
