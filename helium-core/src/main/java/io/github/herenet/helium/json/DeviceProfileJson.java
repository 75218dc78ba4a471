package io.github.herenet.helium.json;

import io.github.herenet.helium.device.DeviceProfile;
import io.github.herenet.helium.device.RegisterChannel;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Modbus {@link DeviceProfile} as JSON: the register map of a device, shipped for known devices and
 * written by users for the rest.
 *
 * <pre>{@code
 * {
 *   "name": "cryomech-cpa",
 *   "description": "Cryomech CPA helium compressor",
 *   "channels": [
 *     {"name": "operatingState", "quantity": "state", "register": 30001, "type": "UINT16"},
 *     {"name": "highPressure", "quantity": "pressure", "register": 30019, "type": "FLOAT32",
 *      "wordOrder": "LOW_FIRST", "unit": "psi", "minimum": 0, "maximum": 500},
 *     {"name": "enable", "quantity": "state", "register": 40001, "type": "UINT16", "writable": true}
 *   ]
 * }
 * }</pre>
 *
 * Per channel, {@code name}, {@code quantity}, {@code register} and {@code type} (INT16, UINT16, INT32,
 * UINT32, FLOAT32) are required; the rest default: {@code wordOrder} HIGH_FIRST, {@code byteOrder} BIG,
 * {@code scale} 1, {@code offset} 0, {@code unit} "", {@code writable} false, {@code minimum} and
 * {@code maximum} unbounded. Errors are {@link JsonFormatException}s with their location
 * ({@code /channels/3/register: ...}), as for the other documents.
 */
public final class DeviceProfileJson {

    private DeviceProfileJson() {
    }

    /**
     * Reads a profile document; {@code in} is left open.
     *
     * @throws JsonFormatException for malformed JSON, a missing or ill-typed field, an invalid channel
     *                             (register outside the tables, zero scale) or two channels of one name
     * @throws IOException         if {@code in} cannot be read
     */
    public static DeviceProfile read(Reader in) throws IOException {
        return JsonIo.readObject(in, "{\"name\": ..., \"channels\": [...]}", DeviceProfileJson::profile);
    }

    private static DeviceProfile profile(Fields doc) {
        String name = doc.string("name");
        String description = doc.string("description", "");
        Items items = doc.array("channels");
        List<RegisterChannel> channels = items.objects(f -> f.make(DeviceProfileJson::channel));
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < channels.size(); i++) {
            Integer first = seen.putIfAbsent(channels.get(i).name(), i);
            if (first != null) {
                throw new Problem(items.at(i).field("name"), "duplicate channel '" + channels.get(i).name()
                        + "', first at " + items.at(first));
            }
        }
        return new DeviceProfile(name, description, channels);
    }

    private static RegisterChannel channel(Fields f) {
        return new RegisterChannel(f.string("name"), f.string("quantity"), f.intValue("register"),
                f.choice("type", RegisterChannel.DataType.class),
                f.choice("wordOrder", RegisterChannel.WordOrder.class, RegisterChannel.WordOrder.HIGH_FIRST),
                f.choice("byteOrder", RegisterChannel.ByteOrder.class, RegisterChannel.ByteOrder.BIG),
                f.number("scale", 1), f.number("offset", 0), f.string("unit", ""), f.flag("writable", false),
                f.number("minimum", Double.NEGATIVE_INFINITY), f.number("maximum", Double.POSITIVE_INFINITY));
    }
}
