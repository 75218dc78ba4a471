package io.github.herenet.helium.drivers.level;

import java.util.Objects;

/**
 * A level as a meter reported it.
 *
 * @param value the number the meter sent
 * @param unit  its unit: {@code "cm"}, {@code "in"} or {@code "%"}
 */
public record LevelValue(double value, String unit) {

    /** @throws NullPointerException for a missing unit; IllegalArgumentException for a non-finite value */
    public LevelValue {
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("level " + value + " is not a finite number");
        }
    }

    /** Whether it is physically possible: 0-100 % for a percentage, not negative for a length. */
    public boolean plausible() {
        return value >= 0 && (!unit.equals("%") || value <= 100);
    }
}
