package io.github.herenet.helium.alert;

import io.github.herenet.helium.device.Quality;
import io.github.herenet.helium.device.Reading;
import io.github.herenet.helium.ledger.DewarStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rule that raises and clears alerts. Three families:
 * <ul>
 * <li>{@link OnReadings} rules look at device readings. Their subject is {@code connection-uri/channel}
 * (e.g. {@code modbus://10.0.0.5:502/bag-level}); the engine keeps one {@link Check} per rule and subject:
 * the rule's state (debounce counts, the last value) for that subject.</li>
 * <li>{@link OnDewars} rules look at the ledger's dewar tracking ({@link DewarStatus}) on each
 * {@link AlertEngine#tick()}; their subject is {@code dewar/<dewar-id>}.</li>
 * <li>{@link OnStates} rules look at the phases of procedures' state machines, as reported to
 * {@link AlertEngine#onState}; their subject is whatever the caller names, by convention
 * {@code <machine>/<subject-id>} (e.g. {@code compressor/K1}, {@code gas-bag/B1}).</li>
 * </ul>
 * A rule's {@code subject} pattern matches the subject as a glob where {@code *} stands for any run of
 * characters.
 *
 * <p>Counts and durations: debounce and the stuck and stale rules count readings, and may also ask for a
 * time ({@code holdFor}, {@code stuckFor}, {@code staleAfter}) measured on the engine's {@link java.time.Clock};
 * {@link Duration#ZERO} leaves a rule counting only.
 *
 * <p>Readings of quality {@link Quality#STALE} or {@link Quality#FAILED}, or with a NaN value, are
 * ignored by every rule except {@link Stale}.
 */
public sealed interface Rule permits Rule.OnReadings, Rule.OnDewars, Rule.OnStates {

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

    /** A rule over device readings. */
    sealed interface OnReadings extends Rule permits Threshold, FallRate, Stuck, Stale, CompressorFault {
        /**
         * A fresh check of this rule for one subject.
         *
         * @return the check, not thread-safe (the engine guards it)
         */
        Check newCheck();
    }

    /** A rule over the ledger's dewar tracking, evaluated per dewar. */
    sealed interface OnDewars extends Rule permits ForgottenDewar, WarmDewar {
        /**
         * A fresh check of this rule for one dewar.
         *
         * @return the check, not thread-safe (the engine guards it)
         */
        DewarCheck newCheck();
    }

    /** A rule over the phases of state machines, evaluated per subject. */
    sealed interface OnStates extends Rule permits InPhase {
        /**
         * A fresh check of this rule for one subject whose machine has the phases of {@code phaseType}.
         *
         * @param phaseType the subject's phase enum
         * @return the check, not thread-safe (the engine guards it)
         * @throws IllegalArgumentException if the rule names a phase {@code phaseType} lacks
         */
        StateCheck newCheck(Class<? extends Enum<?>> phaseType);
    }

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

    /** What an alert reports of its check: a value and perhaps a detail. */
    interface Measure {
        /**
         * The value the last verdict was about (the reading's value, a rate, days out).
         *
         * @return the value
         */
        double value();

        /**
         * The value in words, e.g. a compressor's decoded alarm bits.
         *
         * @return the detail, empty by default
         */
        default String detail() {
            return "";
        }
    }

    /** A reading rule's state for one subject. */
    interface Check extends Measure {
        /**
         * Takes one reading.
         *
         * @param reading the reading
         * @param now     the engine's time, for the rules' durations
         * @return whether the condition began, ended or neither
         */
        Verdict evaluate(Reading reading, Instant now);

        /**
         * Takes one reading, with its timestamp as the time.
         *
         * @param reading the reading
         * @return whether the condition began, ended or neither
         */
        default Verdict evaluate(Reading reading) {
            return evaluate(reading, reading.timestamp());
        }

        /**
         * Lets time pass without a reading (a duration may run out; a silent device turns stale).
         *
         * @param now the engine's time
         * @return whether the condition began, ended or neither; {@link Verdict#HOLD} by default
         */
        default Verdict idle(Instant now) {
            return Verdict.HOLD;
        }
    }

    /** A dewar rule's state for one dewar. */
    interface DewarCheck extends Measure {
        /**
         * Takes the dewar's status now.
         *
         * @param status                  the ledger's status of the dewar at {@code now}
         * @param nominalLossLitresPerDay the dewar's nominal boil-off, litres a day
         * @param now                     the engine's time
         * @return whether the condition began, ended or neither
         */
        Verdict evaluate(DewarStatus status, double nominalLossLitresPerDay, Instant now);
    }

    /** A state rule's state for one subject. */
    interface StateCheck extends Measure {
        /**
         * Takes the subject's state.
         *
         * @param phase the name of its phase
         * @param since when it entered that state
         * @param now   the engine's time
         * @return whether the condition began, ended or neither
         */
        Verdict evaluate(String phase, Instant since, Instant now);

        /**
         * Lets time pass without a new state (a {@code holdFor} may run out).
         *
         * @param now the engine's time
         * @return whether the condition began, ended or neither
         */
        Verdict idle(Instant now);
    }

    /**
     * Checks a duration that stands for "not by time".
     *
     * @param d    the duration
     * @param name the rule's name
     * @param what the setting
     * @return {@code d}
     * @throws IllegalArgumentException if it is negative
     */
    private static Duration notNegative(Duration d, String name, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative()) {
            throw new IllegalArgumentException("rule " + name + ": " + what + " must be >= 0 (0 for none), got " + d);
        }
        return d;
    }

    /** Whether at least {@code d} passed from {@code since} to {@code now}. */
    private static boolean elapsed(Instant since, Instant now, Duration d) {
        return Duration.between(since, now).compareTo(d) >= 0;
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
     * @param holdFor    how long (engine clock) those readings must have pointed the same way, or
     *                   {@link Duration#ZERO} to count readings only
     */
    record Threshold(String name, String subject, AlertKind kind, Severity severity, Direction direction, double limit,
                     double hysteresis, int debounce, Duration holdFor) implements OnReadings {

        /**
         * @throws IllegalArgumentException for a blank name or subject, a negative hysteresis, a debounce below 1,
         *                                  a negative holdFor
         */
        public Threshold {
            Rules.check(name, subject, kind, severity);
            Objects.requireNonNull(direction, "direction");
            Rules.finite(limit, "limit");
            if (!(hysteresis >= 0) || Double.isInfinite(hysteresis)) {
                throw new IllegalArgumentException("rule " + name + ": hysteresis must be finite and >= 0, got " + hysteresis);
            }
            Rules.atLeastOne(debounce, name, "debounce");
            notNegative(holdFor, name, "holdFor");
        }

        /**
         * A threshold debounced by count only.
         *
         * @param name       the rule's name
         * @param subject    the subject glob
         * @param kind       the catalogue key
         * @param severity   the severity
         * @param direction  which side is the alarm
         * @param limit      the alarm limit
         * @param hysteresis how far back past the limit a value must go to clear, >= 0
         * @param debounce   consecutive readings needed to raise or clear, >= 1
         */
        public Threshold(String name, String subject, AlertKind kind, Severity severity, Direction direction,
                         double limit, double hysteresis, int debounce) {
            this(name, subject, kind, severity, direction, limit, hysteresis, debounce, Duration.ZERO);
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
                private final Toggle toggle = new Toggle(debounce, holdFor);
                private double value = Double.NaN;

                @Override
                public Verdict evaluate(Reading r, Instant now) {
                    if (!usable(r)) {
                        return Verdict.HOLD;
                    }
                    double v = r.value();
                    value = v;
                    return toggle.step(toggle.active()
                            ? (direction == Direction.ABOVE ? v < limit - hysteresis : v > limit + hysteresis)
                            : (direction == Direction.ABOVE ? v >= limit : v <= limit), now);
                }

                @Override
                public Verdict idle(Instant now) {
                    return toggle.idle(now);
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
     * @param holdFor    how long (engine clock) those pairs must have pointed the same way, or
     *                   {@link Duration#ZERO} to count pairs only
     */
    record FallRate(String name, String subject, AlertKind kind, Severity severity, double limit, double hysteresis,
                    int debounce, Duration holdFor) implements OnReadings {

        /**
         * @throws IllegalArgumentException for a blank name or subject, a limit not above 0, a debounce below 1,
         *                                  a negative holdFor
         */
        public FallRate {
            Rules.check(name, subject, kind, severity);
            if (!(limit > 0) || Double.isInfinite(limit) || !(hysteresis >= 0)) {
                throw new IllegalArgumentException("rule " + name + ": limit must be > 0 and hysteresis >= 0");
            }
            Rules.atLeastOne(debounce, name, "debounce");
            notNegative(holdFor, name, "holdFor");
        }

        /**
         * A fall rate debounced by count only.
         *
         * @param name       the rule's name
         * @param subject    the subject glob
         * @param kind       the catalogue key
         * @param severity   the severity
         * @param limit      the fall rate, units per second, > 0
         * @param hysteresis how much slower a fall must be to clear, >= 0
         * @param debounce   consecutive pairs needed, >= 1
         */
        public FallRate(String name, String subject, AlertKind kind, Severity severity, double limit,
                        double hysteresis, int debounce) {
            this(name, subject, kind, severity, limit, hysteresis, debounce, Duration.ZERO);
        }

        @Override
        public Check newCheck() {
            return new Check() {
                private final Toggle toggle = new Toggle(debounce, holdFor);
                private double last = Double.NaN;
                private long lastNanos;
                private double rate = Double.NaN;

                @Override
                public Verdict evaluate(Reading r, Instant now) {
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
                    return toggle.step(toggle.active() ? rate < limit - hysteresis : rate >= limit, now);
                }

                @Override
                public Verdict idle(Instant now) {
                    return toggle.idle(now);
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
     * first, and (if {@code stuckFor} is not zero) unchanged for at least {@code stuckFor} on the engine's
     * clock; clears at the first reading that moves further.
     *
     * @param name      the rule's name
     * @param subject   the subject glob
     * @param severity  the severity
     * @param readings  how many unchanged readings make it stuck, >= 2
     * @param tolerance how much change still counts as none, >= 0
     * @param stuckFor  how long the value must also have stood still, or {@link Duration#ZERO}
     */
    record Stuck(String name, String subject, Severity severity, int readings, double tolerance, Duration stuckFor)
            implements OnReadings {

        /**
         * @throws IllegalArgumentException for a blank name or subject, fewer than 2 readings, a negative tolerance,
         *                                  a negative stuckFor
         */
        public Stuck {
            Rules.check(name, subject, AlertKind.SENSOR_STUCK, severity);
            if (readings < 2 || !(tolerance >= 0)) {
                throw new IllegalArgumentException("rule " + name + ": readings must be >= 2 and tolerance >= 0");
            }
            notNegative(stuckFor, name, "stuckFor");
        }

        /**
         * A stuck rule counting readings only.
         *
         * @param name      the rule's name
         * @param subject   the subject glob
         * @param severity  the severity
         * @param readings  how many unchanged readings make it stuck, >= 2
         * @param tolerance how much change still counts as none, >= 0
         */
        public Stuck(String name, String subject, Severity severity, int readings, double tolerance) {
            this(name, subject, severity, readings, tolerance, Duration.ZERO);
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
                private Instant firstAt;

                @Override
                public Verdict evaluate(Reading r, Instant now) {
                    if (!usable(r)) {
                        return Verdict.HOLD;
                    }
                    if (!Double.isNaN(first) && Math.abs(r.value() - first) <= tolerance) {
                        same++;
                    } else {
                        first = r.value();
                        firstAt = now;
                        same = 1;
                        if (active) {
                            active = false;
                            return Verdict.CLEAR;
                        }
                    }
                    return idle(now);
                }

                @Override
                public Verdict idle(Instant now) {
                    if (!active && same >= readings && elapsed(firstAt, now, stuckFor)) {
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
     * {@link Quality#FAILED}, or (if {@code staleAfter} is not zero) no reading of another quality for
     * {@code staleAfter} on the engine's clock, whether bad readings come or none at all; clears at the next
     * {@link Quality#GOOD} one. Silence is noticed by {@link AlertEngine#tick()} once the subject has sent
     * its first reading.
     *
     * @param name       the rule's name
     * @param subject    the subject glob
     * @param severity   the severity
     * @param readings   how many bad readings in a row, >= 1; or 0 to go by {@code staleAfter} only
     * @param staleAfter how long without a usable reading, or {@link Duration#ZERO} to count only
     */
    record Stale(String name, String subject, Severity severity, int readings, Duration staleAfter)
            implements OnReadings {

        /**
         * @throws IllegalArgumentException for a blank name or subject, negative readings or staleAfter, or
         *                                  neither a count nor a duration
         */
        public Stale {
            Rules.check(name, subject, AlertKind.DEVICE_STALE, severity);
            notNegative(staleAfter, name, "staleAfter");
            if (readings < 0 || readings == 0 && staleAfter.isZero()) {
                throw new IllegalArgumentException("rule " + name + ": readings must be >= 1, or 0 with a staleAfter"
                        + " above zero; got readings " + readings + ", staleAfter " + staleAfter);
            }
        }

        /**
         * A stale rule counting readings only.
         *
         * @param name     the rule's name
         * @param subject  the subject glob
         * @param severity the severity
         * @param readings how many, >= 1
         */
        public Stale(String name, String subject, Severity severity, int readings) {
            this(name, subject, severity, readings, Duration.ZERO);
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
                private Instant lastUsable;

                @Override
                public Verdict evaluate(Reading r, Instant now) {
                    if (lastUsable == null) {
                        lastUsable = now;
                    }
                    if (r.quality() == Quality.STALE || r.quality() == Quality.FAILED) {
                        bad++;
                        return active || readings == 0 || bad < readings ? idle(now) : raise();
                    }
                    bad = 0;
                    lastUsable = now;
                    if (active && r.quality() == Quality.GOOD) {
                        active = false;
                        return Verdict.CLEAR;
                    }
                    return Verdict.HOLD;
                }

                @Override
                public Verdict idle(Instant now) {
                    if (!active && lastUsable != null && !staleAfter.isZero() && elapsed(lastUsable, now, staleAfter)) {
                        return raise();
                    }
                    return Verdict.HOLD;
                }

                private Verdict raise() {
                    active = true;
                    return Verdict.RAISE;
                }

                @Override
                public double value() {
                    return bad;
                }
            };
        }
    }

    /**
     * A compressor fault or interlock, over the status channels of a compressor such as the built-in
     * {@code cryomech-cpa} device profile: the channel {@code alarms} (register 30005) or {@code warnings}
     * (30003) reading non-zero, i.e. some bit set, or {@code operatingState} (30001) in one of
     * {@code faultStates} (Cryomech: 6 error lockout, 7 error, 9 power related error). Other channels the
     * subject glob matches are ignored; point the glob at {@code .../alarms} and {@code .../warnings} with two
     * rules to give them different severities. Raised after {@code debounce} faulty readings in a row (held
     * for {@code holdFor}), cleared after as many healthy ones. The alert's value is the word read, its detail
     * the set bits or the state in words, e.g. "high pressure high, oil low".
     *
     * @param name        the rule's name
     * @param subject     the subject glob, e.g. {@code modbus-tcp://cpa-1:502/*}
     * @param severity    the severity
     * @param faultStates the operating states that are faults
     * @param debounce    consecutive readings needed to raise or clear, >= 1
     * @param holdFor     how long those readings must have pointed the same way, or {@link Duration#ZERO}
     */
    record CompressorFault(String name, String subject, Severity severity, Set<Integer> faultStates, int debounce,
                           Duration holdFor) implements OnReadings {

        /** The Cryomech CPA operating states that are faults: error lockout, error, power related error. */
        public static final Set<Integer> CRYOMECH_FAULT_STATES = Set.of(6, 7, 9);

        /** The channel of the alarm word. */
        public static final String ALARMS = "alarms";
        /** The channel of the warning word. */
        public static final String WARNINGS = "warnings";
        /** The channel of the operating state. */
        public static final String OPERATING_STATE = "operatingState";

        /** What bit {@code i} of a Cryomech CPA warning or alarm word means ({@code null}: unassigned). */
        private static final String[] BITS = {
            "coolant in high", "coolant in low", "coolant out high", "coolant out low", "oil high", "oil low",
            "helium high", "helium low", "low pressure high", "low pressure low", "high pressure high",
            "high pressure low", "delta pressure high", "delta pressure low", null, null, null,
            "static pressure high", "static pressure low", "cold head motor stall"
        };

        /** @throws IllegalArgumentException for a blank name or subject, a debounce below 1, a negative holdFor */
        public CompressorFault {
            Rules.check(name, subject, AlertKind.COMPRESSOR_FAULT, severity);
            faultStates = Set.copyOf(faultStates);
            Rules.atLeastOne(debounce, name, "debounce");
            notNegative(holdFor, name, "holdFor");
        }

        /**
         * A Cryomech CPA rule: {@link #CRYOMECH_FAULT_STATES}, counting readings only.
         *
         * @param name     the rule's name
         * @param subject  the subject glob
         * @param severity the severity
         * @param debounce consecutive readings needed, >= 1
         */
        public CompressorFault(String name, String subject, Severity severity, int debounce) {
            this(name, subject, severity, CRYOMECH_FAULT_STATES, debounce, Duration.ZERO);
        }

        @Override
        public AlertKind kind() {
            return AlertKind.COMPRESSOR_FAULT;
        }

        /** The limit: zero (any set bit is a fault). */
        @Override
        public double limit() {
            return 0;
        }

        /**
         * The set bits of a Cryomech warning or alarm word in words. The panel may report the word negated
         * (as a float); its magnitude is decoded.
         *
         * @param word the word as read
         * @return e.g. "high pressure high, oil low", with "bit N" for bits without a meaning; empty for 0
         */
        public static String decode(double word) {
            long bits = (long) Math.abs(word);
            List<String> words = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                if ((bits & (1L << i)) != 0) {
                    words.add(i < BITS.length && BITS[i] != null ? BITS[i] : "bit " + i);
                }
            }
            return String.join(", ", words);
        }

        @Override
        public Check newCheck() {
            return new Check() {
                private final Toggle toggle = new Toggle(debounce, holdFor);
                private double value = Double.NaN;
                private String detail = "";

                @Override
                public Verdict evaluate(Reading r, Instant now) {
                    String channel = r.channel();
                    boolean state = channel.equals(OPERATING_STATE);
                    if (!usable(r) || !state && !channel.equals(ALARMS) && !channel.equals(WARNINGS)) {
                        return Verdict.HOLD;
                    }
                    int word = (int) r.value();
                    boolean fault = state ? faultStates.contains(word) : word != 0;
                    if (fault) {
                        value = r.value();
                        detail = state ? "operating state " + word : decode(r.value());
                    }
                    return toggle.follow(fault, now);
                }

                @Override
                public Verdict idle(Instant now) {
                    return toggle.idle(now);
                }

                @Override
                public double value() {
                    return value;
                }

                @Override
                public String detail() {
                    return detail;
                }
            };
        }
    }

    /**
     * A dewar out at a lab longer than {@code outFor} (from {@link DewarStatus#forgotten}); cleared when
     * it is returned (no longer at a lab). The alert's value and limit are in days.
     *
     * @param name     the rule's name
     * @param subject  the glob over {@code dewar/<dewar-id>}, e.g. {@code dewar/*}
     * @param severity the severity
     * @param outFor   how long a dewar may stay at a lab, > 0
     */
    record ForgottenDewar(String name, String subject, Severity severity, Duration outFor) implements OnDewars {

        /** @throws IllegalArgumentException for a blank name or subject, or outFor not above zero */
        public ForgottenDewar {
            Rules.check(name, subject, AlertKind.DEWAR_FORGOTTEN, severity);
            Rules.positive(outFor, name, "outFor");
        }

        @Override
        public AlertKind kind() {
            return AlertKind.DEWAR_FORGOTTEN;
        }

        /** The limit in days. */
        @Override
        public double limit() {
            return outFor.toSeconds() / 86_400.0;
        }

        @Override
        public DewarCheck newCheck() {
            return new Rules.DewarCondition() {
                @Override
                boolean holds(DewarStatus status, double nominalLossLitresPerDay, Instant now) {
                    value = Duration.between(status.whereabouts().since(), now).toSeconds() / 86_400.0;
                    return status.forgotten(now, outFor);
                }
            };
        }
    }

    /**
     * A dewar at a lab warming up: its liquid has boiled away at the nominal rate
     * ({@link DewarStatus#warm()}), or the level it was last counted at fell faster than
     * {@code factor} times its nominal boil-off since the count before (a failing vacuum). Cleared when
     * it is returned, or refilled. The alert's value is the measured loss in litres a day (NaN when it
     * boiled dry before a second count), its limit {@code factor} (the allowed multiple of the nominal loss).
     *
     * @param name     the rule's name
     * @param subject  the glob over {@code dewar/<dewar-id>}
     * @param severity the severity
     * @param factor   how many times the nominal boil-off is still normal, >= 1
     */
    record WarmDewar(String name, String subject, Severity severity, double factor) implements OnDewars {

        /** @throws IllegalArgumentException for a blank name or subject, or a factor below 1 or not finite */
        public WarmDewar {
            Rules.check(name, subject, AlertKind.DEWAR_WARM, severity);
            if (!(factor >= 1) || Double.isInfinite(factor)) {
                throw new IllegalArgumentException("rule " + name + ": factor must be finite and >= 1 (a multiple"
                        + " of the nominal boil-off), got " + factor);
            }
        }

        @Override
        public AlertKind kind() {
            return AlertKind.DEWAR_WARM;
        }

        /** The limit: the factor. */
        @Override
        public double limit() {
            return factor;
        }

        @Override
        public DewarCheck newCheck() {
            return new Rules.DewarCondition() {
                private DewarStatus previous;

                @Override
                boolean holds(DewarStatus status, double nominalLossLitresPerDay, Instant now) {
                    if (status.whereabouts().labId() == null) {
                        previous = null;
                        value = Double.NaN;
                        return false;
                    }
                    if (previous != null && status.knownAt().isAfter(previous.knownAt())) {
                        double days = Duration.between(previous.knownAt(), status.knownAt()).toSeconds() / 86_400.0;
                        value = Math.max(0, previous.knownLitres() - status.knownLitres()) / days;
                    }
                    if (previous == null || status.knownAt().isAfter(previous.knownAt())) {
                        previous = status;
                    }
                    return status.warm() || value > nominalLossLitresPerDay * factor;
                }
            };
        }
    }

    /**
     * A subject in one of {@code phases} of its state machine (a compressor in FAULT, a bag FULL and not
     * swapped, a cylinder FILLING) for at least {@code holdFor}; cleared as soon as it is in another phase.
     * The time runs from the {@code since} of the first state reported in one of the phases (moving between
     * them, or a state change within one, does not restart it) to the engine's clock, so a subject already
     * long in a phase when the engine first hears of it raises at once, and {@link AlertEngine#tick()} raises
     * when the time runs out without a new state. Phase names are checked against the subject's phase enum
     * when the engine first sees a subject the rule matches. The alert's value is the hours the subject has
     * been in the phases, its limit {@code holdFor} in hours, its detail the phase's name.
     *
     * @param name     the rule's name
     * @param subject  the subject glob, e.g. {@code compressor/*}
     * @param kind     the catalogue key, e.g. {@link AlertKind#COMPRESSOR_FAULT} or {@link AlertKind#PHASE_OVERDUE}
     * @param severity the severity
     * @param phases   the phases' names, at least one, e.g. {@code FAULT}
     * @param holdFor  how long the subject must have been in them, or {@link Duration#ZERO} to raise at once
     */
    record InPhase(String name, String subject, AlertKind kind, Severity severity, Set<String> phases,
                   Duration holdFor) implements OnStates {

        /** @throws IllegalArgumentException for a blank name or subject, no phases, a blank phase, a negative holdFor */
        public InPhase {
            Rules.check(name, subject, kind, severity);
            Objects.requireNonNull(phases, "phases");
            if (phases.isEmpty() || phases.stream().anyMatch(p -> p == null || p.isBlank())) {
                throw new IllegalArgumentException("rule " + name + ": phases must name at least one phase of the"
                        + " subject's machine (e.g. FAULT), none blank; got " + phases);
            }
            phases = Set.copyOf(phases);
            notNegative(holdFor, name, "holdFor");
        }

        /** The limit: {@code holdFor} in hours. */
        @Override
        public double limit() {
            return hours(holdFor);
        }

        @Override
        public StateCheck newCheck(Class<? extends Enum<?>> phaseType) {
            List<String> known = new ArrayList<>();
            for (Enum<?> e : phaseType.getEnumConstants()) {
                known.add(e.name());
            }
            for (String p : phases) {
                if (!known.contains(p)) {
                    Class<?> outer = phaseType.getEnclosingClass();
                    throw new IllegalArgumentException("rule " + name + ": " + p + " is not a phase of "
                            + (outer == null ? "" : outer.getSimpleName() + ".") + phaseType.getSimpleName()
                            + "; allowed: " + String.join(", ", known));
                }
            }
            return new StateCheck() {
                private final Toggle toggle = new Toggle(1, holdFor, Duration.ZERO);
                private Instant entered;
                private double hoursIn = Double.NaN;
                private String phase = "";

                @Override
                public Verdict evaluate(String newPhase, Instant since, Instant now) {
                    boolean in = phases.contains(newPhase);
                    phase = newPhase;
                    entered = !in ? null : entered == null ? since : entered;
                    Verdict flip = toggle.follow(in, since);
                    Verdict later = idle(now);
                    return flip == Verdict.HOLD ? later : flip;
                }

                /** The hours in the rule's phases, as of the last evaluation. */
                @Override
                public double value() {
                    return hoursIn;
                }

                /** The phase's name. */
                @Override
                public String detail() {
                    return phase;
                }

                @Override
                public Verdict idle(Instant now) {
                    if (entered != null) {
                        hoursIn = hours(Duration.between(entered, now));
                    }
                    return toggle.idle(now);
                }
            };
        }

        private static double hours(Duration d) {
            return d.toMillis() / 3_600_000.0;
        }
    }
}
