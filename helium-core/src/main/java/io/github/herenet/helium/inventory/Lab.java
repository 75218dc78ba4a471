package io.github.herenet.helium.inventory;

import java.util.Objects;

/**
 * A laboratory within a site: it receives liquid and returns gas through its recovery lines, and is
 * priced by its own recovery rate.
 *
 * @param id     short unique id
 * @param name   display name
 * @param siteId the site it belongs to
 */
public record Lab(String id, String name, String siteId) {

    /** @throws IllegalArgumentException for a blank id; NullPointerException if a part is missing */
    public Lab {
        Ids.require(id, "lab");
        Objects.requireNonNull(name, "lab name");
        Ids.require(siteId, "site of lab " + id);
    }
}
