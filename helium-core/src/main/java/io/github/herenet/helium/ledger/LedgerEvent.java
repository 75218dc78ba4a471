package io.github.herenet.helium.ledger;

import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.inventory.VesselReading;
import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Temperature;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One thing that happened to helium in the network, as the ledger records it. Every event has the
 * instant it happened; the ledger gives it a sequence number when it is appended. Events carry what was
 * measured, in the unit it was measured in (litres of liquid, a meter's cubic metres, a cylinder's
 * pressure and temperature); the ledger derives helium amounts from them. The records check their own
 * fields (non-negative, finite, ids present); whether an event fits the ledger's state so far (a dewar
 * returned that was delivered) is checked by {@link Ledger#append}.
 */
public sealed interface LedgerEvent {

    /** When it happened. */
    Instant time();

    /**
     * A dewar of liquid delivered to a lab (from wherever the dewar is in stock): the lab is supplied with
     * {@code litres} of liquid at 1 atm and the saturated vapour above it.
     *
     * @param time    when it was handed over
     * @param dewarId the dewar
     * @param labId   the lab receiving it
     * @param litres  liquid litres delivered
     */
    record LiquidDelivered(Instant time, String dewarId, String labId, double litres) implements LedgerEvent {
        /** @throws IllegalArgumentException for a missing id or a negative, NaN or infinite volume */
        public LiquidDelivered {
            Events.check(time, dewarId, "dewar");
            Events.require(labId, "lab");
            Events.nonNegative(litres, "litres delivered", "L");
        }
    }

    /**
     * A dewar returned by a lab with some liquid left, which is credited back against its supply; the
     * dewar goes back to the stock of its home site.
     *
     * @param time            when it came back
     * @param dewarId         the dewar
     * @param labId           the lab returning it
     * @param remainingLitres liquid litres still in it
     */
    record DewarReturned(Instant time, String dewarId, String labId, double remainingLitres) implements LedgerEvent {
        /** @throws IllegalArgumentException for a missing id or a negative, NaN or infinite volume */
        public DewarReturned {
            Events.check(time, dewarId, "dewar");
            Events.require(labId, "lab");
            Events.nonNegative(remainingLitres, "litres remaining", "L");
        }
    }

    /**
     * A reading of a recovery line's totalising gas meter, in cubic metres at the meter's conditions.
     *
     * @param time        when it was read
     * @param meterId     the meter
     * @param totalCubicMetres the counter
     */
    record MeterRead(Instant time, String meterId, double totalCubicMetres) implements LedgerEvent {
        /** @throws IllegalArgumentException for a missing id or a negative, NaN or infinite counter */
        public MeterRead {
            Events.check(time, meterId, "gas meter");
            Events.nonNegative(totalCubicMetres, "meter total", "m3");
        }
    }

    /**
     * A bag found full (switch, volume estimate or a look) at a site, with the gas it holds.
     *
     * @param time    when
     * @param bagId   the bag
     * @param siteId  where
     * @param reading the bag's gas volume, p, T and purity
     */
    record BagFull(Instant time, String bagId, String siteId, VesselReading.Bag reading) implements LedgerEvent {
        /** @throws IllegalArgumentException for a missing id; NullPointerException without a reading */
        public BagFull {
            Events.check(time, bagId, "bag");
            Events.require(siteId, "site");
            Objects.requireNonNull(reading, "bag reading");
        }
    }

    /**
     * Staff swapped a full bag for an empty one on the magnet's vent line.
     *
     * @param time       when
     * @param fullBagId  the bag taken off
     * @param emptyBagId the bag connected
     * @param siteId     where
     */
    record BagSwapped(Instant time, String fullBagId, String emptyBagId, String siteId) implements LedgerEvent {
        /** @throws IllegalArgumentException for a missing id or the same bag twice */
        public BagSwapped {
            Events.check(time, fullBagId, "full bag");
            Events.require(emptyBagId, "empty bag");
            Events.require(siteId, "site");
            if (fullBagId.equals(emptyBagId)) {
                throw new IllegalArgumentException("a bag cannot be swapped for itself: " + fullBagId);
            }
        }
    }

    /**
     * A bag compressed into a cylinder: its gas moves to the cylinder, and the bag is empty.
     *
     * @param time          when the compressor finished with it
     * @param bagId         the bag
     * @param cylinderId    the cylinder it went into
     */
    record BagEmptied(Instant time, String bagId, String cylinderId) implements LedgerEvent {
        /** @throws IllegalArgumentException for a missing id */
        public BagEmptied {
            Events.check(time, bagId, "bag");
            Events.require(cylinderId, "cylinder");
        }
    }

    /**
     * A cylinder filled by the recovery compressor: the regulated-production log entry (operator, final
     * pressure and temperature).
     *
     * @param time       when the fill ended
     * @param cylinderId the cylinder
     * @param siteId     where
     * @param operator   who ran the fill
     * @param pressure   final absolute pressure
     * @param temperature final gas temperature
     * @param purity     helium mole fraction of the gas
     */
    record CylinderFilled(Instant time, String cylinderId, String siteId, String operator, Pressure pressure,
                          Temperature temperature, Purity purity) implements LedgerEvent {
        /** @throws IllegalArgumentException for a missing id or operator */
        public CylinderFilled {
            Events.check(time, cylinderId, "cylinder");
            Events.require(siteId, "site");
            Events.require(operator, "operator");
            Objects.requireNonNull(pressure, "pressure");
            Objects.requireNonNull(temperature, "temperature");
            Objects.requireNonNull(purity, "purity");
        }
    }

    /**
     * Vessels sent from one site to another (cylinders to the hub, dewars out).
     *
     * @param time       when they left
     * @param shipmentId the shipment
     * @param fromSiteId sender
     * @param toSiteId   receiver
     * @param vesselIds  what is on it, at least one vessel
     */
    record ShipmentSent(Instant time, String shipmentId, String fromSiteId, String toSiteId, List<String> vesselIds)
            implements LedgerEvent {
        /** @throws IllegalArgumentException for a missing id, an empty or repeating vessel list, or from == to */
        public ShipmentSent {
            Events.check(time, shipmentId, "shipment");
            Events.require(fromSiteId, "sending site");
            Events.require(toSiteId, "receiving site");
            if (fromSiteId.equals(toSiteId)) {
                throw new IllegalArgumentException("shipment " + shipmentId + " goes from " + fromSiteId + " to itself");
            }
            vesselIds = List.copyOf(vesselIds);
            if (vesselIds.isEmpty() || vesselIds.stream().distinct().count() != vesselIds.size()) {
                throw new IllegalArgumentException("shipment " + shipmentId + " needs distinct vessels, got " + vesselIds);
            }
        }
    }

    /**
     * A shipment arrived.
     *
     * @param time       when
     * @param shipmentId the shipment
     */
    record ShipmentReceived(Instant time, String shipmentId) implements LedgerEvent {
        /** @throws IllegalArgumentException for a missing id */
        public ShipmentReceived {
            Events.check(time, shipmentId, "shipment");
        }
    }

    /**
     * A vessel's gas fed to the hub's purifier or liquefier: the vessel is empty afterwards.
     *
     * @param time     when
     * @param vesselId the cylinder, bundle or bag emptied
     * @param siteId   the plant's site
     */
    record GasFed(Instant time, String vesselId, String siteId) implements LedgerEvent {
        /** @throws IllegalArgumentException for a missing id */
        public GasFed {
            Events.check(time, vesselId, "vessel");
            Events.require(siteId, "site");
        }
    }

    /**
     * Liquid produced by the liquefier into a dewar at the hub.
     *
     * @param time    when the fill ended
     * @param siteId  the hub
     * @param dewarId the dewar filled
     * @param litres  liquid litres produced
     */
    record LiquidProduced(Instant time, String siteId, String dewarId, double litres) implements LedgerEvent {
        /** @throws IllegalArgumentException for a missing id or a negative, NaN or infinite volume */
        public LiquidProduced {
            Events.check(time, dewarId, "dewar");
            Events.require(siteId, "site");
            Events.nonNegative(litres, "litres produced", "L");
        }
    }

    /**
     * Helium bought from a supplier into a vessel at a site (liquid or gas).
     *
     * @param time     when
     * @param siteId   the buying site
     * @param vesselId the vessel it came in
     * @param amount   how much
     */
    record Purchased(Instant time, String siteId, String vesselId, HeliumAmount amount) implements LedgerEvent {
        /** @throws IllegalArgumentException for a missing id */
        public Purchased {
            Events.check(time, vesselId, "vessel");
            Events.require(siteId, "site");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /**
     * Helium vented or lost (a quench, a leak, a forgotten valve), charged to a site and, if known, a lab.
     *
     * @param time   when
     * @param siteId where
     * @param labId  the lab responsible, or {@code null}
     * @param amount how much
     * @param reason why, in words
     */
    record Vented(Instant time, String siteId, String labId, HeliumAmount amount, String reason) implements LedgerEvent {
        /** @throws IllegalArgumentException for a missing site or reason */
        public Vented {
            Events.check(time, siteId, "site");
            Objects.requireNonNull(amount, "amount");
            Events.require(reason, "reason");
        }
    }

    /**
     * A stock count: what a vessel held when counted (the month-end survey of liquid in stock, bags and
     * cylinders). The count sets the vessel's content and places it at the site (and lab, if given).
     *
     * @param time     when
     * @param siteId   where the vessel is
     * @param labId    the lab holding it, or {@code null} for site stock
     * @param vesselId the vessel
     * @param reading  what was read off it
     */
    record InventoryCounted(Instant time, String siteId, String labId, String vesselId, VesselReading reading)
            implements LedgerEvent {
        /** @throws IllegalArgumentException for a missing id; NullPointerException without a reading */
        public InventoryCounted {
            Events.check(time, vesselId, "vessel");
            Events.require(siteId, "site");
            Objects.requireNonNull(reading, "reading");
        }
    }

    /**
     * One step of a magnet decommissioning (HeliGet) campaign: liquid moved into a dewar, boil-off into a
     * bag, or a milestone. A step with a vessel sets that vessel's content to {@code amount}.
     *
     * @param time       when
     * @param campaignId the campaign
     * @param siteId     where the magnet is
     * @param step       which step
     * @param vesselId   the dewar or bag filled, or {@code null} for a milestone
     * @param amount     helium moved in this step ({@link HeliumAmount#ZERO} for a milestone)
     * @param note       free text
     */
    record CampaignStep(Instant time, String campaignId, String siteId, Step step, String vesselId,
                        HeliumAmount amount, String note) implements LedgerEvent {

        /** The steps of a HeliGet campaign, in order. */
        public enum Step { PLAN, DEENERGISE, PRECOOL, TEST_TRANSFER, LIQUID_TO_DEWAR, BOILOFF_TO_BAG, SHIP, DONE, ABORTED }

        /** @throws IllegalArgumentException for a missing id, or a transfer step without a vessel */
        public CampaignStep {
            Events.check(time, campaignId, "campaign");
            Events.require(siteId, "site");
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(note, "note");
            if ((step == Step.LIQUID_TO_DEWAR || step == Step.BOILOFF_TO_BAG) && vesselId == null) {
                throw new IllegalArgumentException("campaign step " + step + " needs the vessel filled");
            }
        }
    }

    /**
     * A step in an alert's life (raised, acknowledged, cleared), recorded for the audit trail. It changes
     * no helium balance.
     *
     * @param time    when
     * @param alertId the alert
     * @param rule    the rule that raised it
     * @param subject what it is about (a device and channel, or a vessel)
     * @param state   the new state: {@code RAISED}, {@code ACKNOWLEDGED} or {@code CLEARED}
     * @param by      who acknowledged it, or {@code null}
     * @param note    free text (the value and threshold), possibly empty
     */
    record AlertChanged(Instant time, String alertId, String rule, String subject, String state, String by,
                        String note) implements LedgerEvent {
        /** @throws IllegalArgumentException for a missing id, rule, subject or state; NullPointerException without a note */
        public AlertChanged {
            Events.check(time, alertId, "alert");
            Events.require(rule, "rule");
            Events.require(subject, "subject");
            Events.require(state, "state");
            Objects.requireNonNull(note, "note");
        }
    }
}
