package io.github.herenet.helium.json;

/**
 * A problem found while reading a document, at a {@link Pointer}: thrown inside the codecs (cheaply, without
 * a stack trace) and turned into a {@link JsonFormatException} at the public entry point, which decides
 * how the location is written.
 */
final class Problem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Pointer at;
    private final String detail;
    private String subject;
    private transient Pointer subjectRoot;

    /**
     * @param at     where the offending (or missing) value is
     * @param detail what is wrong with it, e.g. {@code must be a number, got "abc"}
     */
    Problem(Pointer at, String detail) {
        super(detail, null, false, false);
        this.at = at;
        this.detail = detail;
    }

    /**
     * Names the thing being read (an {@code event 'LiquidDelivered'}) whose object is at {@code root}:
     * the stand-alone form of the message names the field relative to it.
     */
    Problem about(String subject, Pointer root) {
        this.subject = subject;
        this.subjectRoot = root;
        return this;
    }

    /** The form for a document: {@code /vessels/3/waterVolumeM3: must be a number, got "x"}. */
    JsonFormatException located() {
        String pointer = at.toString();
        return new JsonFormatException((at.isRoot() ? "(document)" : pointer) + ": " + detail, pointer);
    }

    /**
     * The form for a single object named by its subject:
     * {@code event 'LiquidDelivered': field 'litres' must be a number, got "abc"}; {@code fallback} names
     * the document if no subject was named (a problem found before the object's type was known).
     */
    JsonFormatException named(String fallback) {
        if (subject == null) {
            about(fallback, Pointer.ROOT);
        }
        String field = at.relativeTo(subjectRoot);
        return new JsonFormatException(subject + ": " + (field.isEmpty() ? detail : "field '" + field + "' " + detail),
                at.toString());
    }
}
