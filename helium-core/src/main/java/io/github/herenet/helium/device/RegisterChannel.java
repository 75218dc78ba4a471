package io.github.herenet.helium.device;

import java.util.Locale;
import java.util.Objects;

/**
 * One channel of a Modbus device profile: where its value lives in the device's registers and how the
 * register words become a value in the channel's unit: {@code value = raw * scale + offset}.
 *
 * <p>Registers are numbered as device manuals do: 30001-39999 are input registers (function 4,
 * read-only), 40001-49999 holding registers (functions 3 and 6/16). A 32-bit type spans two consecutive
 * registers; {@link WordOrder} says which holds the high word, {@link ByteOrder} the byte order in a word.
 *
 * @param name      the channel's name
 * @param quantity  what it measures ("pressure", "temperature", "state", ...)
 * @param register  the register number, 30001-39999 or 40001-49999
 * @param type      how the words are read
 * @param wordOrder word order of 32-bit types
 * @param byteOrder byte order within a word
 * @param scale     multiplier from raw to unit, not 0
 * @param offset    added after scaling
 * @param unit      the unit of the value
 * @param writable  whether the value may be written (holding registers only)
 * @param minimum   lowest plausible value; below it a reading is {@link Quality#OUT_OF_RANGE}
 * @param maximum   highest plausible value
 */
public record RegisterChannel(String name, String quantity, int register, DataType type, WordOrder wordOrder,
                              ByteOrder byteOrder, double scale, double offset, String unit, boolean writable,
                              double minimum, double maximum) {

    /** How register words are read. */
    public enum DataType {
        /** One register, two's complement. */
        INT16(1),
        /** One register, unsigned. */
        UINT16(1),
        /** Two registers, two's complement. */
        INT32(2),
        /** Two registers, unsigned. */
        UINT32(2),
        /** Two registers, IEEE 754 single precision. */
        FLOAT32(2);

        private final int registers;

        DataType(int registers) {
            this.registers = registers;
        }

        /** How many 16-bit registers the type spans. */
        public int registers() {
            return registers;
        }
    }

    /** Which register of a 32-bit pair holds the high word. */
    public enum WordOrder {
        /** The first register holds the high word (Modbus's own convention). */
        HIGH_FIRST,
        /** The first register holds the low word (Cryomech and many PLCs). */
        LOW_FIRST
    }

    /** The byte order inside one register. */
    public enum ByteOrder {
        /** High byte first, as Modbus sends it. */
        BIG,
        /** Bytes swapped within each register. */
        SWAPPED
    }

    /** The Modbus table a register is in. */
    public enum Table {
        /** Input registers 30001-39999: read with function 4. */
        INPUT,
        /** Holding registers 40001-49999: read with function 3, written with 6 or 16. */
        HOLDING
    }

    /** @throws IllegalArgumentException for a register outside both tables, a zero scale, a writable input register, min > max */
    public RegisterChannel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(quantity, "quantity of " + name);
        Objects.requireNonNull(type, "type of " + name);
        Objects.requireNonNull(wordOrder, "word order of " + name);
        Objects.requireNonNull(byteOrder, "byte order of " + name);
        Objects.requireNonNull(unit, "unit of " + name);
        if (!(register >= 30001 && register <= 39999 || register >= 40001 && register <= 49999)) {
            throw new IllegalArgumentException("channel " + name + ": register " + register
                    + " is neither an input (30001-39999) nor a holding register (40001-49999)");
        }
        int last = register % 10000 - 1 + type.registers() - 1;
        if (last > 9998) {
            throw new IllegalArgumentException("channel " + name + ": a " + type + " at " + register + " runs past the table");
        }
        if (!(scale != 0 && Double.isFinite(scale)) || !Double.isFinite(offset)) {
            throw new IllegalArgumentException("channel " + name + ": scale must be finite and not 0, offset finite; got "
                    + scale + ", " + offset);
        }
        if (writable && register < 40001) {
            throw new IllegalArgumentException("channel " + name + ": input register " + register + " cannot be writable");
        }
        if (!(minimum <= maximum)) {
            throw new IllegalArgumentException("channel " + name + ": minimum " + minimum + " is above maximum " + maximum);
        }
    }

    /** The register table. */
    public Table table() {
        return register >= 40001 ? Table.HOLDING : Table.INPUT;
    }

    /** The 0-based address within its table (register 30001 is input address 0). */
    public int address() {
        return register % 10000 - 1;
    }

    /** The channel as a device exposes it. */
    public Channel channel() {
        return new Channel(name, quantity, unit, writable);
    }

    /**
     * The value in the channel's unit from its {@link DataType#registers()} register words (each 0-65535).
     *
     * @throws IllegalArgumentException for the wrong number of words or a word outside 0-65535
     */
    public double decode(int[] words) {
        if (words.length != type.registers()) {
            throw new IllegalArgumentException("channel " + name + " (" + type + ") takes " + type.registers()
                    + " register words, got " + words.length);
        }
        int[] w = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            if (words[i] < 0 || words[i] > 0xFFFF) {
                throw new IllegalArgumentException("register word " + words[i] + " is outside 0-65535");
            }
            w[i] = byteOrder == ByteOrder.SWAPPED ? Integer.reverseBytes(words[i]) >>> 16 : words[i];
        }
        double raw = switch (type) {
            case INT16 -> (short) w[0];
            case UINT16 -> w[0];
            case INT32 -> bits(w);
            case UINT32 -> Integer.toUnsignedLong(bits(w));
            case FLOAT32 -> Float.intBitsToFloat(bits(w));
        };
        return raw * scale + offset;
    }

    /**
     * The register words that hold {@code value} (in the channel's unit), rounded to the type.
     *
     * @throws IllegalArgumentException if the value does not fit the type after scaling, or is NaN for an integer type
     */
    public int[] encode(double value) {
        double raw = (value - offset) / scale;
        int bits;
        switch (type) {
            case FLOAT32 -> bits = Float.floatToIntBits((float) raw);
            case INT16, UINT16, INT32, UINT32 -> {
                long rounded = Math.round(raw);
                long low = switch (type) {
                    case INT16 -> Short.MIN_VALUE;
                    case INT32 -> Integer.MIN_VALUE;
                    default -> 0;
                };
                long high = switch (type) {
                    case INT16 -> Short.MAX_VALUE;
                    case UINT16 -> 0xFFFF;
                    case INT32 -> Integer.MAX_VALUE;
                    default -> 0xFFFF_FFFFL;
                };
                if (Double.isNaN(raw) || rounded < low || rounded > high) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "channel %s: %s %s does not fit a %s (raw %s, allowed %d to %d)", name, value, unit, type,
                            raw, low, high));
                }
                bits = (int) rounded;
            }
            default -> throw new IllegalStateException(type.toString());
        }
        int[] words = type.registers() == 1 ? new int[]{bits & 0xFFFF}
                : wordOrder == WordOrder.HIGH_FIRST ? new int[]{bits >>> 16, bits & 0xFFFF}
                : new int[]{bits & 0xFFFF, bits >>> 16};
        if (byteOrder == ByteOrder.SWAPPED) {
            for (int i = 0; i < words.length; i++) {
                words[i] = Integer.reverseBytes(words[i]) >>> 16;
            }
        }
        return words;
    }

    /** Whether {@code value} lies within the plausible range. */
    public boolean inRange(double value) {
        return value >= minimum && value <= maximum;
    }

    private int bits(int[] w) {
        return wordOrder == WordOrder.HIGH_FIRST ? w[0] << 16 | w[1] : w[1] << 16 | w[0];
    }
}
