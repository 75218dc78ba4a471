package io.github.herenet.helium.drivers;

import io.github.herenet.helium.device.Devices;
import io.github.herenet.helium.device.spi.DeviceDriver;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
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
        assertThat(provided).containsExactlyInAnyOrderElementsOf(servicesFile).contains(ModbusTcpDriver.class.getName());
        assertThat(descriptor.requires().stream().map(ModuleDescriptor.Requires::name))
                .contains("io.github.herenet.helium.core", "j2mod");
    }

    @Test
    void documentsEveryParameter() {
        assertThat(new ModbusTcpDriver().parameters()).extracting(p -> p.name())
                .containsExactly("unit", "profile", "timeout", "retries");
        assertThat(new ModbusTcpDriver().parameters()).allSatisfy(p -> assertThat(p.meaning()).isNotBlank());
    }
}
