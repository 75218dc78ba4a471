package io.github.herenet.helium.ledger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What is particular to {@link JdbcLedgerStore} beyond the contract ({@link JdbcLedgerStoreContractTest}):
 * SQLite's durability settings, messages that name the operation and the database but never a password,
 * and files that are not ledgers.
 */
class JdbcLedgerStoreTest {

    @TempDir
    Path dir;

    @Test
    void sqliteIsOpenedDurable() {
        try (JdbcLedgerStore store = JdbcLedgerStore.openSqlite(dir.resolve("ledger.db"))) {
            assertThat(store.sqlitePragma("journal_mode")).isEqualTo("wal");
            assertThat(store.sqlitePragma("synchronous")).isEqualTo("2"); // FULL
            assertThat(store.sqlitePragma("busy_timeout")).isEqualTo(Integer.toString(JdbcLedgerStore.SQLITE_BUSY_TIMEOUT_MILLIS));
        }
    }

    @Test
    void openWithASqliteUrlHasTheSameDefaultsUnlessTheCallerSetsThem() {
        Properties properties = new Properties();
        properties.setProperty("busy_timeout", "1234");
        try (JdbcLedgerStore store = JdbcLedgerStore.open("jdbc:sqlite:" + dir.resolve("ledger.db"), properties)) {
            assertThat(store.sqlitePragma("journal_mode")).isEqualTo("wal");
            assertThat(store.sqlitePragma("synchronous")).isEqualTo("2");
            assertThat(store.sqlitePragma("busy_timeout")).isEqualTo("1234");
        }
        assertThat(properties).hasSize(1); // the caller's properties are not touched
    }

    @Test
    void openSqliteCreatesMissingFolders() {
        Path file = dir.resolve("a/b/ledger.db");
        try (JdbcLedgerStore store = JdbcLedgerStore.openSqlite(file)) {
            store.append(List.of(new LedgerEvent.MeterRead(Instant.parse("2026-01-05T09:00:00Z"), "M-1", 12.5)));
        }
        assertThat(file).isRegularFile();
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.db"), "this is not a SQLite database, just some text ".repeat(100));

        assertThatThrownBy(() -> JdbcLedgerStore.openSqlite(file)).isInstanceOf(LedgerStoreException.class)
                .hasMessageStartingWith("open ledger store at jdbc:sqlite:" + file);
    }

    @Test
    void aDatabaseWithAForeignTableOfTheSameNameIsRefused() throws Exception {
        Path file = dir.resolve("other.db");
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE herenet_ledger_events (id INTEGER, whatever TEXT)");
        }

        assertThatThrownBy(() -> JdbcLedgerStore.openSqlite(file)).isInstanceOf(LedgerStoreException.class)
                .hasMessageStartingWith("open ledger store at jdbc:sqlite:" + file)
                .hasMessageContaining("cannot read or create its tables");
    }

    @Test
    void aFailedConnectionNamesTheDatabaseButNotThePassword() {
        Properties properties = new Properties();
        properties.setProperty("password", "property-secret");
        properties.setProperty("connectTimeout", "5");
        String url = "jdbc:postgresql://127.0.0.1:1/herenet?user=helium&password=url-secret";

        assertThatThrownBy(() -> JdbcLedgerStore.open(url, properties)).isInstanceOf(LedgerStoreException.class)
                .hasMessageStartingWith("open ledger store at jdbc:postgresql://127.0.0.1:1/herenet?user=helium&password=***: cannot connect")
                .satisfies(e -> assertNoSecretIn(e, "url-secret", "property-secret"));
    }

    @Test
    void noDriverForTheUrlIsAClearFailureWithoutThePassword() {
        String url = "jdbc:nosuchdatabase://db.example.org/ledger;user=helium;password=url-secret";

        assertThatThrownBy(() -> JdbcLedgerStore.open(url, null)).isInstanceOf(LedgerStoreException.class)
                .hasMessageContaining("open ledger store at jdbc:nosuchdatabase://db.example.org/ledger;user=helium;password=***")
                .hasMessageContaining("No suitable driver")
                .satisfies(e -> assertNoSecretIn(e, "url-secret"));
    }

    @Test
    void urlsAreShownWithoutSecrets() {
        assertThat(JdbcUrls.redact("jdbc:postgresql://h:5432/db?user=a&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://h:5432/db?user=a&password=***&ssl=true");
        assertThat(JdbcUrls.redact("jdbc:postgresql://h/db?sslpassword=k&PASSWORD=x"))
                .isEqualTo("jdbc:postgresql://h/db?sslpassword=***&PASSWORD=***");
        assertThat(JdbcUrls.redact("jdbc:mysql://admin:s3cret@h:3306/db")).isEqualTo("jdbc:mysql://admin:***@h:3306/db");
        assertThat(JdbcUrls.redact("jdbc:sqlite:/data/ledger.db")).isEqualTo("jdbc:sqlite:/data/ledger.db");

        Properties properties = new Properties();
        properties.setProperty("user", "helium");
        properties.setProperty("password", "p1");
        assertThat(JdbcUrls.secrets("jdbc:x://h/db?password=p2", properties)).isEqualTo(Set.of("p1", "p2"));
        SQLException leaky = new SQLException("login p1 refused for jdbc:x://h/db?password=p2", "28000", 7);
        SQLException scrubbed = JdbcUrls.scrub(leaky, Set.of("p1", "p2"));
        assertThat(scrubbed.getMessage()).isEqualTo("login *** refused for jdbc:x://h/db?password=***");
        assertThat(scrubbed.getSQLState()).isEqualTo("28000");
        assertThat(scrubbed.getErrorCode()).isEqualTo(7);
        assertThat(JdbcUrls.scrub(new SQLException("harmless"), Set.of("p1")).getMessage()).isEqualTo("harmless");
    }

    @Test
    void eventTimesBeyondTheRangeOfMillisecondsAreSaturated() {
        assertThat(JdbcLedgerStore.epochMillis(Instant.parse("2026-01-05T09:00:00.123456Z"))).isEqualTo(1_767_603_600_123L);
        assertThat(JdbcLedgerStore.epochMillis(Instant.MAX)).isEqualTo(Long.MAX_VALUE);
        assertThat(JdbcLedgerStore.epochMillis(Instant.MIN)).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void aSinkCannotAppendToTheStoreItIsReplaying() {
        try (JdbcLedgerStore store = JdbcLedgerStore.openSqlite(dir.resolve("ledger.db"))) {
            store.append(JdbcTestEvents.range(1, 3));

            assertThatThrownBy(() -> store.replay(0, e -> store.append(JdbcTestEvents.range(4, 4))))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("append")
                    .hasMessageContaining("from within its replay's sink");
            LedgerStore same = store;
            assertThatThrownBy(() -> store.replay(0, e -> same.close()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("close");
            long[] seen = {0};
            store.replay(0, e -> seen[0] = store.lastSequence()); // reading is fine
            assertThat(seen[0]).isEqualTo(3);
            assertThat(store.append(JdbcTestEvents.range(4, 4))).extracting(RecordedEvent::sequence).containsExactly(4L);
        }
    }

    private static void assertNoSecretIn(Throwable failure, String... secrets) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            for (String secret : secrets) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(secret);
                assertThat(t.toString()).doesNotContain(secret);
                for (Throwable suppressed : t.getSuppressed()) {
                    assertThat(String.valueOf(suppressed.getMessage())).doesNotContain(secret);
                }
            }
        }
    }
}
