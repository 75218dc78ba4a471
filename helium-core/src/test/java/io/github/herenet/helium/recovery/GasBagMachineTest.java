package io.github.herenet.helium.recovery;

import io.github.herenet.helium.inventory.GasBag;
import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.units.Volume;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.github.herenet.helium.recovery.Fixtures.BAGS;
import static io.github.herenet.helium.recovery.Fixtures.ROOM;
import static io.github.herenet.helium.recovery.Fixtures.h;
import static io.github.herenet.helium.recovery.Refusals.refusedByGuard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class GasBagMachineTest {

    private static GasBagState filling() {
        return BAGS.apply(BAGS.initial(h(0)), new GasBagEvent.Connected(h(0), "Sato")).state();
    }

    @Test
    void fullCycleYieldsBagFullSwappedAndEmptied() {
        GasBagState s = filling();
        assertThat(s.phase()).isEqualTo(GasBagState.Phase.FILLING);
        s = BAGS.apply(s, new GasBagEvent.LevelRead(h(24), Volume.ofCubicMetres(0.4))).state();
        assertThat(BAGS.fillFraction(s)).isCloseTo(0.4, within(1e-12));
        assertThat(s.retention(h(24))).isEqualTo(Duration.ofHours(24));

        Transition<GasBagState> full = BAGS.apply(s, new GasBagEvent.Full(h(70), Volume.ofCubicMetres(0.95), ROOM));
        assertThat(full.state().phase()).isEqualTo(GasBagState.Phase.FULL);
        assertThat(full.state().overfilled()).isFalse();
        LedgerEvent.BagFull bagFull = (LedgerEvent.BagFull) full.ledgerEvents().get(0);
        assertThat(full.ledgerEvents()).hasSize(1);
        assertThat(bagFull.bagId()).isEqualTo("B1");
        assertThat(bagFull.siteId()).isEqualTo("tottori");
        assertThat(bagFull.reading().gasVolume().cubicMetres()).isCloseTo(0.95, within(1e-12));
        assertThat(bagFull.reading().purity().heliumMoleFraction()).isLessThan(1).isGreaterThan(0.9999);

        Transition<GasBagState> swapped = BAGS.apply(full.state(), new GasBagEvent.Swapped(h(71), "B2", "Sato"));
        assertThat(swapped.ledgerEvents()).containsExactly(new LedgerEvent.BagSwapped(h(71), "B1", "B2", "tottori"));
        assertThat(swapped.state().nextBagId()).isEqualTo("B2");

        Transition<GasBagState> compressing = BAGS.apply(swapped.state(), new GasBagEvent.CompressionStarted(h(72), "C1"));
        assertThat(compressing.ledgerEvents()).isEmpty();
        Transition<GasBagState> emptied = BAGS.apply(compressing.state(), new GasBagEvent.Emptied(h(73)));
        assertThat(emptied.ledgerEvents()).containsExactly(new LedgerEvent.BagEmptied(h(73), "B1", "C1"));
        assertThat(emptied.state()).isEqualTo(GasBagState.empty("B1", h(73)));
        assertThat(emptied.state().retention(h(80))).isEqualTo(Duration.ZERO);
    }

    @Test
    void anOverfullReadingIsFlaggedAndItsExcessVented() {
        GasBagState s = BAGS.apply(filling(), new GasBagEvent.LevelRead(h(10), Volume.ofCubicMetres(1.1))).state();
        assertThat(s.overfilled()).isTrue();
        assertThat(BAGS.fillFraction(s)).isCloseTo(1.1, within(1e-12));
        Transition<GasBagState> full = BAGS.apply(s, new GasBagEvent.Full(h(11), Volume.ofCubicMetres(1.2), ROOM));
        assertThat(full.state().overfilled()).isTrue();
        LedgerEvent.BagFull bagFull = (LedgerEvent.BagFull) full.ledgerEvents().get(0);
        assertThat(bagFull.reading().gasVolume().cubicMetres()).isEqualTo(1.0);
        LedgerEvent.Vented vented = (LedgerEvent.Vented) full.ledgerEvents().get(1);
        // 0.2 m3 at 20 C, 1 atm: 0.2 x 0.16631 kg
        assertThat(vented.amount().kilograms()).isCloseTo(0.2 * 0.16631, within(0.2 * 0.16631 * 1e-3));
        assertThat(vented.reason()).contains("B1", "overfilled");
    }

    @Test
    void theOverfillSwitchEndsTheFillAtTheNominalVolumeOrOnlyFlagsAFullBag() {
        Transition<GasBagState> tripped = BAGS.apply(filling(), new GasBagEvent.OverfillSwitch(h(5), ROOM));
        assertThat(tripped.state().phase()).isEqualTo(GasBagState.Phase.FULL);
        assertThat(tripped.state().overfilled()).isTrue();
        assertThat(tripped.ledgerEvents()).singleElement().isInstanceOf(LedgerEvent.BagFull.class);

        GasBagState full = BAGS.apply(filling(), new GasBagEvent.Full(h(5), Volume.ofCubicMetres(1), ROOM)).state();
        Transition<GasBagState> flagged = BAGS.apply(full, new GasBagEvent.OverfillSwitch(h(6), ROOM));
        assertThat(flagged.state().phase()).isEqualTo(GasBagState.Phase.FULL);
        assertThat(flagged.state().overfilled()).isTrue();
        assertThat(flagged.ledgerEvents()).isEmpty();
    }

    @Test
    void guardsRefuseAnEmptyFullBagAndASwapForItself() {
        refusedByGuard(() -> BAGS.apply(filling(), new GasBagEvent.Full(h(1), Volume.ZERO, ROOM)), "holds gas");
        GasBagState full = BAGS.apply(filling(), new GasBagEvent.Full(h(5), Volume.ofCubicMetres(1), ROOM)).state();
        refusedByGuard(() -> BAGS.apply(full, new GasBagEvent.Swapped(h(6), "B1", "Sato")), "itself");
        assertThatThrownBy(() -> new GasBagEvent.Swapped(h(6), "B2", " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("operator");
    }

    @Test
    void purityDecaysWithRetention() {
        GasBagState s = BAGS.apply(filling(), new GasBagEvent.LevelRead(h(1), Volume.ofCubicMetres(1))).state();
        Purity day = BAGS.purity(s, h(24));
        Purity month = BAGS.purity(s, h(24 * 30));
        assertThat(month).isLessThan(day);
        assertThat(day).isLessThan(Purity.PURE);
        assertThat(BAGS.purity(GasBagState.empty("B1", h(0)), h(1000))).isEqualTo(Purity.PURE);
        // a leaky film: 1000 cc/m2/day of air into a 1 m3 bag of 10 m2 for 10 days: 0.1 m3 of air
        BagPermeation leaky = new BagPermeation(0, 1000, 10);
        assertThat(leaky.decay(Purity.PURE, Volume.ofCubicMetres(1), Duration.ofDays(10)).heliumMoleFraction())
                .isCloseTo(1 / 1.1, within(1e-12));
        assertThat(BagPermeation.forBag(new GasBag("X", Volume.ofCubicMetres(1))).filmAreaSquareMetres())
                .isCloseTo(9.67, within(0.01));
        assertThatThrownBy(() -> new BagPermeation(-1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BagPermeation(1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
