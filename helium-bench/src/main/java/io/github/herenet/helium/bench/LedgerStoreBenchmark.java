package io.github.herenet.helium.bench;

import io.github.herenet.helium.inventory.LiquidLevel;
import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.inventory.VesselReading;
import io.github.herenet.helium.json.EventJson;
import io.github.herenet.helium.ledger.JdbcLedgerStore;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.ledger.RecordedEvent;
import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Temperature;
import io.github.herenet.helium.units.Volume;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The durable ledger store on its embedded default, a SQLite file (WAL, {@code synchronous=FULL}): appends
 * in batches of 100 and 1000 events (one synced transaction per batch), and a replay of 10^6 events. Scores
 * are events (rows) per second: each invocation counts as its batch's events. The {@code raw*} benchmarks are
 * the same work in plain JDBC on the same table with the payloads encoded beforehand, and {@code encode*} /
 * {@code decode*} the JSON codec alone, so that the store's overhead can be told from the database's and the
 * codec's.
 *
 * <pre>{@code
 * java -jar helium-bench/target/benchmarks.jar LedgerStore -wi 2 -i 3 -w 2 -r 2 -f 1
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class LedgerStoreBenchmark {

    static final int REPLAY_EVENTS = 1_000_000;
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    /** A plausible mix of events: deliveries, meter reads, bags, cylinder fills, counts. */
    static LedgerEvent event(long n) {
        Instant time = T0.plusSeconds(n * 37);
        double x = (n % 1000) * 0.125;
        return switch ((int) (n % 6)) {
            case 0 -> new LedgerEvent.LiquidDelivered(time, "D-" + n % 97, "lab-" + n % 13, 50 + x);
            case 1 -> new LedgerEvent.MeterRead(time, "M-" + n % 7, n * 0.125);
            case 2 -> new LedgerEvent.MeterRead(time, "M-" + (n + 3) % 7, n * 0.25);
            case 3 -> new LedgerEvent.BagFull(time, "B-" + n % 11, "site-" + n % 5, new VesselReading.Bag(
                    Volume.ofCubicMetres(1 + x / 100), Pressure.ofKilopascals(101.3), Temperature.ofCelsius(21),
                    new Purity(0.95)));
            case 4 -> new LedgerEvent.CylinderFilled(time, "C-" + n % 23, "site-" + n % 5, "operator-" + n % 3,
                    Pressure.ofMegapascals(14.7), Temperature.ofKelvin(293), Purity.PURE);
            default -> new LedgerEvent.InventoryCounted(time, "site-" + n % 5, "lab-" + n % 13, "D-" + n % 97,
                    new VesselReading.Liquid(new LiquidLevel.Percent(x / 10), Pressure.ofKilopascals(105)));
        };
    }

    /** Events {@code first} to {@code first + count - 1}: their times increase, as a ledger's mostly do. */
    static List<LedgerEvent> events(long first, int count) {
        List<LedgerEvent> events = new ArrayList<>(count);
        for (long n = first; n < first + count; n++) {
            events.add(event(n));
        }
        return List.copyOf(events);
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * A fresh ledger file per trial, and before each invocation (untimed) the next batch of new events, later
     * in time than the last (appending the same events again would put the same times into the time index
     * over and over, scattering its updates over the whole index, which a ledger does not do).
     */
    @State(Scope.Benchmark)
    public abstract static class AppendState {
        Path dir;
        JdbcLedgerStore store;
        long next;
        List<LedgerEvent> batch;

        abstract int batchSize();

        @Setup(Level.Trial)
        public void open() throws IOException {
            dir = Files.createTempDirectory("herenet-ledger-bench");
            store = JdbcLedgerStore.openSqlite(dir.resolve("ledger.db"));
        }

        @Setup(Level.Invocation)
        public void nextBatch() {
            batch = events(next, batchSize());
            next += batchSize();
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            store.close();
            deleteRecursively(dir);
        }
    }

    /** Batches of 100. */
    public static class Batch100 extends AppendState {
        @Override
        int batchSize() {
            return 100;
        }
    }

    /** Batches of 1000. */
    public static class Batch1000 extends AppendState {
        @Override
        int batchSize() {
            return 1000;
        }
    }

    @Benchmark
    @OperationsPerInvocation(100)
    public List<RecordedEvent> appendBatch100(Batch100 state) {
        return state.store.append(state.batch);
    }

    @Benchmark
    @OperationsPerInvocation(1000)
    public List<RecordedEvent> appendBatch1000(Batch1000 state) {
        return state.store.append(state.batch);
    }

    /** The same table and pragmas through plain JDBC, each batch's rows (payloads encoded) prepared untimed. */
    @State(Scope.Benchmark)
    public static class RawAppendState {
        static final int BATCH = 1000;
        Path dir;
        Connection connection;
        PreparedStatement insert;
        long next;
        final String[] payloads = new String[BATCH];
        final String[] types = new String[BATCH];
        final long[] times = new long[BATCH];

        @Setup(Level.Trial)
        public void open() throws IOException, SQLException {
            dir = Files.createTempDirectory("herenet-ledger-bench");
            Path file = dir.resolve("raw.db");
            JdbcLedgerStore.openSqlite(file).close(); // creates the tables
            Properties properties = new Properties();
            properties.setProperty("journal_mode", "WAL");
            properties.setProperty("synchronous", "FULL");
            connection = DriverManager.getConnection("jdbc:sqlite:" + file, properties);
            connection.setAutoCommit(false);
            insert = connection.prepareStatement(
                    "INSERT INTO herenet_ledger_events (seq, event_time, event_type, payload) VALUES (?, ?, ?, ?)");
        }

        @Setup(Level.Invocation)
        public void nextBatch() {
            List<LedgerEvent> events = events(next, BATCH);
            for (int i = 0; i < BATCH; i++) {
                LedgerEvent event = events.get(i);
                payloads[i] = EventJson.encode(event);
                types[i] = event.getClass().getSimpleName();
                times[i] = event.time().toEpochMilli();
            }
        }

        int append() throws SQLException {
            for (int i = 0; i < BATCH; i++) {
                insert.setLong(1, ++next);
                insert.setLong(2, times[i]);
                insert.setString(3, types[i]);
                insert.setString(4, payloads[i]);
                insert.addBatch();
            }
            int[] counts = insert.executeBatch();
            connection.commit();
            return counts.length;
        }

        @TearDown(Level.Trial)
        public void close() throws IOException, SQLException {
            insert.close();
            connection.close();
            deleteRecursively(dir);
        }
    }

    @Benchmark
    @OperationsPerInvocation(RawAppendState.BATCH)
    public int rawJdbcAppendBatch1000(RawAppendState state) throws SQLException {
        return state.append();
    }

    /** 10^6 events in a ledger file, written once per trial. */
    @State(Scope.Benchmark)
    public static class ReplayState {
        Path dir;
        Path file;
        JdbcLedgerStore store;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            dir = Files.createTempDirectory("herenet-ledger-bench");
            file = dir.resolve("replay.db");
            store = JdbcLedgerStore.openSqlite(file);
            while (store.lastSequence() < REPLAY_EVENTS) {
                store.append(events(store.lastSequence(), 10_000));
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            store.close();
            deleteRecursively(dir);
        }
    }

    @Benchmark
    @OperationsPerInvocation(REPLAY_EVENTS)
    public void replayMillion(ReplayState state, Blackhole blackhole) {
        state.store.replay(0, blackhole::consume);
    }

    @Benchmark
    @OperationsPerInvocation(REPLAY_EVENTS)
    public void rawJdbcReadMillion(ReplayState state, Blackhole blackhole) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + state.file);
             PreparedStatement select = connection.prepareStatement(
                     "SELECT seq, payload FROM herenet_ledger_events WHERE seq > ? ORDER BY seq")) {
            select.setFetchSize(2000);
            select.setLong(1, 0);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    blackhole.consume(rows.getLong(1));
                    blackhole.consume(rows.getString(2));
                }
            }
        }
    }

    /** The codec alone. */
    @State(Scope.Benchmark)
    public static class CodecState {
        List<LedgerEvent> events;
        String[] payloads;

        @Setup(Level.Trial)
        public void setUp() {
            events = events(0, 1000);
            payloads = events.stream().map(EventJson::encode).toArray(String[]::new);
        }
    }

    @Benchmark
    @OperationsPerInvocation(1000)
    public void encode1000(CodecState state, Blackhole blackhole) {
        for (LedgerEvent event : state.events) {
            blackhole.consume(EventJson.encode(event));
        }
    }

    @Benchmark
    @OperationsPerInvocation(1000)
    public void decode1000(CodecState state, Blackhole blackhole) {
        for (String payload : state.payloads) {
            blackhole.consume(EventJson.decode(payload));
        }
    }
}
