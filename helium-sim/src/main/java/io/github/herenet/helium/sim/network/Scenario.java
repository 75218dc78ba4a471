package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.inventory.Network;
import io.github.herenet.helium.inventory.Site;
import io.github.herenet.helium.json.JsonFormatException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link NetworkSimulation} simulates: the network (sites, labs, meters, vessels, as
 * {@link io.github.herenet.helium.json.NetworkJson} reads it), when and for how long, the hub's plant, each
 * partner's recovery lines and shipping, the programme's phases, the faults to inject and, optionally, a
 * magnet decommissioning campaign. Scenarios are JSON documents users copy and edit; two are shipped,
 * {@link #reference()} and {@link #campaign()}, and {@link #read(Reader)} explains the format.
 *
 * @param name           a short name, used by the {@code sim://} driver to find a running simulation
 * @param description    free text
 * @param network        the network
 * @param startDate      the first day, in {@code zone}; the simulation starts at its midnight
 * @param zone           the network's time zone (month ends, working hours)
 * @param days           how many days the scenario covers, at least 1
 * @param sampleInterval how often every simulated sensor is sampled for the reading listeners
 * @param meterReadHour  the local hour (0-23) the gas meters are read each day
 * @param hub            the hub's plant, or {@code null} for a scenario without one (a campaign)
 * @param partners       the partner sites' recovery set-ups
 * @param phases         the programme phases in order of their first day; empty means Phase 1 throughout
 * @param faults         faults to inject
 * @param decommissioning a magnet decommissioning campaign, or {@code null}
 */
public record Scenario(String name, String description, Network network, LocalDate startDate, ZoneId zone, int days,
                       Duration sampleInterval, int meterReadHour, Hub hub, List<Partner> partners, List<Phase> phases,
                       List<Fault> faults, Campaign decommissioning) {

    /** @throws IllegalArgumentException for inconsistent values, naming the field and what is allowed */
    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(sampleInterval, "sampleInterval");
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, got " + days);
        }
        if (sampleInterval.toMillis() < 1000) {
            throw new IllegalArgumentException("the sample interval must be at least 1 s, got " + sampleInterval);
        }
        if (meterReadHour < 0 || meterReadHour > 23) {
            throw new IllegalArgumentException("meterReadHour must be 0-23, got " + meterReadHour);
        }
        partners = List.copyOf(partners);
        phases = List.copyOf(phases);
        faults = List.copyOf(faults);
        for (int i = 1; i < phases.size(); i++) {
            if (phases.get(i).fromDay() <= phases.get(i - 1).fromDay()) {
                throw new IllegalArgumentException("phases must start on increasing days, got " + phases);
            }
        }
        if (hub != null && network.site(hub.siteId()).map(Site::role).orElse(null) != Site.Role.HUB) {
            throw new IllegalArgumentException("the hub's site '" + hub.siteId() + "' is not a HUB site of the network");
        }
    }

    /** The instant the simulation starts: midnight of {@link #startDate()} in {@link #zone()}. */
    public Instant start() {
        return startDate.atStartOfDay(zone).toInstant();
    }

    /**
     * The scenario in a JSON document (see {@code scenarios/reference.json} for a full example):
     *
     * <pre>{@code
     * {"name": "reference", "description": "...", "startDate": "2026-01-01", "zone": "Asia/Tokyo", "days": 365,
     *  "sampleMinutes": 15, "meterReadHour": 9,
     *  "network": { ...as NetworkJson reads it... },
     *  "hub": {"siteId": "okayama", "liquefierLitresPerHour": 30, "hoursPerDay": 8, "purifierEfficiency": 0.99,
     *          "purifiedPurity": 0.99995, "maintenance": [{"fromDay": 150, "days": 10}]},
     *  "partners": [{"siteId": "tottori", "compressorM3PerHour": 14.4, "transportDays": 2, "shipAtFullCylinders": 4,
     *                "operator": "tottori staff", "transferLitresPerHour": 60,
     *                "lines": [{"labId": "tottori-nmr1", "magnetId": "tottori-NMR1", "boilOffLitresPerDay": 0.4,
     *                           "initialLitres": 70, "refillBelowLitres": 45, "refillToLitres": 85,
     *                           "experiment": {"litresPerWeek": 20, "recoveredFraction": 0.9}}]}],
     *  "phases": [{"phase": 1, "fromDay": 0, "liquefyShare": 0}, {"phase": 2, "fromDay": 120, "liquefyShare": 0.5}],
     *  "faults": [{"type": "leak", "labId": "tottori-nmr1", "fraction": 0.15, "startDay": 45}],
     *  "decommissioning": null}
     * }</pre>
     *
     * <p>Fault types: {@code leak} (labId, fraction), {@code meterHigh} (meterId, factor), {@code stuckSensor}
     * (vesselId), {@code compressorFault} (siteId, days), {@code airIngress} (siteId, heliumFraction, days),
     * {@code quench} (magnetId), {@code lostShipment} (fromSiteId); each has a {@code startDay} (may be
     * fractional). A line's {@code experiment} is optional (none when left out; its {@code recoveredFraction}
     * defaults to 0.9), see {@link Experiment}. Members with defaults may be left out; unknown members are refused.
     *
     * @param json the document; read to the end and left open
     * @return the scenario
     * @throws JsonFormatException for malformed JSON (line and column) or a bad value (the JSON pointer of it
     *                             and what is allowed), including problems in the embedded network
     * @throws UncheckedIOException if {@code json} cannot be read
     */
    public static Scenario read(Reader json) {
        return ScenarioJson.read(json);
    }

    /** The shipped reference scenario: a hub and five partners over a year, Phase 1 to 3, with faults. */
    public static Scenario reference() {
        return resource("reference.json");
    }

    /** The shipped campaign scenario: an MRI decommissioned, 500 L recovered into five dewars, ~3 m3 into bags. */
    public static Scenario campaign() {
        return resource("campaign.json");
    }

    /**
     * A national-scale scenario: the reference hub and {@code partnerSites} partners cloned from the reference's
     * five (the first five keep their ids and faults; the others get a numeric suffix), with the hub's dewars and
     * liquefier scaled to match.
     *
     * @param partnerSites how many partner sites, at least 1
     * @return the scenario
     */
    public static Scenario scaled(int partnerSites) {
        return ScenarioScaler.scale(reference(), partnerSites);
    }

    /** The same scenario over another number of days. */
    public Scenario withDays(int newDays) {
        return new Scenario(name, description, network, startDate, zone, newDays, sampleInterval, meterReadHour, hub,
                partners, phases, faults, decommissioning);
    }

    /** The same scenario with other faults. */
    public Scenario withFaults(List<Fault> newFaults) {
        return new Scenario(name, description, network, startDate, zone, days, sampleInterval, meterReadHour, hub,
                partners, phases, newFaults, decommissioning);
    }

    private static Scenario resource(String file) {
        String path = "/scenarios/" + file;
        try (InputStream in = Scenario.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the scenario resource " + path + " is missing from the jar");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The programme phase number in force on day {@code day} (1 before the first listed phase). */
    public Phase phaseOn(double day) {
        Phase current = new Phase(1, 0, 0);
        for (Phase p : phases) {
            if (p.fromDay() <= day) {
                current = p;
            }
        }
        return current;
    }

    /**
     * The hub's plant.
     *
     * @param siteId                 the hub site
     * @param liquefierLitresPerHour liquid production while running
     * @param hoursPerDay            hours the liquefier runs on a working day
     * @param purifierEfficiency     fraction of the helium fed that leaves the purifier (the rest is lost with the impurities)
     * @param purifiedPurity         helium mole fraction after the purifier
     * @param maintenance            periods the liquefier is down
     */
    public record Hub(String siteId, double liquefierLitresPerHour, double hoursPerDay, double purifierEfficiency,
                      double purifiedPurity, List<Maintenance> maintenance) {
        /** @throws IllegalArgumentException for values out of range */
        public Hub {
            Objects.requireNonNull(siteId, "siteId");
            Checks.positive(liquefierLitresPerHour, "liquefierLitresPerHour");
            Checks.range(hoursPerDay, 0, 24, "hoursPerDay");
            Checks.range(purifierEfficiency, 0, 1, "purifierEfficiency");
            Checks.range(purifiedPurity, 0, 1, "purifiedPurity");
            maintenance = List.copyOf(maintenance);
        }

        /** Whether the liquefier is down for maintenance on day {@code day}. */
        public boolean inMaintenance(int day) {
            return maintenance.stream().anyMatch(m -> day >= m.fromDay() && day < m.fromDay() + m.days());
        }
    }

    /**
     * A maintenance stop of the liquefier.
     *
     * @param fromDay first day down, from the scenario's start
     * @param days    how many days
     */
    public record Maintenance(int fromDay, int days) {
        /** @throws IllegalArgumentException for a negative day or a length below 1 */
        public Maintenance {
            Checks.range(fromDay, 0, Integer.MAX_VALUE, "fromDay");
            Checks.range(days, 1, Integer.MAX_VALUE, "days");
        }
    }

    /**
     * A partner site's recovery set-up: its bags and cylinders are the network's vessels homed there.
     *
     * @param siteId                the site
     * @param compressorM3PerHour   the recovery compressor's flow, m3/h at 0 C and 101.325 kPa (8.5 SCFM is about 14.4)
     * @param transportDays         lead time of a shipment to or from the hub
     * @param shipAtFullCylinders   ship the full cylinders when this many are waiting (and at each month end)
     * @param operator              who runs the cylinder fills (the regulated-production log)
     * @param transferLitresPerHour liquid transfer rate from a dewar into a magnet
     * @param lines                 the recovery lines, one per lab with a magnet
     */
    public record Partner(String siteId, double compressorM3PerHour, double transportDays, int shipAtFullCylinders,
                          String operator, double transferLitresPerHour, List<Line> lines) {
        /** @throws IllegalArgumentException for values out of range */
        public Partner {
            Objects.requireNonNull(siteId, "siteId");
            Objects.requireNonNull(operator, "operator");
            Checks.positive(compressorM3PerHour, "compressorM3PerHour");
            Checks.range(transportDays, 0, 365, "transportDays");
            Checks.range(shipAtFullCylinders, 1, 10_000, "shipAtFullCylinders");
            Checks.positive(transferLitresPerHour, "transferLitresPerHour");
            lines = List.copyOf(lines);
        }
    }

    /**
     * A lab's magnet on a recovery line: its boil-off goes through the lab's gas meter into the site's bags.
     * A lab may also use liquid for its {@link Experiment experiments}, whose boil-off joins the same line.
     *
     * @param labId              the lab
     * @param magnetId           its magnet (a network vessel)
     * @param boilOffLitresPerDay liquid lost per day (NMR about 0.4, MRI about 8)
     * @param initialLitres      liquid at the start
     * @param refillBelowLitres  a refill is ordered when the level falls below this
     * @param refillToLitres     the level a refill aims at
     * @param experiment         the lab's consumption in experiments, or {@code null} for none
     */
    public record Line(String labId, String magnetId, double boilOffLitresPerDay, double initialLitres,
                       double refillBelowLitres, double refillToLitres, Experiment experiment) {

        /** A line whose lab uses liquid for its magnet only (no experiments). */
        public Line(String labId, String magnetId, double boilOffLitresPerDay, double initialLitres,
                    double refillBelowLitres, double refillToLitres) {
            this(labId, magnetId, boilOffLitresPerDay, initialLitres, refillBelowLitres, refillToLitres, null);
        }

        /** @throws IllegalArgumentException for values out of range */
        public Line {
            Objects.requireNonNull(labId, "labId");
            Objects.requireNonNull(magnetId, "magnetId");
            Checks.positive(boilOffLitresPerDay, "boilOffLitresPerDay");
            Checks.range(initialLitres, 0, Double.MAX_VALUE, "initialLitres");
            Checks.range(refillBelowLitres, 0, Double.MAX_VALUE, "refillBelowLitres");
            if (!(refillToLitres > refillBelowLitres)) {
                throw new IllegalArgumentException("refillToLitres (" + refillToLitres
                        + ") must be above refillBelowLitres (" + refillBelowLitres + ")");
            }
        }
    }

    /**
     * A lab's consumption in experiments: each week it orders a dewar from the hub, and the liquid is
     * transferred into its cryostats (a PPMS, a dilution fridge) and boils off there while the experiments run,
     * at a steady rate over the week. The cryostats' boil-off goes into the lab's recovery line (through its
     * meter) but for the share lost at the cryostats, which is vented to the room and recorded as a vent (the
     * lab knows its cryostats' recovery efficiency); each dewar is returned with what is left.
     *
     * @param litresPerWeek     liquid used per week, above 0 and at most {@link #MAX_LITRES_PER_WEEK}
     * @param recoveredFraction the share (0-1) of the cryostats' boil-off that reaches the recovery line
     */
    public record Experiment(double litresPerWeek, double recoveredFraction) {

        /** The most a lab may use in experiments per week, L (several transport dewars). */
        public static final double MAX_LITRES_PER_WEEK = 500;

        /** @throws IllegalArgumentException for values out of range */
        public Experiment {
            Checks.positive(litresPerWeek, "litresPerWeek");
            Checks.range(litresPerWeek, 0, MAX_LITRES_PER_WEEK, "litresPerWeek");
            Checks.range(recoveredFraction, 0, 1, "recoveredFraction");
        }
    }

    /**
     * A programme phase.
     *
     * @param phase        its number (1 collect only, 2 liquefy part, 3 liquefy nearly all)
     * @param fromDay      the day it begins
     * @param liquefyShare the share (0-1) of the gas received at the hub that is liquefied and returned
     */
    public record Phase(int phase, int fromDay, double liquefyShare) {
        /** @throws IllegalArgumentException for values out of range */
        public Phase {
            Checks.range(phase, 1, 9, "phase");
            Checks.range(fromDay, 0, Integer.MAX_VALUE, "fromDay");
            Checks.range(liquefyShare, 0, 1, "liquefyShare");
        }
    }

    /**
     * A magnet decommissioning (HeliGet) campaign: the magnet's remaining liquid is transferred as liquid into
     * dewars (each filled to its capacity), its boil-off goes into bags until they are full (the rest is vented),
     * and the dewars and bags are shipped to {@code toSiteId}.
     *
     * @param id                    the campaign
     * @param siteId                where the magnet is
     * @param labId                 the lab that holds the magnet
     * @param magnetId              the magnet
     * @param litresLeft            liquid left after de-energising
     * @param boilOffLitresPerDay   the magnet's boil-off
     * @param dewarIds              the recovery dewars, filled in order
     * @param bagIds                the bags for the boil-off, filled in order
     * @param precoolDays           days from de-energising to the main transfer (two test transfers in between)
     * @param transferLitresPerHour the reverse-transfer rate
     * @param toSiteId              where the dewars and bags go
     * @param transportDays         shipment lead time
     */
    public record Campaign(String id, String siteId, String labId, String magnetId, double litresLeft,
                           double boilOffLitresPerDay, List<String> dewarIds, List<String> bagIds, double precoolDays,
                           double transferLitresPerHour, String toSiteId, double transportDays) {
        /** @throws IllegalArgumentException for values out of range */
        public Campaign {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(siteId, "siteId");
            Objects.requireNonNull(labId, "labId");
            Objects.requireNonNull(magnetId, "magnetId");
            Objects.requireNonNull(toSiteId, "toSiteId");
            Checks.range(litresLeft, 0, Double.MAX_VALUE, "litresLeft");
            Checks.positive(boilOffLitresPerDay, "boilOffLitresPerDay");
            Checks.range(precoolDays, 0, 365, "precoolDays");
            Checks.positive(transferLitresPerHour, "transferLitresPerHour");
            Checks.range(transportDays, 0, 365, "transportDays");
            dewarIds = List.copyOf(dewarIds);
            bagIds = List.copyOf(bagIds);
        }
    }
}
