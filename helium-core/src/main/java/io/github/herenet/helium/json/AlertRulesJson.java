package io.github.herenet.helium.json;

import io.github.herenet.helium.alert.AlertKind;
import io.github.herenet.helium.alert.Rule;
import io.github.herenet.helium.alert.Severity;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Alert {@link Rule}s as JSON, for sites to configure their alarms.
 *
 * <pre>{@code
 * {"rules": [
 *   {"type": "threshold", "name": "bag-nearly-full", "subject": "modbus://bag-1:502/level", "kind": "BAG_NEARLY_FULL",
 *    "severity": "WARNING", "direction": "ABOVE", "limit": 90, "hysteresis": 5, "debounce": 3},
 *   {"type": "fallRate", "name": "quench", "subject": "*he-level", "kind": "QUENCH", "severity": "CRITICAL",
 *    "limit": 2, "hysteresis": 1, "debounce": 1},
 *   {"type": "stuck", "name": "o2-stuck", "subject": "*o2", "severity": "WARNING", "readings": 100, "tolerance": 0,
 *    "stuckFor": "PT2H"},
 *   {"type": "stale", "name": "dead", "subject": "*", "severity": "WARNING", "readings": 5, "staleAfter": "PT10M"},
 *   {"type": "compressorFault", "name": "cpa-alarm", "subject": "modbus-tcp://cpa-1:502/alarms", "severity": "CRITICAL",
 *    "faultStates": [6, 7, 9], "debounce": 2, "holdFor": "PT30S"},
 *   {"type": "forgottenDewar", "name": "forgotten", "subject": "dewar/*", "severity": "WARNING", "outFor": "P14D"},
 *   {"type": "warmDewar", "name": "warm", "subject": "dewar/*", "severity": "WARNING", "factor": 2},
 *   {"type": "inPhase", "name": "bag-not-swapped", "subject": "gas-bag/*", "kind": "PHASE_OVERDUE",
 *    "severity": "WARNING", "phases": ["FULL"], "holdFor": "PT12H"}
 * ]}
 * }</pre>
 *
 * {@code hysteresis} defaults to 0, {@code debounce} to 1, {@code tolerance} to 0, {@code faultStates} to
 * the Cryomech CPA fault states [6, 7, 9], and the durations {@code holdFor} (threshold, fallRate,
 * compressorFault, inPhase), {@code stuckFor} and {@code staleAfter} (ISO-8601, e.g. {@code "PT10M"}) to zero:
 * count readings only (inPhase: raise at once). A stale rule may give {@code "readings": 0} with a
 * {@code staleAfter} to go by time only. An inPhase rule's {@code phases} are the names of the subject's
 * machine phases (at least one).
 * Errors are
 * {@link JsonFormatException}s with their location ({@code /rules/2/limit: ...}), as for the other documents.
 */
public final class AlertRulesJson {

    private AlertRulesJson() {
    }

    /**
     * Reads a rules document; {@code in} is left open.
     *
     * @param in the document
     * @return the rules, in order
     * @throws JsonFormatException for malformed JSON, an unknown type, a missing, extra or ill-typed field,
     *                             an invalid rule, or two rules of one name
     * @throws IOException         if {@code in} cannot be read
     */
    public static List<Rule> read(Reader in) throws IOException {
        Objects.requireNonNull(in, "in");
        try (JsonParser parser = JsonIo.parser(in)) {
            Object value = JsonTree.document(parser);
            if (!(value instanceof Fields fields)) {
                throw new Problem(Pointer.ROOT, "must be an object {\"rules\": [...]}, got " + JsonIo.describe(value));
            }
            return fields.make(AlertRulesJson::rules);
        } catch (Problem p) {
            throw p.located();
        } catch (JsonParsingException e) {
            throw JsonIo.malformed(e, "");
        } catch (JsonException e) {
            throw JsonIo.ioOrThrow(e, "");
        }
    }

