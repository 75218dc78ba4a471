package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.inventory.Cylinder;
import io.github.herenet.helium.inventory.CylinderBundle;
import io.github.herenet.helium.inventory.Dewar;
import io.github.herenet.helium.inventory.GasBag;
import io.github.herenet.helium.inventory.GasMeter;
import io.github.herenet.helium.inventory.Lab;
import io.github.herenet.helium.inventory.Magnet;
import io.github.herenet.helium.inventory.Network;
import io.github.herenet.helium.inventory.ProcessBuffer;
import io.github.herenet.helium.inventory.Site;
import io.github.herenet.helium.inventory.StorageTank;
import io.github.herenet.helium.inventory.Vessel;

import java.util.ArrayList;
import java.util.List;

/** Builds national-scale scenarios by cloning a scenario's partner sites (see {@link Scenario#scaled}). */
final class ScenarioScaler {

    private ScenarioScaler() {
    }

    static Scenario scale(Scenario template, int partnerSites) {
        if (partnerSites < 1) {
            throw new IllegalArgumentException("a scaled scenario needs at least 1 partner site, got " + partnerSites);
        }
        Network net = template.network();
        List<Scenario.Partner> models = template.partners();
        if (models.isEmpty() || template.hub() == null) {
            throw new IllegalArgumentException("scenario '" + template.name() + "' has no hub and partners to scale");
        }
        String hubId = template.hub().siteId();
        List<Site> sites = new ArrayList<>();
        List<Lab> labs = new ArrayList<>();
        List<GasMeter> meters = new ArrayList<>();
        List<Network.Placement> vessels = new ArrayList<>();
        List<Scenario.Partner> partners = new ArrayList<>();
        sites.add(net.site(hubId).orElseThrow());
        int copies = (partnerSites + models.size() - 1) / models.size();
        for (int copy = 0; copy < copies; copy++) {
            String suffix = copy == 0 ? "" : "-" + copy;
            for (Network.Placement p : net.vessels()) {
                if (p.homeSiteId().equals(hubId)) {
                    vessels.add(new Network.Placement(renamed(p.vessel(), p.vessel().id() + suffix), hubId));
                }
            }
        }
        for (int i = 0; i < partnerSites; i++) {
            Scenario.Partner model = models.get(i % models.size());
            int copy = i / models.size();
            String suffix = copy == 0 ? "" : "-" + copy;
            Site site = net.site(model.siteId()).orElseThrow();
            sites.add(new Site(site.id() + suffix, site.name() + (copy == 0 ? "" : " #" + copy), site.role()));
            for (Lab lab : net.labsOf(site.id())) {
                labs.add(new Lab(lab.id() + suffix, lab.name(), lab.siteId() + suffix));
                for (GasMeter m : net.metersOf(lab.id())) {
                    meters.add(new GasMeter(m.id() + suffix, m.labId() + suffix, m.conditions()));
                }
            }
            for (Network.Placement p : net.vessels()) {
                if (p.homeSiteId().equals(site.id())) {
                    vessels.add(new Network.Placement(renamed(p.vessel(), p.vessel().id() + suffix), site.id() + suffix));
                }
            }
            List<Scenario.Line> lines = model.lines().stream().map(l -> new Scenario.Line(l.labId() + suffix,
                    l.magnetId() + suffix, l.boilOffLitresPerDay(), l.initialLitres(), l.refillBelowLitres(),
                    l.refillToLitres(), l.experiment())).toList();
            partners.add(new Scenario.Partner(model.siteId() + suffix, model.compressorM3PerHour(), model.transportDays(),
                    model.shipAtFullCylinders(), model.operator(), model.transferLitresPerHour(), lines));
        }
        Scenario.Hub h = template.hub();
        double factor = (double) copies;
        Scenario.Hub hub = new Scenario.Hub(hubId, h.liquefierLitresPerHour() * factor, h.hoursPerDay(),
                h.purifierEfficiency(), h.purifiedPurity(), h.maintenance());
        Network network = new Network(sites, labs, meters, vessels);
        List<Fault> faults = partnerSites >= models.size() ? template.faults() : List.of();
        return new Scenario(template.name() + "-x" + partnerSites, "the " + template.name() + " scenario with "
                + partnerSites + " partner sites", network, template.startDate(), template.zone(), template.days(),
                template.sampleInterval(), template.meterReadHour(), hub, partners, template.phases(), faults, null);
    }

    private static Vessel renamed(Vessel v, String id) {
        if (v instanceof GasBag b) {
            return new GasBag(id, b.capacity());
        } else if (v instanceof Cylinder c) {
            return new Cylinder(id, c.waterVolume(), c.ratedPressure(), c.inspectionDate());
        } else if (v instanceof CylinderBundle c) {
            return new CylinderBundle(id, c.cylinders(), c.waterVolumeEach(), c.ratedPressure(), c.inspectionDate());
        } else if (v instanceof Dewar d) {
            return new Dewar(id, d.capacity(), d.boilOffPercentPerDay(), d.tare());
        } else if (v instanceof Magnet m) {
            return new Magnet(id, m.type(), m.heliumVolume());
        } else if (v instanceof StorageTank t) {
            return new StorageTank(id, t.volume(), t.ratedPressure());
        } else {
            ProcessBuffer p = (ProcessBuffer) v;
            return new ProcessBuffer(id, p.volume(), p.stage());
        }
    }
}
