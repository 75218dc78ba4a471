package io.github.herenet.helium.examples;

import io.github.herenet.helium.thermo.HeliumAmount;

import java.util.Objects;
import java.util.Optional;

/**
 * An amount of helium read by {@link AmountParser}: the amount itself, how it was understood, and, for a
 * vessel, the filling it was computed from.
 *
 * @param amount      the helium amount
 * @param description how the words were understood, e.g. {@code "250 L of liquid helium at the normal
 *                    boiling point (101.325 kPa)"}
 * @param vessel      the vessel filling for input like {@code "14.7 MPaG 47 L 300 K"}, otherwise {@code null}
 */
public record ParsedAmount(HeliumAmount amount, String description, VesselFill vessel) {

    /**
     * Checks the amount and description.
     *
     * @throws NullPointerException if {@code amount} or {@code description} is null
     */
    public ParsedAmount {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(description, "description");
    }

    /**
     * Returns the vessel filling, if the words described a vessel.
     *
     * @return the filling, or empty for a plain amount
     */
    public Optional<VesselFill> vesselFill() {
        return Optional.ofNullable(vessel);
    }
}
