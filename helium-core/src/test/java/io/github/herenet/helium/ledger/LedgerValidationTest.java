package io.github.herenet.helium.ledger;

import io.github.herenet.helium.inventory.LiquidLevel;
import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.inventory.VesselReading;
import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Temperature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.github.herenet.helium.ledger.LedgerFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Events that do not fit are refused with a message naming the problem, and leave nothing behind. */
class LedgerValidationTest {

    private static final Instant T0 = at("2026-03-01T09:00:00Z");

    private Ledger ledger;

    @BeforeEach
    void open() {
        ledger = Ledger.open(LedgerFixture.network(), new InMemoryLedgerStore());
    }

    private void refused(LedgerEvent event, String... messageParts) {
        int before = ledger.size();
        assertThatThrownBy(() -> ledger.append(event)).isInstanceOf(LedgerValidationException.class)
                .hasMessageContaining(event.getClass().getSimpleName())
                .hasMessageContainingAll(messageParts)
                .satisfies(e -> assertThat(((LedgerValidationException) e).event()).isEqualTo(event));
        assertThat(ledger.size()).isEqualTo(before);
    }

    @Test
    void aDewarCannotBeReturnedBeforeItWasDelivered() {
        refused(new LedgerEvent.DewarReturned(T0, "D1", "nmr-a", 10), "dewar D1", "not delivered there",
                "in the stock of site okayama");
    }

    @Test
    void aDewarIsReturnedByTheLabItWentTo() {
        ledger.append(new LedgerEvent.LiquidDelivered(T0, "D1", "nmr-a", 80));
        refused(new LedgerEvent.DewarReturned(T0.plusSeconds(60), "D1", "nmr-b", 10), "lab nmr-b", "at lab nmr-a");
        refused(new LedgerEvent.LiquidDelivered(T0.plusSeconds(60), "D1", "nmr-b", 80), "already out at lab nmr-a");
    }

    @Test
    void unknownIdsAreNamedWithTheKnownOnes() {
        refused(new LedgerEvent.LiquidDelivered(T0, "D9", "nmr-a", 80), "unknown vessel 'D9'");
        refused(new LedgerEvent.LiquidDelivered(T0, "D1", "nmr-z", 80), "unknown lab 'nmr-z'", "nmr-a");
        refused(new LedgerEvent.MeterRead(T0, "M-z", 1), "unknown gas meter 'M-z'", "M-a");
        refused(new LedgerEvent.Vented(T0, "kyoto", null, HeliumAmount.ofKilograms(1), "leak"), "unknown site 'kyoto'");
        refused(new LedgerEvent.Vented(T0, "okayama", "nmr-a", HeliumAmount.ofKilograms(1), "leak"),
                "lab nmr-a belongs to site tottori, not okayama");
    }

    @Test
    void vesselKindsAreChecked() {
        refused(new LedgerEvent.LiquidDelivered(T0, "B1", "nmr-a", 80), "vessel B1 is not a dewar but a GasBag");
        refused(new LedgerEvent.BagEmptied(T0, "B1", "D1"), "D1 is not a cylinder or bundle");
        refused(new LedgerEvent.LiquidDelivered(T0, "D1", "nmr-a", 120), "holds at most 100.0 L");
        refused(new LedgerEvent.InventoryCounted(T0, "okayama", null, "D1", new VesselReading.Gas(
                Pressure.ofMegapascals(1), Temperature.ofKelvin(300), Purity.PURE)), "takes a liquid");
    }

    @Test
    void aTotaliserOnlyCountsUp() {
        ledger.append(new LedgerEvent.MeterRead(T0, "M-a", 100));
        refused(new LedgerEvent.MeterRead(T0.plusSeconds(60), "M-a", 99.5), "below its last total 100.0");
    }

    @Test
    void eventsAreRecordedInTimeOrder() {
        ledger.append(new LedgerEvent.MeterRead(T0, "M-a", 100));
        refused(new LedgerEvent.MeterRead(T0.minusSeconds(1), "M-b", 5), "time order", T0.toString());
    }

    @Test
    void aRegulatedFillMayNotExceedTheRatedPressure() {
        refused(new LedgerEvent.CylinderFilled(T0, "C1", "tottori", "Sato", Pressure.ofMegapascals(20),
                Temperature.ofCelsius(20), Purity.PURE), "above its rated pressure");
    }

