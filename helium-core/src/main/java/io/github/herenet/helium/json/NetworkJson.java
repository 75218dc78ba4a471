package io.github.herenet.helium.json;

import io.github.herenet.helium.inventory.Cylinder;
import io.github.herenet.helium.inventory.CylinderBundle;
import io.github.herenet.helium.inventory.Dewar;
import io.github.herenet.helium.inventory.GasBag;
import io.github.herenet.helium.inventory.GasMeter;
import io.github.herenet.helium.inventory.Lab;
import io.github.herenet.helium.inventory.Magnet;
import io.github.herenet.helium.inventory.Network;
import io.github.herenet.helium.inventory.ProcessBuffer;
import io.github.herenet.helium.inventory.Site;
import io.github.herenet.helium.inventory.StorageTank;
import io.github.herenet.helium.inventory.Vessel;
import io.github.herenet.helium.thermo.StandardConditions;
import io.github.herenet.helium.units.Mass;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Volume;
import jakarta.json.stream.JsonGenerator;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A {@link Network} description as a JSON document, the form a network is configured in:
 *
 * <pre>{@code
 * {
 *     "sites": [{"id": "okayama", "name": "Okayama University", "role": "HUB"}],
 *     "labs": [{"id": "nmr-1", "name": "NMR lab", "siteId": "okayama"}],
 *     "meters": [{"id": "M-1", "labId": "nmr-1",
 *                 "conditions": {"name": "0 C, 101.325 kPa", "temperatureK": 273.15, "pressurePa": 101325.0}}],
 *     "vessels": [
 *         {"type": "gasBag", "id": "B-1", "homeSiteId": "okayama", "capacityM3": 1.0},
 *         {"type": "cylinder", "id": "C-1", "homeSiteId": "okayama", "waterVolumeM3": 0.047,
 *          "ratedPressurePa": 1.47E7, "inspectionDate": "2025-04-01"},
 *         {"type": "cylinderBundle", "id": "CB-1", "homeSiteId": "okayama", "cylinders": 30,
 *          "waterVolumeEachM3": 0.047, "ratedPressurePa": 1.96E7, "inspectionDate": "2024-10-01"},
 *         {"type": "dewar", "id": "D-07", "homeSiteId": "okayama", "capacityM3": 0.1,
 *          "boilOffPercentPerDay": 1.0, "tareKilograms": 60.0},
 *         {"type": "magnet", "id": "NMR-600", "homeSiteId": "okayama", "magnetType": "NMR", "heliumVolumeM3": 0.15},
 *         {"type": "storageTank", "id": "T-1", "homeSiteId": "okayama", "volumeM3": 10.0, "ratedPressurePa": 1.0E6},
 *         {"type": "processBuffer", "id": "PB-1", "homeSiteId": "okayama", "volumeM3": 2.0, "stage": "PURIFIER"}
 *     ]
 * }
 * }</pre>
 *
 * <p>Every quantity is in SI with its unit in the member's name; enums ({@code role}, {@code magnetType},
 * {@code stage}) by their constant's name. All four lists are required (empty is fine); no other members
 * are allowed. Reading is strict, and every problem is a {@link JsonFormatException} that says where:
 * line and column for malformed JSON; a JSON pointer for a bad value ({@code /vessels/3/waterVolumeM3:
 * must be a number, got "47 L"}), a missing or unknown member, an unknown vessel type, a duplicate id
 * ({@code /vessels/5/id: duplicate vessel id 'C-1', first at /vessels/2}) and a reference to an unknown
 * site or lab ({@code /labs/1/siteId: unknown site 'kyoto'; known sites: [okayama]}).
 *
 * <p>Stateless and thread-safe.
 */
public final class NetworkJson {

