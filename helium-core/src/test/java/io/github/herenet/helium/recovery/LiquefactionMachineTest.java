package io.github.herenet.helium.recovery;

import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.recovery.LiquefactionState.Phase;
import org.junit.jupiter.api.Test;

import static io.github.herenet.helium.recovery.Fixtures.LIQUEFIER;
import static io.github.herenet.helium.recovery.Fixtures.h;
import static io.github.herenet.helium.recovery.Refusals.refusedByGuard;
import static org.assertj.core.api.Assertions.assertThat;

class LiquefactionMachineTest {

    private static LiquefactionState feeding(String vessel) {
        return LIQUEFIER.apply(LIQUEFIER.initial(h(0)),
                new LiquefactionEvent.FeedStarted(h(0), vessel, Purity.ofPercent(99.9), "Tanaka")).state();
    }

    @Test
    void feedsLiquefiesAndProducesIntoDewars() {
        LiquefactionState s = feeding("C1");
        assertThat(s.feedVesselId()).isEqualTo("C1");
        Transition<LiquefactionState> fed = LIQUEFIER.apply(s, new LiquefactionEvent.VesselFed(h(1)));
        assertThat(fed.ledgerEvents()).containsExactly(new LedgerEvent.GasFed(h(1), "C1", "okayama"));
        assertThat(fed.state().phase()).isEqualTo(Phase.LIQUEFYING);
        Transition<LiquefactionState> produced = LIQUEFIER.apply(fed.state(), new LiquefactionEvent.Produced(h(3), "D1", 40));
        assertThat(produced.ledgerEvents()).containsExactly(new LedgerEvent.LiquidProduced(h(3), "okayama", "D1", 40));
        s = LIQUEFIER.apply(produced.state(), new LiquefactionEvent.Produced(h(4), "D2", 20)).state();
        assertThat(s.phase()).isEqualTo(Phase.PRODUCED);
        assertThat(s.litresProduced()).isEqualTo(60);
        s = LIQUEFIER.apply(s, new LiquefactionEvent.FeedStarted(h(5), "C2", Purity.ofPercent(99), "Tanaka")).state();
        assertThat(s.phase()).as("the limit itself is accepted").isEqualTo(Phase.FEEDING);
        s = LIQUEFIER.apply(s, new LiquefactionEvent.VesselFed(h(6))).state();
        s = LIQUEFIER.apply(s, new LiquefactionEvent.Stopped(h(7), "Tanaka")).state();
        assertThat(s).isEqualTo(LiquefactionState.idle("L70", h(7)));
    }

    @Test
    void thePurityInterlockRefusesALowFeedAndClosesAFeedThatTurnsLow() {
        refusedByGuard(() -> LIQUEFIER.apply(LIQUEFIER.initial(h(0)),
                new LiquefactionEvent.FeedStarted(h(0), "C1", Purity.ofPercent(98.9), "Tanaka")), "purity interlock", "C1");
        LiquefactionState s = feeding("C1");
        Transition<LiquefactionState> good = LIQUEFIER.apply(s, new LiquefactionEvent.PurityRead(h(1), Purity.ofPercent(99.5)));
        assertThat(good.state().phase()).isEqualTo(Phase.FEEDING);
        assertThat(good.state().feedVesselId()).isEqualTo("C1");
        Transition<LiquefactionState> low = LIQUEFIER.apply(s, new LiquefactionEvent.PurityRead(h(1), Purity.ofPercent(97)));
        assertThat(low.state().phase()).isEqualTo(Phase.LIQUEFYING);
        assertThat(low.state().interlocked()).isTrue();
        assertThat(low.state().feedVesselId()).isNull();
        assertThat(low.ledgerEvents()).as("the vessel keeps its gas").isEmpty();
    }

    @Test
    void maintenanceFromIdle() {
        LiquefactionState s = LIQUEFIER.apply(LIQUEFIER.initial(h(0)),
                new LiquefactionEvent.MaintenanceStarted(h(0), "Tanaka", "purifier regeneration")).state();
        assertThat(s.phase()).isEqualTo(Phase.MAINTENANCE);
        assertThat(s.maintenance()).isEqualTo("purifier regeneration");
        assertThat(LIQUEFIER.apply(s, new LiquefactionEvent.MaintenanceEnded(h(8), "Tanaka")).state().phase())
                .isEqualTo(Phase.IDLE);
    }

    @Test
    void aLiquefierWhoseVesselsRecordTheirFeedsYieldsNoGasFed() {
        LiquefactionMachine quiet = new LiquefactionMachine("L70", "okayama", Purity.ofPercent(99), false);
        LiquefactionState s = quiet.apply(quiet.initial(h(0)),
                new LiquefactionEvent.FeedStarted(h(0), "C1", Purity.PURE, "Tanaka")).state();
        assertThat(quiet.apply(s, new LiquefactionEvent.VesselFed(h(1))).ledgerEvents()).isEmpty();
    }
}
