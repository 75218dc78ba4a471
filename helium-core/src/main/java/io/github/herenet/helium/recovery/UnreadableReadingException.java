package io.github.herenet.helium.recovery;

/**
 * A {@link ReadingTranslator} cannot interpret a reading: its unit is not one the channel may read in, or its
 * value is not a physical quantity. The message names the channel, what it read and what is accepted, e.g.
 * {@code "channel 'discharge' reads 'torr', not a pressure unit; accepted (any case): Pa, kPa, MPa, ..."}.
 * A {@link MachineDriver} logs and counts it ({@link MachineDriver#unreadableReadings()}).
 */
public final class UnreadableReadingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String channel;

    /**
     * Creates the exception.
     *
     * @param channel the channel whose reading it is
     * @param message what was wrong and what is accepted
     * @param cause   the underlying refusal, or {@code null}
     */
    public UnreadableReadingException(String channel, String message, Throwable cause) {
        super(message, cause);
        this.channel = channel;
    }

    /** @return the channel whose reading could not be interpreted */
    public String channel() {
        return channel;
    }
}
