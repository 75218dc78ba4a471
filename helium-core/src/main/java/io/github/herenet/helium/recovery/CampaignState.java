package io.github.herenet.helium.recovery;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A HeliGet campaign's progress.
 *
 * @param campaignId     the campaign
 * @param phase          where it is
 * @param since          when the state last changed
 * @param magnetLitres   liquid left in the magnet after de-energising (NaN before)
 * @param testsDone      test transfers done
 * @param filledDewars   the recovery dewars filled so far, in order
 * @param filledBags     the bags filled with boil-off so far, in order
 * @param litresRecovered liquid litres put into the dewars so far
 */
public record CampaignState(String campaignId, Phase phase, Instant since, double magnetLitres, int testsDone,
                            List<String> filledDewars, List<String> filledBags, double litresRecovered)
        implements MachineState<CampaignState.Phase> {

    /** A campaign's phases, in order; ABORTED after a quench. */
    public enum Phase {
        /** Being planned. */
        PLANNING,
        /** Plan approved. */
        PLANNED,
        /** Magnet de-energised without a quench. */
        DEENERGISED,
        /** Recovery dewars precooled. */
        PRECOOLED,
        /** Test transfers under way. */
        TESTING,
        /** Tube connected, magnet pressurised. */
        PRESSURISED,
        /** Filling the recovery dewars one after another. */
        TRANSFERRING,
        /** Collecting the boil-off into bags. */
        BOILOFF,
        /** Vessels shipped. */
        SHIPPED,
        /** Closed (final). */
        DONE,
        /** Aborted by a quench (final). */
        ABORTED
    }

    /** @throws NullPointerException if a part is missing */
    public CampaignState {
        Objects.requireNonNull(campaignId, "campaign id");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(since, "since");
        filledDewars = List.copyOf(filledDewars);
        filledBags = List.copyOf(filledBags);
    }

    /**
     * A campaign being planned.
     *
     * @param campaignId the campaign
     * @param since      since when
     * @return the state
     */
    public static CampaignState planning(String campaignId, Instant since) {
        return new CampaignState(campaignId, Phase.PLANNING, since, Double.NaN, 0, List.of(), List.of(), 0);
    }

    @Override
    public String subject() {
        return campaignId;
    }

    CampaignState with(Phase newPhase, Instant at) {
        return new CampaignState(campaignId, newPhase, at, magnetLitres, testsDone, filledDewars, filledBags, litresRecovered);
    }
}
