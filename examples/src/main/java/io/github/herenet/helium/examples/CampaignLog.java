package io.github.herenet.helium.examples;

import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.ledger.LedgerEvent.CampaignStep.Step;
import io.github.herenet.helium.ledger.RecordedEvent;
import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.thermo.StandardConditions;

import java.io.PrintWriter;
import java.util.List;

/**
 * The steps of the magnet decommissioning campaigns in a ledger, as the site recorded them: litres of
 * liquid per dewar, cubic metres of gas per bag, and the totals.
 *
 * @param steps the campaign steps, in the order recorded
 */
record CampaignLog(List<LedgerEvent.CampaignStep> steps) {

    CampaignLog {
        steps = List.copyOf(steps);
    }

    /**
     * The campaign steps of {@code ledger}.
     *
     * @param ledger the ledger
     * @return its campaign steps (none for a network without a campaign)
     */
    static CampaignLog of(Ledger ledger) {
        return new CampaignLog(ledger.events().stream().map(RecordedEvent::event)
                .filter(e -> e instanceof LedgerEvent.CampaignStep).map(e -> (LedgerEvent.CampaignStep) e).toList());
    }

    /** Liquid litres moved into dewars. */
    double liquidLitres() {
        return total(Step.LIQUID_TO_DEWAR).liquidLitres();
    }

    /** Gas moved into bags, m3 at {@code conditions}. */
    double gasCubicMetres(StandardConditions conditions) {
        return total(Step.BOILOFF_TO_BAG).gasVolume(conditions).cubicMetres();
    }

    private HeliumAmount total(Step step) {
        HeliumAmount sum = HeliumAmount.ZERO;
        for (LedgerEvent.CampaignStep s : steps) {
            if (s.step() == step) {
                sum = sum.plus(s.amount());
            }
        }
        return sum;
    }

    /**
     * Prints each step and the totals.
     *
     * @param out        where it goes
     * @param conditions the standard conditions of gas volumes
     */
    void print(PrintWriter out, StandardConditions conditions) {
        TextTable table = new TextTable(List.of("time", "step", "vessel", "L liquid", "m3 gas", "note"))
                .leftAlign(1).leftAlign(2).leftAlign(5);
        for (LedgerEvent.CampaignStep s : steps) {
            boolean moved = s.step() == Step.LIQUID_TO_DEWAR || s.step() == Step.BOILOFF_TO_BAG;
            table.row(List.of(s.time().toString(), s.step().name(), s.vesselId() == null ? "" : s.vesselId(),
                    moved ? Fmt.fixed(s.amount().liquidLitres(), 1) : "",
                    moved ? Fmt.fixed(s.amount().gasVolume(conditions).cubicMetres(), 2) : "", s.note()));
        }
        table.print(out);
        out.println("  Recovered " + Fmt.fixed(liquidLitres(), 1) + " L of liquid into dewars and "
                + Fmt.fixed(gasCubicMetres(conditions), 2) + " m3 of gas (" + conditions.name() + ") into bags.");
    }
}
