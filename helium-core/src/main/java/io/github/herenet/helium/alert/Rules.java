package io.github.herenet.helium.alert;

import io.github.herenet.helium.ledger.DewarStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Argument checks and the dewar check shared by the rules. */
final class Rules {

    private Rules() {
    }

    static void check(String name, String subject, AlertKind kind, Severity severity) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a rule needs a name (non-blank), got " + name);
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("rule " + name + " needs a subject (non-blank), got " + subject);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
    }

    static void finite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be finite, got " + value);
        }
    }

    static void atLeastOne(int value, String name, String what) {
        if (value < 1) {
            throw new IllegalArgumentException("rule " + name + ": " + what + " must be >= 1, got " + value);
        }
    }

    static void positive(Duration value, String name, String what) {
        Objects.requireNonNull(value, what);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("rule " + name + ": " + what + " must be above zero, got " + value);
        }
    }

    /**
     * A dewar check that raises while a condition holds and clears when it stops: subclasses say whether it
     * holds and set {@link #value}.
     */
    abstract static class DewarCondition implements Rule.DewarCheck {
        private final Toggle toggle = new Toggle(1, Duration.ZERO);
        /** The value the alert reports. */
        double value = Double.NaN;

        abstract boolean holds(DewarStatus status, double nominalLossLitresPerDay, Instant now);

        @Override
        public final Rule.Verdict evaluate(DewarStatus status, double nominalLossLitresPerDay, Instant now) {
            return toggle.follow(holds(status, nominalLossLitresPerDay, now), now);
        }

        @Override
        public final double value() {
            return value;
        }
    }
}
