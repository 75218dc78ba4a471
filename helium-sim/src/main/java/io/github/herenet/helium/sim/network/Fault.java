package io.github.herenet.helium.sim.network;

import java.util.Objects;

/**
 * A fault a scenario injects, from {@link #startDay()} (days after the start, may be fractional). The
 * simulation makes it happen physically; the ledger only sees what the site would see (a meter's numbers,
 * a recorded vent).
 */
public sealed interface Fault {

    /** When it starts, in days after the scenario's start. */
    double startDay();

    /** Its type name in scenario JSON: the record's name with a small first letter ({@code meterHigh}). */
    default String type() {
        String name = getClass().getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** What it affects (a lab, meter, vessel or site id). */
    String target();

    /**
     * A leak in a lab's recovery line before its meter: {@code fraction} of the line's flow is lost.
     *
     * @param labId    the lab
     * @param fraction the share lost, 0-1
     * @param startDay when it starts
     */
    record Leak(String labId, double fraction, double startDay) implements Fault {
        /** @throws IllegalArgumentException for a fraction outside 0-1 or a negative start */
        public Leak {
            Objects.requireNonNull(labId, "labId");
            Checks.range(fraction, 0, 1, "fraction");
            Checks.startDay(startDay);
        }


        @Override
        public String target() {
            return labId;
        }
    }

    /**
     * A gas meter that counts {@code factor} times the gas that passes it.
     *
     * @param meterId  the meter
     * @param factor   how much it over-reads, e.g. 1.3
     * @param startDay when it starts
     */
    record MeterHigh(String meterId, double factor, double startDay) implements Fault {
        /** @throws IllegalArgumentException for a factor outside (0, 10] or a negative start */
        public MeterHigh {
            Objects.requireNonNull(meterId, "meterId");
            Checks.range(factor, 1e-3, 10, "factor");
            Checks.startDay(startDay);
        }


        @Override
        public String target() {
            return meterId;
        }
    }

    /**
     * A level sensor (of a magnet or dewar) that keeps reporting its last value.
     *
     * @param vesselId the vessel whose sensor sticks
     * @param startDay when it sticks
     */
    record StuckSensor(String vesselId, double startDay) implements Fault {
        /** @throws IllegalArgumentException for a negative start */
        public StuckSensor {
            Objects.requireNonNull(vesselId, "vesselId");
            Checks.startDay(startDay);
        }


        @Override
        public String target() {
            return vesselId;
        }
    }

    /**
     * A site's recovery compressor out of order for {@code days}: full bags wait (and overflow if all are full).
     *
     * @param siteId   the site
     * @param days     how long until it is repaired
     * @param startDay when it fails
     */
    record CompressorFault(String siteId, double days, double startDay) implements Fault {
        /** @throws IllegalArgumentException for a non-positive length or a negative start */
        public CompressorFault {
            Objects.requireNonNull(siteId, "siteId");
            Checks.positive(days, "days");
            Checks.startDay(startDay);
        }


        @Override
        public String target() {
            return siteId;
        }
    }

    /**
     * Air leaking into a site's bags for {@code days}: the bags fill with gas of helium mole fraction
     * {@code heliumFraction}.
     *
     * @param siteId         the site
     * @param heliumFraction the purity of the gas the bags take in, 0-1
     * @param days           how long until it is found and fixed
     * @param startDay       when it starts
     */
    record AirIngress(String siteId, double heliumFraction, double days, double startDay) implements Fault {
        /** @throws IllegalArgumentException for a purity outside (0, 1], a non-positive length or a negative start */
        public AirIngress {
            Objects.requireNonNull(siteId, "siteId");
            Checks.range(heliumFraction, 1e-3, 1, "heliumFraction");
            Checks.positive(days, "days");
            Checks.startDay(startDay);
        }


        @Override
        public String target() {
            return siteId;
        }
    }

    /**
     * A magnet quench: its liquid boils away through the relief valve into the room (recorded as a vent), the
     * room's oxygen falls for a while, and the magnet stays warm.
     *
     * @param magnetId the magnet
     * @param startDay when it quenches
     */
    record Quench(String magnetId, double startDay) implements Fault {
        /** @throws IllegalArgumentException for a negative start */
        public Quench {
            Objects.requireNonNull(magnetId, "magnetId");
            Checks.startDay(startDay);
        }


        @Override
        public String target() {
            return magnetId;
        }
    }

    /**
     * The first shipment of cylinders from {@code fromSiteId} sent after the start day never arrives.
     *
     * @param fromSiteId the sending site
     * @param startDay   from when
     */
    record LostShipment(String fromSiteId, double startDay) implements Fault {
        /** @throws IllegalArgumentException for a negative start */
        public LostShipment {
            Objects.requireNonNull(fromSiteId, "fromSiteId");
            Checks.startDay(startDay);
        }


        @Override
        public String target() {
            return fromSiteId;
        }
    }
}
