package io.github.herenet.helium.recovery;

import io.github.herenet.helium.device.Quality;
import io.github.herenet.helium.device.Reading;
import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.ledger.LedgerValidationException;
import io.github.herenet.helium.units.Volume;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.github.herenet.helium.recovery.Fixtures.BAGS;
import static io.github.herenet.helium.recovery.Fixtures.COMPRESSOR;
import static io.github.herenet.helium.recovery.Fixtures.ROOM;
import static io.github.herenet.helium.recovery.Fixtures.T0;
import static io.github.herenet.helium.recovery.Fixtures.h;
import static io.github.herenet.helium.recovery.Fixtures.reading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MachineDriverTest {

    private final Ledger ledger = Fixtures.ledger();

    @AfterEach
    void closeTheLedger() {
        ledger.close();
    }

    private MachineDriver<CompressorState, CompressorEvent> compressor() {
        MachineDriver<CompressorState, CompressorEvent> k1 = new MachineDriver<>(COMPRESSOR, COMPRESSOR.initial(T0), ledger);
        k1.accept(new CompressorEvent.PowerOn(T0, "Sato"));
        return k1;
    }

    @Test
    void acceptAppendsTheStepsLedgerEventsAndPublishesTheState() {
        MachineDriver<GasBagState, GasBagEvent> b1 = new MachineDriver<>(BAGS, BAGS.initial(T0), ledger);
        List<String> told = new ArrayList<>();
        b1.addListener((before, event, step) -> told.add(before.phase() + " -" + event.getClass().getSimpleName()
                + "-> " + step.state().phase()));

        b1.accept(new GasBagEvent.Connected(h(0), "Sato"));
        Transition<GasBagState> full = b1.accept(new GasBagEvent.Full(h(72), Volume.ofCubicMetres(1), ROOM));

        assertThat(b1.subject()).isEqualTo("B1");
        assertThat(b1.state()).isEqualTo(full.state());
        assertThat(b1.state().phase()).isEqualTo(GasBagState.Phase.FULL);
        assertThat(ledger.events()).hasSize(1);
        assertThat(ledger.events().get(0).event()).isInstanceOf(LedgerEvent.BagFull.class);
        assertThat(ledger.vesselBalance("B1", h(72)).kilograms()).isPositive();
        assertThat(told).containsExactly("EMPTY -Connected-> FILLING", "FILLING -Full-> FULL");
    }

    @Test
    void aStepTheLedgerRefusesLeavesTheStateUnchanged() {
        GasBagMachine stranger = new GasBagMachine(Fixtures.bag("X9"), "tottori"); // not in the network
        MachineDriver<GasBagState, GasBagEvent> x9 = new MachineDriver<>(stranger, stranger.initial(T0), ledger);
        GasBagState filling = x9.accept(new GasBagEvent.Connected(h(0), "Sato")).state();
        List<Object> told = new ArrayList<>();
        x9.addListener((before, event, step) -> told.add(event));

        assertThatThrownBy(() -> x9.accept(new GasBagEvent.Full(h(72), Volume.ofCubicMetres(1), ROOM)))
                .isInstanceOf(LedgerValidationException.class)
                .hasMessageContaining("X9");
        assertThat(x9.state()).isSameAs(filling);
        assertThat(ledger.events()).isEmpty();
        assertThat(told).isEmpty();
    }

    @Test
    void aPersonsRefusedActionThrowsWithTheMessageAndChangesNothing() {
        MachineDriver<CompressorState, CompressorEvent> k1 = compressor();
        k1.accept(new CompressorEvent.BagLow(h(1)));
        CompressorState collapsed = k1.state();

        assertThatThrownBy(() -> k1.accept(new CompressorEvent.ManualStart(h(2), "Sato")))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("recovery compressor K1 is IDLE: ManualStart refused: the bag is collapsed (low-level sensor on): "
                        + "running would draw in air; allowed: [BagHigh, BagLow, CylinderPressure, Fault, ManualStart, "
                        + "PowerFail, PowerOff, PurityRead]");
        assertThat(k1.state()).isSameAs(collapsed);
    }

    @Test
    @Timeout(30)
    void concurrentAcceptsFromTwoThreadsChainEveryStepOnTheStateBefore() throws Exception {
        MachineDriver<CompressorState, CompressorEvent> k1 = compressor();
        List<CompressorState[]> steps = new ArrayList<>();
        k1.addListener((before, event, step) -> steps.add(new CompressorState[] {before, step.state()})); // under the lock
        int each = 2000;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (CompressorEvent event : List.of(new CompressorEvent.BagHigh(h(1)), new CompressorEvent.BagLow(h(1)))) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        k1.accept(event);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(20, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(steps).hasSize(2 * each);
        for (int i = 1; i < steps.size(); i++) {
            assertThat(steps.get(i)[0]).as("step %d starts from the state step %d left", i, i - 1).isSameAs(steps.get(i - 1)[1]);
        }
        assertThat(k1.state()).isSameAs(steps.get(steps.size() - 1)[1]);
        // the last step decides: RUNNING after BagHigh, IDLE with the bag collapsed after BagLow
        assertThat(k1.state().phase() == CompressorState.Phase.RUNNING).isEqualTo(!k1.state().bagCollapsed());
    }

    @Test
    void aListenerThatFailsDoesNotUndoTheStep() {
        MachineDriver<CompressorState, CompressorEvent> k1 = compressor();
        k1.addListener((before, event, step) -> {
            throw new IllegalStateException("listener bug");
        });
        k1.accept(new CompressorEvent.BagHigh(h(1)));
        assertThat(k1.state().phase()).isEqualTo(CompressorState.Phase.RUNNING);
    }

    @Test
    void offeredReadingsThatAreNotGoodOrNotFiniteYieldNothing() {
        MachineDriver<CompressorState, CompressorEvent> k1 = compressor();
        ReadingTranslator<CompressorState, CompressorEvent> any = (state, r) -> List.of(new CompressorEvent.BagHigh(r.timestamp()));
        for (Quality q : List.of(Quality.STALE, Quality.FAILED, Quality.OUT_OF_RANGE)) {
            assertThat(k1.offer(new Reading("level", 95, "%", q, h(1)), any)).isZero();
        }
        assertThat(k1.offer(reading("level", Double.NaN, "%", 1), any)).isZero();
        assertThat(k1.state().phase()).isEqualTo(CompressorState.Phase.IDLE);
        assertThat(k1.offer(reading("level", 95, "%", 1), any)).isEqualTo(1);
        assertThat(k1.state().phase()).isEqualTo(CompressorState.Phase.RUNNING);
    }

    @Test
    void aSignalTheMachineRefusesIsCountedNotThrownAndTheNextOneIsTried() {
        MachineDriver<CompressorState, CompressorEvent> k1 = new MachineDriver<>(COMPRESSOR, COMPRESSOR.initial(T0), ledger);
        ReadingTranslator<CompressorState, CompressorEvent> highThenPower = (state, r) -> List.of(
                new CompressorEvent.BagHigh(r.timestamp()), new CompressorEvent.PowerOn(r.timestamp(), "Sato"));

        assertThat(k1.offer(reading("level", 95, "%", 1), highThenPower)).isEqualTo(1); // BagHigh refused while OFF

        assertThat(k1.refusedSignals()).isEqualTo(1);
        assertThat(k1.state().phase()).isEqualTo(CompressorState.Phase.IDLE);
    }

    @Test
    void aReadingTheTranslatorCannotReadIsCountedNotThrown() {
        MachineDriver<CompressorState, CompressorEvent> k1 = compressor();
        ReadingTranslator<CompressorState, CompressorEvent> pressure = new CompressorSignal.DischargePressure("p", true).translator();

        assertThat(k1.offer(reading("p", 10, "torr", 1), pressure)).isZero();

        assertThat(k1.unreadableReadings()).isEqualTo(1);
        assertThat(k1.refusedSignals()).isZero();
    }

    @Test
    void missingPartsAreRefused() {
        assertThatThrownBy(() -> new MachineDriver<>(COMPRESSOR, null, ledger)).hasMessage("initial state");
        assertThatThrownBy(() -> compressor().accept(null)).hasMessage("event");
    }
}
