package io.github.herenet.helium.json;

import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.ledger.LedgerEvent.AlertChanged;
import io.github.herenet.helium.ledger.LedgerEvent.BagEmptied;
import io.github.herenet.helium.ledger.LedgerEvent.BagFull;
import io.github.herenet.helium.ledger.LedgerEvent.BagSwapped;
import io.github.herenet.helium.ledger.LedgerEvent.CampaignStep;
import io.github.herenet.helium.ledger.LedgerEvent.CylinderFilled;
import io.github.herenet.helium.ledger.LedgerEvent.DewarReturned;
import io.github.herenet.helium.ledger.LedgerEvent.GasFed;
import io.github.herenet.helium.ledger.LedgerEvent.InventoryCounted;
import io.github.herenet.helium.ledger.LedgerEvent.LiquidDelivered;
import io.github.herenet.helium.ledger.LedgerEvent.LiquidProduced;
import io.github.herenet.helium.ledger.LedgerEvent.MeterRead;
import io.github.herenet.helium.ledger.LedgerEvent.Purchased;
import io.github.herenet.helium.ledger.LedgerEvent.ShipmentReceived;
import io.github.herenet.helium.ledger.LedgerEvent.ShipmentSent;
import io.github.herenet.helium.ledger.LedgerEvent.Vented;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.util.Objects;

/**
 * One {@link LedgerEvent} as one compact JSON object, and back: the form the ledger stores use for an
 * event's text, and the {@code "event"} of a {@link LedgerJson} export.
 *
 * <pre>{@code
 * {"type":"LiquidDelivered","time":"2026-01-05T09:00:00Z","dewarId":"D-07","labId":"nmr-1","litres":80.0}
 * }</pre>
 *
 * <p>{@code "type"} is the event record's simple name, {@code "time"} the instant in ISO-8601 UTC. The
 * other members are the record's components in order, named with their unit where they hold a quantity:
 * {@code "litres"}, {@code "remainingLitres"}, {@code "totalM3"} (a meter's counter), {@code "pressurePa"},
 * {@code "temperatureK"}, {@code "heliumMoleFraction"}, and {@code "kilograms"} for a helium amount. A
 * reading is a nested object with its own {@code "type"} ({@code "gas"}, {@code "bag"}, {@code "liquid"},
 * the liquid's {@code "level"} being {@code "percent"}, {@code "litres"} or {@code "grossWeight"}; see the
 * package description). A {@code null} lab or vessel is written as JSON {@code null} and read back from
 * {@code null} or an absent member. Numbers are written in the shortest form that reads back to the same
 * double ({@link Double#toString}), so {@code decode(encode(e)).equals(e)} for every event.
 *
 * <p>Decoding is strict: a missing, misspelt or extra member, a value of the wrong JSON type, or a
 * value the event refuses is a {@link JsonFormatException} naming the event and the field.
 *
 * <p>Stateless and thread-safe. Encoding or decoding a typical event takes about a microsecond.
 */
public final class EventJson {

