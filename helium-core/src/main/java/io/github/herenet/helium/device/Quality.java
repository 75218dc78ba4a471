package io.github.herenet.helium.device;

/** How far a {@link Reading} can be trusted. */
public enum Quality {
    /** A fresh value the device reported normally. */
    GOOD,
    /** The last value known, older than the channel's poll interval allows (the device did not answer in time). */
    STALE,
    /** A value outside the channel's physical range (a sensor fault, an iced-up gauge). */
    OUT_OF_RANGE,
    /** The device answered, but said this channel failed; the value is not meaningful. */
    FAILED
}
