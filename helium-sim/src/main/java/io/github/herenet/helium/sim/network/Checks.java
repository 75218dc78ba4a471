package io.github.herenet.helium.sim.network;

/** Argument checks of the scenario records, with messages that name the field and the allowed range. */
final class Checks {

    private Checks() {
    }

    static void positive(double value, String what) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number above 0, got " + value);
        }
    }

    static void startDay(double day) {
        range(day, 0, Double.MAX_VALUE, "startDay");
    }

    static void range(double value, double min, double max, String what) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(what + " must be in [" + min + ", " + max + "], got " + value);
        }
    }
}
