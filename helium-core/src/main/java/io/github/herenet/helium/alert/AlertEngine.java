package io.github.herenet.helium.alert;

import io.github.herenet.helium.device.DeviceConnection;
import io.github.herenet.helium.device.PollListener;
import io.github.herenet.helium.device.Reading;
import io.github.herenet.helium.inventory.Dewar;
import io.github.herenet.helium.inventory.Network;
import io.github.herenet.helium.ledger.DewarStatus;
import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.ledger.LedgerEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Evaluates {@link Rule}s over readings and over the ledger's dewar tracking, and keeps the alerts they
 * raise: raised, acknowledged, cleared. Reading rules ({@link Rule.OnReadings}) run on each reading given
 * to {@link #onReading} and, for their durations, on {@link #tick()}; dewar rules ({@link Rule.OnDewars})
 * run on each {@link #tick()} over {@link Ledger#dewars(Instant)} of the engine's ledger at the clock's time
 * (a replay of the ledger: tick every few seconds, not every millisecond), with the subject
 * {@code dewar/<dewar-id>}. State rules ({@link Rule.OnStates}) run on each phase given to {@link #onState}
 * (e.g. by {@code io.github.herenet.helium.recovery.PhaseAlerts} from a machine driver) and, for their
 * {@code holdFor}, on {@link #tick()}. Each change of state is appended to the {@link Ledger} (if one is
 * given) as a {@link LedgerEvent.AlertChanged} and handed to the {@link AlertListener}s.
 *
 * <p>While an alert is raised and unacknowledged, {@link #tick()} re-notifies it every
 * {@link Settings#renotifyEvery} and escalates it one severity up once after {@link Settings#escalateAfter}.
 * Notifications of raising, clearing, reminders and escalations are rate limited: at most one per subject
 * per {@link Settings#rateLimit}; those over the limit are dropped (counted in {@link #suppressed()}), so a
 * flapping input never floods. Acknowledgements are always notified.
 *
 * <p>Thread-safe: the state is guarded by one lock; listeners are called after it is released, in order.
 * Time comes from the injected {@link Clock}.
 */
public final class AlertEngine {

    private static final Logger LOG = LoggerFactory.getLogger(AlertEngine.class);

    /**
     * The engine's timing.
     *
     * @param renotifyEvery how often an unacknowledged raised alert is notified again
     * @param escalateAfter after how long unacknowledged it is escalated one severity up
     * @param rateLimit     the least time between two notifications for one subject ({@link Duration#ZERO}: none)
     */
    public record Settings(Duration renotifyEvery, Duration escalateAfter, Duration rateLimit) {

        /** Re-notification every 15 minutes, escalation after 30, at most one notification per subject a minute. */
        public static final Settings DEFAULT = new Settings(Duration.ofMinutes(15), Duration.ofMinutes(30),
                Duration.ofMinutes(1));

        /** @throws IllegalArgumentException for a negative or zero interval (a negative rate limit) */
        public Settings {
            Objects.requireNonNull(renotifyEvery, "renotifyEvery");
            Objects.requireNonNull(escalateAfter, "escalateAfter");
            Objects.requireNonNull(rateLimit, "rateLimit");
            if (renotifyEvery.isNegative() || renotifyEvery.isZero() || escalateAfter.isNegative()
                    || escalateAfter.isZero() || rateLimit.isNegative()) {
                throw new IllegalArgumentException("intervals must be positive, the rate limit >= 0: " + this);
            }
        }
    }

    /** One rule's state for one subject, and its open alert. */
    private static final class Slot<C extends Rule.Measure> {
        final Rule rule;
        final String key;
        final C check;
        Alert alert;
        Instant lastNotified;
        boolean escalated;

        Slot(Rule rule, String key, C check) {
            this.rule = rule;
            this.key = key;
            this.check = check;
        }
    }

    private record Note(Alert alert, AlertEvent event) {
    }

    private final List<Rule> rules;
    private final Clock clock;
    private final Settings settings;
    private final Ledger ledger;
    private final List<AlertListener> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private final Map<String, List<Slot<Rule.Check>>> slots = new HashMap<>();
    private final Map<String, List<Slot<Rule.DewarCheck>>> dewarSlots = new HashMap<>();
    private final Map<String, List<Slot<Rule.StateCheck>>> stateSlots = new HashMap<>();
    private final Map<String, Slot<?>> open = new LinkedHashMap<>();
    private final Map<String, Instant> lastBySubject = new HashMap<>();
    private long nextId = 1;
    private long suppressed;

    /**
     * An engine.
     *
     * @param rules    the rules, with distinct names
     * @param clock    the time for raising, acknowledging, reminders and rate limits
     * @param settings the timing
     * @param ledger   where the lifecycle is recorded, or {@code null} for nowhere
     * @throws IllegalArgumentException for two rules of one name
     */
    public AlertEngine(List<? extends Rule> rules, Clock clock, Settings settings, Ledger ledger) {
        this.rules = List.copyOf(rules);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.ledger = ledger;
        Set<String> names = new HashSet<>();
        for (Rule r : this.rules) {
            if (!names.add(r.name())) {
                throw new IllegalArgumentException("two rules are named " + r.name());
            }
        }
    }

    /**
     * Adds a listener.
     *
     * @param listener told of every notification
     */
    public void addListener(AlertListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** The rules, in order. */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * Evaluates the rules matching {@code subject + "/" + reading.channel()} on one reading, raising and
     * clearing alerts.
     *
     * @param subject the device, usually its connection URI
     * @param reading the reading
     */
    public void onReading(String subject, Reading reading) {
        String key = subject + "/" + reading.channel();
        List<Note> notes = new ArrayList<>(); // no array until a note is added
        synchronized (lock) {
            Instant now = clock.instant();
            for (Slot<Rule.Check> slot : slots.computeIfAbsent(key, this::slotsFor)) {
                apply(slot, slot.check.evaluate(reading, now), now, notes);
            }
        }
        tell(notes);
    }

    /**
     * Evaluates the state rules matching {@code subject} on the subject's current state, raising and clearing
     * alerts: call it with the initial state and after every change. The alert's value is the hours the
     * subject has been in the rule's phases.
     *
     * @param subject the state machine's subject, by convention {@code <machine>/<subject-id>}, e.g.
     *                {@code compressor/K1}
     * @param phase   its phase
     * @param since   when it entered its state
     * @throws IllegalArgumentException if a rule matching {@code subject} names a phase that {@code phase}'s
     *                                  enum lacks (checked when the subject is first seen)
     */
    public void onState(String subject, Enum<?> phase, Instant since) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(since, "since");
        Class<? extends Enum<?>> phaseType = phase.getDeclaringClass();
        List<Note> notes = new ArrayList<>();
        synchronized (lock) {
            Instant now = clock.instant();
            for (Slot<Rule.StateCheck> slot : stateSlots.computeIfAbsent(subject,
                    key -> slots(key, r -> r instanceof Rule.OnStates on ? on.newCheck(phaseType) : null))) {
                apply(slot, slot.check.evaluate(phase.name(), since, now), now, notes);
            }
        }
        tell(notes);
    }

    /**
     * Lets the reading rules' durations run ({@code holdFor}, {@code stuckFor}, a silent device's
     * {@code staleAfter}) and the state rules' {@code holdFor}, evaluates the dewar rules over the ledger, then
     * sends the reminders and escalations that are due; call it regularly (every few seconds).
     */
    public void tick() {
        List<Note> notes = new ArrayList<>();
        synchronized (lock) {
            Instant now = clock.instant();
            idle(slots, Rule.Check::idle, now, notes);
            idle(stateSlots, Rule.StateCheck::idle, now, notes);
            checkDewars(now, notes);
            for (Slot<?> slot : open.values()) {
                Alert a = slot.alert;
                if (a.state() != Alert.State.RAISED) {
                    continue;
                }
                if (!slot.escalated && !now.isBefore(a.raisedAt().plus(settings.escalateAfter()))
                        && a.severity() != Severity.CRITICAL) {
                    slot.escalated = true;
                    slot.alert = a.withSeverity(a.severity().higher());
                    notify(slot, AlertEvent.ESCALATED, now, notes);
                } else if (slot.lastNotified == null
                        || !now.isBefore(slot.lastNotified.plus(settings.renotifyEvery()))) {
                    notify(slot, AlertEvent.RENOTIFIED, now, notes);
                }
            }
        }
        tell(notes);
    }

    /**
     * Acknowledges a raised alert.
     *
     * @param alertId the alert
     * @param who     who takes it on
     * @return the acknowledged alert
     * @throws IllegalArgumentException if no open alert has that id, or it is already acknowledged
     */
    public Alert acknowledge(String alertId, String who) {
        Objects.requireNonNull(who, "who");
        Alert result;
        synchronized (lock) {
            Slot<?> slot = open.get(alertId);
            if (slot == null) {
                throw new IllegalArgumentException("no open alert " + alertId);
            }
            if (slot.alert.state() != Alert.State.RAISED) {
                throw new IllegalArgumentException("alert " + alertId + " is already acknowledged by "
                        + slot.alert.acknowledgedBy());
            }
            Instant now = clock.instant();
            slot.alert = slot.alert.acknowledged(who, now);
            record(slot.alert, now, who);
            result = slot.alert;
        }
        tell(List.of(new Note(result, AlertEvent.ACKNOWLEDGED)));
        return result;
    }

    /** The alerts raised or acknowledged and not yet cleared, oldest first. */
    public List<Alert> openAlerts() {
        synchronized (lock) {
            return open.values().stream().map(s -> s.alert).toList();
        }
    }

    /**
     * An open alert.
     *
     * @param alertId its id
     * @return it, or empty if it is not open (unknown or cleared)
     */
    public Optional<Alert> alert(String alertId) {
        synchronized (lock) {
            Slot<?> s = open.get(alertId);
            return s == null ? Optional.empty() : Optional.of(s.alert);
        }
    }

    /** How many notifications the rate limit dropped. */
    public long suppressed() {
        synchronized (lock) {
            return suppressed;
        }
    }

    /**
     * A poll listener feeding a {@link io.github.herenet.helium.device.Poller}'s readings in, with the
     * connection's URI as the subject.
     *
     * @return the listener
     */
    public PollListener pollListener() {
        return new PollListener() {
            @Override
            public void onReading(DeviceConnection connection, Reading reading) {
                AlertEngine.this.onReading(connection.uri().toString(), reading);
            }
        };
    }

    private List<Slot<Rule.Check>> slotsFor(String key) {
        return slots(key, r -> r instanceof Rule.OnReadings on ? on.newCheck() : null);
    }

    private List<Slot<Rule.DewarCheck>> dewarSlotsFor(String key) {
        return slots(key, r -> r instanceof Rule.OnDewars on ? on.newCheck() : null);
    }

    /** A slot for each rule matching {@code key} that {@code check} makes a check of (null: not its family). */
    private <C extends Rule.Measure> List<Slot<C>> slots(String key, Function<Rule, C> check) {
        List<Slot<C>> list = new ArrayList<>();
        for (Rule r : rules) {
            C c = r.matches(key) ? check.apply(r) : null;
            if (c != null) {
                list.add(new Slot<>(r, key, c));
            }
        }
        return List.copyOf(list);
    }

    /** Lets time pass for every check in {@code bySubject}, raising and clearing as they say. */
    private <C extends Rule.Measure> void idle(Map<String, List<Slot<C>>> bySubject,
                                               BiFunction<C, Instant, Rule.Verdict> idle, Instant now,
                                               List<Note> notes) {
        for (List<Slot<C>> mine : bySubject.values()) {
            for (Slot<C> slot : mine) {
                apply(slot, idle.apply(slot.check, now), now, notes);
            }
        }
    }

    /** Runs the dewar rules over the ledger's dewars at {@code now}. */
    private void checkDewars(Instant now, List<Note> notes) {
        if (ledger == null || rules.stream().noneMatch(r -> r instanceof Rule.OnDewars)) {
            return;
        }
        Map<String, Double> nominal = new HashMap<>();
        for (Network.Placement p : ledger.network().vessels()) {
            if (p.vessel() instanceof Dewar d) {
                nominal.put(d.id(), d.nominalLossLitresPerDay());
            }
        }
        for (DewarStatus status : ledger.dewars(now)) {
            double loss = nominal.getOrDefault(status.dewarId(), 0.0);
            for (Slot<Rule.DewarCheck> slot : dewarSlots.computeIfAbsent("dewar/" + status.dewarId(),
                    this::dewarSlotsFor)) {
                apply(slot, slot.check.evaluate(status, loss, now), now, notes);
            }
        }
    }

    /** Raises or clears as a check's verdict says. */
    private void apply(Slot<?> slot, Rule.Verdict verdict, Instant now, List<Note> notes) {
        if (verdict == Rule.Verdict.RAISE && slot.alert == null) {
            raise(slot, now, notes);
        } else if (verdict == Rule.Verdict.CLEAR && slot.alert != null) {
            clear(slot, now, notes);
        }
    }

    private void raise(Slot<?> slot, Instant now, List<Note> notes) {
        Rule r = slot.rule;
        slot.alert = new Alert("A-" + nextId++, r.name(), slot.key, r.severity(), r.kind(), slot.check.value(),
                r.limit(), now, Alert.State.RAISED, null, null, null, slot.check.detail());
        slot.escalated = false;
        slot.lastNotified = null;
        open.put(slot.alert.id(), slot);
        record(slot.alert, now, null);
        notify(slot, AlertEvent.RAISED, now, notes);
    }

    private void clear(Slot<?> slot, Instant now, List<Note> notes) {
        Alert cleared = slot.alert.cleared(now);
        open.remove(cleared.id());
        slot.alert = null;
        record(cleared, now, null);
        if (allowed(cleared.subject(), now)) {
            notes.add(new Note(cleared, AlertEvent.CLEARED));
        }
    }

    private void notify(Slot<?> slot, AlertEvent event, Instant now, List<Note> notes) {
        if (allowed(slot.alert.subject(), now)) {
            slot.lastNotified = now;
            notes.add(new Note(slot.alert, event));
        }
    }

    private boolean allowed(String subject, Instant now) {
        Instant last = lastBySubject.get(subject);
        if (last != null && now.isBefore(last.plus(settings.rateLimit()))) {
            suppressed++;
            return false;
        }
        lastBySubject.put(subject, now);
        return true;
    }

    private void record(Alert a, Instant now, String by) {
        if (ledger != null) {
            ledger.append(new LedgerEvent.AlertChanged(now, a.id(), a.rule(), a.subject(), a.state().name(), by,
                    a.kind() + " " + a.value() + " (limit " + a.threshold() + ")"
                            + (a.detail().isEmpty() ? "" : ": " + a.detail())));
        }
    }

    private void tell(List<Note> notes) {
        for (Note n : notes) {
            for (AlertListener l : listeners) {
                try {
                    l.onAlert(n.alert(), n.event());
                } catch (RuntimeException e) {
                    LOG.warn("alert listener failed on {} {}", n.event(), n.alert().id(), e);
                }
            }
        }
    }
}
