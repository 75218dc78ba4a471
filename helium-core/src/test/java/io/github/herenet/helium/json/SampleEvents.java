package io.github.herenet.helium.json;

import io.github.herenet.helium.inventory.LiquidLevel;
import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.inventory.VesselReading;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.ledger.LedgerEvent.CampaignStep;
import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.units.Mass;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Temperature;
import io.github.herenet.helium.units.Volume;

import java.time.Instant;
import java.util.List;

/** Events of every kind, with every reading and level kind, null optional fields and awkward values. */
final class SampleEvents {

    static final Instant T = Instant.parse("2026-01-05T09:00:00Z");

    private SampleEvents() {
    }

    static List<LedgerEvent> all() {
        VesselReading.Gas gas = new VesselReading.Gas(Pressure.ofPascals(14.7e6 + 101_325),
                Temperature.ofKelvin(288.15), new Purity(0.995));
        VesselReading.Bag bag = new VesselReading.Bag(Volume.ofCubicMetres(0.1 + 0.2), Pressure.ofPascals(101_325.0),
                Temperature.ofKelvin(293.15), Purity.ofPercent(97.3));
        return List.of(
                new LedgerEvent.LiquidDelivered(T, "D-07", "nmr-1", 80.0),
                new LedgerEvent.DewarReturned(T.plusNanos(1), "D-07", "nmr-1", 12.345678901234567),
                new LedgerEvent.MeterRead(Instant.parse("2026-01-31T23:59:59.999999999Z"), "M-1", 1234.5),
                new LedgerEvent.BagFull(T.plusMillis(10), "B-1", "okayama", bag),
                new LedgerEvent.BagSwapped(T, "B-1", "B-2", "okayama"),
                new LedgerEvent.BagEmptied(T, "B-1", "C-1"),
                new LedgerEvent.CylinderFilled(T, "C-1", "okayama", "Yamada \"Taro\" \u5c71\u7530", gas.pressure(),
                        gas.temperature(), gas.purity()),
                new LedgerEvent.ShipmentSent(T, "S-1", "okayama", "hub", List.of("C-1", "C-2", "CB-1")),
                new LedgerEvent.ShipmentReceived(T.plusSeconds(86_400), "S-1"),
                new LedgerEvent.GasFed(T, "C-1", "hub"),
                new LedgerEvent.LiquidProduced(T, "hub", "D-08", Math.PI * 100),
                new LedgerEvent.Purchased(T, "hub", "D-09", HeliumAmount.ofLiquidLitres(250)),
                new LedgerEvent.Vented(T, "okayama", "nmr-1", HeliumAmount.ofKilograms(Double.MIN_VALUE), "quench\nat 3 am"),
                new LedgerEvent.Vented(T, "okayama", null, HeliumAmount.ZERO, "leak"),
                new LedgerEvent.InventoryCounted(T, "okayama", null, "C-1", gas),
                new LedgerEvent.InventoryCounted(T, "okayama", "nmr-1", "B-1", bag),
                new LedgerEvent.InventoryCounted(T, "okayama", "nmr-1", "D-07", new VesselReading.Liquid(
                        new LiquidLevel.Percent(40), Pressure.ofPascals(101_325 + 1.5e3))),
                new LedgerEvent.InventoryCounted(T, "okayama", "nmr-1", "D-07", new VesselReading.Liquid(
                        new LiquidLevel.Litres(62.5), Pressure.ofPascals(1e5))),
                new LedgerEvent.InventoryCounted(T, "okayama", null, "D-07", new VesselReading.Liquid(
                        new LiquidLevel.GrossWeight(Mass.ofKilograms(95.2)), Pressure.ofPascals(1e5))),
                new CampaignStep(T, "HG-1", "okayama", CampaignStep.Step.LIQUID_TO_DEWAR, "D-07",
                        HeliumAmount.ofKilograms(1e-300), "first dewar"),
                new CampaignStep(T, "HG-1", "okayama", CampaignStep.Step.DONE, null, HeliumAmount.ZERO, ""),
                new LedgerEvent.AlertChanged(T, "A-1", "bag-full", "modbus://bag-1/level", "RAISED", null, "92.0 > 90.0"),
                new LedgerEvent.AlertChanged(T.plusSeconds(60), "A-1", "bag-full", "modbus://bag-1/level", "ACKNOWLEDGED",
                        "Yamada \u5c71\u7530", ""));
    }
}
