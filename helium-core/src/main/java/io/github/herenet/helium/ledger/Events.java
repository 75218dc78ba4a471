package io.github.herenet.helium.ledger;

import java.time.Instant;
import java.util.Objects;

/** Field checks shared by the event records. */
final class Events {

    private Events() {
    }

    static void check(Instant time, String id, String what) {
        Objects.requireNonNull(time, "time");
        require(id, what);
    }

    static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must be given (non-blank), got " + (value == null ? "null" : "'" + value + "'"));
        }
        return value;
    }

    static double nonNegative(double value, String what, String unit) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be finite and >= 0 " + unit + ", got " + value);
        }
        return value;
    }
}
