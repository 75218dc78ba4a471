package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.inventory.Magnet;
import io.github.herenet.helium.inventory.Site;
import io.github.herenet.helium.json.JsonFormatException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped scenarios and the scenario format's located errors. */
class ScenarioTest {

    private static String reference() throws IOException {
        try (InputStream in = Scenario.class.getResourceAsStream("/scenarios/reference.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theReferenceScenarioIsAHubAndFivePartnersOverAYear() {
        Scenario s = Scenario.reference();
        assertThat(s.name()).isEqualTo("reference");
        assertThat(s.days()).isEqualTo(365);
        assertThat(s.startDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(s.start()).isEqualTo(LocalDate.of(2026, 1, 1).atStartOfDay(s.zone()).toInstant());
        assertThat(s.sampleInterval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(s.network().hub()).map(Site::id).hasValue("okayama");
        assertThat(s.partners()).hasSize(5).allSatisfy(p -> {
            assertThat(s.network().vessels()).filteredOn(v -> v.homeSiteId().equals(p.siteId())
                    && v.vessel() instanceof io.github.herenet.helium.inventory.GasBag).hasSize(10);
            assertThat(p.compressorM3PerHour()).isEqualTo(14.4);
        });
        assertThat(s.network().vessels()).filteredOn(v -> v.vessel() instanceof Magnet m && m.type() == Magnet.Type.MRI)
                .hasSize(1);
        assertThat(s.phases()).extracting(Scenario.Phase::phase).containsExactly(1, 2, 3);
        assertThat(s.faults()).hasAtLeastOneElementOfType(Fault.Leak.class).hasAtLeastOneElementOfType(Fault.MeterHigh.class);
        assertThat(s.hub().liquefierLitresPerHour()).isEqualTo(30);
        assertThat(s.hub().inMaintenance(150)).isTrue();
        assertThat(s.phaseOn(130).phase()).isEqualTo(2);
    }

    @Test
    void theCampaignScenarioDecommissionsAnMriWith800LitresLeft() {
        Scenario s = Scenario.campaign();
        assertThat(s.decommissioning().litresLeft()).isEqualTo(800);
        assertThat(s.decommissioning().dewarIds()).hasSize(5);
        assertThat(s.decommissioning().bagIds()).hasSize(3);
    }

    @Test
    void malformedJsonIsLocatedByLineAndColumn() {
        assertThatThrownBy(() -> Scenario.read(new StringReader("{\n \"name\": \"x\",\n oops }")))
                .isInstanceOfSatisfying(JsonFormatException.class, e -> {
                    assertThat(e.line()).hasValue(3);
                    assertThat(e.pointer()).isEmpty();
                });
    }

    @Test
    void aBadValueIsLocatedByItsPointerAndSaysWhatIsAllowed() throws IOException {
        String json = reference().replaceFirst("\"compressorM3PerHour\": 14.4", "\"compressorM3PerHour\": \"fast\"");
        assertThatThrownBy(() -> Scenario.read(new StringReader(json)))
                .isInstanceOfSatisfying(JsonFormatException.class, e -> {
                    assertThat(e.pointer()).hasValue("/partners/0/compressorM3PerHour");
                    assertThat(e).hasMessageContaining("must be a number, got \"fast\"");
                });
        String negative = reference().replaceFirst("\"compressorM3PerHour\": 14.4", "\"compressorM3PerHour\": -1");
        assertThatThrownBy(() -> Scenario.read(new StringReader(negative)))
                .isInstanceOfSatisfying(JsonFormatException.class, e -> {
                    assertThat(e.pointer()).hasValue("/partners/0");
                    assertThat(e).hasMessageContaining("compressorM3PerHour must be a finite number above 0");
                });
    }

    @Test
    void unknownMembersFaultTypesAndIdsAreRefusedWithWhatIsAllowed() throws IOException {
        String member = reference().replaceFirst("\"days\": 365", "\"days\": 365, \"speed\": 2");
        assertThatThrownBy(() -> Scenario.read(new StringReader(member)))
                .isInstanceOfSatisfying(JsonFormatException.class, e -> {
                    assertThat(e.pointer()).hasValue("/speed");
                    assertThat(e).hasMessageContaining("unknown member 'speed'").hasMessageContaining("allowed: [");
                });
        String type = reference().replaceFirst("\"type\": \"quench\"", "\"type\": \"flood\"");
        assertThatThrownBy(() -> Scenario.read(new StringReader(type)))
                .isInstanceOfSatisfying(JsonFormatException.class, e -> {
                    assertThat(e.pointer()).hasValue("/faults/5/type");
                    assertThat(e).hasMessageContaining("unknown fault type \"flood\"").hasMessageContaining("lostShipment");
                });
        String lab = reference().replaceFirst("\"labId\": \"tottori-nmr1\",\n          \"magnetId\"",
                "\"labId\": \"kyoto-nmr1\",\n          \"magnetId\"");
        assertThatThrownBy(() -> Scenario.read(new StringReader(lab)))
                .isInstanceOfSatisfying(JsonFormatException.class, e -> {
                    assertThat(e.pointer()).hasValue("/partners/1/lines/0/labId");
                    assertThat(e).hasMessageContaining("unknown lab 'kyoto-nmr1'").hasMessageContaining("tottori-nmr2");
                });
    }

    @Test
    void aLinesExperimentIsOptionalWithADefaultRecoveredFraction() throws IOException {
        Scenario s = Scenario.reference();
        assertThat(s.partners()).flatExtracting(Scenario.Partner::lines)
                .filteredOn(l -> l.experiment() != null).singleElement().satisfies(l -> {
                    assertThat(l.labId()).isEqualTo("tokushima-nmr1");
                    assertThat(l.experiment()).isEqualTo(new Scenario.Experiment(20, 0.9));
                });
        String noFraction = reference().replaceFirst("\"litresPerWeek\": 20,\\s*\"recoveredFraction\": 0.9",
                "\"litresPerWeek\": 5");
        assertThat(Scenario.read(new StringReader(noFraction)).partners().get(2).lines().get(0).experiment())
                .isEqualTo(new Scenario.Experiment(5, 0.9));
        String none = reference().replaceFirst(",\\s*\"experiment\": \\{[^}]*\\}", "");
        assertThat(Scenario.read(new StringReader(none)).partners()).flatExtracting(Scenario.Partner::lines)
                .allSatisfy(l -> assertThat(l.experiment()).isNull());
        assertThat(new Scenario.Line("a", "m", 0.4, 60, 45, 85).experiment()).isNull();
    }

    @Test
    void aBadExperimentIsLocatedByItsPointer() throws IOException {
        String at = "/partners/2/lines/0/experiment";
        String litres = "\"litresPerWeek\": 20";
        assertLocated(litres, "\"litresPerWeek\": \"lots\"", at + "/litresPerWeek", "must be a number, got \"lots\"");
        assertLocated(litres, "\"litresPerWeek\": 0", at, "litresPerWeek must be a finite number above 0, got 0.0");
        assertLocated(litres, "\"litresPerWeek\": 600", at, "litresPerWeek must be in [0.0, 500.0], got 600.0");
        assertLocated(litres, litres + ", \"efficiency\": 0.9", at + "/efficiency", "unknown member 'efficiency'");
        assertLocated(litres + ",", "", at + "/litresPerWeek", "missing member 'litresPerWeek'");
        assertLocated("\"recoveredFraction\": 0.9", "\"recoveredFraction\": 1.5", at,
                "recoveredFraction must be in [0.0, 1.0], got 1.5");
        assertLocated("\"experiment\": \\{[^}]*\\}", "\"experiment\": 20", at,
                "must be an object {\"litresPerWeek\": 20");
    }

    /** The reference with its first match of {@code regex} replaced is refused at {@code pointer} with {@code message}. */
    private static void assertLocated(String regex, String replacement, String pointer, String message) throws IOException {
        String json = reference().replaceFirst(regex, replacement);
        assertThatThrownBy(() -> Scenario.read(new StringReader(json)))
                .isInstanceOfSatisfying(JsonFormatException.class, e -> {
                    assertThat(e.pointer()).hasValue(pointer);
                    assertThat(e).hasMessageContaining(message);
                });
    }

    @Test
    void aProblemInTheEmbeddedNetworkIsLocatedInTheScenario() throws IOException {
        String json = reference().replaceFirst("\"waterVolumeM3\": 0.047", "\"waterVolumeM3\": \"47 L\"");
        assertThatThrownBy(() -> Scenario.read(new StringReader(json)))
                .isInstanceOfSatisfying(JsonFormatException.class, e -> {
                    assertThat(e.pointer()).get().asString().startsWith("/network/vessels/").endsWith("/waterVolumeM3");
                    assertThat(e).hasMessageStartingWith("/network/vessels/").hasMessageContaining("must be a number");
                });
    }

    @Test
    void aScenarioIsAnObjectWithTheRequiredMembers() {
        assertThatThrownBy(() -> Scenario.read(new StringReader("[]")))
                .isInstanceOfSatisfying(JsonFormatException.class, e -> assertThat(e.pointer()).hasValue(""));
        assertThatThrownBy(() -> Scenario.read(new StringReader("{\"name\": \"x\"}")))
                .isInstanceOfSatisfying(JsonFormatException.class, e -> {
                    assertThat(e.pointer()).hasValue("/network");
                    assertThat(e).hasMessageContaining("missing member 'network'");
                });
    }
}
