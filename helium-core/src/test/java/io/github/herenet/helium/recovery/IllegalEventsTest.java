package io.github.herenet.helium.recovery;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every machine, every phase, every event type: a type that {@code allowed(state)} does not list is refused
 * with an {@link IllegalTransitionException} naming the machine, subject, phase, event and the allowed types;
 * the samples cover every record of each sealed event interface and a state in every phase.
 */
class IllegalEventsTest {

    @TestFactory
    Stream<DynamicContainer> everyIllegalEventInEveryStateIsRefused() {
        return Fixtures.samples().stream().map(sample -> DynamicContainer.dynamicContainer(sample.name(), cases(sample)));
    }

    @TestFactory
    Stream<DynamicTest> samplesCoverEveryEventTypeAndPhase() {
        return Fixtures.samples().stream().map(sample -> DynamicTest.dynamicTest(sample.name(), () -> coverage(sample)));
    }

    private static <S extends MachineState<?>, E> void coverage(Fixtures.Sample<S, E> sample) {
        Set<Class<?>> sampled = sample.events().stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(sampled).containsExactlyInAnyOrder(sample.eventType().getPermittedSubclasses());
        Set<Object> phases = sample.states().stream().map(MachineState::phase).collect(Collectors.toSet());
        Object[] all = sample.states().get(0).phase().getDeclaringClass().getEnumConstants();
        assertThat(phases).containsExactlyInAnyOrder(all);
        Set<Class<?>> allowedSomewhere = new HashSet<>();
        sample.states().forEach(s -> allowedSomewhere.addAll(sample.machine().allowed(s)));
        assertThat(allowedSomewhere).as("every event type is allowed in some phase")
                .containsExactlyInAnyOrder(sample.eventType().getPermittedSubclasses());
    }

    private static <S extends MachineState<?>, E> Stream<DynamicTest> cases(Fixtures.Sample<S, E> sample) {
        List<DynamicTest> tests = new ArrayList<>();
        for (S state : sample.states()) {
            Set<Class<? extends E>> allowed = sample.machine().allowed(state);
            for (E event : sample.events()) {
                assertThat(sample.machine().permits(state, event)).isEqualTo(allowed.contains(event.getClass()));
                if (allowed.contains(event.getClass())) {
                    continue;
                }
                String name = state.phase() + " refuses " + event.getClass().getSimpleName();
                tests.add(DynamicTest.dynamicTest(name, () -> assertThatThrownBy(() -> sample.machine().apply(state, event))
                        .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                            assertThat(e.getMessage()).contains(state.subject(), state.phase().toString(),
                                    event.getClass().getSimpleName(), IllegalTransitionException.names(Set.copyOf(allowed)));
                            assertThat(e.state()).isEqualTo(state.phase());
                            assertThat(e.event()).isSameAs(event);
                            assertThat(e.subject()).isEqualTo(state.subject());
                            assertThat(e.machine()).isNotBlank();
                            assertThat(e.allowed()).isEqualTo(Set.copyOf(allowed));
                            assertThat(e.byGuard()).isFalse();
                        })));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicContainer> everyAllowedEventIsAcceptedOrRefusedByAGuard() {
        return Fixtures.samples().stream().map(sample -> DynamicContainer.dynamicContainer(sample.name(), allowedCases(sample)));
    }

    private static <S extends MachineState<?>, E> Stream<DynamicTest> allowedCases(Fixtures.Sample<S, E> sample) {
        List<DynamicTest> tests = new ArrayList<>();
        for (S state : sample.states()) {
            for (E event : sample.events()) {
                if (!sample.machine().permits(state, event)) {
                    continue;
                }
                String name = state.phase() + " takes " + event.getClass().getSimpleName();
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    try {
                        Transition<S> t = sample.machine().apply(state, event);
                        assertThat(t.state().subject()).isEqualTo(state.subject());
                        assertThat(t.state().since()).isEqualTo(((RecoveryEvent) event).time());
                    } catch (IllegalTransitionException refused) {
                        assertThat(refused.byGuard()).as(refused.getMessage()).isTrue();
                    }
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> eventsDatedBeforeTheStateAreRefused() {
        return Fixtures.samples().stream().map(sample -> DynamicTest.dynamicTest(sample.name(), () -> refusesPast(sample)));
    }

    private static <S extends MachineState<?>, E> void refusesPast(Fixtures.Sample<S, E> sample) {
        // the samples' states are at T0 and their events an hour later: move a state past its events
        S state = sample.states().get(0);
        E event = sample.events().stream().filter(e -> sample.machine().allowed(state).contains(e.getClass()))
                .findFirst().orElseThrow();
        S later = shifted(state);
        assertThatThrownBy(() -> sample.machine().apply(later, event))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.byGuard()).isTrue();
                    assertThat(e.reason()).contains("before the state's");
                });
    }

    /** The state with its {@code since} moved two hours on (records: rebuilt through the canonical constructor). */
    @SuppressWarnings("unchecked")
    private static <S> S shifted(S state) {
        try {
            var components = state.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getAccessor().invoke(state);
                types[i] = components[i].getType();
                if (components[i].getName().equals("since")) {
                    values[i] = Fixtures.h(2);
                }
            }
            return (S) state.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
