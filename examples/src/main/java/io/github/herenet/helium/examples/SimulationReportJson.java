package io.github.herenet.helium.examples;

import io.github.herenet.helium.alert.Alert;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.ledger.MonthlyReport;
import io.github.herenet.helium.plan.Plan;
import io.github.herenet.helium.reconcile.SiteFinding;
import io.github.herenet.helium.sim.network.HeliumBalance;
import io.github.herenet.helium.sim.network.LossCause;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;

import java.io.Writer;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A {@link SimulationRun} as one JSON document, for dashboards and scripts: the run's parameters, the
 * monthly lines per site (liquid litres, gas m3 at the report's conditions), the reconciliation findings,
 * the injected faults and what caught them, the plan's totals, the alerts and the true helium account.
 * Numbers are JSON numbers; a missing recovery rate is {@code null}.
 */
final class SimulationReportJson {

    private static final JsonGeneratorFactory PRETTY = Json.createGeneratorFactory(
            Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private SimulationReportJson() {
    }

    /**
     * Writes the run.
     *
     * @param run the run
     * @param out where the document goes (not closed)
     */
    static void write(SimulationRun run, Writer out) {
        JsonGenerator g = PRETTY.createGenerator(out);
        g.writeStartObject()
                .write("scenario", run.scenario().name())
                .write("seed", run.seed())
                .write("days", run.days())
                .write("start", run.scenario().start().toString())
                .write("end", run.end().toString())
                .write("zone", run.scenario().zone().getId())
                .write("ledgerEvents", run.ledgerEvents())
                .write("conditions", SimulationRun.CONDITIONS.name());
        months(g, run.season());
        g.writeStartArray("findings");
        run.reconciliation().findings().forEach(f -> finding(g, f));
        g.writeEnd();
        g.writeStartArray("overdueShipments");
        run.overdue().forEach(o -> g.write(o.text()));
        g.writeEnd();
        faults(g, run);
        if (!run.campaign().steps().isEmpty()) {
            campaign(g, run.campaign());
        }
        run.plan().ifPresent(plan -> plan(g, plan.plan()));
        g.writeStartArray("alerts");
        run.alerts().forEach(a -> alert(g, a));
        g.writeEnd();
        balance(g, run.balance());
        g.writeEnd();
        g.flush();
    }

    private static void months(JsonGenerator g, SeasonReport season) {
        g.writeStartArray("months");
        for (MonthlyReport report : season.months()) {
            g.writeStartObject().write("month", report.month().toString()).writeStartArray("sites");
            report.sites().forEach(line -> line(g, line, report));
            g.writeEnd().writeKey("network");
            line(g, report.network(), report);
            g.writeEnd();
        }
        g.writeEnd();
    }

    private static void line(JsonGenerator g, MonthlyReport.Line line, MonthlyReport report) {
        OptionalDouble rate = line.recoveryRate();
        g.writeStartObject()
                .write("id", line.id())
                .write("suppliedLitres", MonthlyReport.Line.liquidLitres(line.suppliedKilograms()))
                .write("recoveredCubicMetres", MonthlyReport.Line.cubicMetres(line.recovered().kilograms(),
                        report.conditions()))
                .write("recoveredLitres", MonthlyReport.Line.liquidLitres(line.recovered().kilograms()))
                .write("inventoryChangeLitres", MonthlyReport.Line.liquidLitres(line.inventoryChangeKilograms()))
                .write("lossesLitres", MonthlyReport.Line.liquidLitres(line.losses().kilograms()));
        if (rate.isPresent()) {
            g.write("recoveryRate", rate.getAsDouble());
        } else {
            g.writeNull("recoveryRate");
        }
        g.write("tier", line.tier().name()).writeEnd();
    }

    private static void finding(JsonGenerator g, SiteFinding f) {
        g.writeStartObject()
                .write("site", f.siteId())
                .write("month", f.month().toString())
                .write("subject", f.subject())
                .write("kilograms", f.kilograms())
                .write("litres", f.amount().liquidLitres())
                .write("z", f.z())
                .write("text", f.text())
                .writeEnd();
    }

    private static void faults(JsonGenerator g, SimulationRun run) {
        g.writeStartArray("faults");
        for (SimulationRun.FaultCheck check : run.faults()) {
            g.writeStartObject()
                    .write("type", check.fault().fault().type())
                    .write("target", check.fault().fault().target())
                    .write("site", check.fault().siteId())
                    .write("at", check.fault().at().toString())
                    .write("description", check.fault().description())
                    .write("caught", check.caught())
                    .writeStartArray("evidence");
            check.evidence().forEach(g::write);
            g.writeEnd().writeEnd();
        }
        g.writeEnd();
    }

    private static void campaign(JsonGenerator g, CampaignLog campaign) {
        g.writeStartObject("campaign")
                .write("liquidLitres", campaign.liquidLitres())
                .write("gasCubicMetres", campaign.gasCubicMetres(SimulationRun.CONDITIONS))
                .writeStartArray("steps");
        for (LedgerEvent.CampaignStep step : campaign.steps()) {
            g.writeStartObject().write("time", step.time().toString()).write("step", step.step().name());
            if (step.vesselId() == null) {
                g.writeNull("vessel");
            } else {
                g.write("vessel", step.vesselId());
            }
            g.write("kilograms", step.amount().kilograms()).write("note", step.note()).writeEnd();
        }
        g.writeEnd().writeEnd();
    }

    private static void plan(JsonGenerator g, Plan plan) {
        Plan.Totals t = plan.totals();
        g.writeStartObject("plan")
                .write("days", plan.days())
                .write("maintenanceDays", plan.hubDays().stream().filter(Plan.HubDay::maintenance).count())
                .write("recoveredLitres", t.recovered())
                .write("liquefiedLitres", t.liquefied())
                .write("deliveredLitres", t.delivered())
                .write("purchasedLitres", t.purchased())
                .write("ventedLitres", t.vented())
                .write("suppliedFromRecoveryShare", t.suppliedFromRecoveryShare())
                .write("phase", plan.phase().number())
                .write("costYen", t.costs().total())
                .writeEnd();
    }

    private static void alert(JsonGenerator g, Alert a) {
        g.writeStartObject()
                .write("id", a.id())
                .write("rule", a.rule())
                .write("kind", a.kind().name())
                .write("severity", a.severity().name())
                .write("subject", a.subject())
                .write("value", a.value())
                .write("threshold", a.threshold())
                .write("raisedAt", a.raisedAt().toString())
                .write("state", a.state().name());
        instant(g, "clearedAt", a.clearedAt());
        g.writeEnd();
    }

    private static void instant(JsonGenerator g, String key, Instant at) {
        if (at == null) {
            g.writeNull(key);
        } else {
            g.write(key, at.toString());
        }
    }

    private static void balance(JsonGenerator g, HeliumBalance b) {
        g.writeStartObject("balance")
                .write("inKg", b.inKg())
                .write("outKg", b.outKg())
                .write("stockKg", b.stockKg())
                .write("imbalanceKg", b.imbalanceKg())
                .write("conserved", b.conserved())
                .writeStartObject("lossesKg");
        for (LossCause cause : LossCause.values()) {
            g.write(cause.name().toLowerCase(Locale.ROOT), b.lossKg(cause));
        }
        g.writeEnd().writeEnd();
    }
}
