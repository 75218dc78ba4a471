package io.github.herenet.helium.alert;

import java.time.Instant;
import java.util.Objects;

/**
 * An alert raised by a {@link Rule} for one subject. Immutable: each change of state is a new value.
 *
 * @param id             the engine's id for it, e.g. {@code A-17}
 * @param rule           the name of the rule that raised it
 * @param subject        what it is about: {@code connection-uri/channel}
 * @param severity       how urgent (it may rise by escalation)
 * @param kind           the message catalogue key
 * @param value          the reading's value that raised it (for a rate rule, the rate)
 * @param threshold      the rule's limit
 * @param raisedAt       when it was raised
 * @param state          where it is in its life
 * @param acknowledgedBy who acknowledged it, or {@code null}
 * @param acknowledgedAt when, or {@code null}
 * @param clearedAt      when it cleared, or {@code null}
 * @param detail         the value in words (e.g. a compressor's decoded alarm bits), possibly empty
 */
public record Alert(String id, String rule, String subject, Severity severity, AlertKind kind, double value,
                    double threshold, Instant raisedAt, State state, String acknowledgedBy, Instant acknowledgedAt,
                    Instant clearedAt, String detail) {

    /** The life of an alert: RAISED, then perhaps ACKNOWLEDGED, then CLEARED. */
    public enum State {
        /** Raised and not acknowledged. */
        RAISED,
        /** Someone took it on; the condition may still hold. */
        ACKNOWLEDGED,
        /** The condition is gone; final. */
        CLEARED
    }

    /** @throws NullPointerException for a missing id, rule, subject, severity, kind, time or state */
    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * An alert without a detail.
     *
     * @param id             the engine's id for it
     * @param rule           the name of the rule that raised it
     * @param subject        what it is about
     * @param severity       how urgent
     * @param kind           the message catalogue key
     * @param value          the value that raised it
     * @param threshold      the rule's limit
     * @param raisedAt       when it was raised
     * @param state          where it is in its life
     * @param acknowledgedBy who acknowledged it, or {@code null}
     * @param acknowledgedAt when, or {@code null}
     * @param clearedAt      when it cleared, or {@code null}
     */
    public Alert(String id, String rule, String subject, Severity severity, AlertKind kind, double value,
                 double threshold, Instant raisedAt, State state, String acknowledgedBy, Instant acknowledgedAt,
                 Instant clearedAt) {
        this(id, rule, subject, severity, kind, value, threshold, raisedAt, state, acknowledgedBy, acknowledgedAt,
                clearedAt, "");
    }

    /**
     * This alert acknowledged.
     *
     * @param who  who
     * @param when when
     * @return the acknowledged alert
     */
    public Alert acknowledged(String who, Instant when) {
        return new Alert(id, rule, subject, severity, kind, value, threshold, raisedAt, State.ACKNOWLEDGED, who, when,
                clearedAt, detail);
    }

    /**
     * This alert cleared.
     *
     * @param when when
     * @return the cleared alert
     */
    public Alert cleared(Instant when) {
        return new Alert(id, rule, subject, severity, kind, value, threshold, raisedAt, State.CLEARED, acknowledgedBy,
                acknowledgedAt, when, detail);
    }

    /**
     * This alert at another severity.
     *
     * @param newSeverity the severity
     * @return the alert with it
     */
    public Alert withSeverity(Severity newSeverity) {
        return new Alert(id, rule, subject, newSeverity, kind, value, threshold, raisedAt, state, acknowledgedBy,
                acknowledgedAt, clearedAt, detail);
    }
}
