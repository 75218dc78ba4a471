package io.github.herenet.helium.sim.network;

import java.time.Instant;
import java.util.Objects;

/**
 * A fault the simulation injected, for reports: what, where, from when, and in words.
 *
 * @param fault       the scenario's fault
 * @param siteId      the site it affects
 * @param at          when it started
 * @param description what happened, e.g. "leak of 25 % in the recovery line of lab tottori-nmr1"
 */
public record InjectedFault(Fault fault, String siteId, Instant at, String description) {
    /** @throws NullPointerException for a missing field */
    public InjectedFault {
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(description, "description");
    }
}
