package io.github.herenet.helium.recovery;

import io.github.herenet.helium.alert.Alert;
import io.github.herenet.helium.alert.AlertEngine;
import io.github.herenet.helium.alert.AlertKind;
import io.github.herenet.helium.alert.MutableClock;
import io.github.herenet.helium.alert.Rule;
import io.github.herenet.helium.alert.Severity;
import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.ledger.RecordedEvent;
import io.github.herenet.helium.units.Volume;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static io.github.herenet.helium.recovery.Fixtures.BAGS;
import static io.github.herenet.helium.recovery.Fixtures.COMPRESSOR;
import static io.github.herenet.helium.recovery.Fixtures.CYLINDERS;
import static io.github.herenet.helium.recovery.Fixtures.ROOM;
import static io.github.herenet.helium.recovery.Fixtures.T0;
import static io.github.herenet.helium.recovery.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhaseAlertsTest {

    private static final Rule.InPhase FAULT = new Rule.InPhase("k-fault", "compressor/*", AlertKind.COMPRESSOR_FAULT,
            Severity.CRITICAL, Set.of("FAULT"), Duration.ZERO);
    private static final Rule.InPhase NOT_SWAPPED = new Rule.InPhase("bag-not-swapped", "gas-bag/*",
            AlertKind.PHASE_OVERDUE, Severity.WARNING, Set.of("FULL"), Duration.ofHours(12));
    private static final Rule.InPhase LONG_FILL = new Rule.InPhase("long-fill", "cylinder/*",
            AlertKind.PHASE_OVERDUE, Severity.WARNING, Set.of("FILLING"), Duration.ofHours(6));

    private final Ledger ledger = Fixtures.ledger();
    private final MutableClock clock = new MutableClock(T0);
    private final AlertEngine engine = new AlertEngine(List.of(FAULT, NOT_SWAPPED, LONG_FILL), clock,
            AlertEngine.Settings.DEFAULT, ledger);

    @AfterEach
    void closeTheLedger() {
        ledger.close();
    }

    private List<String> alertChanges() {
        return ledger.events().stream().map(RecordedEvent::event)
                .filter(e -> e instanceof LedgerEvent.AlertChanged).map(e -> (LedgerEvent.AlertChanged) e)
                .map(e -> e.rule() + " " + e.subject() + " " + e.state()).toList();
    }

    @Test
    void aCompressorFaultRaisesAnAlertAndItsResetClearsIt() {
        MachineDriver<CompressorState, CompressorEvent> k1 = new MachineDriver<>(COMPRESSOR, COMPRESSOR.initial(T0), ledger);
        k1.addListener(PhaseAlerts.feed(engine));
        k1.accept(new CompressorEvent.PowerOn(T0, "Sato"));
        assertThat(engine.openAlerts()).isEmpty();

        clock.advance(Duration.ofHours(1));
        k1.accept(new CompressorEvent.Fault(h(1), CompressorState.FaultKind.OIL, "oil level low"));
        Alert a = engine.openAlerts().get(0);
        assertThat(a.kind()).isEqualTo(AlertKind.COMPRESSOR_FAULT);
        assertThat(a.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(a.subject()).isEqualTo("compressor/K1");
        assertThat(a.detail()).isEqualTo("FAULT");

        clock.advance(Duration.ofHours(1));
        k1.accept(new CompressorEvent.Reset(h(2), "Sato"));
        assertThat(engine.openAlerts()).isEmpty();
        assertThat(alertChanges()).containsExactly("k-fault compressor/K1 RAISED", "k-fault compressor/K1 CLEARED");
    }

    @Test
    void attachingReportsTheStateTheDriverIsIn() {
        CompressorState faulty = new CompressorState("K1", CompressorState.Phase.FAULT, T0, false, false,
                CompressorState.StopReason.FAULT, CompressorState.FaultKind.TEMPERATURE);
        MachineDriver<CompressorState, CompressorEvent> k1 = new MachineDriver<>(COMPRESSOR, faulty, ledger);
        k1.addListener(PhaseAlerts.feed(engine));
        assertThat(engine.openAlerts()).singleElement().satisfies(a -> assertThat(a.rule()).isEqualTo("k-fault"));
    }

    @Test
    void aBagFullTooLongWithoutASwapRaisesOnTickAndTheSwapClearsIt() {
        MachineDriver<GasBagState, GasBagEvent> b1 = new MachineDriver<>(BAGS, BAGS.initial(T0), ledger);
        b1.addListener(PhaseAlerts.feed(engine));
        b1.accept(new GasBagEvent.Connected(T0, "Sato"));
        b1.accept(new GasBagEvent.Full(h(1), Volume.ofCubicMetres(1), ROOM));
        clock.advance(Duration.ofHours(12).plusMinutes(59));
        engine.tick();
        assertThat(engine.openAlerts()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        engine.tick();
        assertThat(engine.openAlerts()).singleElement().satisfies(a -> {
            assertThat(a.subject()).isEqualTo("gas-bag/B1");
            assertThat(a.kind()).isEqualTo(AlertKind.PHASE_OVERDUE);
            assertThat(a.value()).isEqualTo(12.0);
        });
        b1.accept(new GasBagEvent.Swapped(h(14), "B2", "Sato"));
        assertThat(engine.openAlerts()).isEmpty();
    }

    @Test
    void aCylinderFillingTooLongRaises() {
        MachineDriver<CylinderState, CylinderEvent> c1 = new MachineDriver<>(CYLINDERS, CYLINDERS.initial(T0), ledger);
        c1.addListener(PhaseAlerts.feed(engine));
        c1.accept(new CylinderEvent.FillStarted(T0, "Sato", ROOM));
        clock.advance(Duration.ofHours(6));
        engine.tick();
        assertThat(engine.openAlerts()).singleElement()
                .satisfies(a -> assertThat(a.subject()).isEqualTo("cylinder/C1"));
    }

    @Test
    void aRuleNamingAPhaseTheMachineLacksIsRefusedOnAttach() {
        AlertEngine wrong = new AlertEngine(List.of(new Rule.InPhase("k-filling", "compressor/*",
                AlertKind.PHASE_OVERDUE, Severity.WARNING, Set.of("FILLING"), Duration.ZERO)), clock,
                AlertEngine.Settings.DEFAULT, ledger);
        MachineDriver<CompressorState, CompressorEvent> k1 = new MachineDriver<>(COMPRESSOR, COMPRESSOR.initial(T0), ledger);
        PhaseAlerts feed = PhaseAlerts.feed(wrong);
        assertThatThrownBy(() -> k1.addListener(feed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule k-filling: FILLING is not a phase of CompressorState.Phase; allowed: OFF, IDLE,"
                        + " RUNNING, FAULT");
        k1.accept(new CompressorEvent.PowerOn(T0, "Sato")); // the listener was not added: nothing thrown
        assertThat(k1.state().phase()).isEqualTo(CompressorState.Phase.IDLE);
    }

    @Test
    void subjectsAreTheMachineAndTheId() {
        assertThat(PhaseAlerts.subjectOf(COMPRESSOR.initial(T0))).isEqualTo("compressor/K1");
        assertThat(PhaseAlerts.subjectOf(BAGS.initial(T0))).isEqualTo("gas-bag/B1");
        assertThat(PhaseAlerts.subjectOf(Fixtures.samples().get(5).states().get(0))).isEqualTo("liquid-transfer/T1");
    }
}
