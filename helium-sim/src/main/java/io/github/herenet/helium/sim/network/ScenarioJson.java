package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.inventory.Cylinder;
import io.github.herenet.helium.inventory.Dewar;
import io.github.herenet.helium.inventory.GasBag;
import io.github.herenet.helium.inventory.Lab;
import io.github.herenet.helium.inventory.Magnet;
import io.github.herenet.helium.inventory.Network;
import io.github.herenet.helium.inventory.Site;
import io.github.herenet.helium.inventory.Vessel;
import io.github.herenet.helium.json.JsonFormatException;
import io.github.herenet.helium.json.NetworkJson;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Reads {@link Scenario} documents (the format is described at {@link Scenario#read}). Stateless. */
final class ScenarioJson {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private ScenarioJson() {
    }

    static Scenario read(Reader in) {
        JsonValue doc;
        try (JsonReader reader = PROVIDER.createReader(new FilterReader(in) {
            @Override
            public void close() {
                // the caller owns the reader
            }
        })) {
            doc = reader.readValue();
        } catch (JsonParsingException e) {
            throw JsonFormatException.malformed(e);
        } catch (JsonException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw JsonFormatException.at("", "unreadable JSON: " + e.getMessage());
        }
        return scenario(ScenarioObject.of(doc, "", "{\"name\": ..., \"network\": {...}, ...}"));
    }

    private static Scenario scenario(ScenarioObject o) {
        o.only("name", "description", "startDate", "zone", "days", "sampleMinutes", "meterReadHour", "network", "hub",
                "partners", "phases", "faults", "decommissioning");
        Network network;
        String networkJson = o.object("network", "(a network document)").text();
        try {
            network = NetworkJson.read(networkJson);
        } catch (JsonFormatException e) {
            throw e.under(o.at("network"));
        }
        LocalDate startDate = parse(o, "startDate", "an ISO date such as \"2026-01-01\"", LocalDate::parse);
        ZoneId zone = parse(o, "zone", "a time-zone id such as \"Asia/Tokyo\"", ZoneId::of);
        int days = o.integer("days");
        if (days < 1) {
            throw JsonFormatException.at(o.at("days"), "must be at least 1, got " + days);
        }
        double sampleMinutes = o.number("sampleMinutes", 15);
        if (!(sampleMinutes >= 1.0 / 60 && sampleMinutes <= 1440)) {
            throw JsonFormatException.at(o.at("sampleMinutes"), "must be between 1/60 and 1440 minutes, got " + sampleMinutes);
        }
        int meterReadHour = o.integer("meterReadHour", 9);
        if (meterReadHour < 0 || meterReadHour > 23) {
            throw JsonFormatException.at(o.at("meterReadHour"), "must be an hour 0-23, got " + meterReadHour);
        }
        Scenario.Hub hub = o.has("hub") ? hub(o.object("hub", "{\"siteId\": ..., ...}"), network) : null;
        List<Scenario.Partner> partners = o.list("partners", e -> partner(e.object("{\"siteId\": ..., \"lines\": [...]}"), network));
        List<Scenario.Phase> phases = o.list("phases", e -> e.object("{\"phase\": 1, \"fromDay\": 0, \"liquefyShare\": 0}")
                .make(p -> new Scenario.Phase(p.only("phase", "fromDay", "liquefyShare").integer("phase"),
                        p.integer("fromDay"), p.number("liquefyShare"))));
        List<Fault> faults = o.list("faults", e -> fault(e.object("{\"type\": ..., \"startDay\": ...}"), network));
        Scenario.Campaign campaign = o.has("decommissioning") ? campaign(o.object("decommissioning", "{\"id\": ..., ...}"), network) : null;
        Duration sample = Duration.ofMillis(Math.round(sampleMinutes * 60_000));
        return o.make(s -> new Scenario(s.string("name"), s.string("description", ""), network, startDate, zone, days,
                sample, meterReadHour, hub, partners, phases, faults, campaign));
    }

    private static <T> T parse(ScenarioObject o, String member, String expected, java.util.function.Function<String, T> parser) {
        String text = o.string(member);
        try {
            return parser.apply(text);
        } catch (DateTimeException e) {
            throw JsonFormatException.at(o.at(member), "must be " + expected + ", got \"" + text + "\"");
        }
    }

    private static Scenario.Hub hub(ScenarioObject h, Network network) {
        h.only("siteId", "liquefierLitresPerHour", "hoursPerDay", "purifierEfficiency", "purifiedPurity", "maintenance");
        String siteId = h.string("siteId");
        site(network, siteId, Site.Role.HUB, h.at("siteId"));
        List<Scenario.Maintenance> maintenance = h.list("maintenance", e -> e.object("{\"fromDay\": 150, \"days\": 10}")
                .make(m -> new Scenario.Maintenance(m.only("fromDay", "days").integer("fromDay"), m.integer("days"))));
        return h.make(x -> new Scenario.Hub(siteId, x.number("liquefierLitresPerHour"), x.number("hoursPerDay", 8),
                x.number("purifierEfficiency", 0.99), x.number("purifiedPurity", 0.99995), maintenance));
    }

    private static Scenario.Partner partner(ScenarioObject p, Network network) {
        p.only("siteId", "compressorM3PerHour", "transportDays", "shipAtFullCylinders", "operator",
                "transferLitresPerHour", "lines");
        String siteId = p.string("siteId");
        site(network, siteId, Site.Role.PARTNER, p.at("siteId"));
        for (Class<? extends Vessel> kind : List.of(GasBag.class, Cylinder.class)) {
            if (network.vessels().stream().noneMatch(v -> v.homeSiteId().equals(siteId) && kind.isInstance(v.vessel()))) {
                throw JsonFormatException.at(p.at("siteId"), "site '" + siteId + "' has no " + kind.getSimpleName()
                        + " homed there in the network; a partner's recovery needs gas bags and cylinders");
            }
        }
        List<Scenario.Line> lines = p.list("lines", e -> {
            ScenarioObject l = e.object("{\"labId\": ..., \"magnetId\": ..., ...}");
            l.only("labId", "magnetId", "boilOffLitresPerDay", "initialLitres", "refillBelowLitres", "refillToLitres",
                    "experiment");
            String labId = l.string("labId");
            Lab lab = network.lab(labId).orElseThrow(() -> JsonFormatException.at(l.at("labId"),
                    "unknown lab '" + labId + "'; labs of site " + siteId + ": " + labsOf(network, siteId)));
            if (!lab.siteId().equals(siteId)) {
                throw JsonFormatException.at(l.at("labId"), "lab '" + labId + "' belongs to site " + lab.siteId()
                        + ", not " + siteId + "; labs of " + siteId + ": " + labsOf(network, siteId));
            }
            if (network.metersOf(labId).isEmpty()) {
                throw JsonFormatException.at(l.at("labId"), "lab '" + labId + "' has no gas meter in the network;"
                        + " a recovery line needs one");
            }
            String magnetId = l.string("magnetId");
            vessel(network, magnetId, Magnet.class, "a magnet", l.at("magnetId"));
            Scenario.Experiment experiment = l.has("experiment")
                    ? experiment(l.object("experiment", "{\"litresPerWeek\": 20, \"recoveredFraction\": 0.9}")) : null;
            return l.make(x -> new Scenario.Line(labId, magnetId, x.number("boilOffLitresPerDay"),
                    x.number("initialLitres"), x.number("refillBelowLitres"), x.number("refillToLitres"), experiment));
        });
        return p.make(x -> new Scenario.Partner(siteId, x.number("compressorM3PerHour", 14.4), x.number("transportDays", 2),
                x.integer("shipAtFullCylinders", 4), x.string("operator", siteId + " staff"),
                x.number("transferLitresPerHour", 60), lines));
    }

    private static Scenario.Experiment experiment(ScenarioObject e) {
        e.only("litresPerWeek", "recoveredFraction");
        return e.make(x -> new Scenario.Experiment(x.number("litresPerWeek"), x.number("recoveredFraction", 0.9)));
    }

    private static Fault fault(ScenarioObject f, Network network) {
        String type = f.string("type");
        switch (type) {
            case "leak":
                f.only("type", "labId", "fraction", "startDay");
                lab(network, f.string("labId"), f.at("labId"));
                return f.make(x -> new Fault.Leak(x.string("labId"), x.number("fraction"), x.number("startDay")));
            case "meterHigh":
                f.only("type", "meterId", "factor", "startDay");
                String meterId = f.string("meterId");
                if (network.meter(meterId).isEmpty()) {
                    throw JsonFormatException.at(f.at("meterId"), "unknown gas meter '" + meterId + "'; known: "
                            + network.meters().stream().map(m -> m.id()).toList());
                }
                return f.make(x -> new Fault.MeterHigh(meterId, x.number("factor"), x.number("startDay")));
            case "stuckSensor":
                f.only("type", "vesselId", "startDay");
                vessel(network, f.string("vesselId"), Vessel.class, "a vessel", f.at("vesselId"));
                return f.make(x -> new Fault.StuckSensor(x.string("vesselId"), x.number("startDay")));
            case "compressorFault":
                f.only("type", "siteId", "days", "startDay");
                site(network, f.string("siteId"), Site.Role.PARTNER, f.at("siteId"));
                return f.make(x -> new Fault.CompressorFault(x.string("siteId"), x.number("days"), x.number("startDay")));
            case "airIngress":
                f.only("type", "siteId", "heliumFraction", "days", "startDay");
                site(network, f.string("siteId"), Site.Role.PARTNER, f.at("siteId"));
                return f.make(x -> new Fault.AirIngress(x.string("siteId"), x.number("heliumFraction"), x.number("days"),
                        x.number("startDay")));
            case "quench":
                f.only("type", "magnetId", "startDay");
                vessel(network, f.string("magnetId"), Magnet.class, "a magnet", f.at("magnetId"));
                return f.make(x -> new Fault.Quench(x.string("magnetId"), x.number("startDay")));
            case "lostShipment":
                f.only("type", "fromSiteId", "startDay");
                site(network, f.string("fromSiteId"), Site.Role.PARTNER, f.at("fromSiteId"));
                return f.make(x -> new Fault.LostShipment(x.string("fromSiteId"), x.number("startDay")));
            default:
                throw JsonFormatException.at(f.at("type"), "unknown fault type \"" + type + "\"; allowed: "
                        + "[leak, meterHigh, stuckSensor, compressorFault, airIngress, quench, lostShipment]");
        }
    }

    private static Scenario.Campaign campaign(ScenarioObject c, Network network) {
        c.only("id", "siteId", "labId", "magnetId", "litresLeft", "boilOffLitresPerDay", "dewarIds", "bagIds",
                "precoolDays", "transferLitresPerHour", "toSiteId", "transportDays");
        site(network, c.string("siteId"), null, c.at("siteId"));
        site(network, c.string("toSiteId"), null, c.at("toSiteId"));
        lab(network, c.string("labId"), c.at("labId"));
        vessel(network, c.string("magnetId"), Magnet.class, "a magnet", c.at("magnetId"));
        List<String> dewars = c.strings("dewarIds");
        for (int i = 0; i < dewars.size(); i++) {
            vessel(network, dewars.get(i), Dewar.class, "a dewar", c.at("dewarIds") + "/" + i);
        }
        List<String> bags = c.strings("bagIds");
        for (int i = 0; i < bags.size(); i++) {
            vessel(network, bags.get(i), GasBag.class, "a gas bag", c.at("bagIds") + "/" + i);
        }
        return c.make(x -> new Scenario.Campaign(x.string("id"), x.string("siteId"), x.string("labId"), x.string("magnetId"),
                x.number("litresLeft"), x.number("boilOffLitresPerDay", 5.5), dewars, bags, x.number("precoolDays", 8),
                x.number("transferLitresPerHour", 60), x.string("toSiteId"), x.number("transportDays", 1)));
    }

    private static void site(Network network, String id, Site.Role role, String pointer) {
        Optional<Site> site = network.site(id);
        if (site.isEmpty()) {
            throw JsonFormatException.at(pointer, "unknown site '" + id + "'; known sites: "
                    + network.sites().stream().map(Site::id).toList());
        }
        if (role != null && site.get().role() != role) {
            throw JsonFormatException.at(pointer, "site '" + id + "' is a " + site.get().role() + " site; a " + role
                    + " site is needed here");
        }
    }

    private static void lab(Network network, String id, String pointer) {
        if (network.lab(id).isEmpty()) {
            throw JsonFormatException.at(pointer, "unknown lab '" + id + "'; known labs: "
                    + network.labs().stream().map(Lab::id).toList());
        }
    }

    private static void vessel(Network network, String id, Class<? extends Vessel> kind, String what, String pointer) {
        Optional<Vessel> vessel = network.vessel(id);
        if (vessel.isEmpty()) {
            throw JsonFormatException.at(pointer, "unknown vessel '" + id + "'; it must be " + what + " of the network");
        }
        if (!kind.isInstance(vessel.get())) {
            throw JsonFormatException.at(pointer, "vessel '" + id + "' is a " + vessel.get().getClass().getSimpleName()
                    + ", not " + what);
        }
    }

    private static List<String> labsOf(Network network, String siteId) {
        return network.labsOf(siteId).stream().map(Lab::id).toList();
    }
}
