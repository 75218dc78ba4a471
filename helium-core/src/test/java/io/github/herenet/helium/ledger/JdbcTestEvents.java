package io.github.herenet.helium.ledger;

import io.github.herenet.helium.inventory.LiquidLevel;
import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.inventory.VesselReading;
import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.units.Mass;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Temperature;
import io.github.herenet.helium.units.Volume;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Events for the store tests, deterministic from a sequence number so that a test (or the crash test's
 * parent) can recompute what was written.
 */
final class JdbcTestEvents {

    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    private JdbcTestEvents() {
    }

    /**
     * The event the tests write as number {@code sequence}: every kind in turn (see {@link #everyKind}), with
     * ids, quantities and the instant varying with the number.
     */
    static LedgerEvent forSequence(long sequence) {
        Instant time = T0.plusSeconds(sequence * 37).plusMillis(sequence % 1000);
        long n = sequence;
        double x = (n % 1000) * 0.125;
        int kinds = 15;
        return switch ((int) (n % kinds)) {
            case 0 -> new LedgerEvent.LiquidDelivered(time, "D-" + n % 97, "lab-" + n % 13, 50.0 + x);
            case 1 -> new LedgerEvent.DewarReturned(time, "D-" + n % 97, "lab-" + n % 13, x / 10);
            case 2 -> new LedgerEvent.MeterRead(time, "M-" + n % 7, n * 0.125);
            case 3 -> new LedgerEvent.BagFull(time, "B-" + n % 11, "site-" + n % 5, new VesselReading.Bag(
                    Volume.ofCubicMetres(1 + x / 100), Pressure.ofKilopascals(101.3 + n % 3), Temperature.ofCelsius(20 + n % 5),
                    new Purity(0.9 + (n % 10) / 100.0)));
            case 4 -> new LedgerEvent.BagSwapped(time, "B-" + n % 11, "B-" + (n % 11 + 1), "site-" + n % 5);
            case 5 -> new LedgerEvent.BagEmptied(time, "B-" + n % 11, "C-" + n % 23);
            case 6 -> new LedgerEvent.CylinderFilled(time, "C-" + n % 23, "site-" + n % 5, "operator \"" + n % 3 + "\" \u00e9\u6e29",
                    Pressure.ofMegapascals(14 + x / 1000), Temperature.ofKelvin(290 + n % 10), Purity.PURE);
            case 7 -> new LedgerEvent.ShipmentSent(time, "S-" + n, "site-" + n % 5, "hub",
                    List.of("C-" + n % 23, "C-" + (n % 23 + 100)));
            case 8 -> new LedgerEvent.ShipmentReceived(time, "S-" + (n - 1));
            case 9 -> new LedgerEvent.GasFed(time, "C-" + n % 23, "hub");
            case 10 -> new LedgerEvent.LiquidProduced(time, "hub", "D-" + n % 97, 100 + x);
            case 11 -> new LedgerEvent.Purchased(time, "hub", "D-" + n % 97, HeliumAmount.ofKilograms(10 + x));
            case 12 -> new LedgerEvent.Vented(time, "site-" + n % 5, n % 2 == 0 ? null : "lab-" + n % 13,
                    HeliumAmount.ofKilograms(x / 100), "quench\nof magnet " + n % 4);
            case 13 -> new LedgerEvent.InventoryCounted(time, "site-" + n % 5, n % 2 == 0 ? null : "lab-" + n % 13,
                    "D-" + n % 97, switch ((int) (n / kinds % 4)) {
                        case 0 -> new VesselReading.Liquid(new LiquidLevel.Percent(x / 10), Pressure.ofKilopascals(105));
                        case 1 -> new VesselReading.Liquid(new LiquidLevel.Litres(x), Pressure.ofKilopascals(110));
                        case 2 -> new VesselReading.Liquid(new LiquidLevel.GrossWeight(Mass.ofKilograms(80 + x)),
                                Pressure.ofKilopascals(101.325));
                        default -> new VesselReading.Gas(Pressure.ofMegapascals(x / 10), Temperature.ofCelsius(15),
                                new Purity(0.999));
                    });
            default -> n / kinds % 4 == 3
                    ? new LedgerEvent.AlertChanged(time, "A-" + n, "rule-" + n % 3, "modbus://bag-" + n % 5 + "/level",
                    n % 2 == 0 ? "RAISED" : "ACKNOWLEDGED", n % 2 == 0 ? null : "operator " + n, "note " + x)
                    : n % 2 == 0
                    ? new LedgerEvent.CampaignStep(time, "HG-" + n % 3, "site-" + n % 5, LedgerEvent.CampaignStep.Step.PLAN,
                    null, HeliumAmount.ZERO, "")
                    : new LedgerEvent.CampaignStep(time, "HG-" + n % 3, "site-" + n % 5,
                    LedgerEvent.CampaignStep.Step.LIQUID_TO_DEWAR, "D-" + n % 97, HeliumAmount.ofLiquidLitres(x), "step " + n);
        };
    }

    /** One event of every kind (and every kind of reading), the sequence numbers 1 to 60. */
    static List<LedgerEvent> everyKind() {
        return range(1, 60);
    }

    /** The events numbered {@code first} to {@code last}, inclusive. */
    static List<LedgerEvent> range(long first, long last) {
        List<LedgerEvent> events = new ArrayList<>((int) (last - first + 1));
        for (long s = first; s <= last; s++) {
            events.add(forSequence(s));
        }
        return events;
    }
}
