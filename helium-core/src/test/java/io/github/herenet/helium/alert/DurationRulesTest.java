package io.github.herenet.helium.alert;

import io.github.herenet.helium.device.Quality;
import io.github.herenet.helium.device.Reading;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules' duration settings, on a virtual clock: holdFor, stuckFor, staleAfter. */
class DurationRulesTest {

    private static final String DEV = "modbus://bag-1:502";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));

    private AlertEngine engine(Rule... rules) {
        return new AlertEngine(List.of(rules), clock,
                new AlertEngine.Settings(Duration.ofHours(1), Duration.ofHours(2), Duration.ZERO), null);
    }

    private void read(AlertEngine e, String channel, double value, Quality quality) {
        e.onReading(DEV, new Reading(channel, value, "%", quality, clock.instant()));
    }

    private void minutes(long m) {
        clock.advance(Duration.ofMinutes(m));
    }

    /** The open alerts after {@code m} minutes without readings. */
    private List<Alert> quietFor(AlertEngine e, long m) {
        minutes(m);
        e.tick();
        return e.openAlerts();
    }

    @Test
    void thresholdHoldsForATimeBeforeRaisingAndClearing() {
        AlertEngine e = engine(new Rule.Threshold("full", "*/level", AlertKind.BAG_NEARLY_FULL, Severity.WARNING,
                Rule.Direction.ABOVE, 90, 5, 1, Duration.ofMinutes(5)));
        read(e, "level", 95, Quality.GOOD);
        minutes(3);
        read(e, "level", 96, Quality.GOOD);
        assertThat(e.openAlerts()).isEmpty();
        minutes(1);
        read(e, "level", 80, Quality.GOOD); // back: the hold starts again
        read(e, "level", 95, Quality.GOOD);
        assertThat(quietFor(e, 4)).isEmpty();
        // no new reading: the time alone raises it
        assertThat(quietFor(e, 1)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.BAG_NEARLY_FULL);
            assertThat(a.raisedAt()).isEqualTo(clock.instant());
        });
        read(e, "level", 80, Quality.GOOD);
        minutes(4);
        read(e, "level", 80, Quality.GOOD);
        assertThat(e.openAlerts()).hasSize(1);
        minutes(1);
        read(e, "level", 81, Quality.GOOD);
        assertThat(e.openAlerts()).isEmpty();
    }

    @Test
    void debounceCountAndHoldBothApply() {
        Rule.Check c = new Rule.FallRate("q", "*", AlertKind.QUENCH, Severity.CRITICAL, 2, 1, 3,
                Duration.ofSeconds(10)).newCheck();
        Instant t = clock.instant();
        double level = 80;
        Rule.Verdict last = null;
        int raisedAt = -1;
        for (int i = 0; i < 20 && raisedAt < 0; i++) {
            last = c.evaluate(new Reading("x", level, "%", Quality.GOOD, t.plusSeconds(i)), t.plusSeconds(i));
            level -= 5;
            if (last == Rule.Verdict.RAISE) {
                raisedAt = i;
            }
        }
        // pairs from reading 1 on fall fast: the third pair is at 3 s, but the hold of 10 s from 1 s ends at 11 s
        assertThat(raisedAt).isEqualTo(11);
    }

    @Test
    void stuckForATime() {
        AlertEngine e = engine(new Rule.Stuck("stuck", "*/o2", Severity.WARNING, 2, 0.01, Duration.ofHours(1)));
        for (int i = 0; i < 6; i++) {
            read(e, "o2", 20.9, Quality.GOOD);
            minutes(10);
        }
        assertThat(e.openAlerts()).isEmpty(); // 50 minutes unchanged
        read(e, "o2", 20.9, Quality.GOOD);
        assertThat(e.openAlerts()).singleElement().extracting(Alert::kind).isEqualTo(AlertKind.SENSOR_STUCK);
        read(e, "o2", 20.5, Quality.GOOD);
        assertThat(e.openAlerts()).isEmpty();
    }

    @Test
    void silentDeviceTurnsStaleAfterATime() {
        AlertEngine e = engine(new Rule.Stale("dead", "*", Severity.WARNING, 0, Duration.ofMinutes(10)));
        read(e, "level", 50, Quality.GOOD);
        assertThat(quietFor(e, 9)).isEmpty();
        assertThat(quietFor(e, 1)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.DEVICE_STALE);
            assertThat(a.subject()).isEqualTo(DEV + "/level");
        });
        read(e, "level", 50, Quality.GOOD);
        assertThat(e.openAlerts()).isEmpty();
    }

    @Test
    void badReadingsCountOrTimeWhicheverComesFirst() {
        AlertEngine e = engine(new Rule.Stale("dead", "*", Severity.WARNING, 100, Duration.ofMinutes(10)));
        read(e, "level", 50, Quality.GOOD);
        for (int i = 0; i < 10; i++) {
            minutes(1);
            read(e, "level", Double.NaN, Quality.FAILED);
        }
        assertThat(e.openAlerts()).hasSize(1);
        AlertEngine byCount = engine(new Rule.Stale("dead", "*", Severity.WARNING, 3, Duration.ofHours(1)));
        for (int i = 0; i < 3; i++) {
            read(byCount, "level", Double.NaN, Quality.STALE);
        }
        assertThat(byCount.openAlerts()).hasSize(1);
    }

    @Test
    void countFormsIgnoreTheClock() {
        Rule.Check c = new Rule.Stuck("s", "*", Severity.WARNING, 3, 0).newCheck();
        Instant t = clock.instant();
        assertThat(c.evaluate(new Reading("x", 1, "%", Quality.GOOD, t), t)).isEqualTo(Rule.Verdict.HOLD);
        assertThat(c.evaluate(new Reading("x", 1, "%", Quality.GOOD, t), t)).isEqualTo(Rule.Verdict.HOLD);
        assertThat(c.evaluate(new Reading("x", 1, "%", Quality.GOOD, t), t)).isEqualTo(Rule.Verdict.RAISE);
        assertThat(new Rule.Stale("d", "*", Severity.INFO, 2).staleAfter()).isEqualTo(Duration.ZERO);
    }

    @Test
    void badDurationsAreRefused() {
        assertThatThrownBy(() -> new Rule.Threshold("t", "*", AlertKind.PURITY_LOW, Severity.INFO,
                Rule.Direction.BELOW, 95, 0, 1, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holdFor must be >= 0");
        assertThatThrownBy(() -> new Rule.Stuck("s", "*", Severity.INFO, 2, 0, Duration.ofMinutes(-5)))
                .hasMessageContaining("stuckFor");
        assertThatThrownBy(() -> new Rule.Stale("d", "*", Severity.INFO, 0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("readings must be >= 1, or 0 with a staleAfter above zero");
    }
}
