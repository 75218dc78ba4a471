package io.github.herenet.helium.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand (the recovery tests use it too). */
public final class MutableClock extends Clock {

    private volatile Instant now;

    /** @param start the time it starts at */
    public MutableClock(Instant start) {
        this.now = start;
    }

    /** @param d how far to move it on */
    public void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
