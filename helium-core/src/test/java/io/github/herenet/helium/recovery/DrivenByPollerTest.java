package io.github.herenet.helium.recovery;

import io.github.herenet.helium.device.Poller;
import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.recovery.CompressorSignal.BagLevel;
import io.github.herenet.helium.recovery.CompressorSignal.DischargePressure;
import io.github.herenet.helium.recovery.CompressorState.Phase;
import io.github.herenet.helium.recovery.CompressorState.StopReason;
import io.github.herenet.helium.units.Volume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static io.github.herenet.helium.recovery.Fixtures.BAGS;
import static io.github.herenet.helium.recovery.Fixtures.COMPRESSOR;
import static io.github.herenet.helium.recovery.Fixtures.ROOM;
import static io.github.herenet.helium.recovery.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

/** Machines driven through the real {@link Poller} by an in-memory device with a virtual clock. */
@Timeout(30)
class DrivenByPollerTest {

    private static final Clock POLLER_CLOCK = Clock.fixed(T0, ZoneOffset.UTC); // stamps only STALE readings
    private static final Duration EVERY = Duration.ofMillis(10);

    @Test
    void theBagLevelStartsTheCompressorAndTheCylinderPressureStopsIt() throws Exception {
        MemoryDevice plc = new MemoryDevice("k1-plc", T0, Map.of("bagLevel", "%", "discharge", "MPa"));
        plc.set("bagLevel", 50);
        plc.set("discharge", 2.0);
        MemoryDevice elsewhere = new MemoryDevice("other", T0, Map.of("bagLevel", "%"));
        elsewhere.set("bagLevel", 99); // another compressor's bag: not this driver's business
        List<CompressorEvent> accepted = new CopyOnWriteArrayList<>();
        Set<String> pollerThreads = ConcurrentHashMap.newKeySet();
        try (Ledger ledger = Fixtures.ledger()) {
            MachineDriver<CompressorState, CompressorEvent> k1 = new MachineDriver<>(COMPRESSOR, COMPRESSOR.initial(T0), ledger);
            k1.accept(new CompressorEvent.PowerOn(T0, "Sato")); // a person, on this thread
            k1.addListener((before, event, step) -> {           // the sensors, on the poller's
                accepted.add(event);
                pollerThreads.add(Thread.currentThread().getName());
            });
            Poller poller = Poller.builder().clock(POLLER_CLOCK).build();
            try {
                poller.addListener(k1.pollListener(plc, CompressorSignal.all(new BagLevel("bagLevel", 10, 90, 2),
                        new DischargePressure("discharge", true))));
                poller.poll(plc, "bagLevel", EVERY);
                poller.poll(plc, "discharge", EVERY);
                poller.poll(elsewhere, "bagLevel", EVERY);
                await(() -> accepted.stream().anyMatch(e -> e instanceof CompressorEvent.CylinderPressure));
                assertThat(k1.state().phase()).isEqualTo(Phase.IDLE);

                plc.set("bagLevel", 91);          // the bag fills past the high limit
                await(() -> k1.state().phase() == Phase.RUNNING);
                plc.set("bagLevel", 89.5);        // and hovers there
                plc.set("bagLevel", 90.5);
                plc.set("discharge", 14.7);       // the cylinder reaches its fill pressure
                await(() -> k1.state().phase() == Phase.IDLE);
                assertThat(k1.state().lastStop()).isEqualTo(StopReason.CYLINDER_FULL);
            } finally {
                poller.close();
            }
            assertThat(accepted.stream().filter(e -> e instanceof CompressorEvent.BagHigh)).hasSize(1);
            assertThat(k1.refusedSignals()).isZero();
            assertThat(ledger.events()).isEmpty(); // the compressor moves no helium in the ledger's terms
        }
        assertThat(pollerThreads).allMatch(name -> name.startsWith(Poller.THREAD_PREFIX));
        await(() -> Thread.getAllStackTraces().keySet().stream().noneMatch(t -> pollerThreads.contains(t.getName())));
    }

    @Test
    void aFillingBagIsRecordedFullInTheLedgerFromItsLevelMeter() throws Exception {
        MemoryDevice meter = new MemoryDevice("b1-meter", T0, Map.of("level", "%"));
        meter.set("level", 30);
        try (Ledger ledger = Fixtures.ledger();
             Poller poller = Poller.builder().clock(POLLER_CLOCK).build()) {
            MachineDriver<GasBagState, GasBagEvent> b1 = new MachineDriver<>(BAGS, BAGS.initial(T0), ledger);
            b1.accept(new GasBagEvent.Connected(T0, "Sato"));               // a person
            poller.addListener(b1.pollListener(meter, new GasBagLevelSignal("level", Fixtures.B1, 95, ROOM)));
            poller.poll(meter, "level", EVERY);
            await(() -> b1.state().gasVolume().cubicMetres() > 0.29);
            meter.set("level", 97);
            await(() -> b1.state().phase() == GasBagState.Phase.FULL);

            assertThat(b1.state().gasVolume()).isEqualTo(Volume.ofCubicMetres(0.97));
            assertThat(ledger.events()).hasSize(1);
            assertThat(b1.refusedSignals()).isZero();
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("condition met within 10 s").isNegative();
            Thread.sleep(5);
        }
    }
}