    /** Every event kind, by the record's simple name. */
    static final Kinds<LedgerEvent> EVENTS = new Kinds<LedgerEvent>()
            .add("LiquidDelivered", LiquidDelivered.class,
                    (g, e) -> g.write("dewarId", e.dewarId()).write("labId", e.labId()).write("litres", e.litres()),
                    f -> new LiquidDelivered(f.instant("time"), f.string("dewarId"), f.string("labId"), f.number("litres")))
            .add("DewarReturned", DewarReturned.class,
                    (g, e) -> g.write("dewarId", e.dewarId()).write("labId", e.labId())
                            .write("remainingLitres", e.remainingLitres()),
                    f -> new DewarReturned(f.instant("time"), f.string("dewarId"), f.string("labId"),
                            f.number("remainingLitres")))
            .add("MeterRead", MeterRead.class,
                    (g, e) -> g.write("meterId", e.meterId()).write("totalM3", e.totalCubicMetres()),
                    f -> new MeterRead(f.instant("time"), f.string("meterId"), f.number("totalM3")))
            .add("BagFull", BagFull.class,
                    (g, e) -> {
                        g.write("bagId", e.bagId()).write("siteId", e.siteId());
                        Readings.BAG.write(g, "reading", e.reading());
                    },
                    f -> new BagFull(f.instant("time"), f.string("bagId"), f.string("siteId"),
                            Readings.BAG.read(f.object("reading"))))
            .add("BagSwapped", BagSwapped.class,
                    (g, e) -> g.write("fullBagId", e.fullBagId()).write("emptyBagId", e.emptyBagId())
                            .write("siteId", e.siteId()),
                    f -> new BagSwapped(f.instant("time"), f.string("fullBagId"), f.string("emptyBagId"),
                            f.string("siteId")))
            .add("BagEmptied", BagEmptied.class,
                    (g, e) -> g.write("bagId", e.bagId()).write("cylinderId", e.cylinderId()),
                    f -> new BagEmptied(f.instant("time"), f.string("bagId"), f.string("cylinderId")))
            .add("CylinderFilled", CylinderFilled.class,
                    (g, e) -> {
                        g.write("cylinderId", e.cylinderId()).write("siteId", e.siteId()).write("operator", e.operator());
                        Readings.pressure(g, e.pressure());
                        Readings.temperature(g, e.temperature());
                        Readings.purity(g, e.purity());
                    },
                    f -> new CylinderFilled(f.instant("time"), f.string("cylinderId"), f.string("siteId"),
                            f.string("operator"), Readings.pressure(f), Readings.temperature(f), Readings.purity(f)))
            .add("ShipmentSent", ShipmentSent.class,
                    (g, e) -> {
                        g.write("shipmentId", e.shipmentId()).write("fromSiteId", e.fromSiteId())
                                .write("toSiteId", e.toSiteId()).writeStartArray("vesselIds");
                        e.vesselIds().forEach(g::write);
                        g.writeEnd();
                    },
                    f -> new ShipmentSent(f.instant("time"), f.string("shipmentId"), f.string("fromSiteId"),
                            f.string("toSiteId"), f.array("vesselIds").strings()))
            .add("ShipmentReceived", ShipmentReceived.class,
                    (g, e) -> g.write("shipmentId", e.shipmentId()),
                    f -> new ShipmentReceived(f.instant("time"), f.string("shipmentId")))
            .add("GasFed", GasFed.class,
                    (g, e) -> g.write("vesselId", e.vesselId()).write("siteId", e.siteId()),
                    f -> new GasFed(f.instant("time"), f.string("vesselId"), f.string("siteId")))
            .add("LiquidProduced", LiquidProduced.class,
                    (g, e) -> g.write("siteId", e.siteId()).write("dewarId", e.dewarId()).write("litres", e.litres()),
                    f -> new LiquidProduced(f.instant("time"), f.string("siteId"), f.string("dewarId"), f.number("litres")))
            .add("Purchased", Purchased.class,
                    (g, e) -> {
                        g.write("siteId", e.siteId()).write("vesselId", e.vesselId());
                        Readings.amount(g, e.amount());
                    },
                    f -> new Purchased(f.instant("time"), f.string("siteId"), f.string("vesselId"), Readings.amount(f)))
            .add("Vented", Vented.class,
                    (g, e) -> {
                        g.write("siteId", e.siteId());
                        nullable(g, "labId", e.labId());
                        Readings.amount(g, e.amount());
                        g.write("reason", e.reason());
                    },
                    f -> new Vented(f.instant("time"), f.string("siteId"), f.optionalString("labId"), Readings.amount(f),
                            f.string("reason")))
            .add("InventoryCounted", InventoryCounted.class,
                    (g, e) -> {
                        g.write("siteId", e.siteId());
                        nullable(g, "labId", e.labId());
                        g.write("vesselId", e.vesselId());
                        Readings.ALL.write(g, "reading", e.reading());
                    },
                    f -> new InventoryCounted(f.instant("time"), f.string("siteId"), f.optionalString("labId"),
                            f.string("vesselId"), Readings.ALL.read(f.object("reading"))))
            .add("CampaignStep", CampaignStep.class,
                    (g, e) -> {
                        g.write("campaignId", e.campaignId()).write("siteId", e.siteId()).write("step", e.step().name());
                        nullable(g, "vesselId", e.vesselId());
                        Readings.amount(g, e.amount());
                        g.write("note", e.note());
                    },
                    f -> new CampaignStep(f.instant("time"), f.string("campaignId"), f.string("siteId"),
                            f.choice("step", CampaignStep.Step.class), f.optionalString("vesselId"), Readings.amount(f),
                            f.string("note")))
            .add("AlertChanged", AlertChanged.class,
                    (g, e) -> {
                        g.write("alertId", e.alertId()).write("rule", e.rule()).write("subject", e.subject())
                                .write("state", e.state());
                        nullable(g, "by", e.by());
                        g.write("note", e.note());
                    },
                    f -> new AlertChanged(f.instant("time"), f.string("alertId"), f.string("rule"), f.string("subject"),
                            f.string("state"), f.optionalString("by"), f.string("note")));

