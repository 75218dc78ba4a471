package io.github.herenet.helium.json;

import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/**
 * A JSON object read by {@link JsonTree}: its members in document order, and typed getters that throw a
 * {@link Problem} at the member's location when it is missing or of the wrong type. It remembers which
 * members were asked for, so that {@link #make} can refuse members nobody reads (a misspelt
 * {@code "labID"} is an error, not silently dropped data). Duplicate member names are refused when read.
 */
final class Fields {

    /** Above this many members a hash index replaces the linear search. */
    private static final int INDEX_ABOVE = 12;

    private final Pointer at;
    private String[] names = new String[8];
    private Object[] values = new Object[8];
    private boolean[] used = new boolean[8];
    private int size;
    private Map<String, Integer> index;
    private String[] asked = new String[8];
    private int askedCount;

    private Fields(Pointer at) {
        this.at = at;
    }

    /** Reads the object's members; the parser has just returned its {@code START_OBJECT}. */
    static Fields read(JsonParser parser, Pointer at) {
        Fields fields = new Fields(at);
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            String name = parser.getString();
            Pointer member = at.field(name);
            fields.add(name, JsonTree.value(parser, parser.next(), member), member);
        }
        return fields;
    }

    private void add(String name, Object value, Pointer member) {
        if (find(name) >= 0) {
            throw new Problem(member, "appears twice in its object");
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
            used = Arrays.copyOf(used, size * 2);
        }
        names[size] = name;
        values[size] = value;
        if (index != null) {
            index.put(name, size);
        } else if (size == INDEX_ABOVE) {
            index = new HashMap<>();
            for (int i = 0; i <= size; i++) {
                index.put(names[i], i);
            }
        }
        size++;
    }

    private int find(String name) {
        if (index != null) {
            Integer i = index.get(name);
            return i == null ? -1 : i;
        }
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The member's value, or {@code null} if it is absent; marks it read. */
    private Object get(String name) {
        if (askedCount == asked.length) {
            asked = Arrays.copyOf(asked, askedCount * 2);
        }
        asked[askedCount++] = name;
        int i = find(name);
        if (i < 0) {
            return null;
        }
        used[i] = true;
        return values[i];
    }

    private Object require(String name) {
        Object value = get(name);
        if (value == null) {
            throw new Problem(at(name), "is missing");
        }
        return value;
    }

    private Problem wrong(String name, String expected, Object value) {
        return new Problem(at(name), "must be " + expected + ", got " + JsonIo.describe(value));
    }

    /** Where this object is. */
    Pointer at() {
        return at;
    }

    /** Where member {@code name} is (or would be). */
    Pointer at(String name) {
        return at.field(name);
    }

    /** A string member, or {@code null} if it is absent or not a string; does not count as reading it. */
    String peekString(String name) {
        int i = find(name);
        return i >= 0 && values[i] instanceof String s ? s : null;
    }

    /** A required string. */
    String string(String name) {
        Object value = require(name);
        if (value instanceof String s) {
            return s;
        }
        throw wrong(name, "a string", value);
    }

    /** A string that may be absent or {@code null}: then {@code null}. */
    String optionalString(String name) {
        Object value = get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        throw wrong(name, "a string or null", value);
    }

    /** A required finite number. */
    double number(String name) {
        Object value = require(name);
        if (!(value instanceof JsonTree.Num num)) {
            throw wrong(name, "a number", value);
        }
        double d = Double.parseDouble(num.text());
        if (Double.isInfinite(d)) {
            throw wrong(name, "a finite number", value);
        }
        return d;
    }

    /**
     * A required number turned into a quantity by {@code make}, whose {@link IllegalArgumentException}
     * (a negative volume, a mole fraction above 1) is reported at this member.
     */
    <T> T quantity(String name, DoubleFunction<T> make) {
        double d = number(name);
        try {
            return make.apply(d);
        } catch (IllegalArgumentException e) {
            throw new Problem(at(name), "is invalid: " + e.getMessage());
        }
    }

    /** A required integer (no fraction or exponent). */
    long integer(String name) {
        Object value = require(name);
        if (value instanceof JsonTree.Num num) {
            try {
                return Long.parseLong(num.text());
            } catch (NumberFormatException e) {
                // below
            }
        }
        throw wrong(name, "an integer", value);
    }

    /** A required integer in {@code int} range. */
    int intValue(String name) {
        long value = integer(name);
        if (value != (int) value) {
            throw new Problem(at(name), "must be at most " + Integer.MAX_VALUE + " in size, got " + value);
        }
        return (int) value;
    }

    /** An optional integer in {@code int} range: {@code otherwise} when absent. */
    int intValue(String name, int otherwise) {
        return has(name) ? intValue(name) : mark(name, otherwise);
    }

    /** An optional array of integers: {@code otherwise} when absent. */
    List<Integer> ints(String name, List<Integer> otherwise) {
        return has(name) ? array(name).ints() : mark(name, otherwise);
    }

    /** The member names in document order (listing them does not count as reading them). */
    List<String> names() {
        return List.of(Arrays.copyOf(names, size));
    }

    /** A required object. */
    Fields object(String name) {
        Object value = require(name);
        if (value instanceof Fields fields) {
            return fields;
        }
        throw wrong(name, "an object", value);
    }

    /** A required array. */
    Items array(String name) {
        Object value = require(name);
        if (value instanceof Items items) {
            return items;
        }
        throw wrong(name, "an array", value);
    }

    /** A required string naming a constant of {@code type} exactly ({@code "HUB"}). */
    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String text = string(name);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw wrong(name, "one of " + Arrays.toString(type.getEnumConstants()), text);
    }

    /** Whether member {@code name} is present (it is not marked read). */
    boolean has(String name) {
        return find(name) >= 0;
    }

    /** An optional finite number: {@code otherwise} when absent. */
    double number(String name, double otherwise) {
        return has(name) ? number(name) : mark(name, otherwise);
    }

    /** An optional constant of {@code type}: {@code otherwise} when absent. */
    <E extends Enum<E>> E choice(String name, Class<E> type, E otherwise) {
        return has(name) ? choice(name, type) : mark(name, otherwise);
    }

    /** An optional string: {@code otherwise} when absent. */
    String string(String name, String otherwise) {
        return has(name) ? string(name) : mark(name, otherwise);
    }

    /** An optional {@code true}/{@code false}: {@code otherwise} when absent. */
    boolean flag(String name, boolean otherwise) {
        if (!has(name)) {
            return mark(name, otherwise);
        }
        Object value = get(name);
        if (value instanceof Boolean b) {
            return b;
        }
        throw wrong(name, "true or false", value);
    }

    /** Records an optional member as asked for (for the list of known fields) and returns its default. */
    private <T> T mark(String name, T otherwise) {
        get(name);
        return otherwise;
    }

    /** A required ISO-8601 instant ({@code "2026-01-05T09:00:00Z"}). */
    Instant instant(String name) {
        String text = string(name);
        try {
            return Instants.parse(text);
        } catch (DateTimeException e) {
            throw wrong(name, "an ISO-8601 UTC instant such as \"2026-01-05T09:00:00Z\"", text);
        }
    }

    /** A required ISO-8601 duration ({@code "PT15M"}, {@code "P14D"}), not negative. */
    Duration duration(String name) {
        String text = string(name);
        Duration d;
        try {
            d = Duration.parse(text);
        } catch (DateTimeException e) {
            throw wrong(name, "an ISO-8601 duration such as \"PT15M\" or \"P14D\"", text);
        }
        if (d.isNegative()) {
            throw wrong(name, "a duration of zero or more", text);
        }
        return d;
    }

    /** An optional ISO-8601 duration: {@code otherwise} when absent. */
    Duration duration(String name, Duration otherwise) {
        return has(name) ? duration(name) : mark(name, otherwise);
    }

    /** A required ISO-8601 date ({@code "2025-04-01"}). */
    LocalDate date(String name) {
        String text = string(name);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw wrong(name, "an ISO-8601 date such as \"2025-04-01\"", text);
        }
    }

    /**
     * Builds a {@code T} from this object with {@code read}, then refuses any member {@code read} did not
     * ask for. An {@link IllegalArgumentException} or {@link NullPointerException} from a constructor (a
     * bag swapped for itself, a blank id) is reported at this object.
     */
    <T> T make(Function<Fields, T> read) {
        T made;
        try {
            made = read.apply(this);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Problem(at, "is invalid: " + e.getMessage());
        }
        for (int i = 0; i < size; i++) {
            if (!used[i]) {
                Set<String> known = new LinkedHashSet<>(Arrays.asList(asked).subList(0, askedCount));
                throw new Problem(at(names[i]), "is not a known field here; known fields: " + String.join(", ", known));
            }
        }
        return made;
    }
}
