package io.github.herenet.helium.recovery;

import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.recovery.CompressorSignal.AlarmWord;
import io.github.herenet.helium.recovery.CompressorSignal.BagLevel;
import io.github.herenet.helium.recovery.CompressorSignal.DischargePressure;
import io.github.herenet.helium.recovery.CompressorSignal.SuctionPurity;
import io.github.herenet.helium.recovery.CompressorState.FaultKind;
import io.github.herenet.helium.recovery.CompressorState.Phase;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.PressureUnit;
import io.github.herenet.helium.units.Volume;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.github.herenet.helium.recovery.Fixtures.B1;
import static io.github.herenet.helium.recovery.Fixtures.ROOM;
import static io.github.herenet.helium.recovery.Fixtures.T0;
import static io.github.herenet.helium.recovery.Fixtures.h;
import static io.github.herenet.helium.recovery.Fixtures.reading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The ready-made translators: {@link CompressorSignal} and {@link GasBagLevelSignal}. */
class SignalsTest {

    private static final CompressorState IDLE = new CompressorState("K1", Phase.IDLE, T0, false, false, null, null);
    private static final CompressorState RUNNING = new CompressorState("K1", Phase.RUNNING, T0, false, false, null, null);
    private static final CompressorState OFF = CompressorState.off("K1", T0);

