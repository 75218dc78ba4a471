package io.github.herenet.helium.inventory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The description of a recycling network: its sites, their labs, the labs' gas meters, and the vessels
 * with the site each belongs to. Ids are unique within their kind, and every reference resolves; a
 * network that breaks either rule is refused on construction. Immutable.
 *
 * @param sites   the sites, at most one hub
 * @param labs    the labs
 * @param meters  the gas meters of the labs' recovery lines
 * @param vessels the vessels and their home sites
 */
public record Network(List<Site> sites, List<Lab> labs, List<GasMeter> meters, List<Placement> vessels) {

    /**
     * A vessel and the site it belongs to.
     *
     * @param vessel the vessel
     * @param homeSiteId the site that owns it
     */
    public record Placement(Vessel vessel, String homeSiteId) {
        /** @throws NullPointerException if a part is missing */
        public Placement {
            Objects.requireNonNull(vessel, "vessel");
            Objects.requireNonNull(homeSiteId, "home site of vessel " + vessel.id());
        }
    }

    /**
     * Validates ids and references.
     *
     * @throws IllegalArgumentException naming the duplicate id or the dangling reference
     */
    public Network {
        sites = List.copyOf(sites);
        labs = List.copyOf(labs);
        meters = List.copyOf(meters);
        vessels = List.copyOf(vessels);
        Map<String, Site> siteIndex = index(sites, Site::id, "site");
        Map<String, Lab> labIndex = index(labs, Lab::id, "lab");
        index(meters, GasMeter::id, "gas meter");
        index(vessels, p -> p.vessel().id(), "vessel");
        List<String> hubs = sites.stream().filter(s -> s.role() == Site.Role.HUB).map(Site::id).toList();
        if (hubs.size() > 1) {
            throw new IllegalArgumentException("a network has at most one hub site, got " + hubs);
        }
        for (Lab lab : labs) {
            requireKnown(siteIndex, lab.siteId(), "lab " + lab.id(), "site");
        }
        for (GasMeter meter : meters) {
            requireKnown(labIndex, meter.labId(), "gas meter " + meter.id(), "lab");
        }
        for (Placement placement : vessels) {
            requireKnown(siteIndex, placement.homeSiteId(), "vessel " + placement.vessel().id(), "site");
        }
    }

    /** The site with this id. */
    public Optional<Site> site(String id) {
        return sites.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The lab with this id. */
    public Optional<Lab> lab(String id) {
        return labs.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The gas meter with this id. */
    public Optional<GasMeter> meter(String id) {
        return meters.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The vessel with this id. */
    public Optional<Vessel> vessel(String id) {
        return vessels.stream().map(Placement::vessel).filter(v -> v.id().equals(id)).findFirst();
    }

    /** The hub site, if the network has one. */
    public Optional<Site> hub() {
        return sites.stream().filter(s -> s.role() == Site.Role.HUB).findFirst();
    }

    /** The labs of a site. */
    public List<Lab> labsOf(String siteId) {
        return labs.stream().filter(l -> l.siteId().equals(siteId)).toList();
    }

    /** The gas meters of a lab. */
    public List<GasMeter> metersOf(String labId) {
        return meters.stream().filter(m -> m.labId().equals(labId)).toList();
    }

    private static <T> Map<String, T> index(Collection<T> items, Function<T, String> id, String kind) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            Objects.requireNonNull(item, kind);
            if (map.put(id.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate " + kind + " id '" + id.apply(item) + "'");
            }
        }
        return map;
    }

    private static void requireKnown(Map<String, ?> index, String id, String who, String kind) {
        if (!index.containsKey(id)) {
            throw new IllegalArgumentException(who + " refers to unknown " + kind + " '" + id + "'; known: " + index.keySet());
        }
    }
}
