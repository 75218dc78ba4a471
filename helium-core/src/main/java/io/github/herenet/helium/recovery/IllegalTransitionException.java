package io.github.herenet.helium.recovery;

import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A machine refused an event: its type is not allowed in the state's phase, or a guard refused it (a fill
 * above the rated pressure, a start against a collapsed bag). The message names the machine and subject,
 * the phase, the event and the event types allowed, and for a guard the reason, e.g.
 * {@code "cylinder C1 is FILLING: FillEnded refused: 20.5 MPa is above the rated pressure 19.7 MPa;
 * allowed: [FillEnded]"}. Nothing changes when it is thrown.
 */
public final class IllegalTransitionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String machine;
    private final String subject;
    private final transient Enum<?> state;
    private final transient Object event;
    private final transient Set<Class<?>> allowed;
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param machine what kind of machine refused, e.g. {@code "gas bag"}
     * @param subject the subject's id
     * @param state   the phase it was in
     * @param event   the refused event
     * @param allowed the event types allowed in that phase
     * @param reason  why a guard refused it, or {@code null} if the type is not allowed at all
     */
    public IllegalTransitionException(String machine, String subject, Enum<?> state, Object event,
                                      Set<? extends Class<?>> allowed, String reason) {
        super(message(machine, subject, state, event, allowed, reason));
        this.machine = machine;
        this.subject = subject;
        this.state = state;
        this.event = event;
        this.allowed = Set.copyOf(allowed);
        this.reason = reason;
    }

    private static String message(String machine, String subject, Enum<?> state, Object event,
                                  Set<? extends Class<?>> allowed, String reason) {
        String what = event.getClass().getSimpleName();
        String why = reason == null ? what + " is not allowed in " + state : what + " refused: " + reason;
        return machine + " " + subject + " is " + state + ": " + why + "; allowed: " + names(allowed);
    }

    /**
     * The simple names of {@code types}, sorted, as in the messages.
     *
     * @param types event types
     * @return e.g. {@code "[Connected, Full]"}
     */
    public static String names(Set<? extends Class<?>> types) {
        return types.stream().map(Class::getSimpleName).sorted(Comparator.naturalOrder())
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** @return the kind of machine, e.g. {@code "gas bag"} */
    public String machine() {
        return machine;
    }

    /** @return the subject's id */
    public String subject() {
        return subject;
    }

    /** @return the phase the machine was in */
    public Enum<?> state() {
        return state;
    }

    /** @return the refused event */
    public Object event() {
        return event;
    }

    /** @return the event types allowed in that phase */
    public Set<Class<?>> allowed() {
        return allowed;
    }

    /** @return why a guard refused the event, or {@code null} if its type is not allowed in the phase */
    public String reason() {
        return reason;
    }

    /** @return whether a guard refused an event of an allowed type */
    public boolean byGuard() {
        return reason != null;
    }
}
