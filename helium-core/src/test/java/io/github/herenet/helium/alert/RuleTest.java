package io.github.herenet.helium.alert;

import io.github.herenet.helium.device.Quality;
import io.github.herenet.helium.device.Reading;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.github.herenet.helium.alert.Rule.Verdict.CLEAR;
import static io.github.herenet.helium.alert.Rule.Verdict.HOLD;
import static io.github.herenet.helium.alert.Rule.Verdict.RAISE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleTest {

    private static final Instant T = Instant.parse("2026-03-01T00:00:00Z");

    private static List<Rule.Verdict> run(Rule.OnReadings rule, double... values) {
        Rule.Check check = rule.newCheck();
        List<Rule.Verdict> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            out.add(check.evaluate(new Reading("x", values[i], "%", Quality.GOOD, T.plusSeconds(i))));
        }
        return out;
    }

    private static Rule.Threshold above(AlertKind kind, double limit, double h, int debounce) {
        return new Rule.Threshold("r", "*", kind, Severity.WARNING, Rule.Direction.ABOVE, limit, h, debounce);
    }

    private static Rule.Threshold below(AlertKind kind, double limit, double h, int debounce) {
        return new Rule.Threshold("r", "*", kind, Severity.CRITICAL, Rule.Direction.BELOW, limit, h, debounce);
    }

    @Test
    void bagNearlyFullRaisesHoldsWithinHysteresisAndClears() {
        assertThat(run(above(AlertKind.BAG_NEARLY_FULL, 90, 5, 1), 80, 90, 95, 86, 85.5, 84.9, 89, 91))
                .containsExactly(HOLD, RAISE, HOLD, HOLD, HOLD, CLEAR, HOLD, RAISE);
    }

    @Test
    void bagOverfillCylinderPressureTemperatureAndOverPressureAreThresholds() {
        assertThat(run(above(AlertKind.BAG_OVERFILL, 100, 2, 1), 99, 100, 99, 97.9))
                .containsExactly(HOLD, RAISE, HOLD, CLEAR);
        assertThat(run(above(AlertKind.CYLINDER_AT_FILL_PRESSURE, 19.7, 0.5, 1), 18, 19.8, 19.5, 19.1))
                .containsExactly(HOLD, RAISE, HOLD, CLEAR);
        assertThat(run(above(AlertKind.CYLINDER_TOO_WARM, 40, 2, 1), 35, 41, 39, 37))
                .containsExactly(HOLD, RAISE, HOLD, CLEAR);
        assertThat(run(above(AlertKind.OVER_PRESSURE, 150, 10, 1), 120, 151, 145, 139))
                .containsExactly(HOLD, RAISE, HOLD, CLEAR);
    }

    @Test
    void oxygenAndPurityAlarmBelow() {
        assertThat(run(below(AlertKind.OXYGEN_LOW, 18, 1, 1), 20.9, 17.9, 18.5, 19.1))
                .containsExactly(HOLD, RAISE, HOLD, CLEAR);
        assertThat(run(below(AlertKind.PURITY_LOW, 95, 1, 1), 99, 94, 95.5, 96.5))
                .containsExactly(HOLD, RAISE, HOLD, CLEAR);
    }

    @Test
    void debounceNeedsConsecutiveReadingsBothWays() {
        assertThat(run(above(AlertKind.BAG_NEARLY_FULL, 90, 5, 3), 91, 92, 80, 91, 92, 93, 80, 80, 91, 80))
                .containsExactly(HOLD, HOLD, HOLD, HOLD, HOLD, RAISE, HOLD, HOLD, HOLD, HOLD);
        assertThat(run(above(AlertKind.BAG_NEARLY_FULL, 90, 5, 2), 91, 91, 80, 80))
                .containsExactly(HOLD, RAISE, HOLD, CLEAR);
    }

    @Test
    void boilOffBandsAgainstTheExpectedRate() {
        Rule.Threshold low = Rule.Threshold.boilOff("zero", "*", Severity.WARNING, 10, 0.2, 1);
        Rule.Threshold high = Rule.Threshold.boilOff("high", "*", Severity.WARNING, 10, 3, 1);
        assertThat(low.kind()).isEqualTo(AlertKind.BOILOFF_ZERO);
        assertThat(high.kind()).isEqualTo(AlertKind.BOILOFF_HIGH);
        assertThat(run(low, 10, 0, 2.5, 3.1)).containsExactly(HOLD, RAISE, HOLD, CLEAR);
        assertThat(run(high, 10, 31, 30, 28.9)).containsExactly(HOLD, RAISE, HOLD, CLEAR);
        assertThatThrownBy(() -> Rule.Threshold.boilOff("x", "*", Severity.INFO, 0, 0.2, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quenchIsAFastFall() {
        Rule.OnReadings quench = new Rule.FallRate("q", "*", AlertKind.QUENCH, Severity.CRITICAL, 2, 1, 1);
        // readings one second apart: falls of 1, 5, 1.5, 0.5 per second
        assertThat(run(quench, 80, 79, 74, 72.5, 72)).containsExactly(HOLD, HOLD, RAISE, HOLD, CLEAR);
    }

    @Test
    void stuckSensorAfterNUnchangedReadings() {
        Rule.OnReadings stuck = new Rule.Stuck("s", "*", Severity.WARNING, 3, 0.01);
        assertThat(run(stuck, 5, 5, 5.005, 5, 6, 6)).containsExactly(HOLD, HOLD, RAISE, HOLD, CLEAR, HOLD);
    }

    @Test
    void staleDeviceAfterNBadReadings() {
        Rule.OnReadings stale = new Rule.Stale("d", "*", Severity.WARNING, 2);
        Rule.Check c = stale.newCheck();
        assertThat(c.evaluate(new Reading("x", 1, "%", Quality.STALE, T))).isEqualTo(HOLD);
        assertThat(c.evaluate(new Reading("x", Double.NaN, "%", Quality.FAILED, T))).isEqualTo(RAISE);
        assertThat(c.evaluate(new Reading("x", Double.NaN, "%", Quality.FAILED, T))).isEqualTo(HOLD);
        assertThat(c.evaluate(new Reading("x", 1, "%", Quality.GOOD, T))).isEqualTo(CLEAR);
    }

    @Test
    void staleAndFailedReadingsAreIgnoredByValueRules() {
        Rule.Check c = above(AlertKind.BAG_OVERFILL, 100, 1, 1).newCheck();
        assertThat(c.evaluate(new Reading("x", 200, "%", Quality.STALE, T))).isEqualTo(HOLD);
        assertThat(c.evaluate(new Reading("x", Double.NaN, "%", Quality.FAILED, T))).isEqualTo(HOLD);
    }

    @Test
    void subjectGlobs() {
        Rule r = new Rule.Stale("d", "modbus://*/bag-*", Severity.WARNING, 1);
        assertThat(r.matches("modbus://10.0.0.5:502/bag-level")).isTrue();
        assertThat(r.matches("modbus://10.0.0.5:502/o2")).isFalse();
        assertThat(r.matches("line://x/bag-1")).isFalse();
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> above(AlertKind.BAG_OVERFILL, 100, -1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> above(AlertKind.BAG_OVERFILL, 100, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rule.Stale(" ", "*", Severity.INFO, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rule.Stuck("s", "*", Severity.INFO, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
