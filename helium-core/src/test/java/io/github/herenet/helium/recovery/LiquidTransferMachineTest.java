package io.github.herenet.helium.recovery;

import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.recovery.LiquidTransferState.Phase;
import io.github.herenet.helium.recovery.LiquidTransferState.StopReason;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.PressureUnit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.herenet.helium.recovery.Fixtures.D1;
import static io.github.herenet.helium.recovery.Fixtures.D2;
import static io.github.herenet.helium.recovery.Fixtures.TRANSFER;
import static io.github.herenet.helium.recovery.Fixtures.h;
import static io.github.herenet.helium.recovery.Refusals.refusedByGuard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiquidTransferMachineTest {

    private static final Pressure P30 = Pressure.gauge(30, PressureUnit.KPA);

    private static LiquidTransferState purged() {
        return TRANSFER.apply(LiquidTransferState.ready("T1", false, h(0)), new LiquidTransferEvent.Purged(h(0), "Sato")).state();
    }

    private static LiquidTransferState transferring() {
        return TRANSFER.applyAll(purged(), List.of(
                new LiquidTransferEvent.Pressurised(h(1), "Sato", P30, LiquidTransferMachine.PRESSURISING_PURITY),
                new LiquidTransferEvent.Started(h(2), 80, 10))).state();
    }

    @Test
    void aWarmReceiverIsPrecooledBeforeThePurge() {
        LiquidTransferState warm = LiquidTransferState.ready("T1", true, h(0));
        refusedByGuard(() -> TRANSFER.apply(warm, new LiquidTransferEvent.Purged(h(0), "Sato")), "first fill", "LN2");
        LiquidTransferState cold = TRANSFER.apply(warm, new LiquidTransferEvent.Precooled(h(1), "Sato")).state();
        assertThat(TRANSFER.apply(cold, new LiquidTransferEvent.Purged(h(2), "Sato")).state().phase()).isEqualTo(Phase.PURGED);
    }

    @Test
    void pressurisingNeedsGrade46GasAndAPressureInRange() {
        refusedByGuard(() -> TRANSFER.apply(purged(),
                new LiquidTransferEvent.Pressurised(h(1), "Sato", P30, Purity.ofPercent(99.99))), "below");
        refusedByGuard(() -> TRANSFER.apply(purged(), new LiquidTransferEvent.Pressurised(h(1), "Sato",
                Pressure.gauge(60, PressureUnit.KPA), Purity.PURE)), "at most");
        refusedByGuard(() -> TRANSFER.apply(purged(), new LiquidTransferEvent.Pressurised(h(1), "Sato",
                Pressure.STANDARD_ATMOSPHERE, Purity.PURE)), "not above 1 atm");
    }

    @Test
    void levelsMustFitTheDewarsAndLiquidFlowsOneWay() {
        LiquidTransferState pressurised = TRANSFER.apply(purged(),
                new LiquidTransferEvent.Pressurised(h(1), "Sato", P30, Purity.PURE)).state();
        refusedByGuard(() -> TRANSFER.apply(pressurised, new LiquidTransferEvent.Started(h(2), 101, 0)), "within the dewars");
        refusedByGuard(() -> TRANSFER.apply(transferring(),
                new LiquidTransferEvent.Stopped(h(3), StopReason.MANUAL, 85, 12)), "source to receiver");
        refusedByGuard(() -> TRANSFER.apply(transferring(),
                new LiquidTransferEvent.Stopped(h(3), StopReason.MANUAL, 70, 5)), "source to receiver");
    }

    @Test
    void depressurisingCountsBothDewarsAndRecordsTheFlash() {
        LiquidTransferState stopped = TRANSFER.apply(transferring(),
                new LiquidTransferEvent.Stopped(h(3), StopReason.TARGET_LEVEL, 30, 55)).state();
        assertThat(stopped.stopReason()).isEqualTo(StopReason.TARGET_LEVEL);
        assertThat(stopped.litresDrawn()).isEqualTo(50);
        assertThat(stopped.litresMoved()).isEqualTo(45);
        Transition<LiquidTransferState> done = TRANSFER.apply(stopped, new LiquidTransferEvent.Depressurised(h(4), "Sato"));
        assertThat(done.state().phase()).isEqualTo(Phase.DONE);
        assertThat(done.ledgerEvents()).hasSize(3);
        assertThat(((LedgerEvent.InventoryCounted) done.ledgerEvents().get(0)).vesselId()).isEqualTo("D1");
        assertThat(((LedgerEvent.InventoryCounted) done.ledgerEvents().get(1)).vesselId()).isEqualTo("D2");
        assertThat(((LedgerEvent.Vented) done.ledgerEvents().get(2)).amount())
                .isEqualTo(LiquidTransferMachine.flashLoss(stopped));

        LiquidTransferMachine recovering = new LiquidTransferMachine(D1, D2, "okayama", true);
        assertThat(recovering.apply(stopped, new LiquidTransferEvent.Depressurised(h(4), "Sato")).ledgerEvents())
                .as("recovered flash gas is counted where it arrives").hasSize(2);
    }

    @Test
    void misuseIsRefused() {
        assertThatThrownBy(() -> LiquidTransferMachine.flashLoss(transferring()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not stopped");
        assertThatThrownBy(() -> new LiquidTransferMachine(D1, D1, "okayama", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two dewars");
        assertThatThrownBy(() -> new LiquidTransferEvent.Started(h(0), -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
