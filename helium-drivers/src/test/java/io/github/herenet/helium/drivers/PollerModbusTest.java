package io.github.herenet.helium.drivers;

import io.github.herenet.helium.device.DeviceConnection;
import io.github.herenet.helium.device.DeviceException;
import io.github.herenet.helium.device.DeviceProfile;
import io.github.herenet.helium.device.Devices;
import io.github.herenet.helium.device.PollListener;
import io.github.herenet.helium.device.Poller;
import io.github.herenet.helium.device.Quality;
import io.github.herenet.helium.device.Reading;
import io.github.herenet.helium.sim.ModbusDeviceServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@link Poller} against real Modbus TCP connections to {@link ModbusDeviceServer}s on loopback. */
@Timeout(30)
class PollerModbusTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T09:00:00Z"), ZoneOffset.UTC);
    private static final DeviceProfile PT = DeviceProfile.builtIn("pt-transmitter");

    /** Every reading and failure, with its connection. */
    static final class Recorder implements PollListener {
        record Event(DeviceConnection connection, Reading reading, DeviceException error) {
        }

        final ConcurrentLinkedQueue<Event> events = new ConcurrentLinkedQueue<>();

        @Override
        public void onReading(DeviceConnection connection, Reading reading) {
            events.add(new Event(connection, reading, null));
        }

        @Override
        public void onFailure(DeviceConnection connection, String channel, DeviceException error) {
            events.add(new Event(connection, null, error));
        }

        long count(DeviceConnection c, Predicate<Event> p) {
            return events.stream().filter(e -> e.connection() == c && p.test(e)).count();
        }

        long good(DeviceConnection c) {
            return count(c, e -> e.reading() != null && e.reading().quality() == Quality.GOOD);
        }

        long stale(DeviceConnection c) {
            return count(c, e -> e.reading() != null && e.reading().quality() == Quality.STALE);
        }

        long failures(DeviceConnection c) {
            return count(c, e -> e.error() != null);
        }
    }

    @Test
    void readingsOfARealDeviceArriveAtAboutTheInterval() throws Exception {
        Recorder rec = new Recorder();
        try (ModbusDeviceServer server = ModbusDeviceServer.start(PT, 1);
             Devices devices = Devices.of(CLOCK, new ModbusTcpDriver());
             Poller poller = Poller.builder().clock(CLOCK).build()) {
            server.set("pressure", 101.3);
            DeviceConnection c = devices.open(uri(server, "timeout=500ms"));
            poller.addListener(rec);
            poller.poll(c, "pressure", Duration.ofMillis(100));
            Thread.sleep(1000);
            // about 10
            assertThat(rec.good(c)).isBetween(6L, 14L);
            Reading r = rec.events.peek().reading();
            assertThat(r.value()).isEqualTo(server.value("pressure"));
            assertThat(r.unit()).isEqualTo("kPa");
            assertThat(r.timestamp()).isEqualTo(CLOCK.instant());
        }
    }

    @Test
    void aSilentDeviceFailsGoesStaleAndIsBackedOffWhileAHealthyOneKeepsItsRateThenRecovers() throws Exception {
        Recorder rec = new Recorder();
        try (ModbusDeviceServer healthyServer = ModbusDeviceServer.start(PT, 1);
             ModbusDeviceServer deadServer = ModbusDeviceServer.start(PT, 1);
             Devices devices = Devices.of(CLOCK, new ModbusTcpDriver());
             Poller poller = Poller.builder().clock(CLOCK).threads(2)
                     .backoff(Duration.ofMillis(200), Duration.ofMillis(800)).build()) {
            healthyServer.set("pressure", 200);
            deadServer.set("pressure", 300);
            DeviceConnection healthy = devices.open(uri(healthyServer, "timeout=500ms"));
            DeviceConnection dead = devices.open(uri(deadServer, "timeout=200ms&retries=0"));
            poller.addListener(rec);
            poller.poll(healthy, "pressure", Duration.ofMillis(100));
            poller.poll(dead, "pressure", Duration.ofMillis(100));
            poller.poll(dead, "temperature", Duration.ofMillis(100));
            await(() -> rec.good(dead) >= 2);

            deadServer.silent(true);
            long healthyBefore = rec.good(healthy);
            Thread.sleep(3000);
            long failures = rec.failures(dead);
            // without back-off a read every 200 ms: 15 failures in 3 s; with 200, 400, 800, 800 ms between tries
            // (each try taking 200 ms) about 4
            assertThat(failures).as("failed tries on the silent device").isBetween(2L, 9L);
            assertThat(rec.events.stream().filter(e -> e.connection() == dead && e.error() != null)
                    .allMatch(e -> e.error() instanceof DeviceException.Timeout)).isTrue();
            assertThat(rec.stale(dead)).as("stale readings of its two channels").isGreaterThanOrEqualTo(20);
            Reading stale = rec.events.stream().filter(e -> e.connection() == dead && e.reading() != null
                    && e.reading().quality() == Quality.STALE && e.reading().channel().equals("pressure"))
                    .findFirst().orElseThrow().reading();
            assertThat(stale.value()).isEqualTo(deadServer.value("pressure"));
            assertThat(stale.timestamp()).isEqualTo(CLOCK.instant());
            // 30 at 10 Hz; a healthy device is never held up by the silent one
            assertThat(rec.good(healthy) - healthyBefore).as("healthy readings in 3 s").isGreaterThanOrEqualTo(20);

            // recovery: the device answers again, with a new value, and is polled at its rate again
            deadServer.set("pressure", 310);
            double recovered = deadServer.value("pressure");
            deadServer.silent(false);
            await(() -> rec.count(dead, e -> e.reading() != null && e.reading().quality() == Quality.GOOD
                    && e.reading().value() == recovered) > 0);
            long goodAfter = rec.good(dead);
            long failuresAfter = rec.failures(dead);
            Thread.sleep(1000);
            assertThat(rec.good(dead) - goodAfter).as("two channels at 10 Hz after recovery").isGreaterThanOrEqualTo(10);
            assertThat(rec.failures(dead)).isEqualTo(failuresAfter);
        }
    }

    @Test
    void aSlowDeviceAnsweringWithinItsDeadlineDoesNotDelayAnother() throws Exception {
        Recorder rec = new Recorder();
        try (ModbusDeviceServer fastServer = ModbusDeviceServer.start(PT, 1);
             ModbusDeviceServer slowServer = ModbusDeviceServer.start(PT, 1);
             Devices devices = Devices.of(CLOCK, new ModbusTcpDriver());
             Poller poller = Poller.builder().clock(CLOCK).threads(2).build()) {
            DeviceConnection fast = devices.open(uri(fastServer, "timeout=1s"));
            DeviceConnection slow = devices.open(uri(slowServer, "timeout=1s"));
            slowServer.delay(Duration.ofMillis(300));
            poller.addListener(rec);
            poller.poll(slow, "pressure", Duration.ofMillis(50));
            poller.poll(slow, "temperature", Duration.ofMillis(50));
            poller.poll(fast, "pressure", Duration.ofMillis(50));
            Thread.sleep(1500);
            assertThat(rec.good(slow)).as("one read at a time, 300 ms each").isBetween(2L, 6L);
            assertThat(rec.failures(slow)).isZero();
            assertThat(rec.stale(slow)).isGreaterThan(10);
            assertThat(rec.good(fast)).as("30 at 20 Hz").isGreaterThanOrEqualTo(15);
        }
    }

    @Test
    void closingThePollerConnectionsAndServersLeavesNoThread() throws Exception {
        Set<Thread> before = Leaks.threads();
        Recorder rec = new Recorder();
        try (ModbusDeviceServer server = ModbusDeviceServer.start(PT, 1);
             ModbusDeviceServer silentServer = ModbusDeviceServer.start(PT, 1);
             Devices devices = Devices.of(CLOCK, new ModbusTcpDriver())) {
            DeviceConnection c = devices.open(uri(server, "timeout=500ms"));
            DeviceConnection s = devices.open(uri(silentServer, "timeout=300ms&retries=0"));
            silentServer.silent(true);
            Poller poller = Poller.builder().clock(CLOCK).threads(3).closeTimeout(Duration.ofSeconds(1)).build();
            poller.addListener(rec);
            poller.poll(c, "pressure", Duration.ofMillis(20));
            poller.poll(s, "pressure", Duration.ofMillis(20));
            await(() -> rec.good(c) >= 5 && rec.failures(s) >= 1);
            long start = System.nanoTime();
            poller.close();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.isAlive() && t.getName().startsWith(Poller.THREAD_PREFIX))).isEmpty();
        }
        Thread.sleep(100);
        assertThat(Leaks.newThreads(before)).as("threads started and not ended").isEmpty();
    }

    private static URI uri(ModbusDeviceServer server, String query) {
        return URI.create("modbus-tcp://127.0.0.1:" + server.port() + "?profile=pt-transmitter&" + query);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(10);
        }
    }
}
