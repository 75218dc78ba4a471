package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.device.Reading;

/** Receives every simulated sensor sample, on the thread running the simulation. */
@FunctionalInterface
public interface ReadingListener {
    /**
     * One sample.
     *
     * @param subject the sensor, {@code sim://site/device/channel}, e.g. {@code sim://tottori/tottori-B03/fill}
     * @param reading its reading, stamped with the virtual clock
     */
    void reading(String subject, Reading reading);
}