    /** The vessel kinds, with their own members (after {@code "type"}, {@code "id"} and {@code "homeSiteId"}). */
    static final Kinds<Vessel> VESSELS = new Kinds<Vessel>()
            .add("gasBag", GasBag.class,
                    (g, v) -> g.write("capacityM3", v.capacity().cubicMetres()),
                    f -> new GasBag(f.string("id"), f.quantity("capacityM3", Volume::ofCubicMetres)))
            .add("cylinder", Cylinder.class,
                    (g, v) -> g.write("waterVolumeM3", v.waterVolume().cubicMetres())
                            .write("ratedPressurePa", v.ratedPressure().pascals())
                            .write("inspectionDate", v.inspectionDate().toString()),
                    f -> new Cylinder(f.string("id"), f.quantity("waterVolumeM3", Volume::ofCubicMetres),
                            f.quantity("ratedPressurePa", Pressure::ofPascals), f.date("inspectionDate")))
            .add("cylinderBundle", CylinderBundle.class,
                    (g, v) -> g.write("cylinders", v.cylinders())
                            .write("waterVolumeEachM3", v.waterVolumeEach().cubicMetres())
                            .write("ratedPressurePa", v.ratedPressure().pascals())
                            .write("inspectionDate", v.inspectionDate().toString()),
                    f -> new CylinderBundle(f.string("id"), f.intValue("cylinders"),
                            f.quantity("waterVolumeEachM3", Volume::ofCubicMetres),
                            f.quantity("ratedPressurePa", Pressure::ofPascals), f.date("inspectionDate")))
            .add("dewar", Dewar.class,
                    (g, v) -> g.write("capacityM3", v.capacity().cubicMetres())
                            .write("boilOffPercentPerDay", v.boilOffPercentPerDay())
                            .write("tareKilograms", v.tare().kilograms()),
                    f -> new Dewar(f.string("id"), f.quantity("capacityM3", Volume::ofCubicMetres),
                            f.number("boilOffPercentPerDay"), f.quantity("tareKilograms", Mass::ofKilograms)))
            .add("magnet", Magnet.class,
                    (g, v) -> g.write("magnetType", v.type().name()).write("heliumVolumeM3", v.heliumVolume().cubicMetres()),
                    f -> new Magnet(f.string("id"), f.choice("magnetType", Magnet.Type.class),
                            f.quantity("heliumVolumeM3", Volume::ofCubicMetres)))
            .add("storageTank", StorageTank.class,
                    (g, v) -> g.write("volumeM3", v.volume().cubicMetres()).write("ratedPressurePa", v.ratedPressure().pascals()),
                    f -> new StorageTank(f.string("id"), f.quantity("volumeM3", Volume::ofCubicMetres),
                            f.quantity("ratedPressurePa", Pressure::ofPascals)))
            .add("processBuffer", ProcessBuffer.class,
                    (g, v) -> g.write("volumeM3", v.volume().cubicMetres()).write("stage", v.stage().name()),
                    f -> new ProcessBuffer(f.string("id"), f.quantity("volumeM3", Volume::ofCubicMetres),
                            f.choice("stage", ProcessBuffer.Stage.class)));

    private NetworkJson() {
    }

    /**
     * The network as an indented JSON document, sites, labs, meters and vessels in their order.
     *
     * @param network the network
     * @return the JSON text, which {@link #read(String)} turns back into an equal network
     */
    public static String write(Network network) {
        Objects.requireNonNull(network, "network");
        StringBuilderWriter out = new StringBuilderWriter(4096);
        try (JsonGenerator g = JsonIo.PRETTY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStartArray("sites");
            for (Site site : network.sites()) {
                g.writeStartObject().write("id", site.id()).write("name", site.name()).write("role", site.role().name())
                        .writeEnd();
            }
            g.writeEnd().writeStartArray("labs");
            for (Lab lab : network.labs()) {
                g.writeStartObject().write("id", lab.id()).write("name", lab.name()).write("siteId", lab.siteId())
                        .writeEnd();
            }
            g.writeEnd().writeStartArray("meters");
            for (GasMeter meter : network.meters()) {
                StandardConditions c = meter.conditions();
                g.writeStartObject().write("id", meter.id()).write("labId", meter.labId())
                        .writeStartObject("conditions").write("name", c.name())
                        .write("temperatureK", c.temperature().kelvin()).write("pressurePa", c.pressure().pascals())
                        .writeEnd().writeEnd();
            }
            g.writeEnd().writeStartArray("vessels");
            for (Network.Placement placement : network.vessels()) {
                Vessel vessel = placement.vessel();
                Kinds.Kind<? extends Vessel> kind = VESSELS.of(vessel);
                g.writeStartObject().write("type", kind.name()).write("id", vessel.id())
                        .write("homeSiteId", placement.homeSiteId());
                kind.writeMembers(g, vessel);
                g.writeEnd();
            }
            g.writeEnd().writeEnd();
        }
        return out.toString() + "\n";
    }