    /**
     * Writes rules as a document that {@link #read} reads back to equal rules; {@code out} is left open.
     *
     * @param rules  the rules
     * @param out    where to
     * @param pretty indented over lines, or compact
     * @throws IOException if {@code out} cannot be written
     */
    public static void write(List<? extends Rule> rules, Writer out, boolean pretty) throws IOException {
        Objects.requireNonNull(rules, "rules");
        try (JsonGenerator g = JsonIo.generator(out, pretty)) {
            g.writeStartObject().writeStartArray("rules");
            for (Rule r : rules) {
                g.writeStartObject();
                if (r instanceof Rule.Threshold t) {
                    common(g.write("type", "threshold"), r).write("kind", t.kind().name())
                            .write("direction", t.direction().name()).write("limit", t.limit())
                            .write("hysteresis", t.hysteresis()).write("debounce", t.debounce());
                    duration(g, "holdFor", t.holdFor());
                } else if (r instanceof Rule.FallRate f) {
                    common(g.write("type", "fallRate"), r).write("kind", f.kind().name()).write("limit", f.limit())
                            .write("hysteresis", f.hysteresis()).write("debounce", f.debounce());
                    duration(g, "holdFor", f.holdFor());
                } else if (r instanceof Rule.Stuck s) {
                    common(g.write("type", "stuck"), r).write("readings", s.readings()).write("tolerance", s.tolerance());
                    duration(g, "stuckFor", s.stuckFor());
                } else if (r instanceof Rule.Stale s) {
                    common(g.write("type", "stale"), r).write("readings", s.readings());
                    duration(g, "staleAfter", s.staleAfter());
                } else if (r instanceof Rule.CompressorFault c) {
                    common(g.write("type", "compressorFault"), r).writeStartArray("faultStates");
                    c.faultStates().stream().sorted().forEach(g::write);
                    g.writeEnd().write("debounce", c.debounce());
                    duration(g, "holdFor", c.holdFor());
                } else if (r instanceof Rule.ForgottenDewar d) {
                    common(g.write("type", "forgottenDewar"), r).write("outFor", d.outFor().toString());
                } else if (r instanceof Rule.WarmDewar w) {
                    common(g.write("type", "warmDewar"), r).write("factor", w.factor());
                } else if (r instanceof Rule.InPhase p) {
                    common(g.write("type", "inPhase"), r).write("kind", p.kind().name()).writeStartArray("phases");
                    p.phases().stream().sorted().forEach(g::write);
                    g.writeEnd();
                    duration(g, "holdFor", p.holdFor());
                }
                g.writeEnd();
            }
            g.writeEnd().writeEnd();
        } catch (JsonException e) {
            throw JsonIo.ioCause(e);
        }
    }

    /** Writes a duration setting unless it is zero (its default). */
    private static void duration(JsonGenerator g, String key, Duration d) {
        if (!d.isZero()) {
            g.write(key, d.toString());
        }
    }

    private static JsonGenerator common(JsonGenerator g, Rule r) {
        return g.write("name", r.name()).write("subject", r.subject()).write("severity", r.severity().name());
    }

    private static List<Rule> rules(Fields doc) {
        Items items = doc.array("rules");
        List<Rule> rules = items.objects(f -> f.make(AlertRulesJson::rule));
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            Integer first = seen.putIfAbsent(rules.get(i).name(), i);
            if (first != null) {
                throw new Problem(items.at(i).field("name"), "duplicate rule '" + rules.get(i).name()
                        + "', first at " + items.at(first));
            }
        }
        return rules;
    }

    private static int debounce(Fields f) {
        return f.has("debounce") ? f.intValue("debounce") : 1;
    }

    private static Rule rule(Fields f) {
        String type = f.string("type");
        String name = f.string("name");
        String subject = f.string("subject");
        Severity severity = f.choice("severity", Severity.class);
        switch (type) {
            case "threshold":
                return new Rule.Threshold(name, subject, f.choice("kind", AlertKind.class), severity,
                        f.choice("direction", Rule.Direction.class), f.number("limit"), f.number("hysteresis", 0),
                        debounce(f), f.duration("holdFor", Duration.ZERO));
            case "fallRate":
                return new Rule.FallRate(name, subject, f.choice("kind", AlertKind.class), severity, f.number("limit"),
                        f.number("hysteresis", 0), debounce(f), f.duration("holdFor", Duration.ZERO));
            case "stuck":
                return new Rule.Stuck(name, subject, severity, f.intValue("readings"), f.number("tolerance", 0),
                        f.duration("stuckFor", Duration.ZERO));
            case "stale":
                return new Rule.Stale(name, subject, severity, f.intValue("readings"),
                        f.duration("staleAfter", Duration.ZERO));
            case "compressorFault":
                return new Rule.CompressorFault(name, subject, severity, Set.copyOf(f.ints("faultStates",
                        List.copyOf(Rule.CompressorFault.CRYOMECH_FAULT_STATES))), debounce(f),
                        f.duration("holdFor", Duration.ZERO));
            case "forgottenDewar":
                return new Rule.ForgottenDewar(name, subject, severity, f.duration("outFor"));
            case "warmDewar":
                return new Rule.WarmDewar(name, subject, severity, f.number("factor"));
            case "inPhase":
                return new Rule.InPhase(name, subject, f.choice("kind", AlertKind.class), severity,
                        new LinkedHashSet<>(f.array("phases").strings()), f.duration("holdFor", Duration.ZERO));
            default:
                throw new Problem(f.at("type"), "must be one of threshold, fallRate, stuck, stale, compressorFault,"
                        + " forgottenDewar, warmDewar, inPhase, got " + JsonIo.quote(type));
        }
    }
}
