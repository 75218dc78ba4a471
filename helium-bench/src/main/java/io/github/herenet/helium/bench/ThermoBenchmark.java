package io.github.herenet.helium.bench;

import io.github.herenet.helium.thermo.FluidState;
import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.thermo.HeliumEos;
import io.github.herenet.helium.thermo.SaturationState;
import io.github.herenet.helium.thermo.StandardConditions;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Temperature;
import io.github.herenet.helium.units.Volume;
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
 * The thermodynamic hot paths, single thread: density at the four everyday state points, the two
 * saturation calls, a full state, and the HeliumAmount conversions. Inputs live in fields so that
 * the JIT cannot fold them into constants.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class ThermoBenchmark {

    private final HeliumEos eos = HeliumEos.reference();
    private double roomTemperature = 300;
    private double cylinderPressure = 19.6e6;
    private double ambientTemperature = 293.15;
    private double atmosphere = 101_325;
    private double liquidTemperature = 4.2;
    private double liquidPressure = 0.5e6;
    private double coldGasTemperature = 10;
    private double coldGasPressure = 1e6;
    private double litres = 250;
    private final Volume cylinder = Volume.ofLitres(47);
    private final Pressure fill = Pressure.ofMegapascals(14.8);
    private final Temperature fifteen = Temperature.FIFTEEN_CELSIUS;

    @Benchmark
    public double densityGas300K19_6MPa() {
        return eos.density(roomTemperature, cylinderPressure);
    }

    @Benchmark
    public double densityGas293K1atm() {
        return eos.density(ambientTemperature, atmosphere);
    }

    @Benchmark
    public double densityLiquid4_2K0_5MPa() {
        return eos.density(liquidTemperature, liquidPressure);
    }

    @Benchmark
    public double densityColdGas10K1MPa() {
        return eos.density(coldGasTemperature, coldGasPressure);
    }

    @Benchmark
    public SaturationState saturationAtTemperature4_2K() {
        return eos.saturationAtTemperature(liquidTemperature);
    }

    @Benchmark
    public SaturationState saturationAtPressure1atm() {
        return eos.saturationAtPressure(atmosphere);
    }

    @Benchmark
    public FluidState state300K19_6MPa() {
        return eos.state(roomTemperature, cylinderPressure);
    }

    @Benchmark
    public double amountLiquidLitresToNm3() {
        return HeliumAmount.ofLiquidLitres(litres).gasCubicMetres(StandardConditions.NORMAL_0C);
    }

    @Benchmark
    public double amountCylinderToNm3() {
        return HeliumAmount.inVessel(cylinder, fill, fifteen).gasCubicMetres(StandardConditions.NORMAL_0C);
    }
}
