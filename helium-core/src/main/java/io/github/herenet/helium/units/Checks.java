package io.github.herenet.helium.units;

/** Validation shared by all quantity records; every method returns the accepted value. */
final class Checks {

    private Checks() {
    }

    /** Requires a finite value (any sign); returns it with -0.0 normalised to 0.0. */
    static double finite(String quantity, double value, String unit) {
        if (!Double.isFinite(value)) {
            throw new InvalidQuantityException(quantity, value, unit, "finite");
        }
        return value + 0.0;
    }

    /** Requires a finite value {@code >= 0} in {@code unit}; returns it with -0.0 normalised to 0.0. */
    static double finiteNonNegative(String quantity, double value, String unit) {
        return finiteAtLeast(quantity, value, 0.0, unit, "");
    }

    /**
     * Requires a finite value {@code >= minimum} in {@code unit}; {@code note} (may be empty) is
     * appended to the rule in the message, e.g. {@code "(absolute zero)"}.
     */
    static double finiteAtLeast(String quantity, double value, double minimum, String unit, String note) {
        String rule = ">= " + plain(minimum) + " " + unit + (note.isEmpty() ? "" : " " + note);
        if (!Double.isFinite(value)) {
            throw new InvalidQuantityException(quantity, value, unit, "finite and " + rule);
        }
        if (value < minimum) {
            throw new InvalidQuantityException(quantity, value, unit, rule);
        }
        return value + 0.0;
    }

    /** Requires a finite value {@code > 0} in {@code unit}. */
    static double finitePositive(String quantity, double value, String unit) {
        if (!(Double.isFinite(value) && value > 0.0)) {
            throw new InvalidQuantityException(quantity, value, unit, "finite and > 0 " + unit);
        }
        return value;
    }

    /** Returns {@code minuend - subtrahend} (both in {@code unit}), throwing if the result is negative. */
    static double nonNegativeDifference(String quantity, double minuend, double subtrahend, String unit) {
        double difference = minuend - subtrahend;
        if (difference < 0.0) {
            throw InvalidQuantityException.withMessage(quantity, difference,
                    quantity + " " + minuend + " " + unit + " minus " + subtrahend + " " + unit
                            + " gives a negative " + quantity + " (" + difference + " " + unit + ")");
        }
        return difference + 0.0;
    }

    /** Formats a number for messages: integral values without a trailing ".0" (101325, not 101325.0). */
    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
