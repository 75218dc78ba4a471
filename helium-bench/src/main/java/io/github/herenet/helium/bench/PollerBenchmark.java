package io.github.herenet.helium.bench;

import io.github.herenet.helium.device.DeviceConnection;
import io.github.herenet.helium.device.DeviceProfile;
import io.github.herenet.helium.device.Devices;
import io.github.herenet.helium.device.Poller;
import io.github.herenet.helium.device.Quality;
import io.github.herenet.helium.drivers.ModbusTcpDriver;
import io.github.herenet.helium.sim.ModbusDeviceServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * CPU cost of polling: {@code devices} simulated pressure transmitters ({@link ModbusDeviceServer}s in the
 * same JVM on 127.0.0.1, each with its own server socket, and one {@code modbus-tcp} connection each) polled
 * for one channel at 1 Hz by one {@link Poller} with 2 read threads. Target: 100 devices at 1 Hz use less
 * than 5 % of one core.
 *
 * <p>Method: each single-shot invocation lets the poller run for a fixed wall-clock window
 * ({@code windowSeconds}) and measures, with {@link ThreadMXBean#getThreadCpuTime}, the CPU time of the
 * poller's own threads (names starting with {@link Poller#THREAD_PREFIX}: the scheduler and the read threads,
 * which run the whole client side: the driver, j2mod's request encoding, the socket write and the blocking
 * read of the answer, decoding and the listener). The servers' threads ({@link ModbusDeviceServer#THREAD_PREFIX})
 * are not counted: they stand for the devices on the network. The poller's CPU divided by the window is the
 * figure, as % of one core; the whole process's CPU (servers, JMH and GC included) is printed next to it as an
 * upper bound. JMH's own score (the window's wall time) is not the result; read the lines it prints:
 *
 * <pre>{@code
 * java -jar helium-bench/target/benchmarks.jar PollerBenchmark -f 1 -wi 1 -i 3
 * # or, without JMH:
 * java -cp helium-bench/target/benchmarks.jar io.github.herenet.helium.bench.PollerBenchmark 100 10
 * }</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
@State(Scope.Benchmark)
public class PollerBenchmark {

    /** Number of devices, one connection and one polled channel each. */
    @Param("100")
    public int devices;

    /** Wall-clock seconds of one measured window. */
    @Param("10")
    public int windowSeconds;

    private final List<ModbusDeviceServer> servers = new ArrayList<>();
    private final List<DeviceConnection> connections = new ArrayList<>();
    private final LongAdder good = new LongAdder();
    private final LongAdder other = new LongAdder();
    private Devices deviceSet;
    private Poller poller;

    /** Starts the servers, opens a connection to each and starts polling every one at 1 Hz. */
    @Setup
    public void setUp() {
        DeviceProfile profile = DeviceProfile.builtIn("pt-transmitter");
        deviceSet = Devices.of(new ModbusTcpDriver());
        for (int i = 0; i < devices; i++) {
            ModbusDeviceServer server = ModbusDeviceServer.start(profile, 1);
            server.set("pressure", 100 + i);
            servers.add(server);
            connections.add(deviceSet.open(URI.create("modbus-tcp://127.0.0.1:" + server.port()
                    + "?profile=pt-transmitter&timeout=1s&retries=1")));
        }
        poller = Poller.builder().threads(2).build();
        poller.addListener((connection, reading) -> (reading.quality() == Quality.GOOD ? good : other).increment());
        for (DeviceConnection c : connections) {
            poller.poll(c, "pressure", Duration.ofSeconds(1));
        }
    }

    /** Closes the poller, the connections and the servers. */
    @TearDown
    public void tearDown() {
        poller.close();
        deviceSet.close();
        for (ModbusDeviceServer s : servers) {
            s.close();
        }
    }

    /**
     * One window of polling; prints the poller's CPU as % of one core and returns it.
     *
     * @return the poller threads' CPU time over the window, % of one core
     * @throws InterruptedException if interrupted while waiting out the window
     */
    @Benchmark
    public double pollFor1HzWindow() throws InterruptedException {
        Result r = measure(Duration.ofSeconds(windowSeconds));
        System.out.println(r);
        return r.pollerPercent();
    }

    Result measure(Duration window) throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long goodBefore = good.sum();
        long otherBefore = other.sum();
        long pollerBefore = pollerCpu(threads);
        long processBefore = os.getProcessCpuTime();
        long start = System.nanoTime();
        Thread.sleep(window.toMillis());
        long pollerAfter = pollerCpu(threads);
        long processAfter = os.getProcessCpuTime();
        long wall = System.nanoTime() - start;
        return new Result(devices, wall, pollerAfter - pollerBefore, processAfter - processBefore,
                good.sum() - goodBefore, other.sum() - otherBefore);
    }

    /** Sum of the CPU time of the live poller threads (they live as long as the poller). */
    private static long pollerCpu(ThreadMXBean mx) {
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(Poller.THREAD_PREFIX)) {
                long cpu = mx.getThreadCpuTime(t.getId());
                if (cpu > 0) {
                    sum += cpu;
                }
            }
        }
        return sum;
    }

    record Result(int devices, long wallNanos, long pollerCpuNanos, long processCpuNanos, long good, long other) {
        double pollerPercent() {
            return 100.0 * pollerCpuNanos / wallNanos;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "%d devices at 1 Hz over %.1f s: %d GOOD readings (%.1f/s), %d other; poller threads %.2f %% of one core"
                            + " (%.1f us CPU per reading); whole process incl. servers %.2f %%",
                    devices, wallNanos / 1e9, good, good / (wallNanos / 1e9), other, pollerPercent(),
                    good == 0 ? 0 : pollerCpuNanos / 1e3 / good, 100.0 * processCpuNanos / wallNanos);
        }
    }

    /**
     * A plain measured run without JMH: {@code [devices] [windowSeconds] [windows]}, defaults 100, 10, 3, after
     * a 5 s warm-up.
     *
     * @param args the optional arguments
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        PollerBenchmark b = new PollerBenchmark();
        b.devices = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        b.windowSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int windows = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        b.setUp();
        try {
            System.out.println("warm-up: " + b.measure(Duration.ofSeconds(5)));
            for (int i = 0; i < windows; i++) {
                System.out.println(b.measure(Duration.ofSeconds(b.windowSeconds)));
            }
        } finally {
            b.tearDown();
        }
    }
}
