package io.github.herenet.helium.inventory;

import io.github.herenet.helium.thermo.StandardConditions;

import java.util.Objects;

/**
 * The totalising gas meter on a lab's recovery line (about 5 m3/h, with a check valve). Its counter
 * reads cubic metres of gas at the conditions it is corrected to: a meter without correction counts at
 * line conditions, near ambient.
 *
 * @param id         the meter's id
 * @param labId      the lab whose recovery line it measures
 * @param conditions the conditions its cubic metres are stated at
 */
public record GasMeter(String id, String labId, StandardConditions conditions) {

    /** @throws IllegalArgumentException for a blank id; NullPointerException if a part is missing */
    public GasMeter {
        Ids.require(id, "gas meter");
        Ids.require(labId, "lab of gas meter " + id);
        Objects.requireNonNull(conditions, "conditions of gas meter " + id);
    }
}
