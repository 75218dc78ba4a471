package io.github.herenet.helium.alert;

import io.github.herenet.helium.inventory.Lab;
import io.github.herenet.helium.inventory.Network;
import io.github.herenet.helium.inventory.Site;
import io.github.herenet.helium.ledger.InMemoryLedgerStore;
import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.ledger.RecordedEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StateRulesTest {

    /** A compressor's phases, as in the recovery package. */
    enum Compressor { OFF, IDLE, RUNNING, FAULT }

    /** A gas bag's phases, as in the recovery package. */
    enum Bag { EMPTY, FILLING, FULL, SWAPPED, COMPRESSING }

    private static final String K1 = "compressor/K1";
    private static final String B1 = "gas-bag/B1";
    private static final Rule.InPhase FAULT = new Rule.InPhase("k-fault", "compressor/*", AlertKind.COMPRESSOR_FAULT,
            Severity.CRITICAL, Set.of("FAULT"), Duration.ZERO);
    private static final Rule.InPhase NOT_SWAPPED = new Rule.InPhase("bag-not-swapped", "gas-bag/*",
            AlertKind.PHASE_OVERDUE, Severity.WARNING, Set.of("FULL"), Duration.ofHours(12));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));
    private final List<String> heard = Collections.synchronizedList(new ArrayList<>());

    private AlertEngine engine(Ledger ledger, Rule... rules) {
        AlertEngine e = new AlertEngine(List.of(rules), clock,
                new AlertEngine.Settings(Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofMinutes(1)), ledger);
        e.addListener((a, ev) -> heard.add(ev + " " + a.id() + " " + a.subject() + " " + a.detail()));
        return e;
    }

    private Instant ago(Duration d) {
        return clock.instant().minus(d);
    }

    @Test
    void aFaultRaisesAtOnceAndClearsWhenTheMachineLeavesIt() {
        AlertEngine e = engine(null, FAULT, NOT_SWAPPED);
        e.onState(K1, Compressor.RUNNING, clock.instant());
        assertThat(e.openAlerts()).isEmpty();
        clock.advance(Duration.ofMinutes(5));
        e.onState(K1, Compressor.FAULT, clock.instant());
        Alert a = e.openAlerts().get(0);
        assertThat(a.kind()).isEqualTo(AlertKind.COMPRESSOR_FAULT);
        assertThat(a.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(a.subject()).isEqualTo(K1);
        assertThat(a.detail()).isEqualTo("FAULT");
        assertThat(a.value()).isZero();
        assertThat(a.threshold()).isZero();
        clock.advance(Duration.ofMinutes(5));
        e.onState(K1, Compressor.FAULT, clock.instant()); // a change within the phase: still the one alert
        assertThat(e.openAlerts()).containsExactly(a);
        e.onState(K1, Compressor.IDLE, clock.instant());
        assertThat(e.openAlerts()).isEmpty();
        assertThat(heard).containsExactly("RAISED A-1 compressor/K1 FAULT", "CLEARED A-1 compressor/K1 FAULT");
    }

    @Test
    void holdForRunsFromTheStatesSinceAndRunsOutOnTick() {
        AlertEngine e = engine(null, NOT_SWAPPED);
        Instant full = clock.instant();
        e.onState(B1, Bag.FULL, full);
        clock.advance(Duration.ofHours(11));
        e.tick();
        assertThat(e.openAlerts()).isEmpty();
        clock.advance(Duration.ofMinutes(59));
        e.onState(B1, Bag.FULL, clock.instant()); // a later state in the phase does not restart the time
        assertThat(e.openAlerts()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        e.tick();
        Alert a = e.openAlerts().get(0);
        assertThat(a.kind()).isEqualTo(AlertKind.PHASE_OVERDUE);
        assertThat(a.value()).isEqualTo(12.0);
        assertThat(a.threshold()).isEqualTo(12.0);
        assertThat(a.raisedAt()).isEqualTo(full.plus(Duration.ofHours(12)));
        e.onState(B1, Bag.SWAPPED, clock.instant());
        assertThat(e.openAlerts()).isEmpty();

        e.onState(B1, Bag.FULL, clock.instant()); // back in: the time starts again
        clock.advance(Duration.ofHours(6));
        e.tick();
        assertThat(e.openAlerts()).isEmpty();
    }

    @Test
    void aSubjectLongInThePhaseWhenFirstSeenRaisesAtOnce() {
        AlertEngine e = engine(null, NOT_SWAPPED);
        e.onState(B1, Bag.FULL, ago(Duration.ofHours(30)));
        assertThat(e.openAlerts()).singleElement().satisfies(a -> assertThat(a.value()).isEqualTo(30.0));
    }

    @Test
    void movingBetweenTheRulesPhasesKeepsTheAlertAndItsTime() {
        Rule.InPhase waiting = new Rule.InPhase("bag-waiting", "gas-bag/*", AlertKind.PHASE_OVERDUE, Severity.INFO,
                Set.of("FULL", "SWAPPED"), Duration.ofHours(2));
        AlertEngine e = engine(null, waiting);
        e.onState(B1, Bag.FULL, clock.instant());
        clock.advance(Duration.ofHours(1));
        e.onState(B1, Bag.SWAPPED, clock.instant());
        clock.advance(Duration.ofHours(1));
        e.tick();
        assertThat(e.openAlerts()).singleElement().satisfies(a -> assertThat(a.detail()).isEqualTo("SWAPPED"));
        e.onState(B1, Bag.COMPRESSING, clock.instant());
        assertThat(e.openAlerts()).isEmpty();
    }

    @Test
    void lifecycleIsRecordedInTheLedgerAndRateLimited() {
        Network network = new Network(List.of(new Site("okayama", "Okayama University", Site.Role.HUB)),
                List.of(new Lab("nmr-a", "NMR A", "okayama")), List.of(), List.of());
        try (Ledger ledger = Ledger.open(network, new InMemoryLedgerStore())) {
            AlertEngine e = engine(ledger, FAULT);
            e.onState(K1, Compressor.FAULT, clock.instant());
            String id = e.openAlerts().get(0).id();
            clock.advance(Duration.ofMinutes(10));
            e.tick();
            e.acknowledge(id, "yamada");
            clock.advance(Duration.ofMinutes(1));
            e.onState(K1, Compressor.IDLE, clock.instant());
            e.onState(K1, Compressor.FAULT, clock.instant()); // within the rate limit: recorded, not notified
            assertThat(heard).containsExactly("RAISED A-1 compressor/K1 FAULT", "RENOTIFIED A-1 compressor/K1 FAULT",
                    "ACKNOWLEDGED A-1 compressor/K1 FAULT", "CLEARED A-1 compressor/K1 FAULT");
            assertThat(e.suppressed()).isEqualTo(1);
            List<String> changes = ledger.events().stream().map(RecordedEvent::event)
                    .map(ev -> (LedgerEvent.AlertChanged) ev)
                    .map(ev -> ev.alertId() + " " + ev.state() + " " + ev.subject() + " " + ev.by()).toList();
            assertThat(changes).containsExactly("A-1 RAISED compressor/K1 null", "A-1 ACKNOWLEDGED compressor/K1 yamada",
                    "A-1 CLEARED compressor/K1 null", "A-2 RAISED compressor/K1 null");
        }
    }

    @Test
    void aRuleNamingAPhaseTheMachineLacksIsRefusedWhenTheSubjectIsFirstSeen() {
        Rule.InPhase filling = new Rule.InPhase("filling", "*", AlertKind.PHASE_OVERDUE, Severity.WARNING,
                Set.of("FILLING"), Duration.ofHours(4));
        AlertEngine e = engine(null, filling);
        e.onState(B1, Bag.FILLING, clock.instant());
        assertThatThrownBy(() -> e.onState(K1, Compressor.IDLE, clock.instant()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule filling: FILLING is not a phase of StateRulesTest.Compressor; allowed: OFF, IDLE,"
                        + " RUNNING, FAULT");
        AlertEngine other = engine(null, FAULT);
        other.onState(B1, Bag.FILLING, clock.instant()); // no rule matches: nothing to check
        assertThat(other.openAlerts()).isEmpty();
    }

    @Test
    void invalidRulesAreRefusedSayingWhatIsAllowed() {
        assertThatThrownBy(() -> new Rule.InPhase("p", "*", AlertKind.PHASE_OVERDUE, Severity.INFO, Set.of(),
                Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rule p: phases must name at least one phase");
        assertThatThrownBy(() -> new Rule.InPhase("p", "*", AlertKind.PHASE_OVERDUE, Severity.INFO, Set.of(" "),
                Duration.ZERO)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("none blank");
        assertThatThrownBy(() -> new Rule.InPhase("p", "*", AlertKind.PHASE_OVERDUE, Severity.INFO, Set.of("FULL"),
                Duration.ofHours(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule p: holdFor must be >= 0 (0 for none), got PT-1H");
        assertThatThrownBy(() -> new Rule.InPhase("p", " ", AlertKind.PHASE_OVERDUE, Severity.INFO, Set.of("FULL"),
                Duration.ZERO)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a subject");
    }
}
