package io.github.herenet.helium.alert;

/**
 * The debounced on/off state that {@link Rule.Threshold} and {@link Rule.FallRate} share: it flips only
 * after {@code debounce} consecutive readings point the other way, and a reading that does not resets
 * the count. Confined to one check.
 */
final class Toggle {

    private final int debounce;
    private boolean active;
    private int run;

    Toggle(int debounce) {
        this.debounce = debounce;
    }

    /** Whether the condition holds now. */
    boolean active() {
        return active;
    }

    /**
     * Takes one reading's direction.
     *
     * @param towardFlip whether the reading points away from the current state (past the limit when
     *                   inactive, back past the hysteresis when active)
     * @return RAISE or CLEAR when the state flips, HOLD otherwise
     */
    Rule.Verdict step(boolean towardFlip) {
        if (!towardFlip) {
            run = 0;
            return Rule.Verdict.HOLD;
        }
        if (++run < debounce) {
            return Rule.Verdict.HOLD;
        }
        run = 0;
        active = !active;
        return active ? Rule.Verdict.RAISE : Rule.Verdict.CLEAR;
    }
}
