package io.github.herenet.helium.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A ledger store in memory: for tests, simulations and what-if studies. Nothing survives the JVM.
 * Thread-safe.
 */
public final class InMemoryLedgerStore implements LedgerStore {

    private final List<RecordedEvent> events = new ArrayList<>();
    private boolean closed;

    @Override
    public synchronized List<RecordedEvent> append(List<LedgerEvent> batch) {
        checkOpen();
        List<RecordedEvent> recorded = new ArrayList<>(batch.size());
        long next = events.size();
        for (LedgerEvent event : batch) {
            recorded.add(new RecordedEvent(++next, event));
        }
        events.addAll(recorded);
        return List.copyOf(recorded);
    }

    @Override
    public void replay(long afterSequence, Consumer<RecordedEvent> sink) {
        List<RecordedEvent> snapshot;
        synchronized (this) {
            checkOpen();
            int from = (int) Math.min(Math.max(afterSequence, 0), events.size());
            snapshot = List.copyOf(events.subList(from, events.size()));
        }
        snapshot.forEach(sink);
    }

    @Override
    public synchronized long lastSequence() {
        checkOpen();
        return events.size();
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the in-memory ledger store is closed");
        }
    }
}
