package io.github.herenet.helium.recovery;

import io.github.herenet.helium.device.Reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns a device reading into the events it means for a machine in a given state: a bag-level reading past
 * the top limit is a {@link CompressorEvent.BagHigh}, a cylinder-pressure reading a
 * {@link CompressorEvent.CylinderPressure}. A translator picks its channels by name and returns no events
 * for the others. A {@link MachineDriver} gives it only {@link io.github.herenet.helium.device.Quality#GOOD},
 * finite readings, one at a time under its lock; a translator that keeps state (hysteresis) belongs to one
 * driver.
 *
 * <pre>{@code
 * ReadingTranslator<CompressorState, CompressorEvent> stop = (state, r) -> r.channel().equals("estop") && r.value() != 0
 *         ? List.of(new CompressorEvent.Fault(r.timestamp(), FaultKind.MOTOR_CURRENT, "emergency stop"))
 *         : List.of();
 * }</pre>
 *
 * @param <S> the machine's state
 * @param <E> the machine's events
 */
@FunctionalInterface
public interface ReadingTranslator<S, E> {

    /**
     * The events {@code reading} means in {@code state}.
     *
     * @param state   the machine's current state
     * @param reading a good, finite reading
     * @return the events, in order; empty for a channel it does not handle or a reading that means nothing new
     * @throws UnreadableReadingException if the reading is of its channel but cannot be interpreted
     */
    List<E> events(S state, Reading reading);

    /**
     * One translator made of several: each reading goes to all of them, in order, and their events are
     * concatenated. Each sees the same state, so give them different channels.
     *
     * @param translators the parts, in order
     * @param <S>         the state type
     * @param <E>         the event type
     * @return the combined translator
     * @throws NullPointerException if a part is missing
     */
    static <S, E> ReadingTranslator<S, E> all(List<? extends ReadingTranslator<S, ? extends E>> translators) {
        List<ReadingTranslator<S, ? extends E>> parts = List.copyOf(translators);
        return (state, reading) -> {
            List<E> events = new ArrayList<>();
            for (ReadingTranslator<S, ? extends E> part : parts) {
                events.addAll(Objects.requireNonNull(part.events(state, reading), "a translator returned null"));
            }
            return events;
        };
    }
}
