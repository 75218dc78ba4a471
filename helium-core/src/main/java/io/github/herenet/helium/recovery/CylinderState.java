package io.github.herenet.helium.recovery;

import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Temperature;

import java.time.Instant;
import java.util.Objects;

/**
 * A gas cylinder's place in its cycle.
 *
 * @param cylinderId the cylinder
 * @param phase      where it is in the cycle
 * @param since      when the state last changed
 * @param siteId     the site it is at, or {@code null} in transit
 * @param shipmentId the shipment it is on (or came on), or {@code null}
 * @param fill       the log of its last fill, or {@code null} when empty or being filled
 * @param operator   who runs the current fill or feed, or {@code null}
 */
public record CylinderState(String cylinderId, Phase phase, Instant since, String siteId, String shipmentId,
                            FillLog fill, String operator) implements MachineState<CylinderState.Phase> {

    /** The cylinder's cycle, in order. */
    public enum Phase {
        /** Empty, at its home site. */
        EMPTY,
        /** On the compressor. */
        FILLING,
        /** Filled and logged, at the site. */
        FULL,
        /** On a shipment to the hub. */
        IN_TRANSIT,
        /** Received at the hub. */
        AT_HUB,
        /** On the purifier or liquefier feed. */
        FEEDING
    }

    /**
     * The regulated-production log of a fill (DOMAIN.md 2.6): who, when, the final p and T, and the purity.
     *
     * @param time        when the fill ended
     * @param operator    who ran it
     * @param pressure    final absolute pressure
     * @param temperature final temperature
     * @param purity      helium fraction
     */
    public record FillLog(Instant time, String operator, Pressure pressure, Temperature temperature, Purity purity) {
        /** @throws NullPointerException if a part is missing */
        public FillLog {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(pressure, "pressure");
            Objects.requireNonNull(temperature, "temperature");
            Objects.requireNonNull(purity, "purity");
        }
    }

    /** @throws NullPointerException if the id, phase or time is missing */
    public CylinderState {
        Objects.requireNonNull(cylinderId, "cylinder id");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(since, "since");
    }

    /**
     * An empty cylinder at a site.
     *
     * @param cylinderId the cylinder
     * @param siteId     where
     * @param since      since when
     * @return the state
     */
    public static CylinderState empty(String cylinderId, String siteId, Instant since) {
        return new CylinderState(cylinderId, Phase.EMPTY, since, siteId, null, null, null);
    }

    @Override
    public String subject() {
        return cylinderId;
    }
}
