package io.github.herenet.helium.device;

/**
 * Receives what a {@link Poller} reads. Called from the poller's threads, possibly from several at once
 * (for different connections), so an implementation must be thread-safe and should return quickly: hand
 * slow work (a database write) to a queue of its own. An exception it throws is caught and logged; it
 * never stops polling.
 *
 * <pre>{@code
 * poller.addListener(new PollListener() {
 *     public void onReading(DeviceConnection c, Reading r) {
 *         if (r.quality() == Quality.STALE) alerts.stale(c.uri(), r.channel());
 *         else machine.accept(r);
 *     }
 *     public void onFailure(DeviceConnection c, String channel, DeviceException e) {
 *         log.warn("{} {}: {}", c.uri(), channel, e.getMessage());
 *     }
 * });
 * }</pre>
 */
public interface PollListener {

    /**
     * A reading of a polled channel: a fresh one from the device (quality as the device gave it), or, when
     * the channel missed its interval (its device failing, backed off or still busy), the last value with
     * {@link Quality#STALE} and the poller's clock's time.
     *
     * @param connection the connection it was read from
     * @param reading    the reading
     */
    void onReading(DeviceConnection connection, Reading reading);

    /**
     * A read of a polled channel failed (timeout, dropped link, protocol error). The device is then backed
     * off; the default does nothing.
     *
     * @param connection the connection
     * @param channel    the channel whose read failed
     * @param error      why
     */
    default void onFailure(DeviceConnection connection, String channel, DeviceException error) {
    }
}
