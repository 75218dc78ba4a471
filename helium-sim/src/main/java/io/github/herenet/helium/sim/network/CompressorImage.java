package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.sim.ModbusDeviceServer;

/**
 * Keeps a {@code cryomech-cpa} register image in step with a simulated compressor: operating state, running,
 * alarms, pressures (psi), temperatures (F), motor current and running hours; and reads its enable register
 * (1 on, 255 off) once a simulated minute, switching the compressor as a client writes it.
 */
final class CompressorImage {

    private static final double PSI = 6894.757;

    private final ModbusDeviceServer server;
    private final Station station;
    private final Agenda agenda;
    private double hours;
    private long since = -1;
    private double enable = 1;

    CompressorImage(ModbusDeviceServer server, Station station, Agenda agenda) {
        this.server = server;
        this.station = station;
        this.agenda = agenda;
    }

    /** Watches the enable register from now on, once a simulated minute. */
    void watchEnable() {
        server.set("enable", enable);
        agenda.after(60_000, this::pollEnable);
    }

    private void pollEnable() {
        double now = server.value("enable");
        if (now != enable) {
            enable = now;
            station.enable(now == 1);
        }
        agenda.after(60_000, this::pollEnable);
    }

    void update() {
        long now = agenda.now();
        if (since >= 0) {
            hours += (now - since) / Physics.MS_PER_HOUR;
        }
        int state = station.state();
        boolean running = state == Station.RUNNING;
        since = running ? now : -1;
        server.set("operatingState", state == Station.FAULT ? 7 : running ? 3 : state == Station.OFF ? 5 : 0);
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