    private EventJson() {
    }

    /**
     * The event as one compact JSON object.
     *
     * @param event the event
     * @return its JSON text, e.g. {@code {"type":"MeterRead","time":"2026-01-31T17:00:00Z","meterId":"M-1","totalM3":1234.5}}
     * @throws NullPointerException if {@code event} is null
     */
    public static String encode(LedgerEvent event) {
        Objects.requireNonNull(event, "event");
        StringBuilderWriter out = new StringBuilderWriter(160);
        try (JsonGenerator g = JsonIo.COMPACT.createGenerator(out)) {
            write(g, null, event);
        }
        return out.toString();
    }

    /**
     * The event in {@code json}, as written by {@link #encode}.
     *
     * @param json one JSON object
     * @return the event
     * @throws JsonFormatException if {@code json} is not well-formed JSON (with line and column), or not an
     *                             event: unknown {@code "type"} (the message lists the known types), a
     *                             missing, extra or mistyped field, or a value the event refuses; the
     *                             message names the event type and the field
     */
    public static LedgerEvent decode(String json) {
        Objects.requireNonNull(json, "json");
        try (JsonParser parser = JsonIo.PARSERS.createParser(new StringReader(json))) {
            Object value = JsonTree.document(parser);
            if (!(value instanceof Fields fields)) {
                throw new Problem(Pointer.ROOT, "must be a JSON object, got " + JsonIo.describe(value));
            }
            return read(fields);
        } catch (Problem p) {
            throw p.named("event");
        } catch (JsonParsingException e) {
            throw JsonIo.malformed(e, "event: ");
        } catch (JsonException e) {
            throw JsonIo.inMemory(e, "event: ");
        }
    }

    /** Writes {@code event} as an object: member {@code key} of the open object, or a value if {@code key} is null. */
    static void write(JsonGenerator g, String key, LedgerEvent event) {
        Kinds.Kind<? extends LedgerEvent> kind = EVENTS.of(event);
        if (key == null) {
            g.writeStartObject();
        } else {
            g.writeStartObject(key);
        }
        g.write("type", kind.name()).write("time", event.time().toString());
        kind.writeMembers(g, event);
        g.writeEnd();
    }

    /** Reads an event from its object; a problem names the event ({@code event 'LiquidDelivered'}). */
    static LedgerEvent read(Fields fields) {
        try {
            return EVENTS.read(fields);
        } catch (Problem p) {
            String type = fields.peekString("type");
            throw p.about(EVENTS.knows(type) ? "event '" + type + "'" : "event", fields.at());
        }
    }

    private static void nullable(JsonGenerator g, String key, String value) {
        if (value == null) {
            g.writeNull(key);
        } else {
            g.write(key, value);
        }
    }
}
