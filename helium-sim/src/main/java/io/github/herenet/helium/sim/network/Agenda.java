package io.github.herenet.helium.sim.network;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.PriorityQueue;

/**
 * The discrete-event agenda and the virtual clock it drives: tasks run in time order (ties in the order
 * they were scheduled, so a seed gives one history), and the clock shows the time of the task running.
 * Not thread-safe: the simulation guards it.
 */
final class Agenda {

    /** A scheduled action; {@link #cancel} keeps it from running. */
    static final class Task implements Comparable<Task> {
        final long time;
        final long seq;
        final Runnable action;
        boolean cancelled;

        Task(long time, long seq, Runnable action) {
            this.time = time;
            this.seq = seq;
            this.action = action;
        }

        void cancel() {
            cancelled = true;
        }

        @Override
        public int compareTo(Task o) {
            int c = Long.compare(time, o.time);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    /** A clock whose time is the agenda's; {@link #withZone} views share it. */
    static final class VirtualClock extends Clock {
        private final Agenda agenda;
        private final ZoneId zone;

        VirtualClock(Agenda agenda, ZoneId zone) {
            this.agenda = agenda;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new VirtualClock(agenda, other);
        }

        @Override
        public long millis() {
            return agenda.now;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(agenda.now);
        }
    }

    private final PriorityQueue<Task> queue = new PriorityQueue<>();
    private long seq;
    private volatile long now;

    Agenda(long start) {
        this.now = start;
    }

    long now() {
        return now;
    }

    /** Schedules {@code action} at {@code time} (ms since the epoch); a time in the past runs it now. */
    Task at(long time, Runnable action) {
        Task task = new Task(Math.max(time, now), seq++, action);
        queue.add(task);
        return task;
    }

    /** Schedules {@code action} {@code delayMs} from now, rounded up to the millisecond. */
    Task after(double delayMs, Runnable action) {
        return at(now + (long) Math.ceil(Math.max(0, delayMs)), action);
    }

    /** Runs every task due at or before {@code until}, then sets the clock to {@code until}. */
    void runUntil(long until) {
        while (!queue.isEmpty() && queue.peek().time <= until) {
            Task task = queue.poll();
            if (task.cancelled) {
                continue;
            }
            now = task.time;
            task.action.run();
        }
        now = Math.max(now, until);
    }

    /** The time of the next task due, or {@link Long#MAX_VALUE}. */
    long next() {
        while (!queue.isEmpty() && queue.peek().cancelled) {
            queue.poll();
        }
        return queue.isEmpty() ? Long.MAX_VALUE : queue.peek().time;
    }
}
