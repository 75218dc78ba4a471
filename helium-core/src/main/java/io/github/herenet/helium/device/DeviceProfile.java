package io.github.herenet.helium.device;

import io.github.herenet.helium.json.DeviceProfileJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The register map of a Modbus device: its channels and where each lives. Profiles for known devices
 * ship with the library ({@link #builtIn}); others are read from a JSON file ({@link #load}, format in
 * {@link DeviceProfileJson}). Immutable.
 *
 * @param name        the profile's name
 * @param description what device it describes
 * @param channels    the channels, names unique
 */
public record DeviceProfile(String name, String description, List<RegisterChannel> channels) {

    /** The profiles shipped with the library. */
    public static final Set<String> BUILT_IN = Set.of("cryomech-cpa", "gas-meter-totaliser", "pt-transmitter");

    /** @throws IllegalArgumentException for two channels of one name */
    public DeviceProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        channels = List.copyOf(channels);
        if (channels.stream().map(RegisterChannel::name).distinct().count() != channels.size()) {
            throw new IllegalArgumentException("profile " + name + " has two channels of one name");
        }
    }

    /**
     * A profile shipped with the library: {@code cryomech-cpa} (a Cryomech CPA helium compressor:
     * state, warnings, temperatures, pressures, motor current, hours; holding register 40001 enables it),
     * {@code gas-meter-totaliser} (a recovery-line gas meter) or {@code pt-transmitter} (a pressure and
     * temperature transmitter).
     *
     * @throws IllegalArgumentException for another name, listing the shipped ones
     */
    public static DeviceProfile builtIn(String name) {
        if (!BUILT_IN.contains(name)) {
            throw new IllegalArgumentException("no built-in device profile '" + name + "'; shipped: "
                    + new java.util.TreeSet<>(BUILT_IN) + " (or give a file path)");
        }
        String resource = "profiles/" + name + ".json";
        try (InputStream in = DeviceProfile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("device profile resource " + resource + " is missing from the jar");
            }
            return DeviceProfileJson.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read device profile " + resource, e);
        }
    }

    /**
     * A profile from a JSON file.
     *
     * @throws io.github.herenet.helium.json.JsonFormatException if the file is not a valid profile (with the location)
     * @throws UncheckedIOException                               if it cannot be read
     */
    public static DeviceProfile load(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return DeviceProfileJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read device profile " + file, e);
        }
    }

    /** A built-in profile by name, or else a profile file at that path. */
    public static DeviceProfile resolve(String nameOrPath) {
        return BUILT_IN.contains(nameOrPath) ? builtIn(nameOrPath) : load(Path.of(nameOrPath));
    }

    /**
     * The channel of that name.
     *
     * @throws DeviceException.InvalidAddress if there is none (the message lists the channels)
     */
    public RegisterChannel channel(String channelName) {
        return channels.stream().filter(c -> c.name().equals(channelName)).findFirst()
                .orElseThrow(() -> new DeviceException.InvalidAddress("profile " + name + " has no channel '"
                        + channelName + "'; channels: " + channels.stream().map(RegisterChannel::name).toList()));
    }

    /** The channels as a device exposes them. */
    public List<Channel> deviceChannels() {
        return channels.stream().map(RegisterChannel::channel).toList();
    }
}