    @Test
    void shipmentsCarryOnlyVesselsInTheSendersStock() {
        refused(new LedgerEvent.ShipmentSent(T0, "S1", "okayama", "tottori", List.of("C1")),
                "vessel C1 is not in the stock of site okayama");
        refused(new LedgerEvent.ShipmentReceived(T0, "S9"), "no shipment S9 is under way");
        ledger.append(new LedgerEvent.ShipmentSent(T0, "S1", "tottori", "okayama", List.of("C1")));
        refused(new LedgerEvent.ShipmentSent(T0, "S1", "tottori", "okayama", List.of("B1")), "already under way");
        refused(new LedgerEvent.InventoryCounted(T0, "tottori", null, "C1", new VesselReading.Gas(
                Pressure.ofMegapascals(1), Temperature.ofKelvin(300), Purity.PURE)), "on shipment S1");
    }

    @Test
    void aBatchIsRefusedWholeAndTheStateIsUnchanged() {
        ledger.append(new LedgerEvent.MeterRead(T0, "M-a", 100));
        List<LedgerEvent> batch = List.of(
                new LedgerEvent.LiquidDelivered(T0.plusSeconds(60), "D1", "nmr-a", 80),
                new LedgerEvent.MeterRead(T0.plusSeconds(120), "M-a", 150),
                new LedgerEvent.ShipmentSent(T0.plusSeconds(180), "S1", "tottori", "okayama", List.of("C1")),
                new LedgerEvent.DewarReturned(T0.plusSeconds(240), "D1", "nmr-b", 5)); // wrong lab
        assertThatThrownBy(() -> ledger.appendAll(batch)).isInstanceOf(LedgerValidationException.class)
                .hasMessageContaining("lab nmr-b");
        assertThat(ledger.size()).isEqualTo(1);
        assertThat(ledger.whereabouts("D1").orElseThrow().siteId()).isEqualTo("okayama");
        assertThat(ledger.whereabouts("D1").orElseThrow().labId()).isNull();
        assertThat(ledger.whereabouts("C1").orElseThrow().inTransit()).isFalse();
        // the rolled-back meter total of 150 is gone: 120 is still a valid next reading
        ledger.append(new LedgerEvent.MeterRead(T0.plusSeconds(300), "M-a", 120));
        ledger.append(new LedgerEvent.LiquidDelivered(T0.plusSeconds(360), "D1", "nmr-a", 80));
        assertThat(ledger.size()).isEqualTo(3);
    }

    @Test
    void aFailingStoreLeavesTheLedgerAsItWas() {
        InMemoryLedgerStore store = new InMemoryLedgerStore();
        Ledger failing = Ledger.open(LedgerFixture.network(), store);
        failing.append(new LedgerEvent.LiquidDelivered(T0, "D1", "nmr-a", 80));
        store.close();
        assertThatThrownBy(() -> failing.append(new LedgerEvent.DewarReturned(T0.plusSeconds(60), "D1", "nmr-a", 5)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(failing.size()).isEqualTo(1);
        assertThat(failing.whereabouts("D1").orElseThrow().labId()).isEqualTo("nmr-a");
    }

    @Test
    void eventRecordsRejectBadFields() {
        assertThatThrownBy(() -> new LedgerEvent.LiquidDelivered(T0, "D1", "nmr-a", -1))
                .hasMessageContaining("litres delivered must be finite and >= 0 L, got -1.0");
        assertThatThrownBy(() -> new LedgerEvent.MeterRead(T0, "M-a", Double.NaN)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> new LedgerEvent.LiquidDelivered(T0, " ", "nmr-a", 1)).hasMessageContaining("dewar must be given");
        assertThatThrownBy(() -> new LedgerEvent.BagSwapped(T0, "B1", "B1", "tottori")).hasMessageContaining("itself");
        assertThatThrownBy(() -> new LedgerEvent.ShipmentSent(T0, "S1", "a", "a", List.of("C1"))).hasMessageContaining("to itself");
        assertThatThrownBy(() -> new LedgerEvent.ShipmentSent(T0, "S1", "a", "b", List.of())).hasMessageContaining("distinct vessels");
        assertThatThrownBy(() -> new LedgerEvent.CampaignStep(T0, "K1", "okayama", LedgerEvent.CampaignStep.Step.LIQUID_TO_DEWAR,
                null, HeliumAmount.ZERO, "")).hasMessageContaining("needs the vessel");
        assertThatThrownBy(() -> new LiquidLevel.Percent(101)).hasMessageContaining("0-100 %");
    }
}
