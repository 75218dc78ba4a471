/**
 * HeReNet Helium device drivers: {@code modbus-tcp} and {@code modbus-rtu} (on j2mod), and the level-meter
 * drivers {@code tcp} and {@code serial} (on jSerialComm). Found by
 * {@link io.github.herenet.helium.device.Devices#load()} through {@link java.util.ServiceLoader} on the
 * module path (this declaration) and on the class path ({@code META-INF/services}).
 */
module io.github.herenet.helium.drivers {
    requires io.github.herenet.helium.core;
    requires j2mod;
    requires com.fazecast.jSerialComm;

    exports io.github.herenet.helium.drivers;
    exports io.github.herenet.helium.drivers.level;

    provides io.github.herenet.helium.device.spi.DeviceDriver
            with io.github.herenet.helium.drivers.ModbusTcpDriver,
                 io.github.herenet.helium.drivers.ModbusRtuDriver,
                 io.github.herenet.helium.drivers.level.TcpLevelDriver,
                 io.github.herenet.helium.drivers.level.SerialLevelDriver;
}
