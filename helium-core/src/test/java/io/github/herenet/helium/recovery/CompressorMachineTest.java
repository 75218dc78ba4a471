package io.github.herenet.helium.recovery;

import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.recovery.CompressorState.Phase;
import io.github.herenet.helium.recovery.CompressorState.StopReason;
import io.github.herenet.helium.units.Pressure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.herenet.helium.recovery.Fixtures.COMPRESSOR;
import static io.github.herenet.helium.recovery.Fixtures.h;
import static io.github.herenet.helium.recovery.Refusals.refusedByGuard;
import static org.assertj.core.api.Assertions.assertThat;

class CompressorMachineTest {

    private static CompressorState run(CompressorState s, CompressorEvent... events) {
        Transition<CompressorState> t = COMPRESSOR.applyAll(s, List.of(events));
        assertThat(t.ledgerEvents()).as("a compressor yields no ledger events").isEmpty();
        return t.state();
    }

    private static CompressorState idle() {
        return run(COMPRESSOR.initial(h(0)), new CompressorEvent.PowerOn(h(0), "Sato"));
    }

    @Test
    void startsOnBagHighAndStopsAtTheFillPressure() {
        CompressorState s = run(idle(), new CompressorEvent.BagHigh(h(1)));
        assertThat(s.phase()).isEqualTo(Phase.RUNNING);
        s = run(s, new CompressorEvent.CylinderPressure(h(2), Pressure.ofMegapascals(10)));
        assertThat(s.phase()).isEqualTo(Phase.RUNNING);
        s = run(s, new CompressorEvent.CylinderPressure(h(3), COMPRESSOR.fillPressure()));
        assertThat(s.phase()).isEqualTo(Phase.IDLE);
        assertThat(s.lastStop()).isEqualTo(StopReason.CYLINDER_FULL);
    }

    @Test
    void stopsOnBagLowAndNeverStartsAgainstACollapsedBag() {
        CompressorState s = run(idle(), new CompressorEvent.ManualStart(h(1), "Sato"), new CompressorEvent.BagLow(h(2)));
        assertThat(s.phase()).isEqualTo(Phase.IDLE);
        assertThat(s.lastStop()).isEqualTo(StopReason.BAG_LOW);
        assertThat(s.bagCollapsed()).isTrue();
        assertThat(s.interlocked()).isTrue();
        CompressorState collapsed = s;
        refusedByGuard(() -> COMPRESSOR.apply(collapsed, new CompressorEvent.ManualStart(h(3), "Sato")), "collapsed", "air");
        s = run(s, new CompressorEvent.BagHigh(h(4)));
        assertThat(s.phase()).isEqualTo(Phase.RUNNING);
        assertThat(s.bagCollapsed()).isFalse();
    }

    @Test
    void thePurityInterlockStopsAndBlocksStarts() {
        CompressorState s = run(idle(), new CompressorEvent.BagHigh(h(1)),
                new CompressorEvent.PurityRead(h(2), Purity.ofPercent(90)));
        assertThat(s.phase()).isEqualTo(Phase.IDLE);
        assertThat(s.lastStop()).isEqualTo(StopReason.PURITY_LOW);
        assertThat(s.purityLow()).isTrue();
        CompressorState low = s;
        refusedByGuard(() -> COMPRESSOR.apply(low, new CompressorEvent.ManualStart(h(3), "Sato")), "purity-low");
        assertThat(run(s, new CompressorEvent.BagHigh(h(3))).phase()).as("bag-high does not start it").isEqualTo(Phase.IDLE);
        s = run(s, new CompressorEvent.PurityRead(h(4), Purity.ofPercent(99)), new CompressorEvent.ManualStart(h(5), "Sato"));
        assertThat(s.phase()).isEqualTo(Phase.RUNNING);
    }

    @Test
    void aFaultLatchesUntilAPersonResetsIt() {
        CompressorState s = run(idle(), new CompressorEvent.BagHigh(h(1)),
                new CompressorEvent.Fault(h(2), CompressorState.FaultKind.TEMPERATURE, "discharge 120 C"));
        assertThat(s.phase()).isEqualTo(Phase.FAULT);
        assertThat(s.fault()).isEqualTo(CompressorState.FaultKind.TEMPERATURE);
        assertThat(s.lastStop()).isEqualTo(StopReason.FAULT);
        s = run(s, new CompressorEvent.PowerFail(h(3)));
        assertThat(s.phase()).as("a power failure does not clear a fault").isEqualTo(Phase.FAULT);
        s = run(s, new CompressorEvent.Reset(h(4), "Sato"));
        assertThat(s.phase()).isEqualTo(Phase.IDLE);
        assertThat(s.fault()).isNull();
    }

    @Test
    void stopsByHandAndOnPowerLoss() {
        CompressorState s = run(idle(), new CompressorEvent.ManualStart(h(1), "Sato"), new CompressorEvent.ManualStop(h(2), "Sato"));
        assertThat(s.lastStop()).isEqualTo(StopReason.MANUAL);
        s = run(s, new CompressorEvent.BagHigh(h(3)), new CompressorEvent.PowerFail(h(4)));
        assertThat(s.phase()).isEqualTo(Phase.OFF);
        assertThat(s.lastStop()).isEqualTo(StopReason.POWER);
        s = run(s, new CompressorEvent.PowerOn(h(5), "Sato"), new CompressorEvent.PowerOff(h(6), "Sato"));
        assertThat(s.phase()).isEqualTo(Phase.OFF);
    }
}
