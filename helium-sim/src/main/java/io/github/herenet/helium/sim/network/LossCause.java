package io.github.herenet.helium.sim.network;

/** Why helium left the network in a simulation: the causes a {@link HeliumBalance} splits its losses by. */
public enum LossCause {
    /** Dewars' boil-off vented to air (in transit, away from a recovery line). */
    BOIL_OFF_VENTED,
    /** An injected leak in a lab's recovery line, before its meter. */
    LEAK,
    /**
     * The small everyday losses of a recovery line before its meter (fittings, the oil bubbler, a transfer tube
     * cooling down in air), a few percent of what the lab uses: why a sound lab recovers 95-99 %, not 100 %.
     */
    LINE_LOSS,
    /**
     * The share of a lab's experiments' boil-off lost at its cryostats, before the recovery line (their recovery
     * efficiency below 1); the lab records it as a vent.
     */
    EXPERIMENT_VENTED,
    /** Boil-off vented because every bag of the site was full. */
    BAGS_FULL,
    /** Helium diffusing through the walls of full bags while they wait for the compressor. */
    PERMEATION,
    /** A magnet's liquid lost in a quench. */
    QUENCH,
    /** Cylinders of a shipment that never arrived. */
    LOST_SHIPMENT,
    /** Helium leaving the hub's purifier with the impurities. */
    PURIFIER,
    /** Flash and boil-off of a decommissioning campaign that did not fit its bags, and the remainder vented at its end. */
    CAMPAIGN_VENT
}
