package io.github.herenet.helium.recovery;

import io.github.herenet.helium.inventory.Cylinder;
import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.inventory.VesselReading;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Temperature;
import io.github.herenet.helium.units.Volume;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.github.herenet.helium.recovery.Fixtures.C1;
import static io.github.herenet.helium.recovery.Fixtures.CYLINDERS;
import static io.github.herenet.helium.recovery.Fixtures.FILL;
import static io.github.herenet.helium.recovery.Fixtures.ROOM;
import static io.github.herenet.helium.recovery.Fixtures.h;
import static io.github.herenet.helium.recovery.Refusals.refusedByGuard;
import static org.assertj.core.api.Assertions.assertThat;

class CylinderMachineTest {

    private static final Purity PURITY = Purity.ofPercent(99.5);

    private static CylinderState filling() {
        return CYLINDERS.apply(CYLINDERS.initial(h(0)), new CylinderEvent.FillStarted(h(0), "Sato", ROOM)).state();
    }

    @Test
    void aFillIsLoggedShippedReceivedAndFed() {
        Transition<CylinderState> full = CYLINDERS.apply(filling(), new CylinderEvent.FillEnded(h(2), "Sato", FILL, ROOM, PURITY));
        assertThat(full.ledgerEvents()).containsExactly(
                new LedgerEvent.CylinderFilled(h(2), "C1", "tottori", "Sato", FILL, ROOM, PURITY));
        CylinderState s = full.state();
        assertThat(s.phase()).isEqualTo(CylinderState.Phase.FULL);
        assertThat(s.fill()).isEqualTo(new CylinderState.FillLog(h(2), "Sato", FILL, ROOM, PURITY));
        assertThat(CYLINDERS.content(s)).isEqualTo(C1.content(new VesselReading.Gas(FILL, ROOM, PURITY)));
        // 47 L at 14.7 MPa(g) holds "about 7 m3" nominally (DOMAIN.md 2.4); the real gas (Z about 1.07) at 20 C
        // and 99.5 % gives about 5.9 m3 at 0 C
        assertThat(CYLINDERS.content(s).gasCubicMetres(io.github.herenet.helium.thermo.StandardConditions.NORMAL_0C))
                .isBetween(5.8, 6.1);

        s = CYLINDERS.apply(s, new CylinderEvent.Shipped(h(3), "S1")).state();
        assertThat(s.phase()).isEqualTo(CylinderState.Phase.IN_TRANSIT);
        assertThat(s.siteId()).isNull();
        assertThat(s.shipmentId()).isEqualTo("S1");
        s = CYLINDERS.apply(s, new CylinderEvent.Received(h(4), "okayama")).state();
        assertThat(s.phase()).isEqualTo(CylinderState.Phase.AT_HUB);
        assertThat(s.siteId()).isEqualTo("okayama");
        s = CYLINDERS.apply(s, new CylinderEvent.FeedStarted(h(5), "Tanaka")).state();
        assertThat(s.operator()).isEqualTo("Tanaka");
        Transition<CylinderState> fed = CYLINDERS.apply(s, new CylinderEvent.FeedEnded(h(6)));
        assertThat(fed.ledgerEvents()).containsExactly(new LedgerEvent.GasFed(h(6), "C1", "okayama"));
        assertThat(fed.state().phase()).isEqualTo(CylinderState.Phase.EMPTY);
        assertThat(CYLINDERS.content(fed.state()).kilograms()).isZero();

        // the empty cylinder goes home and is EMPTY on arrival
        s = CYLINDERS.apply(fed.state(), new CylinderEvent.Shipped(h(7), "S2")).state();
        s = CYLINDERS.apply(s, new CylinderEvent.Received(h(8), "tottori")).state();
        assertThat(s.phase()).isEqualTo(CylinderState.Phase.EMPTY);
        assertThat(s.siteId()).isEqualTo("tottori");
    }

    @Test
    void aFillAboveTheRatedPressureIsRefused() {
        Pressure over = Pressure.ofPascals(C1.ratedPressure().pascals() + 1e5);
        refusedByGuard(() -> CYLINDERS.apply(filling(), new CylinderEvent.FillEnded(h(1), "Sato", over, ROOM, PURITY)),
                "above the rated pressure");
    }

    @Test
    void aCylinderAbove40CIsRefusedAtTheStartAndTheEnd() {
        Temperature hot = Temperature.ofCelsius(41);
        refusedByGuard(() -> CYLINDERS.apply(CYLINDERS.initial(h(0)), new CylinderEvent.FillStarted(h(0), "Sato", hot)),
                "41.0 C", "40.0 C");
        refusedByGuard(() -> CYLINDERS.apply(filling(), new CylinderEvent.FillEnded(h(1), "Sato", FILL, hot, PURITY)),
                "41.0 C");
        Temperature limit = Temperature.ofCelsius(40);
        assertThat(CYLINDERS.apply(filling(), new CylinderEvent.FillEnded(h(1), "Sato", FILL, limit, PURITY)).state().phase())
                .isEqualTo(CylinderState.Phase.FULL);
    }

    @Test
    void aCylinderPastItsPressureTestIsNotFilled() {
        Cylinder old = new Cylinder("C9", Volume.ofLitres(47), FILL, LocalDate.of(2020, 6, 1));
        CylinderMachine machine = new CylinderMachine(old, "tottori");
        refusedByGuard(() -> machine.apply(machine.initial(h(0)), new CylinderEvent.FillStarted(h(0), "Sato", ROOM)),
                "2020-06-01", "expired on 2025-06-01");
    }
}
