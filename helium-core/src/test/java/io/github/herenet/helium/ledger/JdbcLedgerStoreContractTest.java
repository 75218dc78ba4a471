package io.github.herenet.helium.ledger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.github.herenet.helium.ledger.JdbcTestEvents.forSequence;
import static io.github.herenet.helium.ledger.JdbcTestEvents.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@link LedgerStore} contract, run against every store: in memory, SQLite (a temporary file) and
 * PostgreSQL (a fresh schema per test in the database of the environment variable
 * {@value #POSTGRES_URL_VARIABLE}; those tests are skipped only when it is unset). The JDBC stores also
 * pass the persistence tests: reopening, schema versioning, a batch failing inside the database, releasing
 * the connection, and a replay of 10^6 events in a JVM with a small heap.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class JdbcLedgerStoreContractTest {

    static final String POSTGRES_URL_VARIABLE = "HELIUM_TEST_POSTGRES_URL";

    /** What every store does. */
    abstract static class Contract {

        LedgerStore store;

        /** Prepares an empty database for this test. */
        void prepare() throws Exception {
        }

        /** Opens the store under test (again: on the same database). */
        abstract LedgerStore open();

        /** Drops this test's database. */
        void cleanUp() throws Exception {
        }

        @BeforeEach
        void openStore() throws Exception {
            prepare();
            store = open();
        }

        @AfterEach
        void closeStore() throws Exception {
            try {
                if (store != null) {
                    store.close();
                }
            } finally {
                cleanUp();
            }
        }

        static List<RecordedEvent> replayAll(LedgerStore store, long afterSequence) {
            List<RecordedEvent> seen = new ArrayList<>();
            store.replay(afterSequence, seen::add);
            return seen;
        }

        static List<RecordedEvent> recorded(long first, long last) {
            List<RecordedEvent> expected = new ArrayList<>();
            for (long s = first; s <= last; s++) {
                expected.add(new RecordedEvent(s, forSequence(s)));
            }
            return expected;
        }

        @Test
        void anEmptyStoreHasNothing() {
            assertThat(store.lastSequence()).isZero();
            assertThat(replayAll(store, 0)).isEmpty();
        }

        @Test
        void appendGivesGapFreeSequenceNumbersAndReplayGivesTheEventsInOrder() {
            assertThat(store.append(range(1, 1))).isEqualTo(recorded(1, 1));
            assertThat(store.append(range(2, 4))).isEqualTo(recorded(2, 4));
            assertThat(store.lastSequence()).isEqualTo(4);
            assertThat(store.append(range(5, 9))).isEqualTo(recorded(5, 9));

            assertThat(store.lastSequence()).isEqualTo(9);
            assertThat(replayAll(store, 0)).isEqualTo(recorded(1, 9));
        }

        @Test
        void theStoreNumbersTheEventsWhateverTheirContent() {
            // the same event twice, and events out of time order: the store keeps them as given
            LedgerEvent early = new LedgerEvent.MeterRead(JdbcTestEvents.T0.minusSeconds(3600), "M-1", 12.5);
            LedgerEvent late = new LedgerEvent.LiquidDelivered(JdbcTestEvents.T0, "D-07", "nmr-1", 80.0);
            List<RecordedEvent> recorded = store.append(List.of(late, early, late));

            assertThat(recorded).extracting(RecordedEvent::sequence).containsExactly(1L, 2L, 3L);
            assertThat(replayAll(store, 0)).extracting(RecordedEvent::event).containsExactly(late, early, late);
        }

        @Test
        void everyKindOfEventComesBackEqual() {
            List<LedgerEvent> events = JdbcTestEvents.everyKind();
            assertThat(events).extracting(e -> e.getClass().getSimpleName()).hasSize(60)
                    .containsAll(java.util.Arrays.stream(LedgerEvent.class.getPermittedSubclasses())
                            .map(Class::getSimpleName).toList());

            assertThat(store.append(events)).isEqualTo(recorded(1, 60));
            assertThat(replayAll(store, 0)).isEqualTo(recorded(1, 60));
        }

        @Test
        void replayStartsAfterTheGivenSequence() {
            store.append(range(1, 10));

            assertThat(replayAll(store, 4)).isEqualTo(recorded(5, 10));
            assertThat(replayAll(store, 9)).isEqualTo(recorded(10, 10));
            assertThat(replayAll(store, 10)).isEmpty();
            assertThat(replayAll(store, 1_000)).isEmpty();
            assertThat(replayAll(store, -5)).isEqualTo(recorded(1, 10));
        }

        @Test
        void anEmptyBatchIsANoOp() {
            store.append(range(1, 2));

            assertThat(store.append(List.of())).isEmpty();
            assertThat(store.lastSequence()).isEqualTo(2);
            assertThat(store.append(range(3, 3))).isEqualTo(recorded(3, 3));
        }

        @Test
        void aBatchHoldingANullIsRefusedWhole() {
            store.append(range(1, 2));
            List<LedgerEvent> batch = new ArrayList<>(range(3, 5));
            batch.add(1, null);

            assertThatThrownBy(() -> store.append(batch)).isInstanceOf(NullPointerException.class);
            assertThat(store.lastSequence()).isEqualTo(2);
            assertThat(replayAll(store, 0)).isEqualTo(recorded(1, 2));
            assertThat(store.append(range(3, 5))).isEqualTo(recorded(3, 5));
        }

        @Test
        void aFailingSinkEndsTheReplayAndTheStoreStaysUsable() {
            store.append(range(1, 5));
            List<RecordedEvent> seen = new ArrayList<>();
            IllegalStateException boom = new IllegalStateException("sink failed");

            assertThatThrownBy(() -> store.replay(0, e -> {
                seen.add(e);
                if (e.sequence() == 2) {
                    throw boom;
                }
            })).isSameAs(boom);
            assertThat(seen).isEqualTo(recorded(1, 2));
            assertThat(store.append(range(6, 6))).isEqualTo(recorded(6, 6));
            assertThat(replayAll(store, 0)).isEqualTo(recorded(1, 6));
        }

        @Test
        void concurrentAppendsGetGapFreeContiguousSequences() throws Exception {
            int threads = 4;
            int batchesPerThread = 25;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<List<List<RecordedEvent>>>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    Callable<List<List<RecordedEvent>>> work = () -> {
                        Random random = new Random(thread);
                        List<List<RecordedEvent>> batches = new ArrayList<>();
                        for (int b = 0; b < batchesPerThread; b++) {
                            List<LedgerEvent> batch = new ArrayList<>();
                            for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
                                batch.add(new LedgerEvent.MeterRead(JdbcTestEvents.T0, "M-" + thread, b * 10 + i));
                            }
                            batches.add(store.append(batch));
                        }
                        return batches;
                    };
                    results.add(pool.submit(work));
                }
                List<RecordedEvent> all = new ArrayList<>();
                for (Future<List<List<RecordedEvent>>> result : results) {
                    for (List<RecordedEvent> batch : result.get(2, TimeUnit.MINUTES)) {
                        for (int i = 1; i < batch.size(); i++) {
                            assertThat(batch.get(i).sequence()).isEqualTo(batch.get(0).sequence() + i);
                        }
                        all.addAll(batch);
                    }
                }
                all.sort((a, b) -> Long.compare(a.sequence(), b.sequence()));
                for (int i = 0; i < all.size(); i++) {
                    assertThat(all.get(i).sequence()).isEqualTo(i + 1);
                }
                assertThat(store.lastSequence()).isEqualTo(all.size());
                assertThat(replayAll(store, 0)).isEqualTo(all);
            } finally {
                pool.shutdownNow();
                assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
            }
        }

        @Test
        void closeIsIdempotentAndEveryLaterCallThrows() {
            store.append(range(1, 1));
            store.close();
            store.close();

            assertThatThrownBy(() -> store.append(range(2, 2))).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> store.append(List.of())).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> store.replay(0, e -> { })).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> store.lastSequence()).isInstanceOf(IllegalStateException.class);
        }
    }

    /** What the JDBC stores do besides. */
    abstract static class JdbcContract extends Contract {

        /** A second connection to this test's database, as another tool would open it. */
        abstract Connection sideConnection() throws SQLException;

        /** Asserts that the closed store's connection is gone. */
        abstract void assertConnectionReleased() throws Exception;

        /** The URL and properties as {@code JdbcReplayInLittleMemory} takes them. */
        abstract List<String> childArguments();

        /** A part of the database URL that messages must name. */
        abstract String urlPart();

        long count(String sql) throws SQLException {
            try (Connection side = sideConnection(); Statement statement = side.createStatement();
                 ResultSet result = statement.executeQuery(sql)) {
                assertThat(result.next()).isTrue();
                return result.getLong(1);
            }
        }

        void update(String sql) throws SQLException {
            try (Connection side = sideConnection(); Statement statement = side.createStatement()) {
                statement.executeUpdate(sql);
            }
        }

        @Test
        void reopeningKeepsEverything() {
            store.append(range(1, 3));
            store.append(range(4, 7));
            store.close();

            store = open();
            assertThat(store.lastSequence()).isEqualTo(7);
            assertThat(replayAll(store, 0)).isEqualTo(recorded(1, 7));
            assertThat(store.append(range(8, 9))).isEqualTo(recorded(8, 9));
            store.close();

            store = open();
            assertThat(replayAll(store, 0)).isEqualTo(recorded(1, 9));
        }

        @Test
        void createsAVersionedQueryableSchemaOnAnEmptyDatabase() throws Exception {
            store.append(List.of(
                    new LedgerEvent.LiquidDelivered(JdbcTestEvents.T0, "D-07", "nmr-1", 80.0),
                    new LedgerEvent.MeterRead(JdbcTestEvents.T0.plusSeconds(60), "M-1", 12.5)));

            assertThat(count("SELECT version FROM herenet_schema WHERE component = 'ledger'"))
                    .isEqualTo(JdbcLedgerStore.SCHEMA_VERSION);
            try (Connection side = sideConnection();
                 PreparedStatement query = side.prepareStatement("SELECT seq, event_time, event_type, payload"
                         + " FROM herenet_ledger_events WHERE event_time >= ? ORDER BY seq")) {
                query.setLong(1, JdbcTestEvents.T0.plusSeconds(1).toEpochMilli());
                try (ResultSet rows = query.executeQuery()) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getLong(1)).isEqualTo(2);
                    assertThat(rows.getLong(2)).isEqualTo(JdbcTestEvents.T0.plusSeconds(60).toEpochMilli());
                    assertThat(rows.getString(3)).isEqualTo("MeterRead");
                    assertThat(rows.getString(4)).contains("M-1");
                    assertThat(rows.next()).isFalse();
                }
            }
            // the current version is accepted
            store.close();
            store = open();
            assertThat(store.lastSequence()).isEqualTo(2);
        }

        @Test
        void refusesADatabaseWithANewerSchemaVersion() throws Exception {
            store.append(range(1, 2));
            store.close();
            update("UPDATE herenet_schema SET version = 99 WHERE component = 'ledger'");

            assertThatThrownBy(this::open).isInstanceOf(LedgerStoreException.class)
                    .hasMessageContaining("open ledger store at")
                    .hasMessageContaining(urlPart())
                    .hasMessageContaining("schema version 99")
                    .hasMessageContaining("newer than version " + JdbcLedgerStore.SCHEMA_VERSION);
            // refused, not touched
            assertThat(count("SELECT version FROM herenet_schema WHERE component = 'ledger'")).isEqualTo(99);
            assertThat(count("SELECT COUNT(*) FROM herenet_ledger_events")).isEqualTo(2);
            store = null;
        }

        @Test
        void aBatchFailingInsideTheDatabaseMidWayLeavesNothingOfIt() throws Exception {
            store.append(range(1, 4));
            // another writer took number 7: the batch 5-9 fails on its third row, after two rows went in
            update("INSERT INTO herenet_ledger_events (seq, event_time, event_type, payload)"
                    + " VALUES (7, 0, 'Intruder', 'not an event')");

            assertThatThrownBy(() -> store.append(range(5, 9))).isInstanceOf(LedgerStoreException.class)
                    .hasMessageContaining("append of 5 events (sequences 5-9) to")
                    .hasMessageContaining(urlPart())
                    .hasMessageContaining("nothing of the batch was stored");
            assertThat(store.lastSequence()).isEqualTo(4);
            assertThat(count("SELECT COUNT(*) FROM herenet_ledger_events WHERE seq IN (5, 6, 8, 9)")).isZero();

            update("DELETE FROM herenet_ledger_events WHERE seq = 7");
            assertThat(store.append(range(5, 9))).isEqualTo(recorded(5, 9));
            assertThat(replayAll(store, 0)).isEqualTo(recorded(1, 9));
        }

        @Test
        void replayRefusesAGapInTheStoredSequence() throws Exception {
            store.append(range(1, 5));
            update("DELETE FROM herenet_ledger_events WHERE seq = 3");

            assertThatThrownBy(() -> replayAll(store, 0)).isInstanceOf(LedgerStoreException.class)
                    .hasMessageContaining("replay after sequence 0 from")
                    .hasMessageContaining("expected 3 but found 4");
        }

        @Test
        void closeReleasesTheConnection() throws Exception {
            store.append(range(1, 3));
            store.close();
            assertConnectionReleased();
            assertThatThrownBy(() -> store.lastSequence()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("closed");
        }

        @Test
        void replaysAMillionEventsInAJvmWithASmallHeap() throws Exception {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + JdbcReplayInLittleMemory.HEAP,
                    "-cp", System.getProperty("java.class.path"),
                    JdbcReplayInLittleMemory.class.getName(),
                    Integer.toString(1_000_000)));
            command.addAll(childArguments());
            store.close();
            Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
            try {
                String output;
                boolean exited = child.waitFor(3, TimeUnit.MINUTES);
                output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(exited).as("child still running:%n%s", output).isTrue();
                assertThat(child.exitValue()).as(output).isZero();
                assertThat(output).contains("replayed 1000000 events");
                System.out.println(getClass().getSimpleName() + ": " + output.strip());
            } finally {
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
            }
            store = open();
            assertThat(store.lastSequence()).isEqualTo(1_000_000);
        }
    }

    @Nested
    class InMemory extends Contract {

        @Override
        LedgerStore open() {
            return new InMemoryLedgerStore();
        }
    }

    @Nested
    class Sqlite extends JdbcContract {

        @TempDir
        Path dir;

        Path file() {
            return dir.resolve("ledger.db");
        }

        @Override
        LedgerStore open() {
            return JdbcLedgerStore.openSqlite(file());
        }

        @Override
        Connection sideConnection() throws SQLException {
            return DriverManager.getConnection("jdbc:sqlite:" + file());
        }

        @Override
        void assertConnectionReleased() throws Exception {
            // SQLite removes the WAL and shared-memory files when the last connection closes
            assertThat(dir.resolve("ledger.db-wal")).doesNotExist();
            assertThat(dir.resolve("ledger.db-shm")).doesNotExist();
            assertThat(file()).exists();
        }

        @Override
        List<String> childArguments() {
            return List.of("jdbc:sqlite:" + file());
        }

        @Override
        String urlPart() {
            return "jdbc:sqlite:" + file();
        }
    }

    @Nested
    @EnabledIfEnvironmentVariable(named = POSTGRES_URL_VARIABLE, matches = ".+")
    class Postgres extends JdbcContract {

        final String url = System.getenv(POSTGRES_URL_VARIABLE);
        final String schema = "herenet_test_" + Long.toHexString(new Random().nextLong() & Long.MAX_VALUE);

        Properties properties() {
            Properties properties = new Properties();
            properties.setProperty("currentSchema", schema);
            properties.setProperty("ApplicationName", schema);
            return properties;
        }

        Connection admin() throws SQLException {
            return DriverManager.getConnection(url);
        }

        @Override
        void prepare() throws Exception {
            try (Connection admin = admin(); Statement statement = admin.createStatement()) {
                statement.executeUpdate("CREATE SCHEMA " + schema);
            }
        }

        @Override
        void cleanUp() throws Exception {
            try (Connection admin = admin(); Statement statement = admin.createStatement()) {
                statement.executeUpdate("DROP SCHEMA " + schema + " CASCADE");
            }
        }

        @Override
        LedgerStore open() {
            return JdbcLedgerStore.open(url, properties());
        }

        @Override
        Connection sideConnection() throws SQLException {
            Properties properties = properties();
            properties.setProperty("ApplicationName", schema + "-side");
            return DriverManager.getConnection(url, properties);
        }

        @Override
        void assertConnectionReleased() throws Exception {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            long open;
            do {
                try (Connection admin = admin();
                     PreparedStatement query = admin.prepareStatement(
                             "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = ?")) {
                    query.setString(1, schema);
                    try (ResultSet result = query.executeQuery()) {
                        result.next();
                        open = result.getLong(1);
                    }
                }
                if (open > 0) {
                    Thread.sleep(50);
                }
            } while (open > 0 && System.nanoTime() < deadline);
            assertThat(open).as("server sessions of the closed store").isZero();
        }

        @Override
        List<String> childArguments() {
            return List.of(url, "currentSchema=" + schema);
        }

        @Test
        void aUserWithoutTheRightToCreateTablesUsesALedgerCreatedBefore() throws Exception {
            store.append(range(1, 2));
            store.close();
            String role = schema + "_writer";
            try (Connection admin = admin(); Statement statement = admin.createStatement()) {
                statement.executeUpdate("CREATE ROLE " + role + " LOGIN");
                statement.executeUpdate("GRANT USAGE ON SCHEMA " + schema + " TO " + role);
                statement.executeUpdate("GRANT SELECT ON " + schema + ".herenet_schema TO " + role);
                statement.executeUpdate("GRANT SELECT, INSERT ON " + schema + ".herenet_ledger_events TO " + role);
            }
            String asRole = url.matches(".*[?&]user=.*") ? url.replaceFirst("([?&])user=[^&]*", "$1user=" + role)
                    : url + (url.contains("?") ? "&" : "?") + "user=" + role;
            try {
                store = JdbcLedgerStore.open(asRole, properties());
                assertThat(store.append(range(3, 4))).isEqualTo(recorded(3, 4));
                assertThat(replayAll(store, 0)).isEqualTo(recorded(1, 4));
                store.close();

                // but it cannot create a ledger: a clear failure
                try (Connection admin = admin(); Statement statement = admin.createStatement()) {
                    statement.executeUpdate("CREATE SCHEMA " + schema + "_empty");
                    statement.executeUpdate("GRANT USAGE ON SCHEMA " + schema + "_empty TO " + role);
                }
                Properties empty = properties();
                empty.setProperty("currentSchema", schema + "_empty");
                assertThatThrownBy(() -> JdbcLedgerStore.open(asRole, empty)).isInstanceOf(LedgerStoreException.class)
                        .hasMessageContaining("cannot read or create its tables")
                        .hasMessageContaining("permission denied");
            } finally {
                try (Connection admin = admin(); Statement statement = admin.createStatement()) {
                    statement.executeUpdate("DROP SCHEMA IF EXISTS " + schema + "_empty CASCADE");
                    statement.executeUpdate("REVOKE ALL ON ALL TABLES IN SCHEMA " + schema + " FROM " + role);
                    statement.executeUpdate("REVOKE ALL ON SCHEMA " + schema + " FROM " + role);
                    statement.executeUpdate("DROP ROLE " + role);
                }
            }
        }

        @Override
        String urlPart() {
            // the URL without its query (the store shows it with passwords hidden)
            int query = url.indexOf('?');
            return query < 0 ? url : url.substring(0, query);
        }
    }
}
