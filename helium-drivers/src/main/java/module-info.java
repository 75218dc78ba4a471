/**
 * HeReNet Helium device drivers: {@code modbus-tcp} (on j2mod). Found by
 * {@link io.github.herenet.helium.device.Devices#load()} through {@link java.util.ServiceLoader} on the
 * module path (this declaration) and on the class path ({@code META-INF/services}).
 */
module io.github.herenet.helium.drivers {
    requires io.github.herenet.helium.core;
    requires j2mod;

    exports io.github.herenet.helium.drivers;

    provides io.github.herenet.helium.device.spi.DeviceDriver
            with io.github.herenet.helium.drivers.ModbusTcpDriver;
}
