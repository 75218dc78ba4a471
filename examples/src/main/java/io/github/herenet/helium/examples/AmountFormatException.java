package io.github.herenet.helium.examples;

/**
 * Words that do not describe a helium amount, e.g. {@code "7 parsecs"}. The message is meant for the
 * user and reads {@code cannot read '<words>': <reason>}.
 */
public final class AmountFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String input;

    /**
     * Creates the exception.
     *
     * @param input  the words as the user gave them, joined by single blanks
     * @param reason what was expected, e.g. {@code "expected e.g. '250 L', ..."}
     */
    public AmountFormatException(String input, String reason) {
        super("cannot read '" + input + "': " + reason);
        this.input = input;
    }

    /**
     * Returns the words that could not be read.
     *
     * @return the input, joined by single blanks
     */
    public String input() {
        return input;
    }
}
