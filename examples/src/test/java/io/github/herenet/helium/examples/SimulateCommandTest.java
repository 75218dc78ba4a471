package io.github.herenet.helium.examples;

import io.github.herenet.helium.ledger.JdbcLedgerStore;
import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.ledger.RecordedEvent;
import io.github.herenet.helium.sim.network.Scenario;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.github.herenet.helium.examples.ConvertCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code helium simulate}, run in-process as {@code ./helium simulate} runs it: the reference network for
 * a year (once for the class) and the campaign, what they print and write, and the user errors.
 */
class SimulateCommandTest {

    @TempDir
    static Path folder;

    private static ConvertCommandTest.Run year;
    private static Path yearOut;
    private static JsonObject yearJson;

    @BeforeAll
    static void simulateTheReferenceYear() throws IOException {
        yearOut = folder.resolve("year");
        year = run("simulate", "--out", yearOut.toString());
        yearJson = json(yearOut.resolve("report.json"));
    }

    private static JsonObject json(Path file) throws IOException {
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    @Test
    void theReferenceYearPrintsEverySectionAndShowsProgress() {
        assertThat(year.exitCode()).as(year.err()).isZero();
        assertThat(year.out()).contains("HeReNet Helium simulation: reference (seed 42), 365 days from 2026-01-01",
                "== Monthly recovery per site ==", "== Reconciliation of the ledger ==", "== Injected faults ==",
                "== Plan for the next 91 days ==", "== Alerts ==", "conserved to 1e-9 of the total");
        assertThat(year.err()).contains("helium: simulated 10 %", "helium: simulated 100 %");
        assertThat(year.out()).doesNotContain("NOT caught", "NOT CONSERVED");
    }

    @Test
    void everyMonthAndSiteIsReportedWithItsRecoveryRate() {
        JsonArray months = yearJson.getJsonArray("months");
        assertThat(months).hasSize(12);
        for (JsonValue value : months) {
            JsonObject month = value.asJsonObject();
            assertThat(month.getJsonArray("sites").stream().map(s -> s.asJsonObject().getString("id")))
                    .containsExactly("okayama", "yonago", "tottori", "tokushima", "ous", "ehime");
        }
        // the year's network line: what the partners recovered over what they used, a plausible rate
        double recovered = 0;
        double used = 0;
        for (JsonValue value : months) {
            JsonObject network = value.asJsonObject().getJsonObject("network");
            recovered += network.getJsonNumber("recoveredLitres").doubleValue();
            used += network.getJsonNumber("suppliedLitres").doubleValue()
                    - network.getJsonNumber("inventoryChangeLitres").doubleValue();
        }
        assertThat(recovered / used).isBetween(0.9, 1.0);
        assertThat(year.out()).containsPattern("2026-12 +\\(network\\) +[-0-9.]+ +[0-9.]+ +[0-9.]+");
    }

    @Test
    void theInjectedLeakAndBadMeterAreFoundByReconciliationAndEveryFaultIsCaught() {
        Map<String, JsonObject> faults = yearJson.getJsonArray("faults").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(f -> f.getString("type"), f -> f));
        assertThat(faults).containsKeys("leak", "meterHigh", "compressorFault", "airIngress", "stuckSensor", "quench",
                "lostShipment");
        faults.values().forEach(f -> assertThat(f.getBoolean("caught")).as(f.toString()).isTrue());
        assertThat(faults.get("leak").getJsonArray("evidence").getString(0)).startsWith("reconciliation");
        assertThat(faults.get("meterHigh").getJsonArray("evidence").getString(0)).startsWith("reconciliation");
        assertThat(year.out()).contains("used at tottori-nmr1 is unaccounted for", "the meter ous-nmr2-M of ous-nmr2 reads");
    }

