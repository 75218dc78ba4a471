package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.sim.ModbusDeviceServer;

/**
 * Keeps a {@code cryomech-cpa} register image in step with a simulated compressor: operating state, running,
 * alarms, pressures (psi), temperatures (F), motor current and running hours.
 */
final class CompressorImage {

    private static final double PSI = 6894.757;

    private final ModbusDeviceServer server;
    private final Station station;
    private final Agenda agenda;
    private double hours;
    private long since = -1;

    CompressorImage(ModbusDeviceServer server, Station station, Agenda agenda) {
        this.server = server;
        this.station = station;
        this.agenda = agenda;
    }

    void update() {
        long now = agenda.now();
        if (since >= 0) {
            hours += (now - since) / Physics.MS_PER_HOUR;
        }
        int state = station.state();
        boolean running = state == Station.RUNNING;
        since = running ? now : -1;
        server.set("operatingState", state == Station.FAULT ? 7 : running ? 3 : 0);
        server.set("running", running ? 1 : 0);
        server.set("alarms", state == Station.FAULT ? 1 : 0);
        server.set("warnings", 0);
        double high = running ? Math.max(150, station.cylinderPressureMPa(now) * 1e6 / PSI) : 200;
        server.set("highPressure", Math.min(500, high));
        server.set("highPressureAverage", Math.min(500, high));
        server.set("lowPressure", running ? 15 : 200);
        server.set("lowPressureAverage", running ? 15 : 200);
        server.set("deltaPressureAverage", running ? Math.min(500, high - 15) : 0);
        server.set("motorCurrent", running ? 14 : 0);
        server.set("coolantInTemperature", 68);
        server.set("coolantOutTemperature", running ? 86 : 68);
        server.set("oilTemperature", running ? 110 : 70);
        server.set("heliumTemperature", running ? 120 : 70);
        server.set("hours", hours);
    }
}
