package io.github.herenet.helium.reconcile;

import io.github.herenet.helium.inventory.GasMeter;
import io.github.herenet.helium.inventory.Lab;
import io.github.herenet.helium.inventory.Network;
import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.thermo.StandardConditions;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns the suspects of a ledger's reconciliation into sentences: what went wrong where, how much (gas
 * m3 at the stated conditions and liquid litres), and what else could explain the same numbers.
 */
final class FindingWriter {

    private final Network network;
    private final LedgerModel ledgerModel;
    private final StandardConditions conditions;

    FindingWriter(Network network, LedgerModel ledgerModel, StandardConditions conditions) {
        this.network = network;
        this.ledgerModel = ledgerModel;
        this.conditions = conditions;
    }

    List<SiteFinding> findings(GrossErrorReport report) {
        List<SiteFinding> findings = new ArrayList<>();
        for (Suspect suspect : report.suspects()) {
            LedgerModel.Term term = term(suspect);
            List<Suspect> alternatives = report.alternatives(suspect);
            StringBuilder text = new StringBuilder()
                    .append(term.site().name()).append(", ").append(month(term.month())).append(": ")
                    .append(statement(suspect, term)).append('.');
            if (!alternatives.isEmpty()) {
                List<String> others = new ArrayList<>();
                for (Suspect other : alternatives.subList(0, Math.min(2, alternatives.size()))) {
                    others.add(phrase(other, term(other)));
                }
                text.append(" Or ").append(String.join(", or ", others)).append('.');
            }
            findings.add(new SiteFinding(term.site().id(), term.month(), suspect.name(), suspect.size(), suspect.z(),
                    text.toString()));
        }
        List<String> siteOrder = network.sites().stream().map(s -> s.id()).toList();
        findings.sort(Comparator.<SiteFinding>comparingInt(f -> siteOrder.indexOf(f.siteId()))
                .thenComparing(SiteFinding::month));
        return findings;
    }

    private LedgerModel.Term term(Suspect suspect) {
        return suspect.kind() == Suspect.Kind.BALANCE ? ledgerModel.balances.get(suspect.index())
                : ledgerModel.variables.get(suspect.index());
    }

    /** The main sentence about a suspect. */
    private String statement(Suspect s, LedgerModel.Term term) {
        boolean positive = s.size() > 0;
        String amount = amount(s.size());
        return switch (term.role()) {
            case LAB_LINE -> positive
                    ? "about " + amount + " used at " + term.lab().id() + " is unaccounted for: it was neither recovered through "
                    + meters(term.lab()) + " nor recorded as vented; a leak on its recovery line, or a vent nobody recorded"
                    : term.lab().id() + " recovered about " + amount + " more than it used: a delivery, return or stock reading "
                    + "is too low, or gas from elsewhere entered its line";
            case SITE_RECOVERY -> positive
                    ? "about " + amount + " passed the meters but did not reach the bags: a leak between the meters and the "
                    + "bags, or bag fills estimated too low"
                    : "the bags received about " + amount + " more than the meters passed: a meter reads low, or gas reached "
                    + "the bags around the meters";
            case RECOVERED -> meters(term.lab()) + " of " + term.lab().id() + " read" + (meterCount(term.lab()) == 1 ? "s" : "")
                    + " about " + percent(s, term) + " % " + (positive ? "high" : "low") + " (" + amount + (positive ? " more" : " less")
                    + " than the balances support)";
            default -> "the " + term.role().words + " of " + where(term) + " is about " + amount + " too " + (positive ? "high" : "low");
        };
    }

    /** A short clause for an alternative explanation. */
    private String phrase(Suspect s, LedgerModel.Term term) {
        boolean positive = s.size() > 0;
        return switch (term.role()) {
            case LAB_LINE -> positive ? "the " + term.lab().id() + " line loses " + amount(s.size())
                    : "gas enters the " + term.lab().id() + " line (" + amount(s.size()) + ")";
            case SITE_RECOVERY -> positive ? "gas leaks between the meters and the bags (" + amount(s.size()) + ")"
                    : "gas reaches the bags around the meters (" + amount(s.size()) + ")";
            case RECOVERED -> meters(term.lab()) + (meterCount(term.lab()) == 1 ? " reads" : " read") + " about "
                    + percent(s, term) + " % " + (positive ? "high" : "low");
            default -> "the " + term.role().words + " of " + where(term) + " is too " + (positive ? "high" : "low");
        };
    }

    private String where(LedgerModel.Term term) {
        return term.lab() != null ? term.lab().id() : term.site().id();
    }

    private long meterCount(Lab lab) {
        return network.metersOf(lab.id()).size();
    }

    private String meters(Lab lab) {
        List<String> ids = network.metersOf(lab.id()).stream().map(GasMeter::id).toList();
        return ids.size() == 1 ? "the meter " + ids.get(0) : "the meters " + String.join(" and ", ids);
    }

    /** The error as a share of what the reading should have been (the reading less the error). */
    private static String percent(Suspect s, LedgerModel.Term term) {
        double supported = term.kilograms() - s.size();
        return supported > 0 ? String.format(Locale.ROOT, "%.0f", 100 * Math.abs(s.size()) / supported) : "?";
    }

    private String amount(double kilograms) {
        HeliumAmount amount = HeliumAmount.ofKilograms(Math.abs(kilograms));
        return String.format(Locale.ROOT, "%.1f m3 (%.1f L liquid)", amount.gasCubicMetres(conditions), amount.liquidLitres());
    }

    private static String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }
}
