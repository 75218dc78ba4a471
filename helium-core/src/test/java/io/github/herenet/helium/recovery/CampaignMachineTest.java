package io.github.herenet.helium.recovery;

import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.recovery.CampaignState.Phase;
import io.github.herenet.helium.units.Volume;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.herenet.helium.recovery.Fixtures.BOILOFF_BAGS;
import static io.github.herenet.helium.recovery.Fixtures.CAMPAIGN;
import static io.github.herenet.helium.recovery.Fixtures.RECOVERY_DEWARS;
import static io.github.herenet.helium.recovery.Fixtures.ROOM;
import static io.github.herenet.helium.recovery.Fixtures.h;
import static io.github.herenet.helium.recovery.Refusals.refusedByGuard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CampaignMachineTest {

    private static CampaignState precooled(CampaignMachine machine, double litres) {
        return machine.applyAll(machine.initial(h(0)), List.of(new CampaignEvent.PlanApproved(h(0), "Suzuki"),
                new CampaignEvent.Deenergised(h(1), "Suzuki", litres), new CampaignEvent.Precooled(h(2), "Suzuki"))).state();
    }

    private static CampaignState pressurised(CampaignMachine machine, double litres) {
        return machine.applyAll(precooled(machine, litres), List.of(new CampaignEvent.TestTransfer(h(3), "Suzuki", "1"),
                new CampaignEvent.TestTransfer(h(4), "Suzuki", "2"), new CampaignEvent.Pressurised(h(5), "Suzuki"))).state();
    }

    @Test
    void theMainTransferWaitsForTheTestTransfers() {
        CampaignState s = precooled(CAMPAIGN, 800);
        refusedByGuard(() -> CAMPAIGN.apply(s, new CampaignEvent.Pressurised(h(3), "Suzuki")), "2 test transfers", "0 done");
        CampaignState once = CAMPAIGN.apply(s, new CampaignEvent.TestTransfer(h(3), "Suzuki", "flow ok")).state();
        assertThat(once.testsDone()).isEqualTo(1);
        refusedByGuard(() -> CAMPAIGN.apply(once, new CampaignEvent.Pressurised(h(4), "Suzuki")), "1 done");
        assertThat(pressurised(CAMPAIGN, 800).phase()).isEqualTo(Phase.PRESSURISED);
        CampaignMachine untested = new CampaignMachine("c", "iwate", RECOVERY_DEWARS, BOILOFF_BAGS, 0);
        assertThat(untested.apply(precooled(untested, 800), new CampaignEvent.Pressurised(h(3), "Suzuki")).state().phase())
                .isEqualTo(Phase.PRESSURISED);
    }

    @Test
    void onlyPlannedDewarsEachOnceWithinCapacityAndTheMagnetsLiquid() {
        CampaignState s = pressurised(CAMPAIGN, 150);
        refusedByGuard(() -> CAMPAIGN.apply(s, new CampaignEvent.DewarFilled(h(6), "D1", 50)), "not in the plan");
        refusedByGuard(() -> CAMPAIGN.apply(s, new CampaignEvent.DewarFilled(h(6), "R1", 120)), "does not fit");
        Transition<CampaignState> first = CAMPAIGN.apply(s, new CampaignEvent.DewarFilled(h(6), "R1", 100));
        LedgerEvent.CampaignStep step = (LedgerEvent.CampaignStep) first.ledgerEvents().get(0);
        assertThat(step.step()).isEqualTo(LedgerEvent.CampaignStep.Step.LIQUID_TO_DEWAR);
        assertThat(step.vesselId()).isEqualTo("R1");
        // a full 100 L dewar: 100 L of liquid, no vapour space
        assertThat(step.amount().kilograms()).isCloseTo(100 * 0.12467, within(0.01));
        CampaignState one = first.state();
        refusedByGuard(() -> CAMPAIGN.apply(one, new CampaignEvent.DewarFilled(h(7), "R1", 10)), "already filled");
        refusedByGuard(() -> CAMPAIGN.apply(one, new CampaignEvent.DewarFilled(h(7), "R2", 60)), "more than the 150.0 L");
        assertThat(CAMPAIGN.apply(one, new CampaignEvent.DewarFilled(h(7), "R2", 50)).state().litresRecovered()).isEqualTo(150);
    }

    @Test
    void onlyPlannedBagsEachOnceWithinCapacity() {
        CampaignState s = CAMPAIGN.apply(pressurised(CAMPAIGN, 800), new CampaignEvent.DewarFilled(h(6), "R1", 100)).state();
        refusedByGuard(() -> CAMPAIGN.apply(s, bag("B1", 1)), "not in the plan");
        refusedByGuard(() -> CAMPAIGN.apply(s, bag("Q1", 1.5)), "does not fit");
        CampaignState bagged = CAMPAIGN.apply(s, bag("Q1", 1)).state();
        assertThat(bagged.phase()).isEqualTo(Phase.BOILOFF);
        assertThat(bagged.filledBags()).containsExactly("Q1");
        refusedByGuard(() -> CAMPAIGN.apply(bagged, bag("Q1", 1)), "already filled");
    }

    private static CampaignEvent.BoilOffBagged bag(String id, double cubicMetres) {
        return new CampaignEvent.BoilOffBagged(h(8), id, Volume.ofCubicMetres(cubicMetres), ROOM, Purity.PURE);
    }

    @Test
    void aQuenchAbortsAndVentsWhatWasNotRecovered() {
        Transition<CampaignState> early = CAMPAIGN.apply(CAMPAIGN.initial(h(0)), new CampaignEvent.Quench(h(0), "during planning"));
        assertThat(early.state().phase()).isEqualTo(Phase.ABORTED);
        assertThat(early.ledgerEvents()).singleElement().satisfies(e ->
                assertThat(((LedgerEvent.CampaignStep) e).step()).isEqualTo(LedgerEvent.CampaignStep.Step.ABORTED));
        CampaignState one = CAMPAIGN.apply(pressurised(CAMPAIGN, 800), new CampaignEvent.DewarFilled(h(6), "R1", 100)).state();
        Transition<CampaignState> late = CAMPAIGN.apply(one, new CampaignEvent.Quench(h(7), "burst disk"));
        assertThat(((LedgerEvent.Vented) late.ledgerEvents().get(1)).amount().liquidLitres()).isCloseTo(700, within(1e-9));
        assertThat(CAMPAIGN.allowed(late.state())).isEmpty();
    }

    @Test
    void aPlanNamesEachVesselOnce() {
        assertThatThrownBy(() -> new CampaignMachine("c", "iwate", List.of(RECOVERY_DEWARS.get(0), RECOVERY_DEWARS.get(0)),
                BOILOFF_BAGS, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> new CampaignMachine("c", "iwate", RECOVERY_DEWARS, List.of(BOILOFF_BAGS.get(0),
                BOILOFF_BAGS.get(0)), 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> new CampaignMachine("c", "iwate", RECOVERY_DEWARS, BOILOFF_BAGS, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
