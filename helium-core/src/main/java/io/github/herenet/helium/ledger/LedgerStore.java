package io.github.herenet.helium.ledger;

import java.util.List;
import java.util.function.Consumer;

/**
 * Where a ledger keeps its events: the storage SPI. A store holds an ordered, gap-free sequence of
 * events. {@link #append} returns only once the events are durable (for a persistent store: on disk,
 * synced), and appends a batch atomically: after a crash at any moment the store reopens with every
 * acknowledged batch and nothing of a batch that was not acknowledged.
 *
 * <p>Implementations: {@link InMemoryLedgerStore} (nothing survives the JVM), and {@code JdbcLedgerStore}
 * (a SQLite file by default, or PostgreSQL). A store is used by one {@link Ledger} at a time;
 * implementations are thread-safe.
 */
public interface LedgerStore extends AutoCloseable {

    /**
     * Appends {@code events} in order, giving them the sequence numbers after {@link #lastSequence()},
     * all or none, and returns when they are durable.
     *
     * @return the events with their sequence numbers
     * @throws LedgerStoreException if the store cannot write them (nothing of the batch is kept then)
     */
    List<RecordedEvent> append(List<LedgerEvent> events);

    /**
     * Passes every event with a sequence number above {@code afterSequence} to {@code sink}, in order.
     *
     * @throws LedgerStoreException if the store cannot be read
     */
    void replay(long afterSequence, Consumer<RecordedEvent> sink);

    /** The sequence number of the last event, 0 for an empty store. */
    long lastSequence();

    /** Releases the store's resources (connections, files); the store cannot be used afterwards. */
    @Override
    void close();
}
