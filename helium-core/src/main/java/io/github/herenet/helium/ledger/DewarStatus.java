package io.github.herenet.helium.ledger;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a dewar is and how it is doing, for dewar tracking: a dewar out at a lab for too long is
 * forgotten; one whose liquid has boiled away at its nominal rate is warming up.
 *
 * @param dewarId          the dewar
 * @param whereabouts      where it is and since when
 * @param knownLitres      liquid in it at the last event that stated it (delivery, count, fill)
 * @param knownAt          when that was
 * @param estimatedLitres  the known litres less the nominal boil-off since, not below 0
 */
public record DewarStatus(String dewarId, Whereabouts whereabouts, double knownLitres, Instant knownAt,
                          double estimatedLitres) {

    /** True if it has been at a lab longer than {@code limit}. */
    public boolean forgotten(Instant now, Duration limit) {
        return whereabouts.labId() != null && Duration.between(whereabouts.since(), now).compareTo(limit) > 0;
    }

    /** True if its liquid has boiled away at the nominal rate: it is warm, or warming up. */
    public boolean warm() {
        return estimatedLitres <= 0;
    }
}
