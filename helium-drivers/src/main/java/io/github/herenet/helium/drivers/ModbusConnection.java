package io.github.herenet.helium.drivers;

import com.ghgande.j2mod.modbus.procimg.InputRegister;
import com.ghgande.j2mod.modbus.procimg.Register;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import io.github.herenet.helium.device.Channel;
import io.github.herenet.helium.device.DeviceConnection;
import io.github.herenet.helium.device.DeviceException;
import io.github.herenet.helium.device.DeviceProfile;
import io.github.herenet.helium.device.Quality;
import io.github.herenet.helium.device.Reading;
import io.github.herenet.helium.device.RegisterChannel;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * A connection to one Modbus device, over TCP ({@link ModbusTcpDriver}) or RTU on a serial line
 * ({@link ModbusRtuDriver}), its channels given by a {@link DeviceProfile}. A channel is read
 * with function 4 (input registers) or 3 (holding registers) and written with function 6 (one register) or
 * 16 (two). A value outside the channel's plausible range reads with quality {@link Quality#OUT_OF_RANGE}.
 *
 * <p>Deadlines, retries and reconnects are those of the URI ({@code timeout}, {@code retries}); see
 * {@link ModbusTcpDriver} and {@link ModbusRtuDriver}. Thread-safe: one transaction at a time.
 */
public final class ModbusConnection implements DeviceConnection {

    private final URI uri;
    private final DeviceProfile profile;
    private final ModbusLink link;
    private final Clock clock;

    ModbusConnection(URI uri, DeviceProfile profile, ModbusLink link, Clock clock) {
        this.uri = Objects.requireNonNull(uri, "uri");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.link = Objects.requireNonNull(link, "link");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** {@inheritDoc} */
    @Override
    public URI uri() {
        return uri;
    }

    /** The device profile that maps its channels to registers. */
    public DeviceProfile profile() {
        return profile;
    }

    /** {@inheritDoc} */
    @Override
    public List<Channel> channels() {
        return profile.deviceChannels();
    }

    /**
     * Reads the channel's registers and decodes them.
     *
     * @throws DeviceException.InvalidAddress for a channel the profile lacks
     * @throws DeviceException.Protocol       with the Modbus exception code if the device refuses
     * @throws DeviceException.Timeout        if no attempt got an answer in time
     * @throws DeviceException.Connect        if no attempt reached the device
     */
    @Override
    public Reading read(String channelName) {
        RegisterChannel channel = profile.channel(channelName);
        double value = channel.decode(readRegisters(channel.table(), channel.address(), channel.type().registers()));
        Quality quality = channel.inRange(value) ? Quality.GOOD : Quality.OUT_OF_RANGE;
        return new Reading(channel.name(), value, channel.unit(), quality, clock.instant());
    }

    /**
     * Encodes and writes a value to a writable channel.
     *
     * @throws DeviceException.InvalidAddress for an unknown or read-only channel
     * @throws IllegalArgumentException       for a value the channel's register type cannot hold
     * @throws DeviceException                if the link fails, as {@link #read}
     */
    @Override
    public void write(String channelName, double value) {
        RegisterChannel channel = profile.channel(channelName);
        if (!channel.writable()) {
            throw new DeviceException.InvalidAddress("channel '" + channelName + "' of profile " + profile.name()
                    + " is read-only; writable channels: "
                    + profile.channels().stream().filter(RegisterChannel::writable).map(RegisterChannel::name).toList());
        }
        int[] words = channel.encode(value);
        String what = "write of " + describe(channel.table(), channel.address(), words.length);
        int address = channel.address();
        if (words.length == 1) {
            link.execute(what, (master, unit) -> master.writeSingleRegister(unit, address, new SimpleRegister(words[0])));
        } else {
            Register[] registers = new Register[words.length];
            for (int i = 0; i < words.length; i++) {
                registers[i] = new SimpleRegister(words[i]);
            }
            link.execute(what, (master, unit) -> master.writeMultipleRegisters(unit, address, registers));
        }
    }

    /**
     * Reads {@code count} consecutive registers as words 0-65535: a bulk read for callers that decode
     * several channels from one request.
     *
     * @param table   input (function 4) or holding registers (function 3)
     * @param address the 0-based address of the first register in its table
     * @param count   how many, 1-125
     * @throws IllegalArgumentException for an address or count outside Modbus's limits
     * @throws DeviceException          as {@link #read}
     */
    public int[] readRegisters(RegisterChannel.Table table, int address, int count) {
        Objects.requireNonNull(table, "table");
        if (address < 0 || address > 65535 || count < 1 || count > 125 || address + count > 65536) {
            throw new IllegalArgumentException("cannot read " + count + " registers from address " + address
                    + ": a Modbus read takes 1-125 registers within addresses 0-65535");
        }
        String what = "read of " + describe(table, address, count);
        InputRegister[] registers = link.execute(what, (master, unit) -> table == RegisterChannel.Table.INPUT
                ? master.readInputRegisters(unit, address, count)
                : master.readMultipleRegisters(unit, address, count));
        if (registers == null || registers.length != count) {
            throw new DeviceException.Protocol(link.settings() + " answered the " + what + " with "
                    + (registers == null ? "no" : registers.length) + " registers", -1, null);
        }
        int[] words = new int[count];
        for (int i = 0; i < count; i++) {
            words[i] = registers[i].toUnsignedShort();
        }
        return words;
    }

    /** Closes the TCP connection or serial port; further calls throw IllegalStateException. Idempotent. */
    @Override
    public void close() {
        link.close();
    }

    @Override
    public String toString() {
        return uri.toString();
    }

    private static String describe(RegisterChannel.Table table, int address, int count) {
        int first = (table == RegisterChannel.Table.INPUT ? 30001 : 40001) + address;
        String kind = table == RegisterChannel.Table.INPUT ? "input register" : "holding register";
        return count == 1 ? kind + " " + first : kind + "s " + first + "-" + (first + count - 1);
    }
}