    /** The events of {@code levels} read one after the other, each a minute apart, in {@code state}. */
    private static List<CompressorEvent> levels(ReadingTranslator<CompressorState, CompressorEvent> t, CompressorState state,
                                                double... levels) {
        List<CompressorEvent> events = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            events.addAll(t.events(state, reading("level", levels[i], "%", i / 60.0)));
        }
        return events;
    }

    @Test
    void aLevelHoveringAtTheHighLimitGivesOneBagHigh() {
        ReadingTranslator<CompressorState, CompressorEvent> t = new BagLevel("level", 10, 90, 2).translator();
        List<CompressorEvent> events = levels(t, IDLE, 50, 89.9, 90.0, 89.5, 90.1, 88.5, 90.3, 89.0);
        assertThat(events).containsExactly(new CompressorEvent.BagHigh(h(2 / 60.0)));
    }

    @Test
    void aLimitIsSignalledAgainOnlyAfterTheLevelLeftItByMoreThanTheDeadband() {
        ReadingTranslator<CompressorState, CompressorEvent> t = new BagLevel("level", 10, 90, 2).translator();
        List<CompressorEvent> events = levels(t, IDLE, 95, 87.9, 90, 50, 10.5, 10, 11.5, 9, 12.5, 8);
        assertThat(events).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("BagHigh", "BagHigh", "BagLow", "BagLow");
    }

    @Test
    void theLevelIsSignalledOnlyWhilePoweredAndOnceMoreOnPowerUp() {
        ReadingTranslator<CompressorState, CompressorEvent> t = new BagLevel("level", 10, 90, 2).translator();
        assertThat(levels(t, OFF, 95, 96)).isEmpty();
        assertThat(levels(t, IDLE, 96, 97)).containsExactly(new CompressorEvent.BagHigh(T0));
        assertThat(levels(t, RUNNING, 97)).isEmpty();
    }

    @Test
    void otherChannelsAreNotTheLevelsBusiness() {
        ReadingTranslator<CompressorState, CompressorEvent> t = new BagLevel("level", 10, 90, 2).translator();
        assertThat(t.events(IDLE, reading("other", 95, "%", 0))).isEmpty();
    }

    @Test
    void aLevelMustBeInPercent() {
        ReadingTranslator<CompressorState, CompressorEvent> t = new BagLevel("level", 10, 90, 2).translator();
        assertThatThrownBy(() -> t.events(IDLE, reading("level", 0.9, "m3", 0)))
                .isInstanceOf(UnreadableReadingException.class)
                .hasMessage("channel 'level' reads in 'm3', a level must be in %");
    }

    @Test
    void bagLevelLimitsAreChecked() {
        assertThatThrownBy(() -> new BagLevel(" ", 10, 90, 2)).hasMessage("the channel must be given (non-blank), got ' '");
        assertThatThrownBy(() -> new BagLevel("level", 90, 10, 2))
                .hasMessage("the high limit must be above the low limit 90.0 % and at most 100 %, got 10.0");
        assertThatThrownBy(() -> new BagLevel("level", -1, 90, 2)).hasMessage("the low limit must be 0 to 100 % (exclusive), got -1.0");
        assertThatThrownBy(() -> new BagLevel("level", 10, 90, 40))
                .hasMessage("the deadband must be 0 or more and less than half the gap between the limits (40.0 %), got 40.0");
    }

    @Test
    void theDischargePressureIsConvertedFromTheReadingsUnit() {
        ReadingTranslator<CompressorState, CompressorEvent> gauge = new DischargePressure("p", true).translator();
        Pressure expected = Pressure.gauge(14.7, PressureUnit.MPA);
        List<Object[]> same = List.of(new Object[] {14.7, "MPa"}, new Object[] {147.0, "bar"}, new Object[] {14_700.0, "kPa"},
                new Object[] {14.7e6, "Pa"}, new Object[] {14.7e6 / 6_894.757293168361, "psi"});
        for (Object[] r : same) {
            List<CompressorEvent> events = gauge.events(RUNNING, reading("p", (double) r[0], (String) r[1], 1));
            assertThat(events).hasSize(1);
            CompressorEvent.CylinderPressure p = (CompressorEvent.CylinderPressure) events.get(0);
            assertThat(p.time()).isEqualTo(h(1));
            assertThat(p.pressure().pascals()).as((String) r[1]).isCloseTo(expected.pascals(), within(1e-3));
        }
        ReadingTranslator<CompressorState, CompressorEvent> absolute = new DischargePressure("p", false).translator();
        assertThat(absolute.events(IDLE, reading("p", 20, "bar", 1)))
                .containsExactly(new CompressorEvent.CylinderPressure(h(1), Pressure.ofBar(20)));
        assertThat(absolute.events(OFF, reading("p", 20, "bar", 1))).isEmpty();
    }

    @Test
    void anUnknownPressureUnitOrAnImpossiblePressureIsRefused() {
        ReadingTranslator<CompressorState, CompressorEvent> t = new DischargePressure("p", false).translator();
        assertThatThrownBy(() -> t.events(IDLE, reading("p", 760, "torr", 1)))
                .isInstanceOf(UnreadableReadingException.class)
                .hasMessageStartingWith("channel 'p' reads in 'torr', not a pressure unit: unknown pressure unit 'torr'; accepted (any case): Pa, kPa, MPa, bar")
                .extracting(e -> ((UnreadableReadingException) e).reading().value()).isEqualTo(760.0);
        assertThatThrownBy(() -> t.events(IDLE, reading("p", -3, "bar", 1)))
                .isInstanceOf(UnreadableReadingException.class)
                .hasMessageStartingWith("channel 'p' read -3.0 bar: ");
    }

    @Test
    void theSuctionPurityIsReadInPercentOrAsAFraction() {
        ReadingTranslator<CompressorState, CompressorEvent> t = new SuctionPurity("purity").translator();
        assertThat(t.events(RUNNING, reading("purity", 93, "%", 1)))
                .containsExactly(new CompressorEvent.PurityRead(h(1), Purity.ofPercent(93)));
        assertThat(t.events(RUNNING, reading("purity", 0.93, "", 1)))
                .containsExactly(new CompressorEvent.PurityRead(h(1), new Purity(0.93)));
        assertThatThrownBy(() -> t.events(RUNNING, reading("purity", 93, "ppm", 1)))
                .hasMessage("channel 'purity' reads in 'ppm', a purity must be in % or a fraction (unit '' or '1')");
        assertThatThrownBy(() -> t.events(RUNNING, reading("purity", 130, "%", 1)))
                .isInstanceOf(UnreadableReadingException.class).hasMessageStartingWith("channel 'purity' read 130.0 %: ");
    }

    @Test
    void aNonZeroAlarmWordTripsTheCompressorWithTheWordInTheDetail() {
        ReadingTranslator<CompressorState, CompressorEvent> t = new AlarmWord("alarm", FaultKind.OIL).translator();
        assertThat(t.events(RUNNING, reading("alarm", 0, "", 1))).isEmpty();
        assertThat(t.events(RUNNING, reading("alarm", 18, "", 1)))
                .containsExactly(new CompressorEvent.Fault(h(1), FaultKind.OIL, "alarm word 0x0012 (18) on channel 'alarm'"));
        assertThat(t.events(new CompressorState("K1", Phase.FAULT, T0, false, false, null, FaultKind.OIL),
                reading("alarm", 18, "", 2))).isEmpty();
        assertThatThrownBy(() -> t.events(IDLE, reading("alarm", 1.5, "", 1)))
                .hasMessage("channel 'alarm' read 1.5, an alarm word must be a whole number 0 to 2^32-1");
    }

    @Test
    void combinedSignalsEachTakeTheirChannelAndAChannelFeedsOneSignal() {
        ReadingTranslator<CompressorState, CompressorEvent> k1 = CompressorSignal.all(new BagLevel("level", 10, 90, 2),
                new DischargePressure("p", true));
        assertThat(k1.events(IDLE, reading("level", 95, "%", 1))).containsExactly(new CompressorEvent.BagHigh(h(1)));
        assertThat(k1.events(IDLE, reading("p", 10, "MPa", 1))).hasSize(1);
        assertThat(k1.events(IDLE, reading("x", 10, "MPa", 1))).isEmpty();
        assertThatThrownBy(() -> CompressorSignal.all(new DischargePressure("p", true), new SuctionPurity("p")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("channel 'p' is given to two signals; each channel may feed one signal");
        assertThatThrownBy(() -> CompressorSignal.all()).hasMessage("give at least one compressor signal");
    }

    @Test
    void aFillingBagsLevelIsReadAndAtTheTopSwitchItIsFull() {
        GasBagLevelSignal level = new GasBagLevelSignal("level", B1, 95, ROOM);
        GasBagState filling = new GasBagState("B1", GasBagState.Phase.FILLING, T0, Volume.ZERO, T0, false, null, null);
        assertThat(level.events(filling, reading("level", 40, "%", 1)))
                .containsExactly(new GasBagEvent.LevelRead(h(1), Volume.ofCubicMetres(0.4)));
        assertThat(level.events(filling, reading("level", 500, "L", 1)))
                .containsExactly(new GasBagEvent.LevelRead(h(1), Volume.ofLitres(500)));
        assertThat(level.events(filling, reading("level", 0.96, "m3", 2)))
                .containsExactly(new GasBagEvent.Full(h(2), Volume.ofCubicMetres(0.96), ROOM));
        assertThat(level.events(GasBagState.empty("B1", T0), reading("level", 40, "%", 1))).isEmpty();
        assertThatThrownBy(() -> level.events(filling, reading("level", 40, "ft3", 1)))
                .isInstanceOf(UnreadableReadingException.class)
                .hasMessage("channel 'level' reads in 'ft3', a bag level must be in %, m3 or L");
        assertThatThrownBy(() -> new GasBagLevelSignal("level", B1, 120, ROOM))
                .hasMessage("the full level must be above 0 and at most 100 %, got 120.0");
    }
}
