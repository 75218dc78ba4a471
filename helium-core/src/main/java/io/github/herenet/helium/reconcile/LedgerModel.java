package io.github.herenet.helium.reconcile;

import io.github.herenet.helium.inventory.GasBag;
import io.github.herenet.helium.inventory.Lab;
import io.github.herenet.helium.inventory.Network;
import io.github.herenet.helium.inventory.Site;
import io.github.herenet.helium.inventory.Vessel;
import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.ledger.MonthlyReport;
import io.github.herenet.helium.ledger.PriceTiers;
import io.github.herenet.helium.ledger.RecordedEvent;
import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.thermo.StandardConditions;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The balance model of a ledger over a run of months, in kilograms of helium, with what each variable
 * and balance stands for. Per lab and month, from the monthly report:
 * delivered - returned + stock at the start - stock at the end - recovered through its meters
 * - recorded vents = 0 (the lab line; a lab without meters has its recovery unmeasured, so its line is
 * not checked). Per partner site that has gas bags, and month: the labs' meters + gas in the bags on
 * the lines at the start - at the end - bags found full = 0 (the site's recovery from the meters to the
 * bags). Gas on the lines is estimated as half a bag per metered lab, give or take a uniform spread.
 */
final class LedgerModel {

    /** What a variable or balance is. */
    enum Role {
        DELIVERED("delivery reading"), RETURNED("return reading"), STOCK("stock count"), RECOVERED("meter total"),
        VENTED("recorded vents"), BAGS_FILLED("bag-fill estimates"), BAGS_ON_LINES("gas left in the bags on the lines"),
        LAB_LINE("lab line"), SITE_RECOVERY("site recovery");

        final String words;

        Role(String words) {
            this.words = words;
        }
    }

    /** A variable's or balance's meaning: its role, where, which month, and (for a variable) its reading in kg. */
    record Term(Role role, Site site, Lab lab, YearMonth month, double kilograms) {
    }

    final BalanceModel model;
    final Map<Integer, Term> variables = new HashMap<>();
    final Map<Integer, Term> balances = new HashMap<>();
    private final BalanceModel.Builder builder = BalanceModel.builder();
    private final MeasurementAccuracy accuracy;

    LedgerModel(Ledger ledger, List<YearMonth> months, ZoneId zone, MeasurementAccuracy accuracy) {
        this.accuracy = accuracy;
        Network network = ledger.network();
        List<MonthlyReport> reports = new ArrayList<>();
        for (YearMonth month : months) {
            reports.add(ledger.monthlyReport(month, zone, StandardConditions.NORMAL_0C, PriceTiers.flat(1)));
        }
        Map<String, double[][]> bagFills = bagFills(ledger, months, zone);
        for (Site site : network.sites()) {
            List<int[]> meters = new ArrayList<>(); // per metered lab: its recovered variable per month
            for (Lab lab : network.labsOf(site.id())) {
                int[] recovered = lab(site, lab, !network.metersOf(lab.id()).isEmpty(), months, reports);
                if (recovered != null) {
                    meters.add(recovered);
                }
            }
            double bag = bagContent(network, site);
            if (site.role() == Site.Role.PARTNER && bag > 0 && !meters.isEmpty()) {
                siteRecovery(site, meters, bag, months, bagFills.getOrDefault(site.id(), new double[months.size()][0]));
            }
        }
        model = builder.build();
    }