    /**
     * The network described by {@code json}.
     *
     * @param json a network document
     * @return the network
     * @throws JsonFormatException for malformed JSON (with line and column) or a document that does not
     *                             describe a valid network (with the JSON pointer of the problem)
     */
    public static Network read(String json) {
        Objects.requireNonNull(json, "json");
        try {
            return read(new StringReader(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    /**
     * The network described by the document {@code in} holds; {@code in} is read to the end and left open.
     *
     * @param in a network document
     * @return the network
     * @throws JsonFormatException for malformed JSON (with line and column) or a document that does not
     *                             describe a valid network (with the JSON pointer of the problem)
     * @throws IOException         if {@code in} cannot be read
     */
    public static Network read(Reader in) throws IOException {
        return JsonIo.readObject(in, "{\"sites\": [...], \"labs\": [...], \"meters\": [...], \"vessels\": [...]}",
                NetworkJson::network);
    }

    private static Network network(Fields doc) {
        Items siteItems = doc.array("sites");
        List<Site> sites = siteItems.objects(f -> f.make(s ->
                new Site(s.string("id"), s.string("name"), s.choice("role", Site.Role.class))));
        Items labItems = doc.array("labs");
        List<Lab> labs = labItems.objects(f -> f.make(l -> new Lab(l.string("id"), l.string("name"), l.string("siteId"))));
        Items meterItems = doc.array("meters");
        List<GasMeter> meters = meterItems.objects(f -> f.make(m ->
                new GasMeter(m.string("id"), m.string("labId"), m.object("conditions").make(NetworkJson::conditions))));
        Items vesselItems = doc.array("vessels");
        List<Network.Placement> vessels = vesselItems.objects(f -> {
            String homeSiteId = f.string("homeSiteId");
            return new Network.Placement(VESSELS.read(f), homeSiteId);
        });

        Map<String, Integer> siteIndex = unique(sites, Site::id, "site", siteItems);
        Map<String, Integer> labIndex = unique(labs, Lab::id, "lab", labItems);
        unique(meters, GasMeter::id, "gas meter", meterItems);
        unique(vessels, p -> p.vessel().id(), "vessel", vesselItems);
        int hub = -1;
        for (int i = 0; i < sites.size(); i++) {
            if (sites.get(i).role() == Site.Role.HUB) {
                if (hub >= 0) {
                    throw new Problem(siteItems.at(i).field("role"), "a network has at most one hub site; "
                            + siteItems.at(hub) + " is the hub already");
                }
                hub = i;
            }
        }
        for (int i = 0; i < labs.size(); i++) {
            known(siteIndex, labs.get(i).siteId(), "site", labItems.at(i).field("siteId"));
        }
        for (int i = 0; i < meters.size(); i++) {
            known(labIndex, meters.get(i).labId(), "lab", meterItems.at(i).field("labId"));
        }
        for (int i = 0; i < vessels.size(); i++) {
            known(siteIndex, vessels.get(i).homeSiteId(), "site", vesselItems.at(i).field("homeSiteId"));
        }
        return new Network(sites, labs, meters, vessels); // any other refusal is reported at the document
    }

    private static StandardConditions conditions(Fields f) {
        return new StandardConditions(f.string("name"), Readings.temperature(f), Readings.pressure(f));
    }

    /** The index of each id; a repeated id is a problem at its second {@code "id"}. */
    private static <T> Map<String, Integer> unique(List<T> list, Function<T, String> id, String kind, Items items) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Integer first = index.putIfAbsent(id.apply(list.get(i)), i);
            if (first != null) {
                throw new Problem(items.at(i).field("id"), "duplicate " + kind + " id '" + id.apply(list.get(i))
                        + "', first at " + items.at(first));
            }
        }
        return index;
    }

    private static void known(Map<String, Integer> index, String id, String kind, Pointer at) {
        if (!index.containsKey(id)) {
            throw new Problem(at, "unknown " + kind + " '" + id + "'; known " + kind + "s: "
                    + index.keySet().stream().sorted().toList());
        }
    }
}
