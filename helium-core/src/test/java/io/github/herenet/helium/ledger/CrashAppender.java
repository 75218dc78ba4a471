package io.github.herenet.helium.ledger;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child process of {@link CrashTest}: opens the SQLite ledger {@code args[0]}, says {@code ready N}
 * (its last sequence number), then appends batches for ever, printing {@code ack N} with the batch's last
 * sequence number after each append has returned (acknowledged, hence durable). The events and the batch
 * sizes follow from the sequence numbers, so that the parent can recompute them.
 */
public final class CrashAppender {

    private CrashAppender() {
    }

    /** How many events the batch after {@code lastSequence} holds: mostly 1-40, every tenth 300. */
    static int batchSize(long lastSequence) {
        long mixed = (lastSequence + 1) * 0x9E3779B97F4A7C15L;
        return (mixed >>> 60) == 0 ? 300 : 1 + (int) ((mixed >>> 33) % 40);
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (JdbcLedgerStore store = JdbcLedgerStore.openSqlite(Path.of(args[0]))) {
            long last = store.lastSequence();
            out.println("ready " + last);
            out.flush();
            while (true) {
                long first = last + 1;
                last += batchSize(last);
                store.append(JdbcTestEvents.range(first, last));
                out.println("ack " + last);
                out.flush();
            }
        }
    }
}
