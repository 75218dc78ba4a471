package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.device.Reading;

import java.util.function.BiConsumer;

/**
 * Receives every simulated sensor sample, on the thread running the simulation: the sensor's subject
 * {@code sim://site/device/channel} and its reading. An {@link io.github.herenet.helium.alert.AlertEngine}, which
 * takes a device and a reading of one of its channels, is fed through {@link #byDevice}:
 * {@code sim.addReadingListener(ReadingListener.byDevice(alerts::onReading))} (its rules then see
 * {@code sim://tottori/tottori-B03/fill}).
 */
@FunctionalInterface
public interface ReadingListener {
    /**
     * One sample.
     *
     * @param subject the sensor, {@code sim://site/device/channel}, e.g. {@code sim://tottori/tottori-B03/fill}
     * @param reading its reading (its channel is the subject's last part), stamped with the virtual clock
     */
    void reading(String subject, Reading reading);

    /**
     * A listener that tells {@code deviceListener} the device of each sample, {@code sim://site/device}, with the
     * reading: the form of {@link io.github.herenet.helium.alert.AlertEngine#onReading} and of a device poll.
     *
     * @param deviceListener takes the device URI and the reading
     * @return the listener
     */
    static ReadingListener byDevice(BiConsumer<String, Reading> deviceListener) {
        return (subject, reading) -> deviceListener.accept(subject.substring(0, subject.lastIndexOf('/')), reading);
    }
}
