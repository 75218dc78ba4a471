package io.github.herenet.helium.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class NotificationDispatcherTest {
    static final Instant T = Instant.parse("2026-11-23T01:30:00Z");

    /** Records deliveries with their time; fails the first {@code failures} sends. */
    static final class Recording implements Notifier {
        final String name;
        final AtomicInteger failuresLeft;
        final List<String> got = new CopyOnWriteArrayList<>();
        final List<Long> attempts = new CopyOnWriteArrayList<>();
        final AtomicInteger closed = new AtomicInteger();

        Recording(String name, int failures) {
            this.name = name;
            this.failuresLeft = new AtomicInteger(failures);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void send(Notification n, Locale locale) throws NotificationException {
            attempts.add(System.nanoTime());
            if (failuresLeft.getAndDecrement() > 0) {
                throw new NotificationException("down");
            }
            got.add(locale.getLanguage() + ":" + n.key());
        }

        @Override
        public void close() {
            closed.incrementAndGet();
        }
    }

    static Notification n(NotificationLevel level, String site) {
        return new Notification(level, "BAG_NEARLY_FULL", site, "NMR 2", "3", 90, "%", 85, T);
    }

    static long notifyThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("helium-notify-") && t.isAlive()).count();
    }

    static void await(java.util.function.BooleanSupplier cond, Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (!cond.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met in " + max);
            }
            Thread.sleep(5);
        }
    }

    static final NotificationDispatcher.Route ALL_EN = new NotificationDispatcher.Route(Locale.ENGLISH,
            Map.of(NotificationLevel.INFO, Set.of("a"), NotificationLevel.WARNING, Set.of("a", "b"),
                    NotificationLevel.CRITICAL, Set.of("a", "b", "c")));

    @Test
    void routesPerSiteLevelAndLanguage() throws Exception {
        Recording a = new Recording("a", 0);
        Recording b = new Recording("b", 0);
        Recording c = new Recording("c", 0);
        NotificationDispatcher.Route tottori = new NotificationDispatcher.Route(Locale.JAPANESE,
                Map.of(NotificationLevel.CRITICAL, Set.of("c"), NotificationLevel.WARNING, Set.of("b", "nope")));
        try (NotificationDispatcher d = new NotificationDispatcher(List.of(a, b, c), Map.of("鳥取大学", tottori),
                ALL_EN, new NotificationDispatcher.Retry(1, Duration.ZERO, Duration.ZERO), 16)) {
            assertThat(d.dispatch(n(NotificationLevel.INFO, "Iwate"))).isEqualTo(1);
            assertThat(d.dispatch(n(NotificationLevel.CRITICAL, "Iwate"))).isEqualTo(3);
            assertThat(d.dispatch(n(NotificationLevel.WARNING, "鳥取大学"))).isEqualTo(1);
            assertThat(d.dispatch(n(NotificationLevel.INFO, "鳥取大学"))).isZero();
            await(() -> d.delivered() == 5, Duration.ofSeconds(5));
        }
        assertThat(a.got).containsExactly("en:BAG_NEARLY_FULL", "en:BAG_NEARLY_FULL");
        assertThat(b.got).containsExactlyInAnyOrder("en:BAG_NEARLY_FULL", "ja:BAG_NEARLY_FULL");
        assertThat(c.got).containsExactly("en:BAG_NEARLY_FULL");
        assertThat(a.closed).hasValue(1);
    }

    @Test
    void aFailingNotifierIsRetriedWithBackOffWhileTheOthersDeliverPromptly() throws Exception {
        Recording a = new Recording("a", 0);
        Recording b = new Recording("b", 3);
        Recording c = new Recording("c", 0);
        NotificationDispatcher.Retry retry = new NotificationDispatcher.Retry(5, Duration.ofMillis(250),
                Duration.ofSeconds(2));
        assertThat(retry.backoff(1)).isEqualTo(Duration.ofMillis(250));
        assertThat(retry.backoff(3)).isEqualTo(Duration.ofMillis(1000));
        assertThat(retry.backoff(10)).isEqualTo(Duration.ofSeconds(2));
        try (NotificationDispatcher d = new NotificationDispatcher(List.of(a, b, c), Map.of(), ALL_EN, retry, 16)) {
            long t0 = System.nanoTime();
            d.dispatch(n(NotificationLevel.CRITICAL, "Iwate"));
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(50));
            await(() -> a.got.size() == 1 && c.got.size() == 1, Duration.ofSeconds(5));
            long others = System.nanoTime() - t0;
            assertThat(b.got).isEmpty();
            assertThat(Duration.ofNanos(others)).isLessThan(Duration.ofMillis(200));
            await(() -> b.got.size() == 1, Duration.ofSeconds(5));
            assertThat(b.attempts).hasSize(4);
            long g1 = b.attempts.get(1) - b.attempts.get(0);
            long g2 = b.attempts.get(2) - b.attempts.get(1);
            long g3 = b.attempts.get(3) - b.attempts.get(2);
            assertThat(g1).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(245));
            assertThat(g2).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(495));
            assertThat(g3).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(995));
            assertThat(d.delivered()).isEqualTo(3);
            assertThat(d.failed()).isZero();
        }
    }

    @Test
    void givesUpAfterMaxAttempts() throws Exception {
        Recording a = new Recording("a", 100);
        try (NotificationDispatcher d = new NotificationDispatcher(List.of(a), Map.of(), ALL_EN,
                new NotificationDispatcher.Retry(3, Duration.ofMillis(5), Duration.ofMillis(10)), 4)) {
            d.dispatch(n(NotificationLevel.INFO, "x"));
            await(() -> d.failed() == 1, Duration.ofSeconds(5));
            assertThat(a.attempts).hasSize(3);
        }
    }

    @Test
    void boundedQueueDropsInsteadOfBlocking() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        Notifier stuck = new Notifier() {
            @Override
            public String name() {
                return "a";
            }

            @Override
            public void send(Notification n, Locale locale) {
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        try (NotificationDispatcher d = new NotificationDispatcher(List.of(stuck), Map.of(), ALL_EN,
                new NotificationDispatcher.Retry(1, Duration.ZERO, Duration.ZERO), 2)) {
            d.dispatch(n(NotificationLevel.INFO, "x"));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            long t0 = System.nanoTime();
            for (int i = 0; i < 10; i++) {
                d.dispatch(n(NotificationLevel.INFO, "x"));
            }
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(200));
            assertThat(d.dropped()).isEqualTo(8);
            release.countDown();
        }
    }

    @Test
    void closeLeavesNoThreadsEvenWhileRetrying() throws Exception {
        // dispatchers closed by earlier tests may still be ending their threads (close waits a bounded time)
        await(() -> notifyThreads() == 0, Duration.ofSeconds(5));
        assertThat(notifyThreads()).as("notifier threads left by earlier tests").isZero();
        Recording a = new Recording("a", 1000);
        Recording b = new Recording("b", 0);
        NotificationDispatcher d = new NotificationDispatcher(List.of(a, b), Map.of(), ALL_EN,
                new NotificationDispatcher.Retry(1000, Duration.ofSeconds(10), Duration.ofSeconds(10)), 8);
        d.dispatch(n(NotificationLevel.WARNING, "x"));
        await(() -> !a.attempts.isEmpty() && b.got.size() == 1, Duration.ofSeconds(5));
        assertThat(notifyThreads()).isEqualTo(2);
        long t0 = System.nanoTime();
        d.close(Duration.ofMillis(100));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
        await(() -> notifyThreads() == 0, Duration.ofSeconds(5));
        assertThat(d.failed()).isEqualTo(1);
        assertThatThrownBy(() -> d.dispatch(n(NotificationLevel.INFO, "x"))).isInstanceOf(IllegalStateException.class);
    }
}
