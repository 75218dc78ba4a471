package io.github.herenet.helium.json;

/**
 * Where a value sits in a JSON document, as a chain of object keys and array indexes: printed as an
 * RFC 6901 JSON pointer ({@code /vessels/3/waterVolumeM3}). Built cheaply while reading (one small
 * object per nested value); the text is only made when an error is reported. Immutable.
 */
final class Pointer {

    /** The whole document. */
    static final Pointer ROOT = new Pointer(null, null, -1);

    private final Pointer parent;
    private final String key;
    private final int index;

    private Pointer(Pointer parent, String key, int index) {
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    /** The member {@code key} of the object here. */
    Pointer field(String key) {
        return new Pointer(this, key, -1);
    }

    /** The element {@code index} (from 0) of the array here. */
    Pointer item(int index) {
        return new Pointer(this, null, index);
    }

    /** Whether this is the whole document. */
    boolean isRoot() {
        return parent == null;
    }

    /** The JSON pointer: {@code ""} for the root, {@code "/events/12/event/litres"} below it. */
    @Override
    public String toString() {
        return appendTo(new StringBuilder(), null).toString();
    }

    /**
     * The path from {@code ancestor} down to here without a leading slash ({@code "reading/pressurePa"}),
     * {@code ""} when this is {@code ancestor}; the full pointer if {@code ancestor} is not above this.
     */
    String relativeTo(Pointer ancestor) {
        for (Pointer p = this; p != null; p = p.parent) {
            if (p == ancestor) {
                String path = appendTo(new StringBuilder(), ancestor).toString();
                return path.isEmpty() ? path : path.substring(1);
            }
        }
        return toString();
    }

    private StringBuilder appendTo(StringBuilder out, Pointer stop) {
        if (this == stop || parent == null) {
            return out;
        }
        parent.appendTo(out, stop).append('/');
        if (key == null) {
            return out.append(index);
        }
        // RFC 6901: '~' is written "~0" and '/' is written "~1"
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '~') {
                out.append("~0");
            } else if (c == '/') {
                out.append("~1");
            } else {
                out.append(c);
            }
        }
        return out;
    }
}
