package io.github.herenet.helium.alert;

/**
 * How urgent a {@link Notification} is; sites choose their channels per level. Independent of the rules
 * engine's own severity type so that notifiers can be used on their own.
 */
public enum NotificationLevel {
    /** For information only; nothing needs doing now. */
    INFO,
    /** Something needs doing soon (swap a bag, check a dewar). */
    WARNING,
    /** Something needs doing now (quench, low oxygen, over-pressure). */
    CRITICAL
}
