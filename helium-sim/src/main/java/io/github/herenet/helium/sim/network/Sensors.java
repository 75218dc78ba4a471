package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.device.Quality;
import io.github.herenet.helium.device.Reading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongToDoubleFunction;

/** The simulated sensors of an {@link Engine} and how each computes its value at an instant, read-only. */
final class Sensors {

    /** A sensor, its subject and its value function (ms since the epoch -> value). */
    record Sensor(SimulatedSensor info, String subject, LongToDoubleFunction value) {
        Reading read(long now, Instant at) {
            return new Reading(info.channel(), value.applyAsDouble(now), info.unit(), Quality.GOOD, at);
        }
    }

    final List<Sensor> all = new ArrayList<>();
    final Map<String, Sensor> bySubject = new LinkedHashMap<>();

    Sensors(Engine engine) {
        for (Station s : engine.stations.values()) {
            for (LabLine line : s.lines) {
                add(s.siteId, line.labId, "level", "level", "%", line::levelPercent);
                add(s.siteId, line.labId, "flow", "flow", "m3/h", now -> line.flowM3PerHour());
                add(s.siteId, line.labId, "meterTotal", "volume", "m3", line::meterShown);
                add(s.siteId, line.labId, "o2", "oxygen", "%", line::o2Percent);
            }
            for (Bag bag : s.bags) {
                add(s.siteId, bag.id, "fill", "fill", "%", now -> 100 * s.bagKg(bag, now) / Physics.BAG_RHO
                        / bag.purity / bag.capacityM3);
                add(s.siteId, bag.id, "o2", "oxygen", "%", now -> Physics.AIR_O2 * (1 - bag.purity));
            }
            add(s.siteId, "compressor", "state", "state", "", now -> s.state());
            add(s.siteId, "compressor", "running", "state", "", now -> s.state() == Station.RUNNING ? 1 : 0);
            add(s.siteId, "compressor", "cylinderPressure", "pressure", "MPa", s::cylinderPressureMPa);
            for (SimulatedCylinder c : s.cylinders) {
                add(s.siteId, c.id, "pressure", "pressure", "MPa", now -> c.kg <= 0 ? Physics.ATM / 1e6 : c.pressure() / 1e6);
            }
        }
        for (SimulatedDewar d : engine.dewars.values()) {
            add(d.homeSiteId, d.id, "level", "level", "L", now -> {
                Double stuck = engine.stuckDewars.get(d.id);
                return stuck != null ? stuck : d.litresAt(now);
            });
        }
        if (engine.hub != null) {
            HubPlant hub = engine.hub;
            add(hub.siteId, "liquefier", "running", "state", "", now -> hub.liquefying() ? 1 : 0);
            add(hub.siteId, "liquefier", "gasStore", "volume", "m3", now -> hub.gasStoreKg / Physics.NORMAL_RHO);
        }
        if (engine.campaign != null) {
            Scenario.Campaign c = engine.scenario.decommissioning();
            add(c.siteId(), c.magnetId(), "level", "level", "%", now -> engine.campaign.levelPercent());
            for (Bag bag : engine.campaign.bagsHeld()) {
                add(c.siteId(), bag.id, "fill", "fill", "%", now -> 100 * bag.kg / bag.capacityKg());
            }
        }
    }

    private void add(String site, String device, String channel, String quantity, String unit, LongToDoubleFunction value) {
        SimulatedSensor info = new SimulatedSensor(site, device, channel, quantity, unit);
        Sensor sensor = new Sensor(info, info.subject(), value);
        all.add(sensor);
        bySubject.put(sensor.subject(), sensor);
    }
}
