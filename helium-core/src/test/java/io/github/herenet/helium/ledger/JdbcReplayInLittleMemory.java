package io.github.herenet.helium.ledger;

import java.util.Properties;

/**
 * Run in a child JVM with a heap of {@value #HEAP} by the contract test: fills a ledger up to N events
 * (deterministic, {@link JdbcTestEvents#forSequence}) and replays all of them, checking each. A store that
 * held the replay in memory (10^6 events are a few hundred MB as objects, or as a driver's fetched rows)
 * would fail with OutOfMemoryError.
 *
 * <p>Arguments: {@code N jdbcUrl [name=value ...]} (connection properties).
 */
public final class JdbcReplayInLittleMemory {

    static final String HEAP = "64m";
    private static final int BATCH = 10_000;

    private JdbcReplayInLittleMemory() {
    }

    public static void main(String[] args) {
        long count = Long.parseLong(args[0]);
        String url = args[1];
        Properties properties = new Properties();
        for (int i = 2; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            properties.setProperty(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        try (JdbcLedgerStore store = JdbcLedgerStore.open(url, properties)) {
            long started = System.nanoTime();
            for (long next = store.lastSequence() + 1; next <= count; next += BATCH) {
                store.append(JdbcTestEvents.range(next, Math.min(count, next + BATCH - 1)));
            }
            long filled = System.nanoTime();
            long[] expected = {1};
            store.replay(0, recorded -> {
                long sequence = expected[0]++;
                if (recorded.sequence() != sequence || !recorded.event().equals(JdbcTestEvents.forSequence(sequence))) {
                    throw new AssertionError("event " + sequence + " replayed as " + recorded);
                }
            });
            long replayed = System.nanoTime();
            long events = expected[0] - 1;
            if (events != count) {
                throw new AssertionError("replayed " + events + " events, expected " + count);
            }
            System.out.printf("filled to %d events in %d ms; replayed %d events in %d ms (%.0f rows/s); max heap %d MB%n",
                    count, (filled - started) / 1_000_000, events, (replayed - filled) / 1_000_000,
                    events / ((replayed - filled) / 1e9), Runtime.getRuntime().maxMemory() >> 20);
        }
    }
}
