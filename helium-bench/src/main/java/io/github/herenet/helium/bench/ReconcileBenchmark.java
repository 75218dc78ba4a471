package io.github.herenet.helium.bench;

import io.github.herenet.helium.reconcile.BalanceModel;
import io.github.herenet.helium.reconcile.GrossErrorReport;
import io.github.herenet.helium.reconcile.Reconciliation;
import io.github.herenet.helium.reconcile.SyntheticNetwork;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Reconciliation of generated HeReNet-like networks ({@link SyntheticNetwork}): 40 sites x 12 months
 * (about 5,300 measurements, 2,200 balances) and 150 sites x 90 months (about 144,000 measurements,
 * 61,600 balances), with one leak and one biased reading per 100 site-months. Measured: the structural
 * analysis of a new model (projection, ordering, symbolic factor), one reconciliation (assemble and
 * factor A V A^T, solve, back-substitute), a reconciliation with the measurement test of every
 * measurement (selected inverse), and the full gross-error search.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@State(Scope.Benchmark)
public class ReconcileBenchmark {

    /** Sites x months. */
    @Param({"40x12", "150x90"})
    public String network;

    private BalanceModel model;

    /** Generates the network of {@link #network} with its planted faults. */
    @Setup(Level.Trial)
    public void generate() {
        String[] parts = network.split("x");
        int sites = Integer.parseInt(parts[0]);
        int months = Integer.parseInt(parts[1]);
        int faults = Math.max(1, sites * months / 100);
        model = SyntheticNetwork.generate(sites, months, 42, faults, faults).model();
    }

    /** A new model from the same variables and balances: validation and the structural analysis. */
    @Benchmark
    public BalanceModel build() {
        BalanceModel.Builder b = BalanceModel.builder();
        for (int v = 0; v < model.variableCount(); v++) {
            if (model.isMeasured(v)) {
                b.measured(model.name(v), model.measuredValue(v), model.sigma(v));
            } else {
                b.unmeasured(model.name(v));
            }
        }
        for (int k = 0; k < model.balanceCount(); k++) {
            b.balance(model.balanceName(k), model.balanceVariables(k), model.balanceCoefficients(k));
        }
        return b.build();
    }

    /** One reconciliation: assemble and factor A V A^T, solve, back-substitute, global test. */
    @Benchmark
    public Reconciliation reconcile() {
        return model.reconcile();
    }

    /** Reconcile, then the measurement test of every measurement (the selected inverse is computed here). */
    @Benchmark
    public double[] reconcileAndTestAllMeasurements() {
        return model.reconcile().measurementTests();
    }

    /** The serial GLR search for biased readings and leaks at 5 %, from a fresh reconciliation. */
    @Benchmark
    public GrossErrorReport fullGrossErrorSearch() {
        return model.detectGrossErrors(0.05);
    }
}