    @Test
    void thePlanLooksAQuarterAheadAndTheAlertsAreListed() {
        JsonObject plan = yearJson.getJsonObject("plan");
        assertThat(plan.getInt("days")).isEqualTo(91);
        assertThat(plan.getJsonNumber("liquefiedLitres").doubleValue()).isPositive();
        assertThat(yearJson.getJsonArray("alerts").stream().map(a -> a.asJsonObject().getString("kind")))
                .contains("BAG_NEARLY_FULL", "COMPRESSOR_FAULT", "PURITY_LOW", "SENSOR_STUCK", "OXYGEN_LOW");
        JsonObject balance = yearJson.getJsonObject("balance");
        assertThat(balance.getBoolean("conserved")).isTrue();
        assertThat(Math.abs(balance.getJsonNumber("imbalanceKg").doubleValue()))
                .isLessThanOrEqualTo(1e-9 * balance.getJsonNumber("inKg").doubleValue());
    }

    @Test
    void theLedgerFileReopensWithEveryEventAndTheCsvHasAMonthColumn() throws IOException {
        try (Ledger ledger = Ledger.open(Scenario.reference().network(),
                JdbcLedgerStore.openSqlite(yearOut.resolve("ledger.sqlite")))) {
            assertThat(ledger.size()).isEqualTo(yearJson.getInt("ledgerEvents"));
            List<LedgerEvent> events = ledger.events().stream().map(RecordedEvent::event).toList();
            assertThat(events).anyMatch(e -> e instanceof LedgerEvent.CylinderFilled)
                    .anyMatch(e -> e instanceof LedgerEvent.LiquidProduced)
                    .anyMatch(e -> e instanceof LedgerEvent.AlertChanged);
        }
        List<String> csv = Files.readAllLines(yearOut.resolve("report.csv"));
        assertThat(csv.get(0)).startsWith("month,scope,id,supplied_m3");
        assertThat(csv).anyMatch(line -> line.startsWith("2026-07,site,tottori,"));
    }

