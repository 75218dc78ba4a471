package io.github.herenet.helium.inventory;

import io.github.herenet.helium.units.Volume;

import java.util.Objects;

/** Checks shared by the network's records: ids and sizes. */
final class Ids {

    private Ids() {
    }

    /** Requires a non-blank id without surrounding white space. */
    static String require(String id, String what) {
        Objects.requireNonNull(id, what + " id");
        if (id.isBlank() || !id.strip().equals(id)) {
            throw new IllegalArgumentException(what + " id must be non-blank without surrounding spaces, got '" + id + "'");
        }
        return id;
    }

    /** Requires a volume above zero. */
    static Volume positive(Volume volume, String what) {
        Objects.requireNonNull(volume, what);
        if (!(volume.cubicMetres() > 0)) {
            throw new IllegalArgumentException(what + " must be > 0, got " + volume);
        }
        return volume;
    }
}
