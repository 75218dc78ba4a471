package io.github.herenet.helium.bench;

import io.github.herenet.helium.drivers.level.Ami135Parser;
import io.github.herenet.helium.drivers.level.Ami1700Parser;
import io.github.herenet.helium.drivers.level.LevelValue;
import io.github.herenet.helium.drivers.level.Lm510Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Level-meter answers parsed per second, one parser per instrument, on answers as the instruments send them
 * (with line ends and spaces). The reply strings are fields, so they are not constant-folded.
 *
 * <pre>{@code
 * java -jar helium-bench/target/benchmarks.jar LevelParserBenchmark -wi 2 -i 3 -w 1 -r 1 -f 1
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Thread)
public class LevelParserBenchmark {

    /** An AMI 1700 answer to {@code MEAS:HE:LEV?}. */
    public String ami1700Reply = "56.40\r\n";
    /** An AMI 135 answer to {@code UNIT}. */
    public String ami135UnitReply = "C\r\n";
    /** An AMI 135 answer to {@code LEVEL}. */
    public String ami135LevelReply = " 35.20\r\n";
    /** An LM-510 answer to {@code MEAS? 1}. */
    public String lm510Reply = "35.2 cm\r\n";
    /** An LM-510 answer with the command's echo in front, as on RS-232. */
    public String lm510EchoedReply = "MEAS? 1\r\n35.2 cm\r\n";

    /** {@link Ami1700Parser#parseLevel}. */
    @Benchmark
    public LevelValue ami1700() {
        return Ami1700Parser.parseLevel(ami1700Reply);
    }

    /** {@link Ami135Parser#parseUnit} then {@link Ami135Parser#parseLevel}: the two answers of one reading. */
    @Benchmark
    public LevelValue ami135UnitAndLevel() {
        return Ami135Parser.parseLevel(ami135LevelReply, Ami135Parser.parseUnit(ami135UnitReply));
    }

    /** {@link Lm510Parser#parseLevel(String)}. */
    @Benchmark
    public LevelValue lm510() {
        return Lm510Parser.parseLevel(lm510Reply);
    }

    /** {@link Lm510Parser#parseLevel(String, String)} skipping the echo line. */
    @Benchmark
    public LevelValue lm510WithEcho() {
        return Lm510Parser.parseLevel(lm510EchoedReply, "MEAS? 1");
    }
}