    /** The lab's line balances; returns its recovered variables per month, or null when it has no meter. */
    private int[] lab(Site site, Lab lab, boolean metered, List<YearMonth> months, List<MonthlyReport> reports) {
        YearMonth first = months.get(0);
        double opening = reports.get(0).lab(lab.id()).inventoryStart().kilograms();
        int stock = measured(new Term(Role.STOCK, site, lab, first, opening), lab.id() + " stock at start of " + first,
                accuracy.level());
        int[] recovered = new int[months.size()];
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.get(i);
            MonthlyReport.Line line = reports.get(i).lab(lab.id());
            String at = " " + month;
            int delivered = measured(new Term(Role.DELIVERED, site, lab, month, line.delivered().kilograms()),
                    lab.id() + " delivered" + at, accuracy.level());
            int returned = measured(new Term(Role.RETURNED, site, lab, month, line.returned().kilograms()),
                    lab.id() + " returned" + at, accuracy.level());
            int end = measured(new Term(Role.STOCK, site, lab, month, line.inventoryEnd().kilograms()),
                    lab.id() + " stock at end of" + at, accuracy.level());
            Term recoveredTerm = new Term(Role.RECOVERED, site, lab, month, line.recovered().kilograms());
            recovered[i] = metered ? measured(recoveredTerm, lab.id() + " recovered" + at, accuracy.meter())
                    : unmeasured(recoveredTerm, lab.id() + " recovered (no meter)" + at);
            int vented = measured(new Term(Role.VENTED, site, lab, month, line.losses().kilograms()),
                    lab.id() + " vented" + at, accuracy.recordedLoss());
            int balance = builder.balance(lab.id() + at, new int[]{delivered, returned, stock, end, recovered[i], vented},
                    new double[]{1, -1, 1, -1, -1, -1});
            balances.put(balance, new Term(Role.LAB_LINE, site, lab, month, 0));
            stock = end;
        }
        return metered ? recovered : null;
    }

    private void siteRecovery(Site site, List<int[]> meters, double bag, List<YearMonth> months, double[][] fills) {
        int lines = meters.size();
        double estimate = 0.5 * bag * lines;
        double spread = bag * Math.sqrt(lines / 12.0);
        int onLines = onLines(site, months.get(0), estimate, spread, " at start of ");
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.get(i);
            double filled = 0;
            double squares = 0;
            for (double kg : fills[i]) {
                filled += kg;
                squares += kg * kg;
            }
            double sigma = Math.hypot(accuracy.bag() * Math.sqrt(squares), accuracy.floor().kilograms());
            int bags = measuredWithSigma(new Term(Role.BAGS_FILLED, site, null, month, filled),
                    site.id() + " bags filled " + month, sigma);
            int end = onLines(site, month, estimate, spread, " at end of ");
            int[] vars = new int[lines + 3];
            double[] coefs = new double[lines + 3];
            for (int l = 0; l < lines; l++) {
                vars[l] = meters.get(l)[i];
                coefs[l] = 1;
            }
            vars[lines] = onLines;
            coefs[lines] = 1;
            vars[lines + 1] = end;
            coefs[lines + 1] = -1;
            vars[lines + 2] = bags;
            coefs[lines + 2] = -1;
            int balance = builder.balance(site.id() + " recovery " + month, vars, coefs);
            balances.put(balance, new Term(Role.SITE_RECOVERY, site, null, month, 0));
            onLines = end;
        }
    }

    private int onLines(Site site, YearMonth month, double estimate, double spread, String when) {
        return measuredWithSigma(new Term(Role.BAGS_ON_LINES, site, null, month, estimate),
                site.id() + " gas on the lines" + when + month, Math.hypot(spread, accuracy.floor().kilograms()));
    }

    private int measured(Term term, String name, double relative) {
        return measuredWithSigma(term, name, accuracy.sigma(term.kilograms(), relative));
    }

    private int measuredWithSigma(Term term, String name, double sigma) {
        int v = builder.measured(name, term.kilograms(), sigma);
        variables.put(v, term);
        return v;
    }

    private int unmeasured(Term term, String name) {
        int v = builder.unmeasured(name);
        variables.put(v, term);
        return v;
    }

    /** The helium in one of the site's gas bags when full, kg (their mean capacity at 1 atm and 20 C); 0 without bags. */
    private static double bagContent(Network network, Site site) {
        double total = 0;
        int count = 0;
        for (Network.Placement placement : network.vessels()) {
            Vessel vessel = placement.vessel();
            if (vessel instanceof GasBag bag && placement.homeSiteId().equals(site.id())) {
                total += bag.capacity().cubicMetres();
                count++;
            }
        }
        return count == 0 ? 0 : HeliumAmount.ofGasCubicMetres(total / count, StandardConditions.STANDARD_20C).kilograms();
    }

    /** Per site, per month: the helium of each bag found full, kg. */
    private static Map<String, double[][]> bagFills(Ledger ledger, List<YearMonth> months, ZoneId zone) {
        Network network = ledger.network();
        Instant start = months.get(0).atDay(1).atStartOfDay(zone).toInstant();
        Map<String, List<List<Double>>> fills = new HashMap<>();
        for (RecordedEvent recorded : ledger.events()) {
            if (!(recorded.event() instanceof LedgerEvent.BagFull full) || full.time().isBefore(start)) {
                continue;
            }
            YearMonth month = YearMonth.from(full.time().atZone(zone));
            int index = months.indexOf(month);
            if (index < 0) {
                continue;
            }
            double kg = network.vessel(full.bagId()).orElseThrow().content(full.reading()).kilograms();
            List<List<Double>> perMonth = fills.computeIfAbsent(full.siteId(), k -> {
                List<List<Double>> list = new ArrayList<>();
                months.forEach(m -> list.add(new ArrayList<>()));
                return list;
            });
            perMonth.get(index).add(kg);
        }
        Map<String, double[][]> result = new HashMap<>();
        fills.forEach((site, perMonth) -> result.put(site,
                perMonth.stream().map(l -> l.stream().mapToDouble(Double::doubleValue).toArray()).toArray(double[][]::new)));
        return result;
    }
}
