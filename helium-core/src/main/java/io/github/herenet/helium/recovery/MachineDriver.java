package io.github.herenet.helium.recovery;

import io.github.herenet.helium.device.DeviceConnection;
import io.github.herenet.helium.device.PollListener;
import io.github.herenet.helium.device.Quality;
import io.github.herenet.helium.device.Reading;
import io.github.herenet.helium.ledger.Ledger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Drives one {@link Machine} for one subject: it holds the subject's current state, applies the events it
 * is given and appends the ledger events of each step to a {@link Ledger}. Events come from people (through
 * {@link #accept}, which hands a refusal back as an {@link IllegalTransitionException} to show the user) or
 * from device readings (through {@link #pollListener} or {@link #offer}, which turn readings into events
 * with a {@link ReadingTranslator} and never throw a refusal at the device's thread).
 *
 * <p>Each accepted step is appended to the ledger <em>before</em> the new state is published: if the ledger
 * refuses the step's events, the state stays as it was and the ledger's exception propagates.
 *
 * <p>Thread-safe: steps are serialised on the driver's lock, so events from a poller's threads and a
 * person's actions may arrive at once and every step starts from the state the previous one left.
 * {@link #state()} is a lock-free read of the last published state.
 *
 * <pre>{@code
 * MachineDriver<CompressorState, CompressorEvent> k1 = new MachineDriver<>(compressors, compressors.initial(t0), ledger);
 * k1.accept(new CompressorEvent.PowerOn(t0, "Sato"));                      // a person
 * poller.addListener(k1.pollListener(plc, CompressorSignal.all(
 *         new CompressorSignal.BagLevel("bagLevel", 10, 90, 2),
 *         new CompressorSignal.DischargePressure("discharge", true))));   // the sensors
 * }</pre>
 *
 * @param <S> the machine's state
 * @param <E> the machine's events
 */
public final class MachineDriver<S extends MachineState<?>, E extends RecoveryEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(MachineDriver.class);

    private final Machine<S, E> machine;
    private final Ledger ledger;
    private final Object lock = new Object();
    private final List<Listener<? super S, ? super E>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong unreadable = new AtomicLong();
    private volatile S state;

    /**
     * A driver starting from {@code initial}.
     *
     * @param machine the procedure
     * @param initial the subject's state now
     * @param ledger  where the steps' ledger events are appended
     * @throws NullPointerException if any is missing
     */
    public MachineDriver(Machine<S, E> machine, S initial, Ledger ledger) {
        this.machine = Objects.requireNonNull(machine, "machine");
        this.state = Objects.requireNonNull(initial, "initial state");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /**
     * Told of every step a driver accepted.
     *
     * @param <S> the state type
     * @param <E> the event type
     */
    @FunctionalInterface
    public interface Listener<S, E> {

        /**
         * A step was accepted, its ledger events appended and its state published. Called on the thread that
         * made the step while the driver's lock is held, so steps arrive in order; return quickly. An
         * exception is logged and does not undo the step.
         *
         * @param before     the state before
         * @param event      the accepted event
         * @param transition the state after and the ledger events appended
         */
        void onTransition(S before, E event, Transition<? extends S> transition);

        /**
         * The listener is being added: told the driver's current state, under the driver's lock, so no step
         * falls between this state and the first {@link #onTransition}. An exception propagates from
         * {@link MachineDriver#addListener} and the listener is not added. Does nothing by default.
         *
         * @param current the state now
         */
        default void onAttach(S current) {
        }
    }

    /** @return the machine it drives */
    public Machine<S, E> machine() {
        return machine;
    }

    /** @return the subject's id, as in its state */
    public String subject() {
        return state.subject();
    }

    /**
     * The current state: the one the last accepted step published.
     *
     * @return the state
     */
    public S state() {
        return state;
    }

    /**
     * Applies {@code event} to the current state, appends the step's ledger events, then publishes the new
     * state and tells the listeners.
     *
     * @param event what happened (a person's action or a sensor signal)
     * @return the step
     * @throws IllegalTransitionException if the machine refuses the event (the state is unchanged); its
     *                                    message says what was refused and what is allowed, for the user
     * @throws RuntimeException           whatever {@link Ledger#appendAll} throws, e.g. a
     *                                    {@code LedgerValidationException} (the state is unchanged)
     * @throws NullPointerException       if the event is null
     */
    public Transition<S> accept(E event) {
        Objects.requireNonNull(event, "event");
        synchronized (lock) {
            S before = state;
            Transition<S> step = machine.apply(before, event);
            ledger.appendAll(step.ledgerEvents());
            state = step.state();
            for (Listener<? super S, ? super E> listener : listeners) {
                try {
                    listener.onTransition(before, event, step);
                } catch (RuntimeException e) {
                    LOG.warn("{} {}: a transition listener failed on {}", machine.getClass().getSimpleName(),
                            before.subject(), event, e);
                }
            }
            return step;
        }
    }

    /**
     * Translates one reading into events and accepts them in order, as a sensor: a reading that is not
     * {@link Quality#GOOD} or not finite yields nothing; an event the machine refuses is logged and counted
     * in {@link #refusedSignals()} (a signal in the wrong phase is normal), and the next one is tried; a
     * reading the translator cannot interpret is logged and counted in {@link #unreadableReadings()}.
     * The translator sees the current state and runs under the driver's lock.
     *
     * @param reading    the reading
     * @param translator turns it into events
     * @return how many events were accepted
     * @throws RuntimeException what the ledger throws (see {@link #accept}); the reading's later events are skipped
     */
    public int offer(Reading reading, ReadingTranslator<? super S, ? extends E> translator) {
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(translator, "translator");
        if (reading.quality() != Quality.GOOD || !Double.isFinite(reading.value())) {
            return 0;
        }
        synchronized (lock) {
            List<? extends E> events;
            try {
                events = translator.events(state, reading);
            } catch (UnreadableReadingException e) {
                unreadable.incrementAndGet();
                LOG.warn("{}: reading ignored: {}", state.subject(), e.getMessage());
                return 0;
            }
            int accepted = 0;
            for (E event : events) {
                try {
                    accept(event);
                    accepted++;
                } catch (IllegalTransitionException e) {
                    refused.incrementAndGet();
                    LOG.info("sensor signal from {} refused: {}", reading, e.getMessage());
                }
            }
            return accepted;
        }
    }

    /**
     * A poller listener that {@link #offer offers} the readings of the connections {@code from} selects to
     * {@code translator}. Add it with {@code poller.addListener}. It throws nothing for a refused signal or
     * an unreadable reading; a ledger failure reaches the poller, which logs it and keeps polling.
     *
     * @param from       which connections feed this driver (readings of the others are ignored)
     * @param translator turns a reading into events; it picks its channels by name
     * @return the listener
     */
    public PollListener pollListener(Predicate<? super DeviceConnection> from,
                                     ReadingTranslator<? super S, ? extends E> translator) {
        Objects.requireNonNull(from, "connection filter");
        Objects.requireNonNull(translator, "translator");
        return (connection, reading) -> {
            if (from.test(connection)) {
                offer(reading, translator);
            }
        };
    }

    /**
     * A poller listener fed by the readings of {@code connection} only (compared by identity).
     *
     * @param connection the device connection that feeds this driver
     * @param translator turns a reading into events; it picks its channels by name
     * @return the listener
     * @see #pollListener(Predicate, ReadingTranslator)
     */
    public PollListener pollListener(DeviceConnection connection, ReadingTranslator<? super S, ? extends E> translator) {
        Objects.requireNonNull(connection, "connection");
        return pollListener(c -> c == connection, translator);
    }

    /**
     * Adds a listener told of every step accepted from now on, after telling it the current state
     * ({@link Listener#onAttach}).
     *
     * @param listener the listener
     * @throws RuntimeException what {@link Listener#onAttach} throws; the listener is not added then
     */
    public void addListener(Listener<? super S, ? super E> listener) {
        Objects.requireNonNull(listener, "listener");
        synchronized (lock) {
            listener.onAttach(state);
            listeners.add(listener);
        }
    }

    /**
     * Removes a listener added before; nothing happens for another one.
     *
     * @param listener the listener
     */
    public void removeListener(Listener<? super S, ? super E> listener) {
        listeners.remove(listener);
    }

    /** @return how many events translated from readings the machine has refused so far */
    public long refusedSignals() {
        return refused.get();
    }

    /** @return how many readings a translator could not interpret so far (an unknown unit, say) */
    public long unreadableReadings() {
        return unreadable.get();
    }

    @Override
    public String toString() {
        return "MachineDriver[" + state + "]";
    }
}
