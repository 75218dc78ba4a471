package io.github.herenet.helium.recovery;

import io.github.herenet.helium.device.Reading;
import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.PressureUnit;
import io.github.herenet.helium.units.Volume;

import java.util.Locale;
import java.util.function.DoubleFunction;

/** The checks and unit conversions the ready-made translators share. */
final class Signals {

    private Signals() {
    }

    /** A channel name, checked. */
    static String channel(String channel) {
        return PhaseMachine.id(channel, "the channel");
    }

    /** Refuses {@code value} unless {@code ok}, saying {@code what} must be. */
    static void check(boolean ok, String what, double value) {
        if (!ok) {
            throw new IllegalArgumentException(what + ", got " + value);
        }
    }

    /** Whether the reading is of {@code channel}. */
    static boolean of(Reading reading, String channel) {
        return reading.channel().equals(channel);
    }

    /** Whether the compressor is powered (IDLE or RUNNING), the phases that take sensor signals. */
    static boolean powered(CompressorState state) {
        return state.phase() == CompressorState.Phase.IDLE || state.phase() == CompressorState.Phase.RUNNING;
    }

    /** A level in percent; the reading must be in %. */
    static double percent(Reading reading) {
        if (!reading.unit().strip().equals("%")) {
            throw new UnreadableReadingException(reading, "reads in '" + reading.unit() + "', a level must be in %", null);
        }
        return reading.value();
    }

    /** A pressure in the reading's unit, gauge or absolute. */
    static Pressure pressure(Reading reading, boolean gauge) {
        PressureUnit unit;
        try {
            unit = PressureUnit.parse(reading.unit());
        } catch (IllegalArgumentException e) {
            throw new UnreadableReadingException(reading, "reads in '" + reading.unit() + "', not a pressure unit: " + e.getMessage(), e);
        }
        return quantity(reading, v -> gauge ? Pressure.gauge(v, unit) : Pressure.absolute(v, unit));
    }

    /** A helium purity: in % or as a fraction (unit "" or "1"). */
    static Purity purity(Reading reading) {
        String unit = reading.unit().strip();
        if (unit.equals("%")) {
            return quantity(reading, Purity::ofPercent);
        } else if (unit.isEmpty() || unit.equals("1")) {
            return quantity(reading, Purity::new);
        }
        throw new UnreadableReadingException(reading, "reads in '" + reading.unit() + "', a purity must be in % or a fraction (unit '' or '1')", null);
    }

    /** A gas volume: in m3, L, or % of {@code capacity}. */
    static Volume volume(Reading reading, Volume capacity) {
        String unit = reading.unit().strip().toLowerCase(Locale.ROOT);
        if (unit.equals("%")) {
            return quantity(reading, v -> Volume.ofCubicMetres(capacity.cubicMetres() * v / 100));
        } else if (unit.equals("m3") || unit.equals("m^3")) {
            return quantity(reading, Volume::ofCubicMetres);
        } else if (unit.equals("l")) {
            return quantity(reading, Volume::ofLitres);
        }
        throw new UnreadableReadingException(reading, "reads in '" + reading.unit() + "', a bag level must be in %, m3 or L", null);
    }

    /** {@code make} applied to the reading's value; a value it refuses makes the reading unreadable. */
    private static <Q> Q quantity(Reading reading, DoubleFunction<Q> make) {
        try {
            return make.apply(reading.value());
        } catch (IllegalArgumentException e) {
            throw new UnreadableReadingException(reading, "read " + reading.value() + " " + reading.unit() + ": " + e.getMessage(), e);
        }
    }
}