    @Test
    void thePlanTakesTheLiquefierStopsThatFallInItsDays(@TempDir Path out) throws IOException {
        // the reference hub stops on days 150-159 and 300-304; a plan after day 140 covers days 140-230
        ConvertCommandTest.Run run = run("simulate", "--days", "140", "-q", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(json(out.resolve("report.json")).getJsonObject("plan").getInt("maintenanceDays")).isEqualTo(10);
        assertThat(yearJson.getJsonObject("plan").getInt("maintenanceDays")).isZero();   // days 365-455
    }

    @Test
    void theSameSeedGivesTheSameReport(@TempDir Path other) throws IOException {
        ConvertCommandTest.Run first = run("simulate", "--days", "45", "--seed", "7", "-q", "--out",
                other.resolve("a").toString());
        ConvertCommandTest.Run second = run("simulate", "--days", "45", "--seed", "7", "-q", "--out",
                other.resolve("b").toString());
        assertThat(first.exitCode()).isZero();
        assertThat(second.exitCode()).isZero();
        assertThat(first.err()).doesNotContain("simulated 10 %");
        assertThat(Files.readString(other.resolve("b/report.json")))
                .isEqualTo(Files.readString(other.resolve("a/report.json")));
        assertThat(Files.readString(other.resolve("b/report.csv")))
                .isEqualTo(Files.readString(other.resolve("a/report.csv")));
    }

    @Test
    void aSecondRunInTheSameFolderReplacesTheFirst(@TempDir Path out) throws IOException {
        assertThat(run("simulate", "--days", "3", "-q", "--out", out.toString()).exitCode()).isZero();
        ConvertCommandTest.Run again = run("simulate", "--days", "5", "-q", "--out", out.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).contains("replacing the previous run's files in " + out);
        assertThat(json(out.resolve("report.json")).getInt("days")).isEqualTo(5);
    }

    @Test
    void theCampaignRecoversAbout500LitresIntoFiveDewarsAndGasIntoBags(@TempDir Path out) throws IOException {
        ConvertCommandTest.Run campaign = run("simulate", "campaign", "-q", "--out", out.toString());
        assertThat(campaign.exitCode()).as(campaign.err()).isZero();
        assertThat(campaign.out()).contains("== Magnet decommissioning campaign ==", "LIQUID_TO_DEWAR", "BOILOFF_TO_BAG",
                "No liquefaction to plan");
        JsonObject report = json(out.resolve("report.json")).getJsonObject("campaign");
        assertThat(report.getJsonNumber("liquidLitres").doubleValue()).isBetween(480.0, 510.0);
        assertThat(report.getJsonNumber("gasCubicMetres").doubleValue()).isBetween(2.5, 3.5);
        assertThat(report.getJsonArray("steps").stream()
                .filter(s -> s.asJsonObject().getString("step").equals("LIQUID_TO_DEWAR"))).hasSize(5);
    }

    @Test
    void aUsersOwnScenarioFileRunsAndPrintScenarioGivesOneToEdit(@TempDir Path out) throws IOException {
        ConvertCommandTest.Run printed = run("simulate", "campaign", "--print-scenario");
        assertThat(printed.exitCode()).isZero();
        Path file = out.resolve("mine.json");
        Files.writeString(file, printed.out().replace("\"name\": \"campaign\"", "\"name\": \"my-campaign\""));
        ConvertCommandTest.Run mine = run("simulate", file.toString(), "--days", "10", "-q", "--out",
                out.resolve("run").toString());
        assertThat(mine.exitCode()).as(mine.err()).isZero();
        assertThat(mine.out()).startsWith("HeReNet Helium simulation: my-campaign (seed 42), 10 days");
    }

    @Test
    void aReportThatCannotBeWrittenIsOneLineWithExitCode1(@TempDir Path out) throws IOException {
        Files.createDirectories(out.resolve("report.json"));   // a folder where the report should go
        ConvertCommandTest.Run blocked = run("simulate", "--days", "2", "-q", "--out", out.toString());
        assertThat(blocked.exitCode()).isEqualTo(1);
        assertThat(blocked.err()).startsWith("helium: ").contains("report.json").doesNotContain("at java.");
    }

    @Test
    void userErrorsSayWhatIsWrongWithExitCode2(@TempDir Path out) throws IOException {
        ConvertCommandTest.Run unknown = run("simulate", "nowhere", "--out", out.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown scenario 'nowhere': give reference, campaign or the path of a "
                + "scenario JSON file");

        Path broken = out.resolve("broken.json");
        Files.writeString(broken, "{\"name\": \"x\", \"days\": -3}");
        ConvertCommandTest.Run bad = run("simulate", broken.toString(), "--out", out.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("scenario " + broken + ": ").doesNotContain("Exception");

        ConvertCommandTest.Run days = run("simulate", "--days", "0", "--out", out.toString());
        assertThat(days.exitCode()).isEqualTo(2);
        assertThat(days.err()).contains("--days 0 is outside 1-3660");

        Path rules = out.resolve("rules.json");
        Files.writeString(rules, "{\"rules\": [{\"type\": \"threshold\"}]}");
        ConvertCommandTest.Run badRules = run("simulate", "--rules", rules.toString(), "--out", out.toString());
        assertThat(badRules.exitCode()).isEqualTo(2);
        assertThat(badRules.err()).contains("--rules " + rules + ": /rules/0");
        assertThat(out.resolve("ledger.sqlite")).doesNotExist();

        Path aFile = out.resolve("a-file");
        Files.writeString(aFile, "not a folder");
        ConvertCommandTest.Run notAFolder = run("simulate", "--days", "2", "--out", aFile.toString());
        assertThat(notAFolder.exitCode()).isEqualTo(2);
        assertThat(notAFolder.err()).startsWith("--out " + aFile + ": a file of that name exists; give a folder")
                .doesNotContain("at java.");
    }
}
