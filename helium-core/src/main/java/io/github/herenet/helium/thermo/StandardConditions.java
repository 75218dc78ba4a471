package io.github.herenet.helium.thermo;

import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Temperature;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference conditions a gas volume is stated at. A "cubic metre of helium" means nothing until
 * its conditions are named: Japan's Nm3 is at 0 C and 101.325 kPa, others use 15 C, 20 C or 70 F.
 * Immutable.
 *
 * @param name        a short label, e.g. {@code "0 C, 101.325 kPa"}
 * @param temperature the reference temperature
 * @param pressure    the reference (absolute) pressure
 */
public record StandardConditions(String name, Temperature temperature, Pressure pressure) {

    /** 0 C and 101.325 kPa: the normal cubic metre (Nm3) used in Japan. */
    public static final StandardConditions NORMAL_0C = of(Temperature.ZERO_CELSIUS, Pressure.STANDARD_ATMOSPHERE);
    /** 15 C and 101.325 kPa (ISO 13443 standard conditions). */
    public static final StandardConditions STANDARD_15C = of(Temperature.FIFTEEN_CELSIUS, Pressure.STANDARD_ATMOSPHERE);
    /** 20 C and 101.325 kPa. */
    public static final StandardConditions STANDARD_20C = of(Temperature.TWENTY_CELSIUS, Pressure.STANDARD_ATMOSPHERE);
    /** 70 F (21.11 C) and 1 atm: the US gas industry's standard cubic foot conditions. */
    public static final StandardConditions STANDARD_70F = new StandardConditions("70 F, 101.325 kPa",
            Temperature.ofFahrenheit(70), Pressure.STANDARD_ATMOSPHERE);

    private static final Pattern TEMPERATURE = Pattern.compile("\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*([CFK])\\s*");

    /**
     * Validates the conditions: the gas must be a gas there (within the EOS range).
     *
     * @throws NullPointerException if any component is null
     * @throws EosRangeException    if the temperature or pressure is outside the reference EOS
     */
    public StandardConditions {
        if (name == null || temperature == null || pressure == null) {
            throw new NullPointerException("standard conditions need a name, a temperature and a pressure");
        }
        HeliumEos.checkTemperature(temperature.kelvin());
        HeliumEos.checkPressure(pressure.pascals());
    }

    /** Custom conditions, named after their values (e.g. {@code "10 C, 100 kPa"}). */
    public static StandardConditions of(Temperature temperature, Pressure pressure) {
        return new StandardConditions(format(temperature.celsius()) + " C, " + format(pressure.kilopascals()) + " kPa",
                temperature, pressure);
    }

    /**
     * Conditions at 101.325 kPa and a temperature written like {@code "0C"}, {@code "15 C"},
     * {@code "70F"} or {@code "288.15K"}.
     *
     * @throws IllegalArgumentException for any other text, naming what is accepted
     */
    public static StandardConditions parse(String text) {
        Matcher m = TEMPERATURE.matcher(text == null ? "" : text.toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read standard conditions '" + text
                    + "': expected a temperature such as 0C, 15C, 20C, 70F or 288.15K (at 101.325 kPa)");
        }
        double value = Double.parseDouble(m.group(1));
        Temperature t = switch (m.group(2)) {
            case "C" -> Temperature.ofCelsius(value);
            case "F" -> Temperature.ofFahrenheit(value);
            default -> Temperature.ofKelvin(value);
        };
        for (StandardConditions known : new StandardConditions[]{NORMAL_0C, STANDARD_15C, STANDARD_20C, STANDARD_70F}) {
            if (Math.abs(known.temperature.kelvin() - t.kelvin()) < 1e-9) {
                return known;
            }
        }
        return of(t, Pressure.STANDARD_ATMOSPHERE);
    }

    /** Density of helium gas at these conditions from the reference EOS (real gas), kg/m3. */
    public double gasDensity() {
        return HeliumEos.reference().density(temperature.kelvin(), pressure.pascals());
    }

    @Override
    public String toString() {
        return name;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
