package io.github.herenet.helium.alert;

/** What an alert is about; the keys of the notifiers' message catalogue. */
public enum AlertKind {
    /** A recovery bag is nearly full (about 90 %). */
    BAG_NEARLY_FULL,
    /** A recovery bag is full or over (100 %). */
    BAG_OVERFILL,
    /** The recovery compressor reports a fault. */
    COMPRESSOR_FAULT,
    /** A cylinder being filled reached its fill pressure. */
    CYLINDER_AT_FILL_PRESSURE,
    /** A cylinder is warmer than allowed (above 40 C). */
    CYLINDER_TOO_WARM,
    /** Oxygen in room air is low (below 18 %). */
    OXYGEN_LOW,
    /** A magnet's level falls fast: a quench. */
    QUENCH,
    /** A line or vessel is over its pressure limit. */
    OVER_PRESSURE,
    /** A dewar has been out at a lab too long. */
    DEWAR_FORGOTTEN,
    /** A dewar at a lab is warming up: its liquid boiled away, or it falls faster than its boil-off. */
    DEWAR_WARM,
    /** Boil-off flow on a recovery line is zero or far too low (leak or blockage). */
    BOILOFF_ZERO,
    /** Boil-off flow is far above the expected rate (a dewar or magnet problem). */
    BOILOFF_HIGH,
    /** Gas purity is below its limit. */
    PURITY_LOW,
    /** A sensor's value has not changed for too many readings. */
    SENSOR_STUCK,
    /** A device has not answered (stale or failed readings). */
    DEVICE_STALE,
    /** A procedure has stayed in one phase too long (a full bag not swapped, a cylinder filling for hours). */
    PHASE_OVERDUE
}
