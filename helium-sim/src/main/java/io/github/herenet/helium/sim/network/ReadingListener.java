package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.device.Reading;

/**
 * Receives every simulated sensor sample, on the thread running the simulation. The subject is the device's
 * URI and the reading names the channel, as a device connection's poll does, so an
 * {@link io.github.herenet.helium.alert.AlertEngine} takes the samples as they come:
 * {@code sim.addReadingListener(alerts::onReading)} (its rules then see {@code sim://tottori/tottori-B03/fill}).
 */
@FunctionalInterface
public interface ReadingListener {
    /**
     * One sample.
     *
     * @param subject the device, {@code sim://site/device}, e.g. {@code sim://tottori/tottori-B03}
     * @param reading the reading of one of its channels ({@link Reading#channel()}, e.g. {@code fill}), stamped
     *                with the virtual clock
     */
    void reading(String subject, Reading reading);
}
