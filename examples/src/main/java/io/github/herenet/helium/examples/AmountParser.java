package io.github.herenet.helium.examples;

import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.thermo.StandardConditions;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.PressureUnit;
import io.github.herenet.helium.units.Temperature;
import io.github.herenet.helium.units.Volume;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount of helium written the way people in a cryogen centre say it.
 *
 * <ul>
 *   <li>{@code 250 L} (also {@code litre(s)}, {@code liter(s)}): liquid litres at the normal boiling point</li>
 *   <li>{@code 7 m3}, {@code 7 m3@15C}, {@code 7 m3 @ 70F}: gas cubic metres at standard conditions
 *       (any that {@link StandardConditions#parse(String)} reads; 0 C, 101.325 kPa without {@code @});
 *       {@code 7 Nm3} is gas at 0 C, 101.325 kPa</li>
 *   <li>{@code 1.2 kg}, {@code 500 g}: mass; {@code 10 mol}, {@code 0.5 kmol}: amount of substance</li>
 *   <li>{@code 14.7 MPa 47 L 300 K}: a vessel of 47 L filled to 14.7 MPa at 300 K, in any order. The pressure
 *       unit is one of {@link PressureUnit} ({@code MPa}, {@code kPa}, {@code bar}, {@code psi}, {@code atm},
 *       {@code kgf/cm2}, ...); a {@code G}/{@code g} suffix means gauge ({@code 14.7 MPaG}, {@code 200 barg},
 *       {@code 2000 psig}), an {@code A}/{@code a} suffix explicitly absolute ({@code psia}, {@code bara}).
 *       The volume is in {@code L} or {@code m3}, the temperature in {@code K}, {@code C} or {@code F}
 *       (15 C if not given).</li>
 * </ul>
 *
 * <p>Numbers use a dot as decimal separator and may have an exponent ({@code 1.5e3 L}); a number and its
 * unit may be written together ({@code 250L}, {@code 14.7MPaG}). Anything else is rejected with an
 * {@link AmountFormatException} whose message is meant for the user.
 */
public final class AmountParser {

    /** The examples every "cannot read" message ends with. */
    public static final String EXPECTED = "expected e.g. '250 L', '7 m3@15C', '1.2 kg', '14.7 MPa 47 L 300 K'";

    private static final String VESSEL_EXAMPLE = "e.g. '14.7 MPaG 47 L 300 K'";

    private static final Pattern QUANTITY = Pattern.compile(
            "\\G\\s*(?<number>[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*"
                    + "(?<unit>[A-Za-z\u00b0][A-Za-z0-9/^\u00b0]*)\\s*");

    private static final Temperature DEFAULT_VESSEL_TEMPERATURE = Temperature.FIFTEEN_CELSIUS;

    private AmountParser() {
    }

    /** What a unit makes of the number in front of it. */
    private enum Kind {
        LITRES, CUBIC_METRES, NORMAL_CUBIC_METRES, KILOGRAMS, GRAMS, MOLES, KILOMOLES, PRESSURE,
        KELVIN, CELSIUS, FAHRENHEIT;

        boolean isVolume() {
            return this == LITRES || this == CUBIC_METRES;
        }

        boolean isTemperature() {
            return this == KELVIN || this == CELSIUS || this == FAHRENHEIT;
        }
    }

    /** One number with its unit, e.g. {@code 14.7 MPaG}. */
    private record Quantity(String text, double value, String number, Kind kind, PressureUnit pressureUnit,
                            boolean gauge) {
    }

    /**
     * Reads the words as one helium amount.
     *
     * @param words the words, e.g. {@code ["14.7", "MPaG", "47", "L"]}; they are joined with blanks
     * @return the amount
     * @throws AmountFormatException if the words are not an amount, or the amount is not physical
     */
    public static HeliumAmount parseAmount(List<String> words) {
        return parse(words).amount();
    }

    /**
     * Reads the words as one helium amount, keeping how they were understood.
     *
     * @param words the words, e.g. {@code ["7", "m3@15C"]}; they are joined with blanks
     * @return the amount with its description (and the vessel filling, for a vessel)
     * @throws AmountFormatException if the words are not an amount, or the amount is not physical
     */
    public static ParsedAmount parse(List<String> words) {
        Objects.requireNonNull(words, "words");
        return parse(String.join(" ", words));
    }

    /**
     * Reads the text as one helium amount.
     *
     * @param text the text, e.g. {@code "250 L"} or {@code "2000 psig 49 L 70 F"}
     * @return the amount with its description (and the vessel filling, for a vessel)
     * @throws AmountFormatException if the text is not an amount, or the amount is not physical
     */
    public static ParsedAmount parse(String text) {
        Objects.requireNonNull(text, "text");
        String input = text.strip().replaceAll("\\s+", " ");
        if (input.isEmpty()) {
            throw new AmountFormatException(input, "no amount given; " + EXPECTED);
        }
        try {
            return read(input);
        } catch (AmountFormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            // a value the physics rejects: negative volume, temperature outside the EOS range, unknown conditions
            throw new AmountFormatException(input, e.getMessage());
        }
    }

    private static ParsedAmount read(String input) {
        String quantities = input;
        StandardConditions conditions = null;
        int at = input.indexOf('@');
        if (at >= 0) {
            if (input.indexOf('@', at + 1) >= 0) {
                throw new AmountFormatException(input, "more than one '@'; " + EXPECTED);
            }
            quantities = input.substring(0, at);
            String conditionsText = input.substring(at + 1).strip();
            if (conditionsText.isEmpty()) {
                throw new AmountFormatException(input,
                        "'@' must be followed by standard conditions, e.g. '7 m3@15C' or '7 m3 @ 0C'");
            }
            conditions = StandardConditions.parse(conditionsText);
        }
        List<Quantity> found = quantities(input, quantities);
        boolean vessel = found.stream().anyMatch(q -> q.kind() == Kind.PRESSURE || q.kind().isTemperature());
        if (vessel) {
            if (conditions != null) {
                throw new AmountFormatException(input, "'@ conditions' belongs to a gas volume in m3 like "
                        + "'7 m3@15C', not to a vessel " + VESSEL_EXAMPLE);
            }
            return vessel(input, found);
        }
        if (found.size() != 1) {
            throw new AmountFormatException(input, "give one amount, or a pressure, a volume and a temperature "
                    + "for a vessel; " + EXPECTED);
        }
        return single(input, found.get(0), conditions);
    }

    private static List<Quantity> quantities(String input, String text) {
        List<Quantity> found = new ArrayList<>();
        Matcher matcher = QUANTITY.matcher(text);
        int end = 0;
        while (end < text.length() && matcher.find()) {
            found.add(quantity(input, matcher.group("number"), matcher.group("unit")));
            end = matcher.end();
        }
        if (found.isEmpty() || end < text.length()) {
            throw new AmountFormatException(input, EXPECTED);
        }
        return found;
    }

    private static Quantity quantity(String input, String number, String unit) {
        double value = Double.parseDouble(number);
        String text = number + " " + unit;
        Kind kind = switch (unit.toLowerCase(Locale.ROOT)) {
            case "l", "litre", "litres", "liter", "liters" -> Kind.LITRES;
            case "m3", "m^3" -> Kind.CUBIC_METRES;
            case "nm3", "nm^3" -> Kind.NORMAL_CUBIC_METRES;
            case "kg" -> Kind.KILOGRAMS;
            case "g" -> Kind.GRAMS;
            case "mol" -> Kind.MOLES;
            case "kmol" -> Kind.KILOMOLES;
            case "k" -> Kind.KELVIN;
            case "c", "\u00b0c", "degc" -> Kind.CELSIUS;
            case "f", "\u00b0f", "degf" -> Kind.FAHRENHEIT;
            default -> null;
        };
        if (kind != null) {
            return new Quantity(text, value, number, kind, null, false);
        }
        PressureUnit pressureUnit = pressureUnit(unit);
        if (pressureUnit != null) {
            return new Quantity(text, value, number, Kind.PRESSURE, pressureUnit, false);
        }
        char last = unit.charAt(unit.length() - 1);
        String stem = unit.substring(0, unit.length() - 1);
        if ((last == 'g' || last == 'G') && (pressureUnit = pressureUnit(stem)) != null) {
            return new Quantity(text, value, number, Kind.PRESSURE, pressureUnit, true);
        }
        if ((last == 'a' || last == 'A') && (pressureUnit = pressureUnit(stem)) != null) {
            return new Quantity(text, value, number, Kind.PRESSURE, pressureUnit, false);
        }
        throw new AmountFormatException(input, EXPECTED);
    }

    private static PressureUnit pressureUnit(String symbol) {
        if (symbol.isEmpty()) {
            return null;
        }
        try {
            return PressureUnit.parse(symbol);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ParsedAmount single(String input, Quantity q, StandardConditions conditions) {
        if (conditions != null && q.kind() != Kind.CUBIC_METRES) {
            throw new AmountFormatException(input, "'@ conditions' belongs to a gas volume in m3 like '7 m3@15C'"
                    + (q.kind() == Kind.LITRES ? "; '" + q.text() + "' alone means litres of liquid helium" : ""));
        }
        switch (q.kind()) {
            case LITRES:
                return new ParsedAmount(HeliumAmount.ofLiquidLitres(q.value()),
                        q.number() + " L of liquid helium at the normal boiling point (101.325 kPa)", null);
            case CUBIC_METRES:
            case NORMAL_CUBIC_METRES: {
                StandardConditions at = conditions == null ? StandardConditions.NORMAL_0C : conditions;
                return new ParsedAmount(HeliumAmount.ofGasCubicMetres(q.value(), at),
                        q.number() + " m3 of helium gas at " + at.name(), null);
            }
            case KILOGRAMS:
                return new ParsedAmount(HeliumAmount.ofKilograms(q.value()), q.number() + " kg of helium", null);
            case GRAMS:
                return new ParsedAmount(HeliumAmount.ofKilograms(q.value() / 1000.0),
                        q.number() + " g of helium", null);
            case MOLES:
                return new ParsedAmount(HeliumAmount.ofMoles(q.value()), q.number() + " mol of helium", null);
            case KILOMOLES:
                return new ParsedAmount(HeliumAmount.ofMoles(q.value() * 1000.0),
                        q.number() + " kmol of helium", null);
            default:
                throw new AmountFormatException(input, EXPECTED);
        }
    }

    private static ParsedAmount vessel(String input, List<Quantity> found) {
        Quantity pressure = null;
        Quantity volume = null;
        Quantity temperature = null;
        for (Quantity q : found) {
            if (q.kind() == Kind.PRESSURE) {
                pressure = onlyOne(input, pressure, q, "pressure");
            } else if (q.kind().isVolume()) {
                volume = onlyOne(input, volume, q, "volume");
            } else if (q.kind().isTemperature()) {
                temperature = onlyOne(input, temperature, q, "temperature");
            } else {
                throw new AmountFormatException(input, "'" + q.text() + "' does not belong to a vessel, which is "
                        + "a pressure, a volume in L or m3 and a temperature, " + VESSEL_EXAMPLE);
            }
        }
        if (pressure == null) {
            throw new AmountFormatException(input, "a vessel needs a pressure with its unit, " + VESSEL_EXAMPLE);
        }
        if (volume == null) {
            throw new AmountFormatException(input, "a vessel needs a volume in L or m3, " + VESSEL_EXAMPLE);
        }
        Volume vesselVolume = volume.kind() == Kind.LITRES
                ? Volume.ofLitres(volume.value()) : Volume.ofCubicMetres(volume.value());
        Pressure vesselPressure = pressure.gauge()
                ? Pressure.gauge(pressure.value(), pressure.pressureUnit())
                : Pressure.absolute(pressure.value(), pressure.pressureUnit());
        Temperature vesselTemperature = temperature == null ? DEFAULT_VESSEL_TEMPERATURE : switch (temperature.kind()) {
            case KELVIN -> Temperature.ofKelvin(temperature.value());
            case CELSIUS -> Temperature.ofCelsius(temperature.value());
            default -> Temperature.ofFahrenheit(temperature.value());
        };
        VesselFill fill = new VesselFill(vesselVolume, vesselPressure, vesselTemperature, temperature != null);
        HeliumAmount real = fill.realGas(); // fails here, not later, if the state is outside the EOS range

        String unit = pressure.pressureUnit().symbol();
        String pressureText = pressure.gauge()
                ? pressure.number() + " " + unit + " gauge (" + Fmt.plain(vesselPressure.in(pressure.pressureUnit()), 6)
                        + " " + unit + " absolute)"
                : pressure.number() + " " + unit + " absolute";
        String temperatureText = temperature == null ? "15 C (default; give e.g. '300 K' or '27 C')"
                : temperature.number() + " " + unitSymbol(temperature.kind());
        String volumeText = volume.number() + (volume.kind() == Kind.LITRES ? " L" : " m3");
        return new ParsedAmount(real, "a " + volumeText + " vessel at " + pressureText + " and " + temperatureText,
                fill);
    }

    private static Quantity onlyOne(String input, Quantity earlier, Quantity next, String what) {
        if (earlier != null) {
            throw new AmountFormatException(input, "more than one " + what + " ('" + earlier.text() + "' and '"
                    + next.text() + "'); a vessel is one pressure, one volume and one temperature, "
                    + VESSEL_EXAMPLE);
        }
        return next;
    }

    private static String unitSymbol(Kind kind) {
        return switch (kind) {
            case KELVIN -> "K";
            case CELSIUS -> "C";
            default -> "F";
        };
    }
}
