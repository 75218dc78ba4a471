package io.github.herenet.helium.bench;

import io.github.herenet.helium.inventory.Dewar;
import io.github.herenet.helium.inventory.GasMeter;
import io.github.herenet.helium.inventory.Lab;
import io.github.herenet.helium.inventory.LiquidLevel;
import io.github.herenet.helium.inventory.Network;
import io.github.herenet.helium.inventory.Site;
import io.github.herenet.helium.inventory.VesselReading;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.thermo.StandardConditions;
import io.github.herenet.helium.units.Mass;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Volume;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A generated network and a valid event history for the ledger benchmarks: a hub and {@code partners}
 * partner sites with {@code labsPerSite} labs each, one gas meter and two 100 L dewars per lab; each lab
 * in turn gets a delivery, meter readings, a month-end style count and a return, one event a minute.
 */
final class SyntheticLedger {

    private static final Pressure ATM = Pressure.STANDARD_ATMOSPHERE;

    final Network network;
    private final List<Lab> labs;

    SyntheticLedger(int partners, int labsPerSite) {
        List<Site> sites = new ArrayList<>();
        List<Lab> labList = new ArrayList<>();
        List<GasMeter> meters = new ArrayList<>();
        List<Network.Placement> vessels = new ArrayList<>();
        sites.add(new Site("hub", "Hub", Site.Role.HUB));
        for (int s = 0; s < partners; s++) {
            String site = "site" + s;
            sites.add(new Site(site, "Partner " + s, Site.Role.PARTNER));
            for (int l = 0; l < labsPerSite; l++) {
                Lab lab = new Lab(site + "-lab" + l, "Lab " + l, site);
                labList.add(lab);
                meters.add(new GasMeter(lab.id() + "-meter", lab.id(), StandardConditions.NORMAL_0C));
                for (int d = 0; d < 2; d++) {
                    vessels.add(new Network.Placement(new Dewar(lab.id() + "-dewar" + d, Volume.ofLitres(100), 1,
                            Mass.ofKilograms(60)), "hub"));
                }
            }
        }
        network = new Network(sites, labList, meters, vessels);
        labs = labList;
    }

    /** {@code count} valid events from 2020-01-01, one a minute, deterministic for a seed. */
    List<LedgerEvent> events(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<LedgerEvent> events = new ArrayList<>(count);
        Instant time = Instant.parse("2020-01-01T00:00:00Z");
        double[] meterTotals = new double[labs.size()];
        int[] phase = new int[labs.size()];
        int lab = 0;
        while (events.size() < count) {
            Lab l = labs.get(lab);
            String dewar = l.id() + "-dewar" + ((phase[lab] / 4) % 2);
            time = time.plus(Duration.ofMinutes(1));
            switch (phase[lab] % 4) {
                case 0 -> events.add(new LedgerEvent.LiquidDelivered(time, dewar, l.id(), 60 + random.nextInt(40)));
                case 1 -> {
                    meterTotals[lab] += 5 + random.nextDouble() * 20;
                    events.add(new LedgerEvent.MeterRead(time, l.id() + "-meter", meterTotals[lab]));
                }
                case 2 -> events.add(new LedgerEvent.InventoryCounted(time, l.siteId(), l.id(), dewar,
                        new VesselReading.Liquid(new LiquidLevel.Percent(10 + random.nextInt(40)), ATM)));
                default -> events.add(new LedgerEvent.DewarReturned(time, dewar, l.id(), random.nextInt(10)));
            }
            phase[lab]++;
            lab = (lab + 1) % labs.size();
        }
        return events;
    }
}
