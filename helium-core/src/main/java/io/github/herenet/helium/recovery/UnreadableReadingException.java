package io.github.herenet.helium.recovery;

import io.github.herenet.helium.device.Reading;

/**
 * A {@link ReadingTranslator} cannot interpret a reading: its unit is not one the channel may read in, or its
 * value is not a physical quantity. The message names the channel, what it read and what is accepted, e.g.
 * {@code "channel 'discharge' reads in 'torr', not a pressure unit: unknown pressure unit 'torr'; accepted
 * (any case): Pa, kPa, MPa, ..."}. A {@link MachineDriver} logs and counts it
 * ({@link MachineDriver#unreadableReadings()}).
 */
public final class UnreadableReadingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Reading reading;

    /**
     * Creates the exception with the message {@code "channel '<channel>' <problem>"}.
     *
     * @param reading the reading that could not be interpreted
     * @param problem what was wrong with it and what is accepted, e.g. {@code "reads in 'm3', a level must be in %"}
     * @param cause   the underlying refusal, or {@code null}
     */
    public UnreadableReadingException(Reading reading, String problem, Throwable cause) {
        super("channel '" + reading.channel() + "' " + problem, cause);
        this.reading = reading;
    }

    /** @return the reading that could not be interpreted */
    public Reading reading() {
        return reading;
    }
}
