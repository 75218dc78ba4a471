package io.github.herenet.helium.drivers;

import com.fazecast.jSerialComm.SerialPort;
import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import io.github.herenet.helium.drivers.level.SerialLevelDriver;
import io.github.herenet.helium.drivers.level.TcpLevelDriver;
import io.github.herenet.helium.device.Devices;
import io.github.herenet.helium.device.spi.DeviceDriver;
import org.junit.jupiter.api.Test;

import jakarta.json.JsonValue;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DriverDiscoveryTest {

    @Test
    void devicesLoadFindsModbusTcpThroughServiceLoaderOnTheClassPath() {
        try (Devices devices = Devices.load()) {
            assertThat(devices.schemes()).contains(ModbusTcpDriver.SCHEME);
            assertThat(devices.driver("modbus-tcp")).isInstanceOf(ModbusTcpDriver.class);
            assertThat(devices.driver("modbus-rtu")).isInstanceOf(ModbusRtuDriver.class);
            assertThat(devices.driver("tcp")).isInstanceOf(TcpLevelDriver.class);
            assertThat(devices.driver("serial")).isInstanceOf(SerialLevelDriver.class);
        }
    }

    @Test
    void devicesLoadFindsModbusTcpThroughServiceLoaderOnTheModulePath() throws Exception {
        // helium-core, helium-drivers and j2mod as named modules in a layer of their own
        ModuleFinder finder = ModuleFinder.of(location(Devices.class), location(ModbusTcpDriver.class),
                location(ModbusTCPMaster.class), location(SerialPort.class), location(JsonValue.class), location(LoggerFactory.class));
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolveAndBind(finder, ModuleFinder.of(), Set.of("io.github.herenet.helium.drivers"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
        assertThat(layer.findModule("io.github.herenet.helium.drivers")).get()
                .satisfies(m -> assertThat(m.isNamed()).isTrue());

        Class<?> devices = layer.findLoader("io.github.herenet.helium.core")
                .loadClass("io.github.herenet.helium.device.Devices");
        assertThat(devices.getModule().getName()).isEqualTo("io.github.herenet.helium.core");
        try (AutoCloseable loaded = (AutoCloseable) devices.getMethod("load").invoke(null)) {
            Set<?> schemes = (Set<?>) devices.getMethod("schemes").invoke(loaded);
            assertThat(schemes.containsAll(Set.of(ModbusTcpDriver.SCHEME, ModbusRtuDriver.SCHEME,
                    TcpLevelDriver.SCHEME, SerialLevelDriver.SCHEME)))
                    .as("schemes " + schemes).isTrue();
            Object driver = devices.getMethod("driver", String.class).invoke(loaded, ModbusTcpDriver.SCHEME);
            assertThat(driver.getClass().getModule().getName()).isEqualTo("io.github.herenet.helium.drivers");
            Object rtu = devices.getMethod("driver", String.class).invoke(loaded, ModbusRtuDriver.SCHEME);
            assertThat(rtu.getClass().getName()).isEqualTo(ModbusRtuDriver.class.getName());
            assertThat(rtu.getClass().getModule().getName()).isEqualTo("io.github.herenet.helium.drivers");
        }
    }

    @Test
    void theServicesFileAndModuleInfoDeclareTheSameDrivers() throws Exception {
        Path classes = Path.of(ModbusTcpDriver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> servicesFile = Files.readAllLines(
                        classes.resolve("META-INF/services/" + DeviceDriver.class.getName())).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        Set<String> provided = descriptor.provides().stream()
                .filter(p -> p.service().equals(DeviceDriver.class.getName()))
                .flatMap(p -> p.providers().stream()).collect(Collectors.toSet());
        assertThat(provided).containsExactlyInAnyOrderElementsOf(servicesFile).contains(ModbusTcpDriver.class.getName(),
                ModbusRtuDriver.class.getName(), TcpLevelDriver.class.getName(), SerialLevelDriver.class.getName());
        assertThat(descriptor.requires().stream().map(ModuleDescriptor.Requires::name))
                .contains("io.github.herenet.helium.core", "j2mod", "com.fazecast.jSerialComm");
    }

    private static Path location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void documentsEveryParameter() {
        assertThat(new ModbusTcpDriver().parameters()).extracting(p -> p.name())
                .containsExactly("unit", "profile", "timeout", "retries");
        assertThat(new ModbusTcpDriver().parameters()).allSatisfy(p -> assertThat(p.meaning()).isNotBlank());
    }
}
