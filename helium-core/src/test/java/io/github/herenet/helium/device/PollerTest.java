package io.github.herenet.helium.device;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class PollerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T09:00:00Z"), ZoneOffset.UTC);

    /** A device in memory: reads take {@code delay}, or fail with a timeout after it while {@code dead}. */
    static final class FakeConnection implements DeviceConnection {
        final String name;
        volatile double value = 1.5;
        volatile boolean dead;
        volatile long delayMillis;
        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger maxInFlight = new AtomicInteger();

        FakeConnection(String name) {
            this.name = name;
        }

        @Override
        public URI uri() {
            return URI.create("fake://" + name);
        }

        @Override
        public List<Channel> channels() {
            return List.of(new Channel("a", "pressure", "bar", false), new Channel("b", "temperature", "K", false));
        }

        @Override
        public Reading read(String channel) {
            reads.incrementAndGet();
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                if (delayMillis > 0) {
                    Thread.sleep(delayMillis);
                }
                if (dead) {
                    throw new DeviceException.Timeout(uri() + " did not answer", null);
                }
                return new Reading(channel, value, "bar", Quality.GOOD, CLOCK.instant());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeviceException.Timeout(uri() + " interrupted", e);
            } finally {
                inFlight.decrementAndGet();
            }
        }

        @Override
        public void write(String channel, double value) {
            throw new DeviceException.InvalidAddress("read-only");
        }

        @Override
        public void close() {
        }
    }

    /** Records what it gets, per connection. */
    static final class Recorder implements PollListener {
        final ConcurrentLinkedQueue<Object[]> events = new ConcurrentLinkedQueue<>();

        @Override
        public void onReading(DeviceConnection connection, Reading reading) {
            events.add(new Object[] {connection, reading});
        }

        @Override
        public void onFailure(DeviceConnection connection, String channel, DeviceException error) {
            events.add(new Object[] {connection, error});
        }

        long good(DeviceConnection c) {
            return events.stream().filter(e -> e[0] == c && e[1] instanceof Reading r && r.quality() == Quality.GOOD).count();
        }

        long stale(DeviceConnection c) {
            return events.stream().filter(e -> e[0] == c && e[1] instanceof Reading r && r.quality() == Quality.STALE).count();
        }

        long failures(DeviceConnection c) {
            return events.stream().filter(e -> e[0] == c && e[1] instanceof DeviceException).count();
        }
    }

    @Test
    void readingsArriveAtAboutTheInterval() throws Exception {
        FakeConnection c = new FakeConnection("one");
        Recorder rec = new Recorder();
        try (Poller poller = Poller.builder().clock(CLOCK).build()) {
            poller.addListener(rec);
            poller.poll(c, "a", Duration.ofMillis(50));
            Thread.sleep(1000);
        }
        // about 20; generous bounds for a loaded machine
        assertThat(rec.good(c)).isBetween(10L, 26L);
        assertThat(rec.failures(c)).isZero();
        Reading r = (Reading) rec.events.peek()[1];
        assertThat(r.channel()).isEqualTo("a");
        assertThat(r.value()).isEqualTo(1.5);
    }

    @Test
    void aDeadDeviceIsBackedOffAndGoesStaleWhileAHealthyOneKeepsItsRate() throws Exception {
        FakeConnection healthy = new FakeConnection("healthy");
        FakeConnection dead = new FakeConnection("dead");
        dead.delayMillis = 100;
        Recorder rec = new Recorder();
        try (Poller poller = Poller.builder().clock(CLOCK).threads(2)
                .backoff(Duration.ofMillis(100), Duration.ofMillis(800)).build()) {
            poller.addListener(rec);
            poller.poll(healthy, "a", Duration.ofMillis(50));
            poller.poll(dead, "a", Duration.ofMillis(50));
            poller.poll(dead, "b", Duration.ofMillis(50));
            await(() -> rec.good(dead) >= 2);
            dead.dead = true;
            int readsAtDeath = dead.reads.get();
            long goodBefore = rec.good(healthy);
            Thread.sleep(2000);
            int attempts = dead.reads.get() - readsAtDeath;
            // without back-off: 2 s / 100 ms per read = 20 attempts; with 100, 200, 400, 800, 800 ms: about 6
            assertThat(attempts).as("attempts on the dead device").isBetween(2, 10);
            assertThat(rec.failures(dead)).isBetween(2L, 10L);
            assertThat(rec.stale(dead)).as("stale readings of the dead device").isGreaterThanOrEqualTo(20);
            assertThat(rec.good(healthy) - goodBefore).as("healthy readings in 2 s at 20 Hz").isGreaterThanOrEqualTo(25);
            assertThat(rec.stale(healthy)).isLessThan(15);
            Reading stale = rec.events.stream().filter(e -> e[0] == dead && e[1] instanceof Reading r
                    && r.quality() == Quality.STALE).map(e -> (Reading) e[1]).findFirst().orElseThrow();
            assertThat(stale.value()).isEqualTo(1.5);
            assertThat(stale.timestamp()).isEqualTo(CLOCK.instant());

            // recovery
            dead.dead = false;
            dead.value = 2.5;
            await(() -> rec.events.stream().anyMatch(e -> e[0] == dead && e[1] instanceof Reading r
                    && r.quality() == Quality.GOOD && r.value() == 2.5));
            long goodAfterRecovery = rec.good(dead);
            Thread.sleep(500);
            assertThat(rec.good(dead) - goodAfterRecovery).as("rate back after recovery").isGreaterThanOrEqualTo(3);
        }
        assertThat(dead.maxInFlight.get()).as("reads of one connection at once").isEqualTo(1);
    }

    @Test
    void manyDeadDevicesNeverTakeTheLastThreadFromAHealthyOne() throws Exception {
        FakeConnection healthy = new FakeConnection("healthy");
        List<FakeConnection> dead = List.of(new FakeConnection("d1"), new FakeConnection("d2"),
                new FakeConnection("d3"), new FakeConnection("d4"));
        Recorder rec = new Recorder();
        try (Poller poller = Poller.builder().clock(CLOCK).threads(2)
                .backoff(Duration.ofMillis(10), Duration.ofMillis(20)).build()) {
            poller.addListener(rec);
            for (FakeConnection d : dead) {
                d.dead = true;
                poller.poll(d, "a", Duration.ofMillis(50));
            }
            await(() -> dead.stream().allMatch(d -> rec.failures(d) >= 1));
            for (FakeConnection d : dead) {
                d.delayMillis = 400; // now each attempt blocks a thread for 400 ms
            }
            poller.poll(healthy, "a", Duration.ofMillis(50));
            Thread.sleep(1500);
            // 30 at 20 Hz; with both threads blocked by dead devices there would be about 4 (one per 400 ms)
            assertThat(rec.good(healthy)).isGreaterThanOrEqualTo(15);
        }
    }

    @Test
    void aSlowDeviceDelaysOnlyItselfAndIsNeverReadTwiceAtOnce() throws Exception {
        FakeConnection fast = new FakeConnection("fast");
        FakeConnection slow = new FakeConnection("slow");
        slow.delayMillis = 300;
        Recorder rec = new Recorder();
        try (Poller poller = Poller.builder().clock(CLOCK).threads(2).build()) {
            poller.addListener(rec);
            poller.poll(slow, "a", Duration.ofMillis(20));
            poller.poll(slow, "b", Duration.ofMillis(20));
            poller.poll(fast, "a", Duration.ofMillis(20));
            Thread.sleep(1000);
        }
        assertThat(slow.maxInFlight.get()).isEqualTo(1);
        assertThat(slow.reads.get()).isBetween(2, 5);
        assertThat(rec.stale(slow)).as("slow channels miss their intervals").isGreaterThan(10);
        assertThat(rec.good(fast)).isGreaterThanOrEqualTo(25);
    }

    @Test
    void aThrowingListenerNeverStopsPolling() throws Exception {
        FakeConnection c = new FakeConnection("one");
        AtomicInteger calls = new AtomicInteger();
        Recorder rec = new Recorder();
        try (Poller poller = Poller.builder().clock(CLOCK).build()) {
            poller.addListener((connection, reading) -> {
                calls.incrementAndGet();
                throw new IllegalStateException("listener bug");
            });
            poller.addListener(rec);
            poller.poll(c, "a", Duration.ofMillis(20));
            await(() -> calls.get() >= 10 && rec.good(c) >= 10);
        }
    }

    @Test
    void aCancelledHandleIsPolledNoMore() throws Exception {
        FakeConnection c = new FakeConnection("one");
        Recorder rec = new Recorder();
        try (Poller poller = Poller.builder().clock(CLOCK).build()) {
            poller.addListener(rec);
            Poller.Handle a = poller.poll(c, "a", Duration.ofMillis(20));
            Poller.Handle b = poller.poll(c, "b", Duration.ofMillis(20));
            assertThat(a.channel()).isEqualTo("a");
            assertThat(a.connection()).isSameAs(c);
            assertThat(a.interval()).isEqualTo(Duration.ofMillis(20));
            await(() -> rec.good(c) >= 4);
            a.cancel();
            a.cancel();
            assertThat(a.isCancelled()).isTrue();
            assertThat(b.isCancelled()).isFalse();
            Thread.sleep(100); // a read of a already queued may still finish
            long aBefore = countGood(rec, c, "a");
            long bBefore = countGood(rec, c, "b");
            Thread.sleep(300);
            assertThat(countGood(rec, c, "a")).isEqualTo(aBefore);
            assertThat(countGood(rec, c, "b")).isGreaterThan(bBefore + 5);
        }
    }

    @Test
    void refusesUnknownChannelsShortIntervalsAndPollsAfterClose() {
        FakeConnection c = new FakeConnection("one");
        Poller poller = Poller.builder().build();
        assertThatThrownBy(() -> poller.poll(c, "level", Duration.ofSeconds(1)))
                .isInstanceOf(DeviceException.InvalidAddress.class).hasMessageContaining("no channel 'level'");
        assertThatThrownBy(() -> poller.poll(c, "a", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Poller.builder().threads(1)).isInstanceOf(IllegalArgumentException.class);
        poller.close();
        poller.close();
        assertThatThrownBy(() -> poller.poll(c, "a", Duration.ofSeconds(1))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closeWaitsBoundedForABlockedReadAndLeavesNoThread() throws Exception {
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        FakeConnection slow = new FakeConnection("slow");
        slow.delayMillis = 10_000; // interruptible: close interrupts it after the close timeout
        FakeConnection fast = new FakeConnection("fast");
        CountDownLatch started = new CountDownLatch(1);
        Poller poller = Poller.builder().threads(3).closeTimeout(Duration.ofMillis(200)).build();
        poller.addListener((connection, reading) -> started.countDown());
        poller.poll(slow, "a", Duration.ofMillis(10));
        poller.poll(fast, "a", Duration.ofMillis(10));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(Poller.THREAD_PREFIX)))
                .hasSizeGreaterThanOrEqualTo(2);
        long start = System.nanoTime();
        poller.close();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        Set<Thread> after = new HashSet<>(Thread.getAllStackTraces().keySet());
        after.removeAll(before);
        after.removeIf(t -> !t.isAlive());
        assertThat(after).as("threads started and not ended").isEmpty();
    }

    private static long countGood(Recorder rec, DeviceConnection c, String channel) {
        return rec.events.stream().filter(e -> e[0] == c && e[1] instanceof Reading r
                && r.quality() == Quality.GOOD && r.channel().equals(channel)).count();
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
