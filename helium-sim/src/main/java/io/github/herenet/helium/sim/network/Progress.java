package io.github.herenet.helium.sim.network;

import java.time.Instant;

/** Told how far a {@link NetworkSimulation#run} has got, about once per simulated day. */
@FunctionalInterface
public interface Progress {
    /** Does nothing. */
    Progress NONE = (now, fraction) -> { };

    /**
     * @param now          the virtual time
     * @param fractionDone the share of the run done, 0-1
     */
    void progress(Instant now, double fractionDone);
}
