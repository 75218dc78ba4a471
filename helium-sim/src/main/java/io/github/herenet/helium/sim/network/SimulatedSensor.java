package io.github.herenet.helium.sim.network;

import java.util.Objects;

/**
 * A simulated sensor: a channel of a device at a site, read as {@code sim://site/device/channel}. Devices are
 * a lab (its magnet's {@code level} %, recovery-line {@code flow} m3/h, gas-meter {@code meterTotal} m3 and room
 * {@code o2} %), a gas bag ({@code fill} %, {@code o2} % of its gas), a site's {@code compressor} ({@code state}
 * 0 idle / 1 running / 2 fault / 3 off, {@code running}, {@code cylinderPressure} MPa), a dewar ({@code level} L), the
 * hub's {@code liquefier} ({@code running}, {@code gasStore} m3 at 0 C) and a campaign magnet ({@code level} %).
 *
 * @param siteId   the site
 * @param deviceId the device (a lab, vessel, {@code compressor} or {@code liquefier})
 * @param channel  the channel
 * @param quantity what it measures
 * @param unit     its unit
 */
public record SimulatedSensor(String siteId, String deviceId, String channel, String quantity, String unit) {

    /** @throws NullPointerException for a missing field */
    public SimulatedSensor {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
    }

    /** {@code sim://site/device}: the device's URI, as the {@code sim://} driver opens it. */
    public String device() {
        return "sim://" + siteId + "/" + deviceId;
    }

    /** {@code sim://site/device/channel}: the sensor, as reading listeners are told it and {@link NetworkSimulation#read} takes it. */
    public String subject() {
        return device() + "/" + channel;
    }
}
