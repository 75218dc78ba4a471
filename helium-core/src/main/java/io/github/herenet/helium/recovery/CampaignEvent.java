package io.github.herenet.helium.recovery;

import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.units.Temperature;
import io.github.herenet.helium.units.Volume;

import java.time.Instant;
import java.util.Objects;

/** The steps of a magnet decommissioning (HeliGet) campaign, and the quench that aborts it. */
public sealed interface CampaignEvent extends RecoveryEvent {

    /**
     * The plan was approved (dewars, bags, dates, people).
     *
     * @param time     when
     * @param operator who approved it
     */
    record PlanApproved(Instant time, String operator) implements CampaignEvent {
        /** @throws IllegalArgumentException without an operator */
        public PlanApproved {
            PhaseMachine.acted(time, operator);
        }
    }

    /**
     * The magnet was de-energised without a quench; the liquid left in it.
     *
     * @param time            when
     * @param operator        who (the service engineer)
     * @param remainingLitres liquid helium left in the magnet (about 800 L of 2000 L at Iwate)
     */
    record Deenergised(Instant time, String operator, double remainingLitres) implements CampaignEvent {
        /** @throws IllegalArgumentException without an operator or for a negative, NaN or infinite volume */
        public Deenergised {
            PhaseMachine.acted(time, operator);
            LiquidTransferMachine.litres(remainingLitres, "remaining liquid");
        }
    }

    /**
     * The recovery dewars were precooled.
     *
     * @param time     when
     * @param operator who
     */
    record Precooled(Instant time, String operator) implements CampaignEvent {
        /** @throws IllegalArgumentException without an operator */
        public Precooled {
            PhaseMachine.acted(time, operator);
        }
    }

    /**
     * A test transfer was done (twice at Iwate).
     *
     * @param time     when
     * @param operator who
     * @param note     what was seen
     */
    record TestTransfer(Instant time, String operator, String note) implements CampaignEvent {
        /** @throws IllegalArgumentException without an operator; NullPointerException without a note */
        public TestTransfer {
            PhaseMachine.acted(time, operator);
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * The transfer tube was connected and the magnet pressurised for the reverse transfer.
     *
     * @param time     when
     * @param operator who
     */
    record Pressurised(Instant time, String operator) implements CampaignEvent {
        /** @throws IllegalArgumentException without an operator */
        public Pressurised {
            PhaseMachine.acted(time, operator);
        }
    }

    /**
     * A recovery dewar was filled from the magnet (then the tube moves to the next dewar).
     *
     * @param time    when it was full
     * @param dewarId the dewar
     * @param litres  liquid litres in it
     */
    record DewarFilled(Instant time, String dewarId, double litres) implements CampaignEvent {
        /** @throws IllegalArgumentException without a dewar or for a negative, NaN or infinite volume */
        public DewarFilled {
            Objects.requireNonNull(time, "time");
            PhaseMachine.id(dewarId, "dewar");
            LiquidTransferMachine.litres(litres, "litres");
        }
    }

    /**
     * A bag was filled with the magnet's boil-off.
     *
     * @param time        when it was full
     * @param bagId       the bag
     * @param gasVolume   the gas in it
     * @param temperature the gas temperature
     * @param purity      the gas purity
     */
    record BoilOffBagged(Instant time, String bagId, Volume gasVolume, Temperature temperature, Purity purity)
            implements CampaignEvent {
        /** @throws IllegalArgumentException without a bag; NullPointerException if a part is missing */
        public BoilOffBagged {
            Objects.requireNonNull(time, "time");
            PhaseMachine.id(bagId, "bag");
            Objects.requireNonNull(gasVolume, "gas volume");
            Objects.requireNonNull(temperature, "temperature");
            Objects.requireNonNull(purity, "purity");
        }
    }

    /**
     * The dewars and bags were shipped (record the vessels' movement with a {@link ShipmentMachine}).
     *
     * @param time        when
     * @param operator    who
     * @param destination where to, in words
     */
    record Shipped(Instant time, String operator, String destination) implements CampaignEvent {
        /** @throws IllegalArgumentException without an operator; NullPointerException without a destination */
        public Shipped {
            PhaseMachine.acted(time, operator);
            Objects.requireNonNull(destination, "destination");
        }
    }

    /**
     * The campaign was closed.
     *
     * @param time     when
     * @param operator who
     */
    record Completed(Instant time, String operator) implements CampaignEvent {
        /** @throws IllegalArgumentException without an operator */
        public Completed {
            PhaseMachine.acted(time, operator);
        }
    }

    /**
     * The magnet quenched: the campaign is aborted.
     *
     * @param time when
     * @param note what happened
     */
    record Quench(Instant time, String note) implements CampaignEvent {
        /** @throws NullPointerException if a part is missing */
        public Quench {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(note, "note");
        }
    }
}
