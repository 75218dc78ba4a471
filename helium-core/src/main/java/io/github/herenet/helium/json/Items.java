package io.github.herenet.helium.json;

import jakarta.json.stream.JsonParser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A JSON array read by {@link JsonTree}, with getters that report errors at the element's location. */
final class Items {

    private final Pointer at;
    private final List<Object> values = new ArrayList<>();

    private Items(Pointer at) {
        this.at = at;
    }

    /** Reads the array's elements; the parser has just returned its {@code START_ARRAY}. */
    static Items read(JsonParser parser, Pointer at) {
        Items items = new Items(at);
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
            int index = items.values.size();
            items.values.add(JsonTree.value(parser, event, at.item(index)));
        }
        return items;
    }

    /** Where the array is. */
    Pointer at() {
        return at;
    }

    /** Where element {@code index} is. */
    Pointer at(int index) {
        return at.item(index);
    }

    /** The number of elements. */
    int size() {
        return values.size();
    }

    /** Element {@code index}, which must be an object. */
    Fields object(int index) {
        Object value = values.get(index);
        if (value instanceof Fields fields) {
            return fields;
        }
        throw new Problem(at(index), "must be an object, got " + JsonIo.describe(value));
    }

    /** Element {@code index}, which must be a string. */
    String string(int index) {
        Object value = values.get(index);
        if (value instanceof String s) {
            return s;
        }
        throw new Problem(at(index), "must be a string, got " + JsonIo.describe(value));
    }

    /** All elements as strings. */
    List<String> strings() {
        List<String> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            out.add(string(i));
        }
        return out;
    }

    /** All elements as integers in {@code int} range. */
    List<Integer> ints() {
        List<Integer> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            try {
                if (value instanceof JsonTree.Num num) {
                    out.add(Integer.parseInt(num.text()));
                    continue;
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw new Problem(at(i), "must be an integer, got " + JsonIo.describe(value));
        }
        return out;
    }

    /** Every element an object, each turned into a {@code T} by {@code read}. */
    <T> List<T> objects(Function<Fields, T> read) {
        List<T> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            out.add(read.apply(object(i)));
        }
        return out;
    }
}
