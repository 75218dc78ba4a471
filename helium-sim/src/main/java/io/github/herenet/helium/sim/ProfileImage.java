package io.github.herenet.helium.sim;

import com.ghgande.j2mod.modbus.procimg.SimpleInputRegister;
import com.ghgande.j2mod.modbus.procimg.SimpleProcessImage;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import com.ghgande.j2mod.modbus.procimg.SynchronizedAbstractRegister;
import io.github.herenet.helium.device.DeviceProfile;
import io.github.herenet.helium.device.RegisterChannel;

/**
 * A j2mod process image holding a device profile's registers: input registers 0 up to the highest input
 * address any channel uses, holding registers likewise, all 0 at first. An address past those is one the
 * device does not have (j2mod answers it with exception code 2).
 *
 * <p>Thread-safe: values are set, read and served under the image's lock, so a client never sees half of
 * a 32-bit value.
 */
final class ProfileImage {

    private final DeviceProfile profile;
    private final SimpleProcessImage image;
    private final SimpleInputRegister[] inputs;
    private final SimpleRegister[] holding;

    ProfileImage(DeviceProfile profile, int unitId) {
        this.profile = profile;
        this.image = new SimpleProcessImage(unitId);
        this.inputs = new SimpleInputRegister[size(profile, RegisterChannel.Table.INPUT)];
        this.holding = new SimpleRegister[size(profile, RegisterChannel.Table.HOLDING)];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = new SimpleInputRegister(0);
            image.addInputRegister(inputs[i]);
        }
        for (int i = 0; i < holding.length; i++) {
            holding[i] = new SimpleRegister(0);
            image.addRegister(holding[i]);
        }
    }

    /** The j2mod image; lock on {@link #lock()} while j2mod serves from it. */
    SimpleProcessImage processImage() {
        return image;
    }

    /** The lock that keeps multi-register values whole. */
    Object lock() {
        return image;
    }

    /** Encodes {@code value} into the channel's registers. */
    void set(String channelName, double value) {
        RegisterChannel channel = profile.channel(channelName);
        int[] words = channel.encode(value);
        synchronized (lock()) {
            for (int i = 0; i < words.length; i++) {
                register(channel, i).setValue(words[i]);
            }
        }
    }

    /** Decodes the channel's registers as they are now (as set, or as a client wrote them). */
    double value(String channelName) {
        RegisterChannel channel = profile.channel(channelName);
        int[] words = new int[channel.type().registers()];
        synchronized (lock()) {
            for (int i = 0; i < words.length; i++) {
                words[i] = register(channel, i).toUnsignedShort();
            }
        }
        return channel.decode(words);
    }

    private SynchronizedAbstractRegister register(RegisterChannel channel, int word) {
        int address = channel.address() + word;
        return channel.table() == RegisterChannel.Table.INPUT ? inputs[address] : holding[address];
    }

    private static int size(DeviceProfile profile, RegisterChannel.Table table) {
        return profile.channels().stream().filter(c -> c.table() == table)
                .mapToInt(c -> c.address() + c.type().registers()).max().orElse(0);
    }
}
