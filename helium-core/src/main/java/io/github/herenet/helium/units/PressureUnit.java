package io.github.herenet.helium.units;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/** Units in which pressures are entered and displayed, each with its size in pascals (Pa). */
public enum PressureUnit {
    /** Pascal. */
    PA(1.0, "Pa"),
    /** Kilopascal, 1000 Pa. */
    KPA(1.0e3, "kPa"),
    /** Megapascal, 1e6 Pa. */
    MPA(1.0e6, "MPa"),
    /** Bar, 100000 Pa. */
    BAR(1.0e5, "bar"),
    /** Standard atmosphere, 101325 Pa. */
    ATM(101_325.0, "atm"),
    /** Pound-force per square inch, 6894.757293168361 Pa. */
    PSI(6_894.757293168361, "psi"),
    /** Kilogram-force per square centimetre (technical atmosphere), 98066.5 Pa. */
    KGF_PER_CM2(98_066.5, "kgf/cm2", "kgf/cm^2", "kg/cm2"),
    /** Millibar, 100 Pa. */
    MBAR(100.0, "mbar");

    private final double pascals;
    private final String symbol;
    private final String[] aliases;

    PressureUnit(double pascals, String symbol, String... aliases) {
        this.pascals = pascals;
        this.symbol = symbol;
        this.aliases = aliases;
    }

    /**
     * Returns the size of one unit in pascals.
     *
     * @return Pa per unit, e.g. 100000 for {@link #BAR}
     */
    public double pascals() {
        return pascals;
    }

    /**
     * Returns the display symbol.
     *
     * @return the symbol, e.g. {@code "kPa"} or {@code "kgf/cm2"}
     */
    public String symbol() {
        return symbol;
    }

    /**
     * Finds the unit for a symbol, ignoring case and surrounding blanks. Besides the symbols of
     * {@link #symbol()}, {@code "kgf/cm^2"} and {@code "kg/cm2"} are accepted for {@link #KGF_PER_CM2}.
     *
     * @param symbol the unit symbol, e.g. {@code "bar"}, {@code "MPa"}, {@code "psi"}
     * @return the matching unit
     * @throws IllegalArgumentException if the symbol is unknown; the message lists the accepted symbols
     * @throws NullPointerException     if {@code symbol} is null
     */
    public static PressureUnit parse(String symbol) {
        Objects.requireNonNull(symbol, "symbol");
        String wanted = symbol.strip();
        for (PressureUnit unit : values()) {
            if (unit.symbol.equalsIgnoreCase(wanted)
                    || Arrays.stream(unit.aliases).anyMatch(wanted::equalsIgnoreCase)) {
                return unit;
            }
        }
        throw new IllegalArgumentException("unknown pressure unit '" + symbol + "'; accepted (any case): "
                + Arrays.stream(values()).map(PressureUnit::describeSymbols).collect(Collectors.joining(", ")));
    }

    private String describeSymbols() {
        return aliases.length == 0 ? symbol : symbol + " (or " + String.join(", ", aliases) + ")";
    }
}
