package io.github.herenet.helium.alert;

/** How urgent an {@link Alert} is, lowest first. */
public enum Severity {
    /** Worth knowing; no action needed now. */
    INFO,
    /** Needs attention within the shift. */
    WARNING,
    /** Needs someone now (a quench, low oxygen, over-pressure). */
    CRITICAL;

    /**
     * The next severity up, for escalation.
     *
     * @return the next higher severity, or {@link #CRITICAL} for {@link #CRITICAL}
     */
    public Severity higher() {
        return this == CRITICAL ? CRITICAL : values()[ordinal() + 1];
    }
}
