package io.github.herenet.helium.ledger;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a vessel is: at a site (in a lab, or in the site's stock), or on a shipment.
 *
 * @param siteId     the site, or {@code null} while in transit
 * @param labId      the lab holding it, or {@code null}
 * @param shipmentId the shipment carrying it, or {@code null}
 * @param since      when it got there
 */
public record Whereabouts(String siteId, String labId, String shipmentId, Instant since) {

    /** True while on a shipment. */
    public boolean inTransit() {
        return shipmentId != null;
    }

    /** The lab holding it, if any. */
    public Optional<String> lab() {
        return Optional.ofNullable(labId);
    }

    static Whereabouts atSite(String siteId, String labId, Instant since) {
        return new Whereabouts(siteId, labId, null, since);
    }

    static Whereabouts onShipment(String shipmentId, Instant since) {
        return new Whereabouts(null, null, shipmentId, since);
    }
}
