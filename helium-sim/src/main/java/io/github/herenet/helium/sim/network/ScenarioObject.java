package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.json.JsonFormatException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A JSON object of a scenario document at its JSON pointer, read strictly: each getter names the member and
 * what it must be when it is wrong, and {@link #only} refuses members that are not allowed.
 */
final class ScenarioObject {

    private final JsonObject object;
    private final String pointer;

    private ScenarioObject(JsonObject object, String pointer) {
        this.object = object;
        this.pointer = pointer;
    }

    /** {@code value} at {@code pointer} as an object, or a located error saying {@code shape} is expected. */
    static ScenarioObject of(JsonValue value, String pointer, String shape) {
        if (!(value instanceof JsonObject o)) {
            throw JsonFormatException.at(pointer, "must be an object " + shape + ", got " + describe(value));
        }
        return new ScenarioObject(o, pointer);
    }

    /** Refuses members other than {@code allowed}. */
    ScenarioObject only(String... allowed) {
        Set<String> names = Set.of(allowed);
        for (String key : object.keySet()) {
            if (!names.contains(key)) {
                throw JsonFormatException.at(at(key), "unknown member '" + key + "'; allowed: " + new TreeSet<>(names));
            }
        }
        return this;
    }

    /** The object as JSON text. */
    String text() {
        return object.toString();
    }

    String pointer() {
        return pointer;
    }

    String at(String member) {
        return pointer + "/" + member.replace("~", "~0").replace("/", "~1");
    }

    boolean has(String member) {
        JsonValue v = object.get(member);
        return v != null && v != JsonValue.NULL;
    }

    JsonValue raw(String member) {
        JsonValue v = object.get(member);
        if (v == null) {
            throw JsonFormatException.at(at(member), "missing member '" + member + "'");
        }
        return v;
    }

    String string(String member) {
        return typed(member, JsonString.class, x -> true, "a string").getString();
    }

    String string(String member, String otherwise) {
        return has(member) ? string(member) : otherwise;
    }

    double number(String member) {
        return typed(member, JsonNumber.class, n -> true, "a number").doubleValue();
    }

    double number(String member, double otherwise) {
        return has(member) ? number(member) : otherwise;
    }

    int integer(String member) {
        return typed(member, JsonNumber.class, JsonNumber::isIntegral, "a whole number").intValueExact();
    }

    /** The member as a {@code kind} that passes {@code ok}, or an error saying it must be {@code what}. */
    private <V extends JsonValue> V typed(String member, Class<V> kind, java.util.function.Predicate<V> ok, String what) {
        JsonValue v = raw(member);
        if (kind.isInstance(v) && ok.test(kind.cast(v))) {
            return kind.cast(v);
        }
        throw JsonFormatException.at(at(member), "must be " + what + ", got " + describe(v));
    }

    int integer(String member, int otherwise) {
        return has(member) ? integer(member) : otherwise;
    }

    ScenarioObject object(String member, String shape) {
        return of(raw(member), at(member), shape);
    }

    /** Each element of the array {@code member} read by {@code read} (an absent member is an empty list). */
    <T> List<T> list(String member, Function<Element, T> read) {
        if (!object.containsKey(member)) {
            return List.of();
        }
        JsonValue v = object.get(member);
        if (!(v instanceof JsonArray array)) {
            throw JsonFormatException.at(at(member), "must be an array, got " + describe(v));
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            out.add(read.apply(new Element(array.get(i), at(member) + "/" + i)));
        }
        return out;
    }

    /** The strings of the array {@code member}. */
    List<String> strings(String member) {
        return list(member, e -> {
            if (e.value() instanceof JsonString s) {
                return s.getString();
            }
            throw JsonFormatException.at(e.pointer(), "must be a string, got " + describe(e.value()));
        });
    }

    /**
     * Builds a value from this object, turning the model's refusal ({@link IllegalArgumentException}) into an
     * error located at this object.
     */
    <T> T make(Function<ScenarioObject, T> make) {
        try {
            return make.apply(this);
        } catch (JsonFormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw JsonFormatException.at(pointer, e.getMessage());
        }
    }

    /** An array element and its pointer. */
    record Element(JsonValue value, String pointer) {
        ScenarioObject object(String shape) {
            return of(value, pointer, shape);
        }
    }

    static String describe(JsonValue v) {
        if (v == null) {
            return "nothing";
        }
        switch (v.getValueType()) {
            case OBJECT:
                return "an object";
            case ARRAY:
                return "an array";
            default:
                String text = v.toString();
                return text.length() > 80 ? text.substring(0, 80) + "..." : text;
        }
    }
}
