package io.github.herenet.helium.recovery;

import io.github.herenet.helium.recovery.CompressorState.FaultKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A sensor channel of a recovery compressor and what its readings mean for the {@link CompressorMachine}:
 * the bag level ({@link BagLevel}), the discharge (cylinder) pressure ({@link DischargePressure}), the
 * suction purity ({@link SuctionPurity}) and the alarm word ({@link AlarmWord}). Each is a validated
 * configuration whose {@link #translator()} makes a {@link ReadingTranslator} for a {@link MachineDriver}.
 *
 * <p>The compressor takes every sensor signal while powered (IDLE or RUNNING) and none while OFF or in
 * FAULT, so the translators signal only while it is powered; a bag level that crossed a limit while it was
 * off is signalled once when it is powered again, as a level switch would be seen then.
 *
 * <pre>{@code
 * ReadingTranslator<CompressorState, CompressorEvent> k1 = CompressorSignal.all(
 *         new CompressorSignal.BagLevel("bagLevel", 10, 90, 2),
 *         new CompressorSignal.DischargePressure("discharge", true),
 *         new CompressorSignal.SuctionPurity("purity"),
 *         new CompressorSignal.AlarmWord("alarm", FaultKind.TEMPERATURE));
 * poller.addListener(driver.pollListener(plc, k1));
 * }</pre>
 */
public sealed interface CompressorSignal {

    /** @return the channel whose readings it translates */
    String channel();

    /**
     * A new translator for this channel; one that keeps state (the bag level's hysteresis) belongs to one driver.
     *
     * @return the translator
     */
    ReadingTranslator<CompressorState, CompressorEvent> translator();

    /**
     * One translator for several channels of one compressor.
     *
     * @param signals the channels, each named once
     * @return the combined translator (new translators of each)
     * @throws IllegalArgumentException if two signals name the same channel, or none is given
     */
    static ReadingTranslator<CompressorState, CompressorEvent> all(CompressorSignal... signals) {
        if (signals.length == 0) {
            throw new IllegalArgumentException("give at least one compressor signal");
        }
        Set<String> channels = new HashSet<>();
        List<ReadingTranslator<CompressorState, CompressorEvent>> parts = new ArrayList<>();
        for (CompressorSignal signal : signals) {
            if (!channels.add(signal.channel())) {
                throw new IllegalArgumentException("channel '" + signal.channel()
                        + "' is given to two signals; each channel may feed one signal: " + List.of(signals));
            }
            parts.add(signal.translator());
        }
        return ReadingTranslator.all(parts);
    }

    /**
     * The bag level in % full: at or above {@code high} the bag is full ({@link CompressorEvent.BagHigh}), at or
     * below {@code low} it is collapsed ({@link CompressorEvent.BagLow}). Hysteresis: once signalled, a limit
     * is signalled again only after the level has left it by more than {@code deadband}, so a level hovering
     * at a limit gives one signal, not one per reading. Readings must be in %.
     *
     * @param channel  the level channel
     * @param low      the low limit, % (0 to 100, below {@code high})
     * @param high     the high limit, % (up to 100)
     * @param deadband how far, in %, the level must leave a limit before it is signalled again (0 or more,
     *                 less than half the gap between the limits)
     */
    record BagLevel(String channel, double low, double high, double deadband) implements CompressorSignal {

        /** @throws IllegalArgumentException for a blank channel or limits that break the rules above */
        public BagLevel {
            Signals.channel(channel);
            Signals.check(low >= 0 && low < 100, "the low limit must be 0 to 100 % (exclusive)", low);
            Signals.check(high > low && high <= 100, "the high limit must be above the low limit " + low + " % and at most 100 %", high);
            Signals.check(deadband >= 0 && deadband < (high - low) / 2,
                    "the deadband must be 0 or more and less than half the gap between the limits (" + (high - low) / 2 + " %)",
                    deadband);
        }

        @Override
        public ReadingTranslator<CompressorState, CompressorEvent> translator() {
            return new LevelSwitch(this);
        }
    }

    /**
     * The discharge (cylinder) pressure: every reading while powered is a {@link CompressorEvent.CylinderPressure},
     * and the compressor stops at its fill pressure. The reading's unit is any {@link
     * io.github.herenet.helium.units.PressureUnit} symbol (MPa, bar, kPa, Pa, psi, ...); another unit is refused
     * with an {@link UnreadableReadingException}.
     *
     * @param channel the pressure channel
     * @param gauge   whether the gauge reads above the atmosphere (true) or absolute (false)
     */
    record DischargePressure(String channel, boolean gauge) implements CompressorSignal {

        /** @throws IllegalArgumentException for a blank channel */
        public DischargePressure {
            Signals.channel(channel);
        }

        @Override
        public ReadingTranslator<CompressorState, CompressorEvent> translator() {
            return (state, r) -> Signals.of(r, channel) && Signals.powered(state)
                    ? List.of(new CompressorEvent.CylinderPressure(r.timestamp(), Signals.pressure(r, gauge)))
                    : List.of();
        }
    }

    /**
     * The suction purity (helium fraction): every reading while powered is a {@link CompressorEvent.PurityRead};
     * below the compressor's limit its interlock trips. Readings in % or as a fraction (unit "" or "1").
     *
     * @param channel the purity channel
     */
    record SuctionPurity(String channel) implements CompressorSignal {

        /** @throws IllegalArgumentException for a blank channel */
        public SuctionPurity {
            Signals.channel(channel);
        }

        @Override
        public ReadingTranslator<CompressorState, CompressorEvent> translator() {
            return (state, r) -> Signals.of(r, channel) && Signals.powered(state)
                    ? List.of(new CompressorEvent.PurityRead(r.timestamp(), Signals.purity(r)))
                    : List.of();
        }
    }

    /**
     * The controller's alarm word: a non-zero word while powered trips the compressor with a
     * {@link CompressorEvent.Fault} of {@code kind} whose detail gives the word. After a reset the fault
     * trips again while the word is still set.
     *
     * @param channel the alarm-word channel (a whole number, 0 when there is no alarm)
     * @param kind    the fault it means
     */
    record AlarmWord(String channel, FaultKind kind) implements CompressorSignal {

        /** @throws IllegalArgumentException for a blank channel; NullPointerException without a kind */
        public AlarmWord {
            Signals.channel(channel);
            Objects.requireNonNull(kind, "fault kind");
        }

        @Override
        public ReadingTranslator<CompressorState, CompressorEvent> translator() {
            return (state, r) -> {
                if (!Signals.of(r, channel) || !Signals.powered(state)) {
                    return List.of();
                }
                double value = r.value();
                if (value != Math.rint(value) || value < 0 || value > 0xFFFF_FFFFL) {
                    throw new UnreadableReadingException(r, "read " + value + ", an alarm word must be a whole number 0 to 2^32-1", null);
                }
                long word = (long) value;
                return word == 0 ? List.of() : List.of(new CompressorEvent.Fault(r.timestamp(), kind,
                        String.format("alarm word 0x%04X (%d) on channel '%s'", word, word, channel)));
            };
        }
    }
}
