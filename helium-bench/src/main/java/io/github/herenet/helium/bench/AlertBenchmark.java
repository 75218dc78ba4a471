package io.github.herenet.helium.bench;

import io.github.herenet.helium.alert.AlertEngine;
import io.github.herenet.helium.alert.AlertKind;
import io.github.herenet.helium.alert.Rule;
import io.github.herenet.helium.alert.Severity;
import io.github.herenet.helium.device.Quality;
import io.github.herenet.helium.device.Reading;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Alert rule evaluation: readings of 50 devices (level, o2, flow, pressure and temperature channels)
 * through an {@link AlertEngine} holding 20 rules, values wandering across the limits so that alerts
 * are raised and cleared (rate limited, no listeners, no ledger). Reports ns per reading.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Thread)
public class AlertBenchmark {

    private static final String[] CHANNELS = {"level", "o2", "flow", "pressure", "temperature"};

    private AlertEngine engine;
    private String[] devices;
    private Reading[] readings;
    private int next;

    /** Builds the engine and 4,096 readings to cycle through. */
    @Setup
    public void setUp() {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rules.add(new Rule.Threshold("full-" + i, "modbus://dev-" + i + "*/level", AlertKind.BAG_NEARLY_FULL,
                    Severity.WARNING, Rule.Direction.ABOVE, 90, 5, 2));
        }
        rules.add(new Rule.Threshold("overfill", "*/level", AlertKind.BAG_OVERFILL, Severity.CRITICAL,
                Rule.Direction.ABOVE, 100, 2, 1));
        rules.add(new Rule.FallRate("quench", "*/level", AlertKind.QUENCH, Severity.CRITICAL, 2, 1, 1));
        rules.add(new Rule.Threshold("o2", "*/o2", AlertKind.OXYGEN_LOW, Severity.CRITICAL, Rule.Direction.BELOW,
                18, 0.5, 2));
        rules.add(new Rule.Stuck("o2-stuck", "*/o2", Severity.WARNING, 50, 0));
        rules.add(Rule.Threshold.boilOff("boiloff-zero", "*/flow", Severity.WARNING, 10, 0.2, 3));
        rules.add(Rule.Threshold.boilOff("boiloff-high", "*/flow", Severity.WARNING, 10, 3, 3));
        rules.add(new Rule.Threshold("purity", "*/purity", AlertKind.PURITY_LOW, Severity.WARNING,
                Rule.Direction.BELOW, 95, 1, 3));
        rules.add(new Rule.Threshold("fill", "*/pressure", AlertKind.CYLINDER_AT_FILL_PRESSURE, Severity.INFO,
                Rule.Direction.ABOVE, 19.7, 0.5, 1));
        rules.add(new Rule.Threshold("over-pressure", "*/pressure", AlertKind.OVER_PRESSURE, Severity.CRITICAL,
                Rule.Direction.ABOVE, 21, 1, 1));
        rules.add(new Rule.Threshold("warm", "*/temperature", AlertKind.CYLINDER_TOO_WARM, Severity.WARNING,
                Rule.Direction.ABOVE, 40, 2, 2));
        rules.add(new Rule.Stuck("level-stuck", "*/level", Severity.WARNING, 100, 0));
        rules.add(new Rule.Stuck("pressure-stuck", "*/pressure", Severity.WARNING, 100, 0));
        rules.add(new Rule.Stale("stale", "*", Severity.WARNING, 5));
        rules.add(new Rule.Stale("dead", "*", Severity.CRITICAL, 60));
        rules.add(new Rule.Threshold("flow-sensor", "*/flow", AlertKind.SENSOR_STUCK, Severity.INFO,
                Rule.Direction.BELOW, -1, 0, 1));
        rules.add(new Rule.Threshold("temp-low", "*/temperature", AlertKind.SENSOR_STUCK, Severity.INFO,
                Rule.Direction.BELOW, -50, 0, 1));
        engine = new AlertEngine(rules, Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC),
                AlertEngine.Settings.DEFAULT, null);
        devices = new String[50];
        for (int d = 0; d < devices.length; d++) {
            devices[d] = "modbus://dev-" + d + ":502";
        }
        readings = new Reading[4096];
        java.util.Random random = new java.util.Random(42);
        double[] base = {88, 19, 10, 19.5, 38};
        double[] swing = {6, 2, 9, 1, 4};
        for (int i = 0; i < readings.length; i++) {
            int c = i % CHANNELS.length;
            Quality q = random.nextInt(100) == 0 ? Quality.STALE : Quality.GOOD;
            readings[i] = new Reading(CHANNELS[c], base[c] + swing[c] * (2 * random.nextDouble() - 1), "x", q,
                    Instant.parse("2026-03-01T00:00:00Z").plusMillis(i * 100L));
        }
    }

    /** One reading through the engine. */
    @Benchmark
    public int onReading() {
        int i = next++ & (readings.length - 1);
        engine.onReading(devices[i % devices.length], readings[i]);
        return i;
    }
}
