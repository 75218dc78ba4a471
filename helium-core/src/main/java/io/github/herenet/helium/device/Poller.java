package io.github.herenet.helium.device;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Polls channels of open {@link DeviceConnection}s at per-channel intervals on a small thread pool and
 * delivers the readings to {@link PollListener}s (state machines, alerts, the ledger).
 *
 * <pre>{@code
 * try (Devices devices = Devices.load();
 *      Poller poller = Poller.builder().threads(2).build()) {
 *     DeviceConnection compressor = devices.open(URI.create("modbus-tcp://10.0.0.7?profile=cryomech-cpa&timeout=500ms&retries=0"));
 *     poller.addListener((connection, reading) -> System.out.println(connection.uri() + " " + reading));
 *     Poller.Handle h = poller.poll(compressor, "highPressure", Duration.ofSeconds(1));
 *     ...
 *     h.cancel();                      // stop polling that channel
 * }                                    // close() stops all polling, then the devices close the connection
 * }</pre>
 *
 * <h2>How it polls</h2>
 * <ul>
 * <li><b>Scheduling is real time.</b> One scheduler thread ({@link java.util.concurrent.ScheduledExecutorService})
 *     fires each polled channel at a fixed rate of its interval, measured on the system's monotonic clock
 *     ({@link System#nanoTime()}), as are back-off delays. The injected {@link Clock} stamps only the STALE
 *     readings the poller makes itself; fresh readings carry the connection's timestamps.</li>
 * <li><b>One read at a time per connection.</b> Each connection has a serial queue; a tick puts its channel
 *     on the queue and, if no read of that connection is running, one of the {@code threads} read threads
 *     drains it. A connection never has two reads at once and never occupies more than one thread, so a
 *     slow device (a read that blocks until its deadline) only delays its own channels.</li>
 * <li><b>Failing devices are backed off and fenced.</b> A read that throws a {@link DeviceException} is
 *     reported to {@link PollListener#onFailure} and backs its device off: no read of any of its channels
 *     before {@code initial * 2^(failures-1)}, capped at {@code max} (defaults 1 s and 60 s); one successful
 *     read resets it. At most {@code threads - 1} read threads serve failing devices at any time, so however
 *     many devices die, healthy ones always have a thread (a device that has just died can hold a thread
 *     for one deadline before it counts as failing).</li>
 * <li><b>Staleness is visible.</b> Whenever a channel misses an interval (its read failed, its device is
 *     backed off or fenced, or its previous read is still running), listeners get its last value again with
 *     {@link Quality#STALE} and the clock's time, once per missed interval. A channel never read yet has no
 *     last value and gets only the failures.</li>
 * <li><b>Listeners</b> are called on the poller's threads; their exceptions are caught and logged (slf4j)
 *     and never stop polling.</li>
 * <li>A {@link DeviceException} is anything else than the connection's business: a read that throws any
 *     other {@link RuntimeException} (a closed connection's IllegalStateException) is reported as a
 *     {@link DeviceException.Protocol} with code -1 and backed off the same way.</li>
 * </ul>
 * The poller does not own the connections: closing it stops polling and leaves them open.
 *
 * <p>Thread-safe: every method may be called from any thread, including from a listener.
 */
public final class Poller implements AutoCloseable {

    /** The prefix of the names of the poller's threads (all daemon threads). */
    public static final String THREAD_PREFIX = "helium-poller";

    private static final Logger LOG = LoggerFactory.getLogger(Poller.class);
    private static final AtomicInteger POLLERS = new AtomicInteger();

    private final Clock clock;
    private final int threads;
    private final long initialBackoffNanos;
    private final long maxBackoffNanos;
    private final Duration closeTimeout;
    private final ScheduledThreadPoolExecutor scheduler;
    private final ThreadPoolExecutor readers;
    private final List<PollListener> listeners = new CopyOnWriteArrayList<>();
    /** Guarded by this. */
    private final Map<DeviceConnection, Device> devices = new IdentityHashMap<>();
    /** Read threads currently serving devices that were failing when their drain started. */
    private final AtomicInteger failingBusy = new AtomicInteger();
    private volatile boolean closed;

    private Poller(Builder b) {
        this.clock = b.clock;
        this.threads = b.threads;
        this.initialBackoffNanos = b.initialBackoff.toNanos();
        this.maxBackoffNanos = b.maxBackoff.toNanos();
        this.closeTimeout = b.closeTimeout;
        int id = POLLERS.incrementAndGet();
        this.scheduler = new ScheduledThreadPoolExecutor(1, factory(THREAD_PREFIX + "-" + id + " scheduler"));
        scheduler.setRemoveOnCancelPolicy(true);
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        scheduler.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        this.readers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                factory(THREAD_PREFIX + "-" + id + " read"));
    }

    /**
     * A builder with the defaults: 2 read threads, the system UTC clock, back-off from 1 s to 60 s, and a
     * 2 s close timeout.
     *
     * <pre>{@code
     * Poller poller = Poller.builder().threads(4).clock(clock).backoff(Duration.ofMillis(500), Duration.ofSeconds(30)).build();
     * }</pre>
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Adds a listener for every reading and failure from now on.
     *
     * <pre>{@code
     * poller.addListener((connection, reading) -> ledger.record(connection.uri(), reading));
     * }</pre>
     *
     * @param listener the listener
     */
    public void addListener(PollListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Removes a listener added before; nothing happens for another one.
     *
     * <pre>{@code
     * poller.removeListener(listener);
     * }</pre>
     *
     * @param listener the listener
     */
    public void removeListener(PollListener listener) {
        listeners.remove(listener);
    }

    /**
     * Starts polling one channel of a connection every {@code interval}, the first read at once. Polling the
     * same channel twice polls it twice; channels of one connection share its serial queue and back-off.
     *
     * <pre>{@code
     * Poller.Handle level = poller.poll(levelMeter, "level", Duration.ofSeconds(10));
     * }</pre>
     *
     * @param connection an open connection (the poller does not close it)
     * @param channel    one of {@code connection.channels()}
     * @param interval   at least 1 ms
     * @return a handle to stop polling it
     * @throws DeviceException.InvalidAddress for a channel the connection does not have
     * @throws IllegalArgumentException       for an interval under 1 ms
     * @throws IllegalStateException          once the poller is closed
     */
    public Handle poll(DeviceConnection connection, String channel, Duration interval) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(interval, "interval");
        if (interval.compareTo(Duration.ofMillis(1)) < 0) {
            throw new IllegalArgumentException("poll interval must be at least 1 ms, was " + interval);
        }
        if (connection.channels().stream().noneMatch(c -> c.name().equals(channel))) {
            throw new DeviceException.InvalidAddress(connection.uri() + " has no channel '" + channel
                    + "'; its channels are " + connection.channels().stream().map(Channel::name).toList());
        }
        Subscription s;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("poller is closed");
            }
            Device device = devices.computeIfAbsent(connection, Device::new);
            device.subscriptions++;
            s = new Subscription(device, channel, interval);
            try {
                s.future = scheduler.scheduleAtFixedRate(s::tick, 0, interval.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                throw new IllegalStateException("poller is closed", e);
            }
        }
        return s;
    }

    /**
     * Stops scheduling, lets running reads finish for up to the close timeout, then interrupts the read
     * threads and waits up to the close timeout again. A read blocked in a driver that ignores interrupts
     * ends at its connection's deadline; a warning is logged if any thread is left then. No listener is
     * called after close returns (except from such a late read). Idempotent.
     *
     * <pre>{@code
     * poller.close();
     * }</pre>
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            devices.clear();
        }
        scheduler.shutdownNow();
        readers.shutdown();
        boolean interrupted = false;
        try {
            long timeout = closeTimeout.toNanos();
            scheduler.awaitTermination(timeout, TimeUnit.NANOSECONDS);
            if (!readers.awaitTermination(timeout, TimeUnit.NANOSECONDS)) {
                readers.shutdownNow();
                if (!readers.awaitTermination(timeout, TimeUnit.NANOSECONDS)) {
                    LOG.warn("poller closed with reads still blocked after {}; their threads end at the connections' deadlines",
                            closeTimeout.multipliedBy(2));
                }
            }
        } catch (InterruptedException e) {
            readers.shutdownNow();
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A polled channel; cancel it to stop polling.
     *
     * <pre>{@code
     * Poller.Handle h = poller.poll(connection, "level", Duration.ofSeconds(1));
     * h.cancel();
     * }</pre>
     */
    public interface Handle {

        /** @return the polled connection */
        DeviceConnection connection();

        /** @return the polled channel */
        String channel();

        /** @return the interval */
        Duration interval();

        /** Stops polling this channel; a read already running finishes and is delivered. Idempotent. */
        void cancel();

        /** @return whether {@link #cancel()} was called (or the poller closed) */
        boolean isCancelled();
    }

    /**
     * Configures a {@link Poller}.
     *
     * <pre>{@code
     * Poller poller = Poller.builder().threads(3).clock(Clock.systemUTC()).build();
     * }</pre>
     */
    public static final class Builder {
        private int threads = 2;
        private Clock clock = Clock.systemUTC();
        private Duration initialBackoff = Duration.ofSeconds(1);
        private Duration maxBackoff = Duration.ofSeconds(60);
        private Duration closeTimeout = Duration.ofSeconds(2);

        private Builder() {
        }

        /**
         * The number of read threads, 2 to 64 (default 2); one more thread schedules.
         *
         * @param threads the read threads
         * @return this
         * @throws IllegalArgumentException outside 2..64 (one thread is always kept for healthy devices)
         */
        public Builder threads(int threads) {
            if (threads < 2 || threads > 64) {
                throw new IllegalArgumentException("threads must be 2 to 64, was " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * The clock that stamps the STALE readings the poller makes (default {@link Clock#systemUTC()}).
         *
         * @param clock the clock
         * @return this
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Back-off of a failing device: {@code initial} after the first failure, doubling, at most {@code max}
         * (defaults 1 s, 60 s).
         *
         * @param initial positive
         * @param max     at least {@code initial}
         * @return this
         * @throws IllegalArgumentException for a non-positive initial or a max below it
         */
        public Builder backoff(Duration initial, Duration max) {
            if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
                throw new IllegalArgumentException("back-off must be positive and max >= initial, was "
                        + initial + " to " + max);
            }
            this.initialBackoff = initial;
            this.maxBackoff = max;
            return this;
        }

        /**
         * How long {@link Poller#close()} waits for running reads, twice at most (default 2 s).
         *
         * @param timeout positive
         * @return this
         * @throws IllegalArgumentException for a non-positive timeout
         */
        public Builder closeTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("close timeout must be positive, was " + timeout);
            }
            this.closeTimeout = timeout;
            return this;
        }

        /**
         * Starts the poller's threads.
         *
         * @return a new poller; close it
         */
        public Poller build() {
            return new Poller(this);
        }
    }

    // ---- internals ------------------------------------------------------------------------------------

    /** One connection's serial queue and back-off state; fields guarded by the instance's monitor. */
    private final class Device {
        final DeviceConnection connection;
        final ArrayDeque<Subscription> queue = new ArrayDeque<>();
        boolean running;
        boolean countedFailing;
        int failures;
        long retryAt;
        /** Guarded by the poller's monitor. */
        int subscriptions;

        Device(DeviceConnection connection) {
            this.connection = connection;
        }

        boolean backedOff(long now) {
            return failures > 0 && now - retryAt < 0;
        }

        void releaseFailingSlot() {
            if (countedFailing) {
                countedFailing = false;
                failingBusy.decrementAndGet();
            }
        }
    }

    private final class Subscription implements Handle {
        final Device device;
        final String channel;
        final Duration interval;
        volatile ScheduledFuture<?> future;
        volatile boolean cancelled;
        volatile Reading last;
        /** Queued or being read; guarded by the device's monitor. */
        boolean pending;

        Subscription(Device device, String channel, Duration interval) {
            this.device = device;
            this.channel = channel;
            this.interval = interval;
        }

        @Override
        public DeviceConnection connection() {
            return device.connection;
        }

        @Override
        public String channel() {
            return channel;
        }

        @Override
        public Duration interval() {
            return interval;
        }

        @Override
        public boolean isCancelled() {
            return cancelled || closed;
        }

        @Override
        public void cancel() {
            synchronized (Poller.this) {
                if (cancelled) {
                    return;
                }
                cancelled = true;
                if (--device.subscriptions == 0) {
                    devices.remove(device.connection, device);
                }
            }
            ScheduledFuture<?> f = future;
            if (f != null) {
                f.cancel(false);
            }
        }

        /** On the scheduler thread, once per interval. */
        void tick() {
            if (cancelled || closed) {
                return;
            }
            Device d = device;
            List<Subscription> missed = new ArrayList<>(1);
            boolean start = false;
            synchronized (d) {
                if (pending || d.backedOff(System.nanoTime())) {
                    missed.add(this);
                } else {
                    pending = true;
                    d.queue.add(this);
                    if (!d.running) {
                        if (d.failures > 0 && failingBusy.incrementAndGet() > threads - 1) {
                            // fenced: every thread but one already serves a failing device
                            failingBusy.decrementAndGet();
                            for (Subscription s; (s = d.queue.poll()) != null; ) {
                                s.pending = false;
                                missed.add(s);
                            }
                        } else {
                            d.countedFailing = d.failures > 0;
                            d.running = true;
                            start = true;
                        }
                    }
                }
            }
            for (Subscription s : missed) {
                deliverStale(s);
            }
            if (start) {
                try {
                    readers.execute(() -> drain(d));
                } catch (RejectedExecutionException closing) {
                    synchronized (d) {
                        d.running = false;
                        d.releaseFailingSlot();
                    }
                }
            }
        }
    }

    /** On a read thread: reads the device's queued channels one after the other. */
    private void drain(Device d) {
        boolean done = false;
        try {
            while (true) {
                Subscription s;
                boolean read;
                synchronized (d) {
                    s = d.queue.poll();
                    if (s == null) {
                        d.running = false;
                        d.releaseFailingSlot();
                        done = true;
                        return;
                    }
                    read = !d.backedOff(System.nanoTime());
                    if (!read || s.cancelled || closed) {
                        s.pending = false;
                    }
                }
                if (s.cancelled || closed) {
                    continue;
                }
                if (!read) {
                    deliverStale(s); // another channel of the device failed while this one waited
                    continue;
                }
                readOne(d, s);
            }
        } finally {
            if (!done) {
                synchronized (d) {
                    d.running = false;
                    d.releaseFailingSlot();
                    for (Subscription s; (s = d.queue.poll()) != null; ) {
                        s.pending = false;
                    }
                }
            }
        }
    }

    private void readOne(Device d, Subscription s) {
        Reading reading = null;
        DeviceException error = null;
        try {
            reading = d.connection.read(s.channel);
        } catch (DeviceException e) {
            error = e;
        } catch (RuntimeException e) {
            error = new DeviceException.Protocol(d.connection.uri() + ": reading channel '" + s.channel
                    + "' failed unexpectedly: " + e, -1, e);
        }
        if (error == null) {
            synchronized (d) {
                d.failures = 0;
                s.last = reading;
                s.pending = false;
            }
            deliverReading(d.connection, reading);
        } else {
            synchronized (d) {
                d.failures++;
                d.retryAt = System.nanoTime() + backoffNanos(d.failures);
                s.pending = false;
            }
            deliverFailure(d.connection, s.channel, error);
            deliverStale(s);
        }
    }

    private long backoffNanos(int failures) {
        long nanos = initialBackoffNanos;
        for (int i = 1; i < failures && nanos < maxBackoffNanos; i++) {
            nanos *= 2;
        }
        return Math.min(nanos, maxBackoffNanos);
    }

    private void deliverStale(Subscription s) {
        Reading last = s.last;
        if (last == null || s.cancelled || closed) {
            return;
        }
        deliverReading(s.device.connection,
                new Reading(last.channel(), last.value(), last.unit(), Quality.STALE, clock.instant()));
    }

    private void deliverReading(DeviceConnection connection, Reading reading) {
        for (PollListener l : listeners) {
            try {
                l.onReading(connection, reading);
            } catch (RuntimeException e) {
                LOG.warn("poll listener {} failed on {} from {}", l, reading, connection.uri(), e);
            }
        }
    }

    private void deliverFailure(DeviceConnection connection, String channel, DeviceException error) {
        for (PollListener l : listeners) {
            try {
                l.onFailure(connection, channel, error);
            } catch (RuntimeException e) {
                LOG.warn("poll listener {} failed on the failure of {} of {}", l, channel, connection.uri(), e);
            }
        }
    }

    private static ThreadFactory factory(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + " " + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
