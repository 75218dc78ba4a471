package io.github.herenet.helium.recovery;

import io.github.herenet.helium.alert.AlertEngine;

import java.util.Locale;
import java.util.Objects;

/**
 * Feeds the phases of a {@link MachineDriver}'s subject to an {@link AlertEngine}'s state rules
 * ({@link io.github.herenet.helium.alert.Rule.InPhase}): the current state when added, then the state after
 * every accepted step. The alert subject is {@link #subjectOf}, e.g. {@code compressor/K1}.
 *
 * <pre>{@code
 * AlertEngine engine = new AlertEngine(List.of(new Rule.InPhase("k-fault", "compressor/*",
 *         AlertKind.COMPRESSOR_FAULT, Severity.CRITICAL, Set.of("FAULT"), Duration.ZERO)), clock, settings, ledger);
 * k1.addListener(PhaseAlerts.feed(engine));   // throws if a matching rule names a phase K1 does not have
 * }</pre>
 *
 * Stateless apart from the engine: one instance may listen to any number of drivers.
 */
public final class PhaseAlerts implements MachineDriver.Listener<MachineState<?>, RecoveryEvent> {

    private final AlertEngine engine;

    private PhaseAlerts(AlertEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * A driver listener that reports its subject's states to {@code engine}.
     *
     * @param engine the engine with the state rules
     * @return the listener, for {@link MachineDriver#addListener}
     */
    public static PhaseAlerts feed(AlertEngine engine) {
        return new PhaseAlerts(engine);
    }

    /**
     * The alert subject of a state: its machine, named after the state's type without {@code State} in
     * lower case with hyphens, a slash and its subject id: {@code compressor/K1}, {@code gas-bag/B1},
     * {@code cylinder/C1}, {@code shipment/S1}, {@code liquid-transfer/T1}, {@code campaign/...},
     * {@code liquefaction/L70}.
     *
     * @param state the state
     * @return the subject
     */
    public static String subjectOf(MachineState<?> state) {
        String type = state.getClass().getSimpleName().replaceFirst("State$", "");
        String machine = type.isEmpty() ? "state" : type.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return machine + "/" + state.subject();
    }

    /**
     * Reports the state the driver has now.
     *
     * @param current the state
     * @throws IllegalArgumentException if a rule matching the subject names a phase its machine lacks
     */
    @Override
    public void onAttach(MachineState<?> current) {
        report(current);
    }

    /**
     * Reports the state after the step.
     *
     * @param before     the state before
     * @param event      the accepted event
     * @param transition the step
     */
    @Override
    public void onTransition(MachineState<?> before, RecoveryEvent event,
                             Transition<? extends MachineState<?>> transition) {
        report(transition.state());
    }

    private void report(MachineState<?> state) {
        engine.onState(subjectOf(state), state.phase(), state.since());
    }
}
