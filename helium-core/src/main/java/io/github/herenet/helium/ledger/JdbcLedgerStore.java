package io.github.herenet.helium.ledger;

import io.github.herenet.helium.json.EventJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A durable {@link LedgerStore} in a relational database through JDBC: a SQLite file by default (the
 * embedded store, nothing to install or start), or PostgreSQL (or another database speaking the same
 * portable SQL).
 *
 * <pre>{@code
 * try (LedgerStore store = JdbcLedgerStore.openSqlite(Path.of("ledger.db"))) {
 *     List<RecordedEvent> recorded = store.append(List.of(
 *             new LedgerEvent.LiquidDelivered(Instant.parse("2026-01-05T09:00:00Z"), "D-07", "nmr-1", 80.0),
 *             new LedgerEvent.MeterRead(Instant.parse("2026-01-05T18:00:00Z"), "M-1", 12.5)));
 *     store.replay(0, e -> System.out.println(e.sequence() + " " + e.event()));
 * }
 *
 * // a server: the URL and properties go to java.sql.DriverManager as they are
 * Properties login = new Properties();
 * login.setProperty("user", "helium");
 * login.setProperty("password", System.getenv("LEDGER_DB_PASSWORD"));
 * try (LedgerStore store = JdbcLedgerStore.open("jdbc:postgresql://db.example.org/herenet", login)) {
 *     System.out.println(store.lastSequence());
 * }
 * }</pre>
 *
 * <p><b>Durability.</b> {@link #append} writes a batch in one transaction (a batched insert) and returns
 * only after the commit: on SQLite with {@code synchronous=FULL} in WAL mode the commit is synced to disk,
 * so a crash of the process or the machine at any moment keeps every acknowledged batch and nothing of a
 * batch that was not acknowledged. On a failure the transaction is rolled back and nothing of the batch is
 * kept.
 *
 * <p><b>Schema.</b> The store creates and versions its tables itself: {@value #SCHEMA_TABLE_NAME} holds
 * the schema version ({@value #SCHEMA_VERSION}) under the component name {@code ledger}, and
 * {@value #EVENTS_TABLE_NAME} one row per event: {@code seq} (the sequence number, primary key),
 * {@code event_time} (when the event happened, milliseconds since 1970-01-01T00:00Z, for queries),
 * {@code event_type} (the record's simple name, e.g. {@code LiquidDelivered}) and {@code payload} (the
 * event as JSON text, {@code io.github.herenet.helium.json.EventJson}). The tables are plain SQL, so other
 * tools may read them, e.g. {@code SELECT event_type, COUNT(*) FROM herenet_ledger_events GROUP BY
 * event_type}; they must not write them. A database written by a newer version of the library (a higher
 * schema version) is refused rather than misread.
 *
 * <p><b>Threads.</b> Thread-safe: one connection, and every method holds the store's lock, so appends are
 * serialised. {@link #replay} holds it while it streams, so other threads' calls wait for the replay to end,
 * and the replay's sink must not call {@link #append}, {@link #replay} or {@link #close} of the same store
 * (they throw {@link IllegalStateException}). One store should write a database at a time: the sequence
 * numbers are assigned from the last one read at opening; a second writer's conflicting append fails
 * (primary key) instead of corrupting the ledger.
 *
 * <p><b>Errors.</b> Every database failure is a {@link LedgerStoreException} whose message names the
 * operation and the database URL (with passwords hidden). Any call after {@link #close} throws
 * {@link IllegalStateException}.
 */
public final class JdbcLedgerStore implements LedgerStore {

    /** The version of the tables this library writes, and the newest it reads. */
    public static final int SCHEMA_VERSION = 1;
    /** The table holding the schema version (one row per component; the ledger's is {@code ledger}). */
    public static final String SCHEMA_TABLE_NAME = "herenet_schema";
    /** The table holding the events. */
    public static final String EVENTS_TABLE_NAME = "herenet_ledger_events";

    private static final String COMPONENT = "ledger";
    /** Rows fetched per round trip in {@link #replay}: bounds the memory a replay needs. */
    static final int REPLAY_FETCH_SIZE = 2_000;
    /** How long SQLite waits for another connection's lock before failing, ms. */
    static final int SQLITE_BUSY_TIMEOUT_MILLIS = 30_000;

    private static final String INSERT = "INSERT INTO " + EVENTS_TABLE_NAME
            + " (seq, event_time, event_type, payload) VALUES (?, ?, ?, ?)";
    private static final String SELECT_FROM = "SELECT seq, payload FROM " + EVENTS_TABLE_NAME
            + " WHERE seq > ? ORDER BY seq";
    private static final String SELECT_LAST = "SELECT MAX(seq) FROM " + EVENTS_TABLE_NAME;

    private final Connection connection;
    /** The URL as it may be shown (no password). */
    private final String url;
    private final Set<String> secrets;
    private final PreparedStatement insert;
    private long lastSequence;
    /** A commit failed without telling whether it took effect: read the last sequence again before use. */
    private boolean lastSequenceInDoubt;
    private boolean replaying;
    private boolean closed;

    private JdbcLedgerStore(Connection connection, String url, Set<String> secrets) throws SQLException {
        this.connection = connection;
        this.url = url;
        this.secrets = secrets;
        connection.setAutoCommit(false);
        boolean sqlite = isSqlite(connection);
        ensureSchema(sqlite);
        lastSequence = readLastSequence();
        connection.commit();
        insert = connection.prepareStatement(INSERT);
    }

    /**
     * Opens (creating if needed) the ledger in the SQLite database file {@code file}: the embedded default.
     * The file is opened in WAL mode with {@code synchronous=FULL} (every acknowledged append is on disk)
     * and a busy timeout; its folder is created if missing.
     *
     * <pre>{@code
     * try (JdbcLedgerStore store = JdbcLedgerStore.openSqlite(Path.of("data", "ledger.db"))) {
     *     store.append(List.of(new LedgerEvent.MeterRead(Instant.now(), "M-1", 12.5)));
     * }
     * }</pre>
     *
     * @param file the database file (with it, SQLite keeps {@code file-wal} and {@code file-shm} while open)
     * @return the open store
     * @throws LedgerStoreException if the file cannot be opened or created, is not a ledger database, or
     *                              holds a newer schema version than this library reads
     */
    public static JdbcLedgerStore openSqlite(Path file) {
        Objects.requireNonNull(file, "file");
        Path absolute = file.toAbsolutePath();
        String jdbcUrl = "jdbc:sqlite:" + absolute;
        Path folder = absolute.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new LedgerStoreException("open ledger store at " + jdbcUrl + ": cannot create the folder "
                        + folder + ": " + e, e);
            }
        }
        return open(jdbcUrl, new Properties());
    }

    /**
     * Opens (creating the tables if needed) the ledger in the database at {@code jdbcUrl}, connecting through
     * {@link DriverManager} with {@code properties} (user, password, driver options). The driver must be on
     * the class path (SQLite's comes with this library; add PostgreSQL's {@code org.postgresql:postgresql}).
     *
     * <p>Defaults added unless {@code properties} set them: for SQLite ({@code jdbc:sqlite:}) WAL mode,
     * {@code synchronous=FULL} and a busy timeout, as {@link #openSqlite}; for PostgreSQL
     * ({@code jdbc:postgresql:}) {@code reWriteBatchedInserts=true}, which sends a batch as multi-row inserts.
     *
     * <pre>{@code
     * Properties properties = new Properties();
     * properties.setProperty("user", "helium");
     * properties.setProperty("password", secret);
     * try (JdbcLedgerStore store = JdbcLedgerStore.open("jdbc:postgresql://127.0.0.1:5432/herenet", properties)) {
     *     store.replay(0, recorded -> System.out.println(recorded));
     * }
     * }</pre>
     *
     * @param jdbcUrl    the database, e.g. {@code jdbc:postgresql://host:5432/db} or {@code jdbc:sqlite:/path/ledger.db}
     * @param properties connection properties; not modified ({@code null}: none)
     * @return the open store
     * @throws LedgerStoreException if the database cannot be reached or its tables cannot be created, or it
     *                              holds a newer schema version than this library reads
     */
    public static JdbcLedgerStore open(String jdbcUrl, Properties properties) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Properties connectionProperties = new Properties();
        if (properties != null) {
            for (String name : properties.stringPropertyNames()) {
                connectionProperties.setProperty(name, properties.getProperty(name));
            }
        }
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:sqlite:")) {
            connectionProperties.putIfAbsent("journal_mode", "WAL");
            connectionProperties.putIfAbsent("synchronous", "FULL");
            connectionProperties.putIfAbsent("busy_timeout", Integer.toString(SQLITE_BUSY_TIMEOUT_MILLIS));
        } else if (lower.startsWith("jdbc:postgresql:")) {
            connectionProperties.putIfAbsent("reWriteBatchedInserts", "true");
        }
        String shown = JdbcUrls.redact(jdbcUrl);
        Set<String> secrets = JdbcUrls.secrets(jdbcUrl, connectionProperties);
        Connection connection;
        try {
            connection = DriverManager.getConnection(jdbcUrl, connectionProperties);
        } catch (SQLException e) {
            SQLException cause = JdbcUrls.scrub(e, secrets);
            throw new LedgerStoreException("open ledger store at " + shown + ": cannot connect: " + cause.getMessage(), cause);
        }
        try {
            return new JdbcLedgerStore(connection, shown, secrets);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(JdbcUrls.scrub(suppressed, secrets));
            }
            if (e instanceof LedgerStoreException l) {
                throw l;
            }
            Throwable cause = e instanceof SQLException s ? JdbcUrls.scrub(s, secrets) : e;
            throw new LedgerStoreException("open ledger store at " + shown + ": cannot read or create its tables: "
                    + JdbcUrls.scrub(String.valueOf(cause.getMessage()), secrets), cause);
        }
    }

    /**
     * Appends {@code events} in one transaction, giving them the sequence numbers after {@link #lastSequence()},
     * and returns once the transaction is committed (durable). All or nothing: if anything fails, the
     * transaction is rolled back, nothing of the batch is kept and {@link #lastSequence()} is unchanged.
     * An empty list is a no-op.
     *
     * <pre>{@code
     * List<RecordedEvent> recorded = store.append(List.of(
     *         new LedgerEvent.LiquidDelivered(Instant.parse("2026-01-05T09:00:00Z"), "D-07", "nmr-1", 80.0)));
     * long sequence = recorded.get(0).sequence(); // lastSequence() before the call, plus one
     * }</pre>
     *
     * @param events the events, in order
     * @return the events with their sequence numbers (unmodifiable)
     * @throws NullPointerException  if {@code events} is or holds {@code null} (nothing is written)
     * @throws LedgerStoreException  if the events cannot be encoded or written (nothing of the batch is kept);
     *                               if the commit itself fails, the message says that its outcome is unknown
     * @throws IllegalStateException if the store is closed, or called from within a {@link #replay} sink
     */
    @Override
    public List<RecordedEvent> append(List<LedgerEvent> events) {
        List<LedgerEvent> batch = List.copyOf(events);
        synchronized (this) {
            checkUsable("append");
            if (batch.isEmpty()) {
                return List.of();
            }
            resyncIfInDoubt("append");
            long first = lastSequence + 1;
            long last = lastSequence + batch.size();
            String what = "append of " + batch.size() + " event" + (batch.size() == 1 ? "" : "s") + " (sequences "
                    + first + "-" + last + ") to " + url;
            String[] payloads = new String[batch.size()];
            for (int i = 0; i < payloads.length; i++) {
                LedgerEvent event = batch.get(i);
                try {
                    payloads[i] = encode(event);
                } catch (RuntimeException e) {
                    throw new LedgerStoreException(what + " failed, nothing was stored: cannot encode event " + (first + i)
                            + " (" + event.getClass().getSimpleName() + "): " + e.getMessage(), e);
                }
            }
            List<RecordedEvent> recorded = new ArrayList<>(batch.size());
            try {
                for (int i = 0; i < payloads.length; i++) {
                    LedgerEvent event = batch.get(i);
                    insert.setLong(1, first + i);
                    insert.setLong(2, epochMillis(event.time()));
                    insert.setString(3, event.getClass().getSimpleName());
                    insert.setString(4, payloads[i]);
                    insert.addBatch();
                    recorded.add(new RecordedEvent(first + i, event));
                }
                insert.executeBatch();
            } catch (SQLException | RuntimeException e) {
                clearBatchQuietly(e);
                rollbackQuietly(e);
                throw failure(what + " failed, nothing of the batch was stored", e);
            }
            try {
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(e);
                lastSequenceInDoubt = true;
                throw failure(what + " failed in the commit; whether the batch was stored is unknown (reopen the store"
                        + " and compare lastSequence() with " + last + ")", e);
            }
            lastSequence = last;
            return Collections.unmodifiableList(recorded);
        }
    }

    /**
     * Passes every event with a sequence number above {@code afterSequence} to {@code sink}, in sequence order,
     * streaming: rows are fetched {@value #REPLAY_FETCH_SIZE} at a time, so a replay of millions of events
     * needs little memory. The store's lock is held meanwhile (other threads' calls wait); the sink must not
     * append to, replay or close this store. An exception thrown by the sink ends the replay and reaches the
     * caller as it is.
     *
     * <pre>{@code
     * store.replay(1000, recorded -> balances.apply(recorded.event())); // events 1001, 1002, ...
     * }</pre>
     *
     * @param afterSequence the last sequence number already seen (0 or less: replay everything)
     * @param sink          receives the events
     * @throws LedgerStoreException  if the database cannot be read, a payload does not decode, or the stored
     *                               sequence numbers have a gap
     * @throws IllegalStateException if the store is closed, or called from within a replay's sink
     */
    @Override
    public void replay(long afterSequence, Consumer<RecordedEvent> sink) {
        Objects.requireNonNull(sink, "sink");
        synchronized (this) {
            checkUsable("replay");
            long from = Math.max(afterSequence, 0);
            String what = "replay after sequence " + from + " from " + url;
            long expected = from + 1;
            replaying = true;
            try (PreparedStatement select = connection.prepareStatement(SELECT_FROM)) {
                select.setFetchSize(REPLAY_FETCH_SIZE);
                select.setLong(1, from);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long sequence = rows.getLong(1);
                        String payload = rows.getString(2);
                        if (sequence != expected) {
                            throw new LedgerStoreException(what + " failed: the stored sequence numbers have a gap,"
                                    + " expected " + expected + " but found " + sequence);
                        }
                        LedgerEvent event;
                        try {
                            event = decode(payload);
                        } catch (RuntimeException e) {
                            throw new LedgerStoreException(what + " failed: the payload of event " + sequence
                                    + " does not decode: " + e.getMessage(), e);
                        }
                        sink.accept(new RecordedEvent(sequence, event));
                        expected++;
                    }
                }
                connection.commit(); // ends the read transaction (and its snapshot)
            } catch (SQLException e) {
                rollbackQuietly(e);
                throw failure(what + " failed at sequence " + expected, e);
            } catch (RuntimeException e) {
                rollbackQuietly(e);
                throw e;
            } finally {
                replaying = false;
            }
        }
    }

    /**
     * The sequence number of the last event, 0 for an empty ledger.
     *
     * <pre>{@code
     * long next = store.lastSequence() + 1; // what the next append's first event gets
     * }</pre>
     *
     * @throws IllegalStateException if the store is closed
     * @throws LedgerStoreException  if a commit failed earlier and the database cannot be asked again
     */
    @Override
    public synchronized long lastSequence() {
        checkOpen();
        resyncIfInDoubt("lastSequence");
        return lastSequence;
    }

    /**
     * Closes the connection (SQLite then checkpoints and removes its {@code -wal} and {@code -shm} files).
     * Idempotent; every other call afterwards throws {@link IllegalStateException}.
     *
     * <pre>{@code
     * JdbcLedgerStore store = JdbcLedgerStore.openSqlite(file);
     * try {
     *     store.append(events);
     * } finally {
     *     store.close();
     * }
     * }</pre>
     *
     * @throws LedgerStoreException  if the driver reports a failure while closing (the store is closed anyway)
     * @throws IllegalStateException if called from within a {@link #replay} sink
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        if (replaying) {
            throw new IllegalStateException("close of the ledger store at " + url + " from within its replay's sink");
        }
        closed = true;
        SQLException failure = null;
        try {
            insert.close();
        } catch (SQLException e) {
            failure = e;
        }
        try {
            if (!connection.isClosed()) {
                connection.rollback(); // nothing is pending; ends any transaction the driver keeps open
            }
        } catch (SQLException e) {
            failure = add(failure, e);
        }
        try {
            connection.close();
        } catch (SQLException e) {
            failure = add(failure, e);
        }
        if (failure != null) {
            throw failure("close of the ledger store at " + url + " failed", failure);
        }
    }

    /** The store's URL as shown in messages (passwords hidden). */
    @Override
    public String toString() {
        return "JdbcLedgerStore[" + url + "]";
    }

    /** A SQLite PRAGMA's value as this store's connection sees it (for tests). */
    synchronized String sqlitePragma(String name) {
        checkOpen();
        try {
            String value;
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("PRAGMA " + name)) {
                value = result.next() ? result.getString(1) : null;
            }
            connection.commit();
            return value;
        } catch (SQLException e) {
            rollbackQuietly(e);
            throw failure("PRAGMA " + name + " on " + url + " failed", e);
        }
    }

    /**
     * Creates the tables in an empty database, or checks the version of existing ones. A database whose tables
     * exist needs no CREATE privilege (a PostgreSQL user with rights on the tables only is enough).
     */
    private void ensureSchema(boolean sqlite) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            Integer version;
            Savepoint probe = connection.setSavepoint();
            try {
                version = readVersion();
                connection.releaseSavepoint(probe);
            } catch (SQLException noSchemaTable) {
                // no such table (a real failure recurs below, in CREATE TABLE)
                connection.rollback(probe);
                statement.executeUpdate("CREATE TABLE " + SCHEMA_TABLE_NAME
                        + " (component VARCHAR(64) PRIMARY KEY, version INTEGER NOT NULL)");
                version = null;
            }
            if (version == null) {
                // SQLite: INTEGER PRIMARY KEY makes seq the table's rowid (64 bits), so the events are stored in
                // sequence order without a second index; other databases: BIGINT.
                statement.executeUpdate("CREATE TABLE " + EVENTS_TABLE_NAME + " ("
                        + "seq " + (sqlite ? "INTEGER" : "BIGINT") + " PRIMARY KEY, "
                        + "event_time BIGINT NOT NULL, "
                        + "event_type VARCHAR(64) NOT NULL, "
                        + "payload TEXT NOT NULL)");
                statement.executeUpdate("CREATE INDEX " + EVENTS_TABLE_NAME + "_time ON " + EVENTS_TABLE_NAME
                        + " (event_time)");
                try (PreparedStatement insertVersion = connection.prepareStatement(
                        "INSERT INTO " + SCHEMA_TABLE_NAME + " (component, version) VALUES (?, ?)")) {
                    insertVersion.setString(1, COMPONENT);
                    insertVersion.setInt(2, SCHEMA_VERSION);
                    insertVersion.executeUpdate();
                }
            } else if (version > SCHEMA_VERSION) {
                connection.rollback();
                throw new LedgerStoreException("open ledger store at " + url + ": the database holds ledger schema version "
                        + version + " (table " + SCHEMA_TABLE_NAME + "), newer than version " + SCHEMA_VERSION
                        + " that this version of HeReNet Helium reads; use a newer HeReNet Helium for this database");
            } else if (version < 1) {
                connection.rollback();
                throw new LedgerStoreException("open ledger store at " + url + ": the database holds an invalid ledger"
                        + " schema version " + version + " (table " + SCHEMA_TABLE_NAME + "), expected 1-" + SCHEMA_VERSION);
            }
            // version == SCHEMA_VERSION: nothing to migrate yet
        }
    }

    /** The ledger's schema version, or null if the schema table has no row for the ledger. */
    private Integer readVersion() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT version FROM " + SCHEMA_TABLE_NAME + " WHERE component = ?")) {
            select.setString(1, COMPONENT);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? result.getInt(1) : null;
            }
        }
    }

    private long readLastSequence() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(SELECT_LAST)) {
            return result.next() ? result.getLong(1) : 0; // MAX of no rows is NULL: getLong gives 0
        }
    }

    private void resyncIfInDoubt(String operation) {
        if (!lastSequenceInDoubt) {
            return;
        }
        try {
            lastSequence = readLastSequence();
            connection.commit();
            lastSequenceInDoubt = false;
        } catch (SQLException e) {
            rollbackQuietly(e);
            throw failure(operation + " on " + url + " failed: after a failed commit the last sequence number"
                    + " cannot be read again", e);
        }
    }

    private static boolean isSqlite(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("sqlite");
    }

    /** Milliseconds since the epoch, saturated for instants beyond the range of a long. */
    static long epochMillis(Instant time) {
        try {
            return time.toEpochMilli();
        } catch (ArithmeticException e) {
            return time.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    private static String encode(LedgerEvent event) {
        return EventJson.encode(event);
    }

    private static LedgerEvent decode(String payload) {
        return EventJson.decode(payload);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the ledger store at " + url + " is closed");
        }
    }

    private void checkUsable(String operation) {
        checkOpen();
        if (replaying) {
            throw new IllegalStateException(operation + " on the ledger store at " + url + " from within its replay's sink");
        }
    }

    private LedgerStoreException failure(String message, Exception e) {
        Exception cause = e instanceof SQLException s ? JdbcUrls.scrub(s, secrets) : e;
        String detail = cause instanceof SQLException s && s.getNextException() != null
                ? cause.getMessage() + " / " + s.getNextException().getMessage() : cause.getMessage();
        return new LedgerStoreException(message + ": " + JdbcUrls.scrub(String.valueOf(detail), secrets), cause);
    }

    private void rollbackQuietly(Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e instanceof SQLException s ? JdbcUrls.scrub(s, secrets) : e);
        }
    }

    private void clearBatchQuietly(Exception failure) {
        try {
            insert.clearBatch();
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static SQLException add(SQLException first, SQLException next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }
}
