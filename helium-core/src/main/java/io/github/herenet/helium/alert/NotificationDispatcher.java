package io.github.herenet.helium.alert;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each {@link Notification} to the notifiers its site chose for its level, in the site's language.
 * Each notifier runs on its own single thread with a bounded queue and retries failed deliveries with
 * exponential back-off, so a failing notifier never blocks the others or the caller: {@link #dispatch}
 * only enqueues and returns. When a notifier's queue is full the notification is dropped for that notifier
 * (counted in {@link #dropped()}). {@link #close()} stops every thread.
 */
public final class NotificationDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);

    /**
     * Where and in which language one site's notifications go.
     *
     * @param locale   the site's language
     * @param channels the notifier names per level (levels absent from the map go nowhere)
     */
    public record Route(Locale locale, Map<NotificationLevel, Set<String>> channels) {
        /**
         * Copies the map.
         */
        public Route {
            Objects.requireNonNull(locale, "locale");
            channels = channels.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(channels));
        }

        /**
         * The notifier names for a level.
         *
         * @param level the level
         * @return the names, possibly empty
         */
        public Set<String> channelsFor(NotificationLevel level) {
            return channels.getOrDefault(level, Set.of());
        }
    }

    /**
     * Retry settings: up to {@code maxAttempts} attempts, waiting {@code initialBackoff}, then twice as long
     * each time, at most {@code maxBackoff}.
     *
     * @param maxAttempts    attempts per delivery, at least 1
     * @param initialBackoff the wait after the first failure
     * @param maxBackoff     the longest wait
     */
    public record Retry(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
        /**
         * Checks the values.
         */
        public Retry {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts < 1");
            }
            Objects.requireNonNull(initialBackoff, "initialBackoff");
            Objects.requireNonNull(maxBackoff, "maxBackoff");
        }

        /**
         * The wait before attempt {@code attempt + 1} after {@code attempt} failures (1-based).
         *
         * @param attempt the number of attempts made so far
         * @return the back-off
         */
        public Duration backoff(int attempt) {
            long ms = initialBackoff.toMillis() << Math.min(attempt - 1, 30);
            return Duration.ofMillis(Math.min(Math.max(ms, 0), maxBackoff.toMillis()));
        }
    }

    private final Map<String, Notifier> notifiers;
    private final Map<String, ThreadPoolExecutor> executors = new HashMap<>();
    private final Map<String, Route> routes;
    private final Route defaultRoute;
    private final Retry retry;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean closed;

    /**
     * Creates a dispatcher and one thread per notifier.
     *
     * @param notifiers     the notifiers (their {@link Notifier#name()}s must be distinct); closed by
     *                      {@link #close()}
     * @param routes        the route per site name ({@link Notification#site()})
     * @param defaultRoute  the route for sites not in {@code routes}
     * @param retry         the retry settings
     * @param queueCapacity the bound of each notifier's queue
     */
    public NotificationDispatcher(List<? extends Notifier> notifiers, Map<String, Route> routes, Route defaultRoute,
                                  Retry retry, int queueCapacity) {
        this.routes = Map.copyOf(routes);
        this.defaultRoute = Objects.requireNonNull(defaultRoute, "defaultRoute");
        this.retry = Objects.requireNonNull(retry, "retry");
        Map<String, Notifier> byName = new LinkedHashMap<>();
        for (Notifier n : notifiers) {
            if (byName.putIfAbsent(n.name(), n) != null) {
                throw new IllegalArgumentException("two notifiers named " + n.name());
            }
        }
        this.notifiers = byName;
        for (String name : byName.keySet()) {
            ThreadPoolExecutor ex = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                    new ArrayBlockingQueue<>(queueCapacity), r -> {
                        Thread t = new Thread(r, "helium-notify-" + name);
                        t.setDaemon(true);
                        return t;
                    }, new ThreadPoolExecutor.AbortPolicy());
            executors.put(name, ex);
        }
    }

    /**
     * Enqueues the notification for every notifier its site's route names for its level, and returns at
     * once. Names without a notifier are logged and skipped.
     *
     * @param n the notification
     * @return how many notifiers it was queued for
     * @throws IllegalStateException if the dispatcher is closed
     */
    public int dispatch(Notification n) {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        Route route = routes.getOrDefault(n.site(), defaultRoute);
        int queued = 0;
        for (String name : route.channelsFor(n.level())) {
            Notifier notifier = notifiers.get(name);
            ThreadPoolExecutor ex = executors.get(name);
            if (notifier == null) {
                LOG.warn("no notifier named {} for site {}", name, n.site());
                continue;
            }
            try {
                ex.execute(() -> deliver(notifier, n, route.locale()));
                queued++;
            } catch (RejectedExecutionException e) {
                dropped.incrementAndGet();
                LOG.warn("queue of notifier {} full: dropped {} for {}", name, n.key(), n.site());
            }
        }
        return queued;
    }

    private void deliver(Notifier notifier, Notification n, Locale locale) {
        for (int attempt = 1; ; attempt++) {
            try {
                notifier.send(n, locale);
                delivered.incrementAndGet();
                return;
            } catch (NotificationException | RuntimeException e) {
                if (attempt >= retry.maxAttempts()) {
                    failed.incrementAndGet();
                    LOG.error("notifier {} gave up on {} after {} attempts", notifier.name(), n.key(), attempt, e);
                    return;
                }
                LOG.warn("notifier {} failed on attempt {}: {}", notifier.name(), attempt, e.toString());
                try {
                    Thread.sleep(retry.backoff(attempt).toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    failed.incrementAndGet();
                    return;
                }
            }
        }
    }

    /**
     * Deliveries that succeeded.
     *
     * @return the count
     */
    public long delivered() {
        return delivered.get();
    }

    /**
     * Deliveries abandoned after the last retry (or on close).
     *
     * @return the count
     */
    public long failed() {
        return failed.get();
    }

    /**
     * Notifications dropped because a notifier's queue was full.
     *
     * @return the count
     */
    public long dropped() {
        return dropped.get();
    }

    /**
     * Waits up to {@code timeout} for the queued deliveries to finish, then interrupts what is left,
     * waits for every thread to end and closes the notifiers.
     *
     * @param timeout how long to let queued deliveries run
     */
    public void close(Duration timeout) {
        closed = true;
        executors.values().forEach(ThreadPoolExecutor::shutdown);
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ThreadPoolExecutor> all = new ArrayList<>(executors.values());
        try {
            for (ThreadPoolExecutor ex : all) {
                ex.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            for (ThreadPoolExecutor ex : all) {
                ex.shutdownNow();
            }
            for (ThreadPoolExecutor ex : all) {
                if (!ex.awaitTermination(10, TimeUnit.SECONDS)) {
                    LOG.warn("a notifier thread did not stop");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            all.forEach(ThreadPoolExecutor::shutdownNow);
        }
        for (Notifier n : notifiers.values()) {
            try {
                n.close();
            } catch (Exception e) {
                LOG.warn("closing notifier {} failed", n.name(), e);
            }
        }
    }

    /**
     * {@link #close(Duration)} with one second for queued deliveries.
     */
    @Override
    public void close() {
        close(Duration.ofSeconds(1));
    }
}
