package io.github.herenet.helium.json;

import io.github.herenet.helium.alert.AlertKind;
import io.github.herenet.helium.alert.Rule;
import io.github.herenet.helium.alert.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AlertRulesJsonTest {

    private static final List<Rule> RULES = List.of(
            new Rule.Threshold("bag-nearly-full", "*/level", AlertKind.BAG_NEARLY_FULL, Severity.WARNING,
                    Rule.Direction.ABOVE, 90, 5, 3),
            new Rule.Threshold("o2-low", "*/o2", AlertKind.OXYGEN_LOW, Severity.CRITICAL, Rule.Direction.BELOW, 18, 0.5, 1),
            Rule.Threshold.boilOff("boiloff-zero", "*/flow", Severity.WARNING, 12.5, 0.2, 10),
            new Rule.FallRate("quench", "*/he-level", AlertKind.QUENCH, Severity.CRITICAL, 2, 1, 1),
            new Rule.Stuck("o2-stuck", "*/o2", Severity.WARNING, 100, 0),
            new Rule.Stale("dead", "*", Severity.INFO, 5),
            new Rule.Threshold("o2-held", "*/o2", AlertKind.OXYGEN_LOW, Severity.CRITICAL, Rule.Direction.BELOW, 18, 0.5,
                    2, Duration.ofSeconds(30)),
            new Rule.FallRate("quench-held", "*/he", AlertKind.QUENCH, Severity.CRITICAL, 2, 1, 1, Duration.ofSeconds(5)),
            new Rule.Stuck("stuck-for", "*/o2", Severity.WARNING, 2, 0.1, Duration.ofHours(2)),
            new Rule.Stale("silent", "*", Severity.WARNING, 0, Duration.ofMinutes(10)),
            new Rule.CompressorFault("cpa", "modbus-tcp://cpa-1:502/*", Severity.CRITICAL, Set.of(6, 7), 2,
                    Duration.ofSeconds(30)),
            new Rule.CompressorFault("cpa-warn", "modbus-tcp://cpa-1:502/warnings", Severity.WARNING, 1),
            new Rule.ForgottenDewar("forgotten", "dewar/*", Severity.WARNING, Duration.ofDays(14)),
            new Rule.WarmDewar("warm", "dewar/*", Severity.WARNING, 2),
            new Rule.InPhase("k-fault", "compressor/*", AlertKind.COMPRESSOR_FAULT, Severity.CRITICAL, Set.of("FAULT"),
                    Duration.ZERO),
            new Rule.InPhase("bag-waiting", "gas-bag/*", AlertKind.PHASE_OVERDUE, Severity.WARNING,
                    Set.of("FULL", "SWAPPED"), Duration.ofHours(12)));

    private static List<Rule> read(String json) throws IOException {
        return AlertRulesJson.read(new StringReader(json));
    }

    @Test
    void roundTrip() throws IOException {
        for (boolean pretty : new boolean[] {false, true}) {
            StringWriter out = new StringWriter();
            AlertRulesJson.write(RULES, out, pretty);
            assertThat(read(out.toString())).isEqualTo(RULES);
        }
    }

    @Test
    void defaults() throws IOException {
        assertThat(read("{\"rules\":[{\"type\":\"threshold\",\"name\":\"x\",\"subject\":\"*\",\"kind\":\"PURITY_LOW\","
                + "\"severity\":\"WARNING\",\"direction\":\"BELOW\",\"limit\":95}]}"))
                .containsExactly(new Rule.Threshold("x", "*", AlertKind.PURITY_LOW, Severity.WARNING,
                        Rule.Direction.BELOW, 95, 0, 1));
    }

    private static JsonFormatException error(String json) {
        return catchThrowableOfType(JsonFormatException.class, () -> read(json));
    }

    @Test
    void locatedErrors() {
        String stale = "{\"type\":\"stale\",\"name\":\"d\",\"subject\":\"*\",\"severity\":\"INFO\",\"readings\":1}";
        assertThat(error("{\"rules\":[" + stale + ",{\"type\":\"stale\",\"name\":\"e\",\"subject\":\"*\","
                + "\"severity\":\"LOUD\",\"readings\":1}]}"))
                .hasMessageStartingWith("/rules/1/severity:");
        assertThat(error("{\"rules\":[" + stale + "," + stale + "]}").getMessage())
                .startsWith("/rules/1/name: duplicate rule 'd'");
        assertThat(error("{\"rules\":[{\"type\":\"magic\",\"name\":\"d\",\"subject\":\"*\",\"severity\":\"INFO\"}]}"))
                .hasMessageStartingWith("/rules/0/type: must be one of threshold");
        assertThat(error("{\"rules\":[{\"type\":\"stale\",\"name\":\"d\",\"subject\":\"*\",\"severity\":\"INFO\","
                + "\"readings\":0}]}")).hasMessageStartingWith("/rules/0: is invalid");
        assertThat(error("{\"rules\":[{\"type\":\"stale\",\"name\":\"d\",\"subject\":\"*\",\"severity\":\"INFO\","
                + "\"readings\":1,\"limit\":3}]}")).hasMessageStartingWith("/rules/0/limit: is not a known field");
        assertThat(error("{\"rules\":[}").getMessage()).contains("malformed JSON at line 1");
        assertThat(error("[]")).hasMessageContaining("must be an object");
    }

    @Test
    void newRuleTypesAndDurations() throws IOException {
        assertThat(read("{\"rules\":[{\"type\":\"compressorFault\",\"name\":\"c\",\"subject\":\"*/alarms\","
                + "\"severity\":\"CRITICAL\"},{\"type\":\"forgottenDewar\",\"name\":\"f\",\"subject\":\"dewar/*\","
                + "\"severity\":\"INFO\",\"outFor\":\"P7D\"}]}"))
                .containsExactly(new Rule.CompressorFault("c", "*/alarms", Severity.CRITICAL, 1),
                        new Rule.ForgottenDewar("f", "dewar/*", Severity.INFO, Duration.ofDays(7)));
        String stuck = "{\"rules\":[{\"type\":\"stuck\",\"name\":\"s\",\"subject\":\"*\",\"severity\":\"INFO\","
                + "\"readings\":2,\"stuckFor\":";
        assertThat(error(stuck + "\"2 hours\"}]}")).hasMessageStartingWith("/rules/0/stuckFor: must be an ISO-8601 duration");
        assertThat(error(stuck + "\"-PT1H\"}]}")).hasMessageStartingWith("/rules/0/stuckFor: must be a duration of zero");
        assertThat(error("{\"rules\":[{\"type\":\"compressorFault\",\"name\":\"c\",\"subject\":\"*\","
                + "\"severity\":\"INFO\",\"faultStates\":[6,\"error\"]}]}"))
                .hasMessageStartingWith("/rules/0/faultStates/1: must be an integer");
        assertThat(error("{\"rules\":[{\"type\":\"compressorFault\",\"name\":\"c\",\"subject\":\"*\","
                + "\"severity\":\"INFO\",\"faultState\":[6]}]}"))
                .hasMessageStartingWith("/rules/0/faultState: is not a known field here")
                .hasMessageContaining("faultStates").hasMessageContaining("holdFor");
        assertThat(error("{\"rules\":[{\"type\":\"warmDewar\",\"name\":\"w\",\"subject\":\"dewar/*\","
                + "\"severity\":\"INFO\",\"factor\":0.5}]}"))
                .hasMessageStartingWith("/rules/0: is invalid: rule w: factor must be finite and >= 1");
    }

    @Test
    void inPhaseRules() throws IOException {
        String rule = "{\"rules\":[{\"type\":\"inPhase\",\"name\":\"p\",\"subject\":\"cylinder/*\","
                + "\"kind\":\"PHASE_OVERDUE\",\"severity\":\"WARNING\",";
        assertThat(read(rule + "\"phases\":[\"FILLING\"]}]}")).containsExactly(new Rule.InPhase("p", "cylinder/*",
                AlertKind.PHASE_OVERDUE, Severity.WARNING, Set.of("FILLING"), Duration.ZERO));
        StringWriter out = new StringWriter();
        AlertRulesJson.write(List.of(new Rule.InPhase("p", "cylinder/*", AlertKind.PHASE_OVERDUE, Severity.WARNING,
                Set.of("FILLING"), Duration.ofHours(8))), out, false);
        assertThat(out.toString()).contains("\"type\":\"inPhase\"").endsWith("\"phases\":[\"FILLING\"],\"holdFor\":\"PT8H\"}]}");

        assertThat(error(rule + "\"phases\":[]}]}"))
                .hasMessageStartingWith("/rules/0: is invalid: rule p: phases must name at least one phase");
        assertThat(error(rule + "\"phases\":[\"FULL\",3]}]}"))
                .hasMessageStartingWith("/rules/0/phases/1: must be a string");
        assertThat(error(rule + "\"phases\":\"FULL\"}]}")).hasMessageStartingWith("/rules/0/phases:");
        assertThat(error(rule + "\"phases\":[\"FULL\"],\"holdFor\":\"-PT1H\"}]}"))
                .hasMessageStartingWith("/rules/0/holdFor: must be a duration of zero");
        assertThat(error(rule + "\"phases\":[\"FULL\"],\"phase\":\"FULL\"}]}"))
                .hasMessageStartingWith("/rules/0/phase: is not a known field here")
                .hasMessageContaining("phases").hasMessageContaining("holdFor");
        assertThat(error(rule + "\"holdFor\":\"PT1H\"}]}")).hasMessageStartingWith("/rules/0/phases:");
    }
}
