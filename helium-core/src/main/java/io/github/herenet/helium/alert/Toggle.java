package io.github.herenet.helium.alert;

import java.time.Duration;
import java.time.Instant;

/**
 * The debounced on/off state that the rules share: it flips only after {@code debounce} consecutive inputs
 * point the other way and have done so for at least {@code holdFor} on the engine's clock ({@code clearAfter}
 * for a flip back off, by default {@code holdFor} too); an input that does not point the other way resets
 * both. With {@code debounce} 1 and the durations zero it flips at once. Confined to one check.
 */
final class Toggle {

    private final int debounce;
    private final Duration holdFor;
    private final Duration clearAfter;
    private boolean active;
    private int run;
    private Instant since;

    Toggle(int debounce, Duration holdFor) {
        this(debounce, holdFor, holdFor);
    }

    /** A toggle whose flips on wait {@code holdFor} and flips off {@code clearAfter}. */
    Toggle(int debounce, Duration holdFor, Duration clearAfter) {
        this.debounce = debounce;
        this.holdFor = holdFor;
        this.clearAfter = clearAfter;
    }

    /** Whether the condition holds now. */
    boolean active() {
        return active;
    }

    /**
     * Takes one input's direction.
     *
     * @param towardFlip whether the input points away from the current state (past the limit when
     *                   inactive, back past the hysteresis when active)
     * @param now        the engine's time
     * @return RAISE or CLEAR when the state flips, HOLD otherwise
     */
    Rule.Verdict step(boolean towardFlip, Instant now) {
        if (!towardFlip) {
            run = 0;
            since = null;
            return Rule.Verdict.HOLD;
        }
        if (run++ == 0) {
            since = now;
        }
        return idle(now);
    }

    /**
     * Flips if the inputs so far point the other way and the time is up, without a new input.
     *
     * @param now the engine's time
     * @return RAISE or CLEAR when the state flips, HOLD otherwise
     */
    Rule.Verdict idle(Instant now) {
        if (run < debounce || Duration.between(since, now).compareTo(active ? clearAfter : holdFor) < 0) {
            return Rule.Verdict.HOLD;
        }
        run = 0;
        since = null;
        active = !active;
        return active ? Rule.Verdict.RAISE : Rule.Verdict.CLEAR;
    }

    /**
     * Follows a plain condition: flips when it differs from the state (after the debounce and hold).
     *
     * @param holds whether the condition holds
     * @param now   the engine's time
     * @return RAISE, CLEAR or HOLD
     */
    Rule.Verdict follow(boolean holds, Instant now) {
        return step(holds != active, now);
    }
}
