package io.github.herenet.helium.bench;

import io.github.herenet.helium.plan.MinCostFlow;
import io.github.herenet.helium.plan.Plan;
import io.github.herenet.helium.plan.Planner;
import io.github.herenet.helium.plan.PlanningProblem;
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
 * Min-cost flow on the time-expanded networks of generated planning problems ({@link SyntheticPlanning}) of
 * the three sizes: sites x days = 20 x 60 (2,582 nodes, 6,452 arcs), 60 x 120 (14,762 / 37,570) and
 * 200 x 365 (146,214 / 375,290). The network is built once in the trial set-up and solved once there to check
 * its certificate. {@code solve()} does not change the graph: it copies it into the simplex's own arrays, so
 * every call solves from scratch (the copy is part of the measured time).
 * {@code plan} measures the whole {@link Planner#plan}: building the network, solving, reading the plan.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class PlanBenchmark {

    /** sites x days. */
    @Param({"20x60", "60x120", "200x365"})
    public String size;

    private PlanningProblem problem;
    private MinCostFlow graph;

    @Setup(Level.Trial)
    public void build() {
        String[] parts = size.split("x");
        problem = SyntheticPlanning.problem(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 42);
        graph = Planner.network(problem).graph();
        MinCostFlow.Solution solution = graph.solve();
        graph.verify(solution);
        System.out.printf("%n%s: %d nodes, %d arcs, %d pivots%n", size, graph.nodeCount(), graph.arcCount(),
                solution.pivots());
    }

    @Benchmark
    public MinCostFlow.Solution solve() {
        return graph.solve();
    }

    @Benchmark
    public Plan plan() {
        return Planner.plan(problem);
    }
}
