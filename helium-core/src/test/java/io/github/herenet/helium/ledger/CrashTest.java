package io.github.herenet.helium.ledger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Nothing acknowledged is lost, nothing torn is kept: a child JVM ({@link CrashAppender}) appends batches to a
 * SQLite ledger and prints each acknowledged sequence number; the test kills it with SIGKILL at a random
 * moment, reopens the file and checks that every acknowledged event is there, the sequence is gap-free from 1,
 * every payload decodes to the event the child wrote, and the ledger ends on a batch boundary (at most the
 * one batch in flight, committed but not yet acknowledged, beyond the last acknowledgment). The rounds reuse
 * the file, so each child continues where the last one was killed.
 */
class CrashTest {

    private static final int ROUNDS = 30;
    private static final long SEED = 20260105L;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void killedAppenderLosesNothingAcknowledgedAndLeavesNothingTorn() throws Exception {
        Path file = dir.resolve("crash-ledger.db");
        Path nativeLibraries = Files.createDirectories(dir.resolve("native"));
        Random random = new Random(SEED);
        long verified = 0;          // the ledger's last sequence as checked after the previous round
        long acknowledgedTotal = 0; // acknowledgments checked, over all rounds
        long started = System.nanoTime();
        int killedBeforeFirstAck = 0; // rounds in which the child was killed before its first acknowledgment
        int inFlightKept = 0;         // rounds in which the batch in flight had committed, unacknowledged

        for (int round = 1; round <= ROUNDS; round++) {
            long delayMillis = 50 + random.nextInt(351);
            Path log = dir.resolve("child-" + round + ".err");
            // stdout goes to a file, not a pipe: what the child wrote before the kill is all in the file, where a
            // pipe's reader can lose the tail when the JDK closes the pipe on the child's exit
            Path out = dir.resolve("child-" + round + ".out");
            Process child = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx128m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "-Dorg.sqlite.tmpdir=" + nativeLibraries, // the native library it unpacks stays in @TempDir
                    "-cp", System.getProperty("java.class.path"),
                    CrashAppender.class.getName(), file.toString())
                    .redirectOutput(out.toFile())
                    .redirectError(log.toFile())
                    .start();
            List<String> output;
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!Files.readString(out).contains("\n") && child.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                String first = Files.readString(out).lines().findFirst().orElse(null);
                if (first == null || !first.startsWith("ready ")) {
                    fail("round %d: the child did not say ready within 60 s but %s; its stderr:%n%s",
                            round, first, Files.readString(log));
                }
                assertThat(Long.parseLong(first.substring(6))).as("round %d: the child's start", round).isEqualTo(verified);
                Thread.sleep(delayMillis);
                child.destroyForcibly(); // SIGKILL
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("round %d: killed child gone", round).isTrue();
                String text = Files.readString(out);
                output = text.substring(0, text.lastIndexOf('\n') + 1).lines().toList(); // whole lines only
            } finally {
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
            }
            assertThat(child.exitValue()).as("round %d: killed by SIGKILL, not ended by itself; its stderr:%n%s",
                    round, Files.readString(log)).isEqualTo(128 + 9);

            // what the child acknowledged, all on batch boundaries
            long acknowledged = verified;
            int acks = 0;
            for (String line : output.subList(1, output.size())) {
                assertThat(line).as("round %d: the child's output", round).matches("ack [0-9]+");
                long ack = Long.parseLong(line.substring(4));
                long expected = acknowledged + CrashAppender.batchSize(acknowledged);
                assertThat(ack).as("round %d: acknowledgments in order", round).isEqualTo(expected);
                acknowledged = ack;
                acks++;
            }
            long inFlight = acknowledged + CrashAppender.batchSize(acknowledged);

            // reopen: everything acknowledged is there, whole batches only, every payload decodes to what was written
            long last;
            try (JdbcLedgerStore store = JdbcLedgerStore.openSqlite(file)) {
                last = store.lastSequence();
                assertThat(last).as("round %d: last sequence after acknowledging %d; the child said %s", round, acknowledged, output)
                        .isIn(acknowledged, inFlight);
                long[] next = {verified + 1};
                store.replay(verified, recorded -> {
                    assertThat(recorded.sequence()).isEqualTo(next[0]);
                    assertThat(recorded.event()).isEqualTo(JdbcTestEvents.forSequence(next[0]));
                    next[0]++;
                });
                assertThat(next[0] - 1).as("round %d: replayed up to the last sequence", round).isEqualTo(last);
            }
            try (Connection side = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                assertThat(longs(side, "SELECT COUNT(*), MIN(seq), MAX(seq) FROM herenet_ledger_events"))
                        .as("round %d: gap-free from 1", round).containsExactly(last, last == 0 ? 0L : 1L, last);
            }
            acknowledgedTotal += acknowledged - verified;
            if (acks == 0) {
                killedBeforeFirstAck++;
            }
            if (last == inFlight) {
                inFlightKept++;
            }
            verified = last;
        }

        try (Connection side = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement statement = side.createStatement(); ResultSet check = statement.executeQuery("PRAGMA integrity_check")) {
                assertThat(check.next()).isTrue();
                assertThat(check.getString(1)).isEqualTo("ok");
            }
        }
        try (JdbcLedgerStore store = JdbcLedgerStore.openSqlite(file)) {
            long[] next = {1};
            store.replay(0, recorded -> assertThat(recorded).isEqualTo(
                    new RecordedEvent(next[0], JdbcTestEvents.forSequence(next[0]++))));
            assertThat(next[0] - 1).isEqualTo(verified);
        }
        System.out.printf("CrashTest: %d rounds (%d killed before the first acknowledgment, %d with the batch in flight"
                        + " committed), %d acknowledged events checked, ledger of %d events, %.1f s%n",
                ROUNDS, killedBeforeFirstAck, inFlightKept, acknowledgedTotal, verified, (System.nanoTime() - started) / 1e9);
        assertThat(acknowledgedTotal).as("the children got to append").isPositive();
    }

    private static List<Long> longs(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).isTrue();
            List<Long> values = new ArrayList<>();
            for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                values.add(result.getLong(i));
            }
            return values;
        }
    }
}
