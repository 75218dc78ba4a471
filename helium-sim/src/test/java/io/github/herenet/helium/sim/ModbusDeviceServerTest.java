package io.github.herenet.helium.sim;

import com.ghgande.j2mod.modbus.ModbusIOException;
import com.ghgande.j2mod.modbus.ModbusSlaveException;
import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import com.ghgande.j2mod.modbus.procimg.InputRegister;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import io.github.herenet.helium.device.DeviceException;
import io.github.herenet.helium.device.DeviceProfile;
import io.github.herenet.helium.device.RegisterChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class ModbusDeviceServerTest {

    private static final DeviceProfile CPA = DeviceProfile.builtIn("cryomech-cpa");

    @Test
    void setValuesDecodeBackForEveryBuiltInProfile() {
        for (String name : DeviceProfile.BUILT_IN) {
            DeviceProfile profile = DeviceProfile.builtIn(name);
            try (ModbusDeviceServer server = ModbusDeviceServer.start(profile, 1)) {
                for (RegisterChannel channel : profile.channels()) {
                    double value = channel.decode(channel.encode(3 * channel.scale() + channel.offset()));
                    server.set(channel.name(), value);
                    assertThat(server.value(channel.name())).as(name + "." + channel.name()).isEqualTo(value);
                }
            }
        }
    }

    @Test
    void servesInputRegistersAndTakesWritesOverModbusTcp() throws Exception {
        try (ModbusDeviceServer server = ModbusDeviceServer.start(CPA, 7)) {
            server.set("highPressure", 280.5);
            ModbusTCPMaster master = master(server, 1000);
            try {
                InputRegister[] words = master.readInputRegisters(7, 18, 2); // 30019-30020, low word first
                int bits = words[1].toUnsignedShort() << 16 | words[0].toUnsignedShort();
                assertThat(Float.intBitsToFloat(bits)).isEqualTo(280.5f);

                master.writeSingleRegister(7, 0, new SimpleRegister(255));
                assertThat(server.value("enable")).isEqualTo(255.0);
            } finally {
                master.disconnect();
            }
        }
    }

    @Test
    void answersAnAddressItDoesNotHaveWithCode2AndAnotherUnitWithCode11() throws Exception {
        try (ModbusDeviceServer server = ModbusDeviceServer.start(CPA, 1)) {
            ModbusTCPMaster master = master(server, 1000);
            try {
                assertThatThrownBy(() -> master.readInputRegisters(1, 29, 2)) // 30030 exists, 30031 does not
                        .isInstanceOfSatisfying(ModbusSlaveException.class, e -> assertThat(e.getType()).isEqualTo(2));
                assertThatThrownBy(() -> master.readInputRegisters(2, 0, 1))
                        .isInstanceOfSatisfying(ModbusSlaveException.class, e -> assertThat(e.getType()).isEqualTo(11));
            } finally {
                master.disconnect();
            }
        }
    }

    @Test
    void aSilentServerAcceptsButNeverAnswers() throws Exception {
        try (ModbusDeviceServer server = ModbusDeviceServer.start(CPA, 1)) {
            server.silent(true);
            ModbusTCPMaster master = master(server, 200);
            try {
                long start = System.nanoTime();
                assertThatThrownBy(() -> master.readInputRegisters(1, 0, 1)).isInstanceOf(ModbusIOException.class);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
                assertThat(server.connections()).isEqualTo(1);
            } finally {
                master.disconnect();
            }
        }
    }

    @Test
    void closeEndsEveryThreadDropsAcceptedConnectionsAndFreesThePort() throws Exception {
        Set<String> before = serverThreads();
        ModbusDeviceServer server = ModbusDeviceServer.start(CPA, 1);
        int port = server.port();
        ModbusTCPMaster master = master(server, 1000);
        try (Socket idle = new Socket(InetAddress.getLoopbackAddress(), port)) {
            master.readInputRegisters(1, 0, 2);
            awaitConnections(server, 2);
            await(() -> serverThreads().size() == before.size() + 3); // the acceptor and two connections' threads

            server.close();

            assertThat(serverThreads()).isEqualTo(before);
            assertThat(server.connections()).isZero();
            idle.setSoTimeout(2000);
            try (InputStream in = idle.getInputStream()) {
                assertThat(in.read()).as("the accepted connection is closed").isEqualTo(-1);
            }
            try (ServerSocket again = new ServerSocket()) {
                again.setReuseAddress(true);
                again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                assertThat(again.getLocalPort()).isEqualTo(port);
            }
        } finally {
            master.disconnect();
            server.close();
        }
    }

    @Test
    void restartsOnTheSamePort() {
        ModbusDeviceServer first = ModbusDeviceServer.start(CPA, 1);
        int port = first.port();
        first.close();
        try (ModbusDeviceServer second = ModbusDeviceServer.start(CPA, 1, port)) {
            assertThat(second.port()).isEqualTo(port);
        }
    }

    @Test
    void refusesWhatTheProfileLacks() {
        try (ModbusDeviceServer server = ModbusDeviceServer.start(CPA, 1)) {
            assertThatThrownBy(() -> server.set("level", 1)).isInstanceOf(DeviceException.InvalidAddress.class)
                    .hasMessageContaining("no channel 'level'");
            assertThatThrownBy(() -> server.set("running", -1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("does not fit a UINT16");
        }
        assertThatThrownBy(() -> ModbusDeviceServer.start(CPA, 256)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0-255");
    }

    private static ModbusTCPMaster master(ModbusDeviceServer server, int timeoutMillis) throws Exception {
        ModbusTCPMaster master = new ModbusTCPMaster("127.0.0.1", server.port(), timeoutMillis, false, false);
        master.connect();
        master.setRetries(1);
        return master;
    }

    private static void awaitConnections(ModbusDeviceServer server, int count) throws InterruptedException {
        await(() -> server.connections() == count);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(condition.getAsBoolean()).as("condition met within 5 s").isTrue();
    }

    private static Set<String> serverThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith(ModbusDeviceServer.THREAD_PREFIX)).collect(Collectors.toSet());
    }
}
