package io.github.herenet.helium.alert;

/** Why an {@link AlertListener} is told about an alert. */
public enum AlertEvent {
    /** The alert was raised. */
    RAISED,
    /** The alert is still raised and unacknowledged: a reminder. */
    RENOTIFIED,
    /** The alert stayed unacknowledged too long and its severity went up. */
    ESCALATED,
    /** Someone acknowledged the alert. */
    ACKNOWLEDGED,
    /** The condition is gone. */
    CLEARED
}
