package io.github.herenet.helium.json;

import io.github.herenet.helium.alert.AlertKind;
import io.github.herenet.helium.alert.Rule;
import io.github.herenet.helium.alert.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

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
            new Rule.Stale("dead", "*", Severity.INFO, 5));

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
}
