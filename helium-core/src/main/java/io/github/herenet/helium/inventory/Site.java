package io.github.herenet.helium.inventory;

import java.util.Objects;

/**
 * An institution of the network: the hub that liquefies, or a partner that recovers gas.
 *
 * @param id   short unique id, e.g. {@code "okayama"}
 * @param name display name
 * @param role hub or partner
 */
public record Site(String id, String name, Role role) {

    /** What a site does in the network. */
    public enum Role {
        /** Liquefies helium and ships liquid out (Okayama). */
        HUB,
        /** Recovers its boil-off as gas and receives liquid back. */
        PARTNER
    }

    /** @throws IllegalArgumentException for a blank id; NullPointerException if a part is missing */
    public Site {
        Ids.require(id, "site");
        Objects.requireNonNull(name, "site name");
        Objects.requireNonNull(role, "site role");
    }
}
