package io.github.herenet.helium.alert;

import io.github.herenet.helium.device.Quality;
import io.github.herenet.helium.device.Reading;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rule over the readings of the subjects it matches. A subject is {@code connection-uri/channel}
 * (e.g. {@code modbus://10.0.0.5:502/bag-level}); a rule's {@code subject} pattern matches it as a glob
 * where {@code *} stands for any run of characters. The engine keeps one {@link Check} per rule and
 * subject: the rule's state (debounce counts, the last value) for that subject.
 *
 * <p>Readings of quality {@link Quality#STALE} or {@link Quality#FAILED}, or with a NaN value, are
 * ignored by every rule except {@link Stale}.
 */
public sealed interface Rule {

    /** The rule's name, unique in an engine. */
    String name();

    /** The subject glob. */
    String subject();

    /** The message catalogue key of its alerts. */
    AlertKind kind();

    /** The severity its alerts are raised at. */
    Severity severity();

    /** The rule's limit, reported as an alert's threshold. */
    double limit();

    /**
     * A fresh check of this rule for one subject.
     *
     * @return the check, not thread-safe (the engine guards it)
     */
    Check newCheck();

    /**
     * Whether the rule applies to {@code subject}.
     *
     * @param subjectName {@code connection-uri/channel}
     * @return whether the glob matches it
     */
    default boolean matches(String subjectName) {
        return glob(subject()).matcher(subjectName).matches();
    }

    /**
     * The regular expression of a glob where {@code *} is any run of characters.
     *
     * @param glob the glob
     * @return the compiled pattern
     */
    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (String part : glob.split("\\*", -1)) {
            if (regex.length() > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    /** What a check makes of one reading. */
    enum Verdict {
        /** The condition has just begun (after any debounce): raise an alert. */
        RAISE,
        /** The condition has just ended (past the hysteresis, after any debounce): clear the alert. */
        CLEAR,
        /** No change. */
        HOLD
    }

    /** A rule's state for one subject. */
    interface Check {
        /**
         * Takes one reading.
         *
         * @param reading the reading
         * @return whether the condition began, ended or neither
         */
        Verdict evaluate(Reading reading);

        /**
         * The value the last verdict was about (the reading's value, or a rate).
         *
         * @return the value
         */
        double value();
    }

    /** Whether a rule other than {@link Stale} looks at {@code r}. */
    private static boolean usable(Reading r) {
        return (r.quality() == Quality.GOOD || r.quality() == Quality.OUT_OF_RANGE) && !Double.isNaN(r.value());
    }

    /** Which side of the limit is the alarm. */
    enum Direction {
        /** Alarm when the value is at or above the limit; clears below limit - hysteresis. */
        ABOVE,
        /** Alarm when the value is at or below the limit; clears above limit + hysteresis. */
        BELOW
    }

    /**
     * A limit with hysteresis and debounce: raised after {@code debounce} consecutive readings at or beyond
     * {@code limit}, cleared after {@code debounce} consecutive readings beyond {@code limit -/+ hysteresis}
     * back on the good side. Readings between the two hold the state. Bag level (90 %, 100 %), cylinder
     * fill pressure, cylinder temperature (above 40 C), oxygen (below 18 %), over-pressure, purity (below a
     * limit) and boil-off flow against its expected rate are all thresholds.
     *
     * @param name       the rule's name
     * @param subject    the subject glob
     * @param kind       the catalogue key
     * @param severity   the severity
     * @param direction  which side is the alarm
     * @param limit      the alarm limit, in the readings' unit
     * @param hysteresis how far back past the limit a value must go to clear, >= 0
     * @param debounce   consecutive readings needed to raise or clear, >= 1
     */
    record Threshold(String name, String subject, AlertKind kind, Severity severity, Direction direction, double limit,
                     double hysteresis, int debounce) implements Rule {

        /** @throws IllegalArgumentException for a blank name or subject, a negative hysteresis, a debounce below 1 */
        public Threshold {
            Rules.check(name, subject, kind, severity);
            Objects.requireNonNull(direction, "direction");
            Rules.finite(limit, "limit");
            if (!(hysteresis >= 0) || Double.isInfinite(hysteresis)) {
                throw new IllegalArgumentException("rule " + name + ": hysteresis must be finite and >= 0, got " + hysteresis);
            }
            Rules.atLeastOne(debounce, name, "debounce");
        }

        /**
         * A boil-off rule against an expected rate (e.g. {@link io.github.herenet.helium.thermo.BoilOff}'s
         * vented gas in the flow meter's unit): alarm {@link AlertKind#BOILOFF_ZERO} below
         * {@code expected * lowFraction}, or {@link AlertKind#BOILOFF_HIGH} above {@code expected * highFactor}.
         *
         * @param name      the rule's name
         * @param subject   the subject glob (the recovery line's flow meter)
         * @param severity  the severity
         * @param expected  the expected flow, in the readings' unit, > 0
         * @param factor    below 1 for a zero/low rule (e.g. 0.2), above 1 for a high rule (e.g. 3)
         * @param debounce  consecutive readings needed, >= 1
         * @return the rule, with a hysteresis of a tenth of the expected rate
         */
        public static Threshold boilOff(String name, String subject, Severity severity, double expected, double factor,
                                        int debounce) {
            if (!(expected > 0) || !(factor > 0) || factor == 1) {
                throw new IllegalArgumentException("rule " + name + ": expected flow must be > 0 and factor > 0, not 1");
            }
            boolean low = factor < 1;
            return new Threshold(name, subject, low ? AlertKind.BOILOFF_ZERO : AlertKind.BOILOFF_HIGH, severity,
                    low ? Direction.BELOW : Direction.ABOVE, expected * factor, expected * 0.1, debounce);
        }

        @Override
        public Check newCheck() {
            return new Check() {
                private final Toggle toggle = new Toggle(debounce);
                private double value = Double.NaN;

                @Override
                public Verdict evaluate(Reading r) {
                    if (!usable(r)) {
                        return Verdict.HOLD;
                    }
                    double v = r.value();
                    value = v;
                    return toggle.step(toggle.active()
                            ? (direction == Direction.ABOVE ? v < limit - hysteresis : v > limit + hysteresis)
                            : (direction == Direction.ABOVE ? v >= limit : v <= limit));
                }

                @Override
                public double value() {
                    return value;
                }
            };
        }
    }

    /**
     * A fall faster than {@code limit} units per second between consecutive readings (a quench: the level
     * dropping several percent a second), for {@code debounce} consecutive pairs; clears when the fall is
     * slower than {@code limit - hysteresis} for as many pairs.
     *
     * @param name       the rule's name
     * @param subject    the subject glob
     * @param kind       the catalogue key
     * @param severity   the severity
     * @param limit      the fall rate, units per second, > 0
     * @param hysteresis how much slower a fall must be to clear, >= 0
     * @param debounce   consecutive pairs needed, >= 1
     */
    record FallRate(String name, String subject, AlertKind kind, Severity severity, double limit, double hysteresis,
                    int debounce) implements Rule {

        /** @throws IllegalArgumentException for a blank name or subject, a limit not above 0, a debounce below 1 */
        public FallRate {
            Rules.check(name, subject, kind, severity);
            if (!(limit > 0) || Double.isInfinite(limit) || !(hysteresis >= 0)) {
                throw new IllegalArgumentException("rule " + name + ": limit must be > 0 and hysteresis >= 0");
            }
            Rules.atLeastOne(debounce, name, "debounce");
        }

        @Override
        public Check newCheck() {
            return new Check() {
                private final Toggle toggle = new Toggle(debounce);
                private double last = Double.NaN;
                private long lastNanos;
                private double rate = Double.NaN;

                @Override
                public Verdict evaluate(Reading r) {
                    if (!usable(r)) {
                        return Verdict.HOLD;
                    }
                    long nanos = r.timestamp().getEpochSecond() * 1_000_000_000L + r.timestamp().getNano();
                    double previous = last;
                    long previousNanos = lastNanos;
                    last = r.value();
                    lastNanos = nanos;
                    if (Double.isNaN(previous) || nanos <= previousNanos) {
                        return Verdict.HOLD;
                    }
                    rate = (previous - r.value()) / ((nanos - previousNanos) / 1e9);
                    return toggle.step(toggle.active() ? rate < limit - hysteresis : rate >= limit);
                }

                @Override
                public double value() {
                    return rate;
                }
            };
        }
    }

    /**
     * A stuck sensor: {@code readings} consecutive usable readings all within {@code tolerance} of the
     * first; clears at the first reading that moves further.
     *
     * @param name      the rule's name
     * @param subject   the subject glob
     * @param severity  the severity
     * @param readings  how many unchanged readings make it stuck, >= 2
     * @param tolerance how much change still counts as none, >= 0
     */
    record Stuck(String name, String subject, Severity severity, int readings, double tolerance) implements Rule {

        /** @throws IllegalArgumentException for a blank name or subject, fewer than 2 readings, a negative tolerance */
        public Stuck {
            Rules.check(name, subject, AlertKind.SENSOR_STUCK, severity);
            if (readings < 2 || !(tolerance >= 0)) {
                throw new IllegalArgumentException("rule " + name + ": readings must be >= 2 and tolerance >= 0");
            }
        }

        @Override
        public AlertKind kind() {
            return AlertKind.SENSOR_STUCK;
        }

        @Override
        public double limit() {
            return readings;
        }

        @Override
        public Check newCheck() {
            return new Check() {
                private boolean active;
                private int same;
                private double first = Double.NaN;

                @Override
                public Verdict evaluate(Reading r) {
                    if (!usable(r)) {
                        return Verdict.HOLD;
                    }
                    if (!Double.isNaN(first) && Math.abs(r.value() - first) <= tolerance) {
                        same++;
                    } else {
                        first = r.value();
                        same = 1;
                        if (active) {
                            active = false;
                            return Verdict.CLEAR;
                        }
                    }
                    if (!active && same >= readings) {
                        active = true;
                        return Verdict.RAISE;
                    }
                    return Verdict.HOLD;
                }

                @Override
                public double value() {
                    return first;
                }
            };
        }
    }

    /**
     * A stale or dead device: {@code readings} consecutive readings of quality {@link Quality#STALE} or
     * {@link Quality#FAILED}; clears at the next {@link Quality#GOOD} one.
     *
     * @param name     the rule's name
     * @param subject  the subject glob
     * @param severity the severity
     * @param readings how many, >= 1
     */
    record Stale(String name, String subject, Severity severity, int readings) implements Rule {

        /** @throws IllegalArgumentException for a blank name or subject, or readings below 1 */
        public Stale {
            Rules.check(name, subject, AlertKind.DEVICE_STALE, severity);
            Rules.atLeastOne(readings, name, "readings");
        }

        @Override
        public AlertKind kind() {
            return AlertKind.DEVICE_STALE;
        }

        @Override
        public double limit() {
            return readings;
        }

        @Override
        public Check newCheck() {
            return new Check() {
                private boolean active;
                private int bad;

                @Override
                public Verdict evaluate(Reading r) {
                    if (r.quality() == Quality.STALE || r.quality() == Quality.FAILED) {
                        if (!active && ++bad >= readings) {
                            active = true;
                            return Verdict.RAISE;
                        }
                        return Verdict.HOLD;
                    }
                    bad = 0;
                    if (active && r.quality() == Quality.GOOD) {
                        active = false;
                        return Verdict.CLEAR;
                    }
                    return Verdict.HOLD;
                }

                @Override
                public double value() {
                    return bad;
                }
            };
        }
    }
}
