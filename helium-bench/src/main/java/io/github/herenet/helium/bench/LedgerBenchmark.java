package io.github.herenet.helium.bench;

import io.github.herenet.helium.ledger.InMemoryLedgerStore;
import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.ledger.MonthlyReport;
import io.github.herenet.helium.ledger.PriceTiers;
import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.thermo.StandardConditions;
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

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

/**
 * Ledger queries over a generated history of 10^5 and 10^6 events (200 labs at 40 partner sites): the
 * monthly report of the last month and the network balance at the end (both replay from the nearest
 * state checkpoint), and opening the ledger, which replays and checks every event: linear in events.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@State(Scope.Benchmark)
public class LedgerBenchmark {

    @Param({"100000", "1000000"})
    public int events;

    private SyntheticLedger synthetic;
    private InMemoryLedgerStore store;
    private Ledger ledger;
    private YearMonth lastMonth;
    private Instant end;
    private final PriceTiers tiers = PriceTiers.flat(2000);

    @Setup(Level.Trial)
    public void fill() {
        synthetic = new SyntheticLedger(40, 5);
        store = new InMemoryLedgerStore();
        ledger = Ledger.open(synthetic.network, store);
        var history = synthetic.events(events, 42);
        for (int from = 0; from < history.size(); from += 10_000) {
            ledger.appendAll(history.subList(from, Math.min(history.size(), from + 10_000)));
        }
        end = history.get(history.size() - 1).time();
        lastMonth = YearMonth.from(end.atZone(ZoneOffset.UTC)).minusMonths(1);
    }

    @Benchmark
    public MonthlyReport monthlyReportOfLastMonth() {
        return ledger.monthlyReport(lastMonth, ZoneOffset.UTC, StandardConditions.NORMAL_0C, tiers);
    }

    @Benchmark
    public HeliumAmount networkBalanceAtEnd() {
        return ledger.networkBalance(end);
    }

    /** Opening the ledger: every event replayed and checked again, the cost that grows with the history. */
    @Benchmark
    public Ledger openReplayingEverything() {
        return Ledger.open(synthetic.network, store);
    }
}
