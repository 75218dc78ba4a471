package io.github.herenet.helium.bench;

import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import com.ghgande.j2mod.modbus.procimg.InputRegister;
import io.github.herenet.helium.device.DeviceProfile;
import io.github.herenet.helium.device.Devices;
import io.github.herenet.helium.device.Reading;
import io.github.herenet.helium.device.RegisterChannel;
import io.github.herenet.helium.drivers.ModbusConnection;
import io.github.herenet.helium.drivers.ModbusTcpDriver;
import io.github.herenet.helium.sim.ModbusDeviceServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * Modbus TCP register reads per second over one loopback connection to a {@link ModbusDeviceServer} in the
 * same JVM (a simulated Cryomech CPA): one FLOAT32 channel through the driver ({@code readFloat32Channel}),
 * ten registers in one request through the driver ({@code readTenRegisters}), and the same ten-register
 * request on a bare j2mod master ({@code rawJ2modTenRegisters}), so the driver's overhead can be told from
 * j2mod's. Target: at least 20,000 reads/s.
 *
 * <pre>{@code
 * java -jar helium-bench/target/benchmarks.jar ModbusBenchmark -wi 2 -i 3 -w 2 -r 2 -f 1
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ModbusBenchmark {

    private ModbusDeviceServer server;
    private Devices devices;
    private ModbusConnection connection;
    private ModbusTCPMaster master;

    /** Starts the simulated compressor and connects the driver and a bare j2mod master to it. */
    @Setup
    public void setUp() throws Exception {
        server = ModbusDeviceServer.start(DeviceProfile.builtIn("cryomech-cpa"), 1);
        server.set("highPressure", 280.5);
        devices = Devices.of(new ModbusTcpDriver());
        connection = (ModbusConnection) devices.open(URI.create(
                "modbus-tcp://127.0.0.1:" + server.port() + "?profile=cryomech-cpa&timeout=1s"));
        master = new ModbusTCPMaster("127.0.0.1", server.port(), 1000, false, false);
        master.connect();
        master.setRetries(1);
    }

    /** Closes the connections and the server. */
    @TearDown
    public void tearDown() {
        master.disconnect();
        devices.close();
        server.close();
    }

    /** One FLOAT32 channel (two input registers, function 4), decoded, with quality and timestamp. */
    @Benchmark
    public Reading readFloat32Channel() {
        return connection.read("highPressure");
    }

    /** Ten input registers in one request through the driver. */
    @Benchmark
    public int[] readTenRegisters() {
        return connection.readRegisters(RegisterChannel.Table.INPUT, 6, 10);
    }

    /** The same ten registers on a bare j2mod master: the baseline. */
    @Benchmark
    public InputRegister[] rawJ2modTenRegisters() throws Exception {
        return master.readInputRegisters(1, 6, 10);
    }
}
