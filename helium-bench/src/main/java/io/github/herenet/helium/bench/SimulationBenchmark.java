package io.github.herenet.helium.bench;

import io.github.herenet.helium.ledger.InMemoryLedgerStore;
import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.sim.network.HeliumBalance;
import io.github.herenet.helium.sim.network.NetworkSimulation;
import io.github.herenet.helium.sim.network.Progress;
import io.github.herenet.helium.sim.network.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One simulated year of a whole network ({@link NetworkSimulation}) into an in-memory ledger, no reading
 * listeners: {@code referenceYear} is the shipped reference scenario (a hub and five partners), {@code scaledYear}
 * the reference partners cloned to {@code partners} sites ({@link Scenario#scaled}). Each call builds the
 * ledger and the simulation and runs 365 days (the set-up of the scenario itself is outside the measurement).
 * The big case is meant for single-shot time: {@code -bm ss -wi 1 -i 3}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
@State(Scope.Benchmark)
public class SimulationBenchmark {

    /** Partner sites of the scaled case. */
    @Param({"1000"})
    public int partners;

    private Scenario reference;
    private Scenario scaled;

    @Setup
    public void scenarios() {
        reference = Scenario.reference();
        scaled = Scenario.scaled(partners);
    }

    @Benchmark
    public HeliumBalance referenceYear() {
        return year(reference);
    }

    @Benchmark
    public HeliumBalance scaledYear() {
        return year(scaled);
    }

    private static HeliumBalance year(Scenario scenario) {
        try (Ledger ledger = Ledger.open(scenario.network(), new InMemoryLedgerStore());
             NetworkSimulation sim = NetworkSimulation.create(scenario, 42, ledger)) {
            sim.run(Duration.ofDays(365), Progress.NONE);
            HeliumBalance balance = sim.balance();
            if (!balance.conserved()) {
                throw new IllegalStateException("helium not conserved: " + balance);
            }
            return balance;
        }
    }
}
