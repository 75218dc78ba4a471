package io.github.herenet.helium.recovery;

import io.github.herenet.helium.device.Reading;

import java.util.List;

/** The {@link CompressorSignal.BagLevel} translator: the level's zone with hysteresis, signalled on change or power-up. */
final class LevelSwitch implements ReadingTranslator<CompressorState, CompressorEvent> {

    private enum Zone { LOW, MIDDLE, HIGH }

    private final CompressorSignal.BagLevel limits;
    /** Guarded by this; null before the first reading. */
    private Zone zone;
    private boolean wasPowered;

    LevelSwitch(CompressorSignal.BagLevel limits) {
        this.limits = limits;
    }

    @Override
    public synchronized List<CompressorEvent> events(CompressorState state, Reading reading) {
        if (!Signals.of(reading, limits.channel())) {
            return List.of();
        }
        Zone next = next(Signals.percent(reading));
        boolean powered = Signals.powered(state);
        boolean signal = powered && (next != zone || !wasPowered);
        zone = next;
        wasPowered = powered;
        if (!signal || next == Zone.MIDDLE) {
            return List.of();
        }
        return List.of(next == Zone.HIGH ? new CompressorEvent.BagHigh(reading.timestamp())
                : new CompressorEvent.BagLow(reading.timestamp()));
    }

    private Zone next(double level) {
        if (level >= limits.high() || (zone == Zone.HIGH && level > limits.high() - limits.deadband())) {
            return Zone.HIGH;
        } else if (level <= limits.low() || (zone == Zone.LOW && level < limits.low() + limits.deadband())) {
            return Zone.LOW;
        }
        return Zone.MIDDLE;
    }
}
