package io.github.herenet.helium.thermo;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The published coefficients of the helium-4 reference equation of state, read once from the
 * fluid file shipped with this package (CoolProp 8.0.0's {@code Helium.json}, a transcription of
 * NIST IR 8474 with its Chebyshev superancillaries). Not thread-confined: all fields are final.
 */
final class ReferenceData {

    static final String RESOURCE = "Helium_CoolProp-8.0.0.json";

    final double gasConstant;
    final double molarMass;
    final double reducingTemperature;
    final double reducingMolarDensity;
    final double leadA1;
    final double leadA2;
    final double logTau;
    final double offsetA1;
    final double offsetA2;
    final ResidualHelmholtz residual;
    final Superancillary superancillary;
    final SaturationAncillary liquidDensityAncillary;
    final SaturationAncillary vapourDensityAncillary;
    final double simonA;
    final double simonC;
    final double simonP0;
    final double simonT0;

    private ReferenceData(JsonObject root) {
        JsonObject eos = root.getJsonArray("EOS").getJsonObject(0);
        gasConstant = number(eos, "gas_constant");
        molarMass = number(eos, "molar_mass");
        JsonObject reducing = eos.getJsonObject("STATES").getJsonObject("reducing");
        reducingTemperature = number(reducing, "T");
        reducingMolarDensity = number(reducing, "rhomolar");

        JsonObject lead = term(eos.getJsonArray("alpha0"), "IdealGasHelmholtzLead");
        leadA1 = number(lead, "a1");
        leadA2 = number(lead, "a2");
        logTau = number(term(eos.getJsonArray("alpha0"), "IdealGasHelmholtzLogTau"), "a");
        JsonObject offset = term(eos.getJsonArray("alpha0"), "IdealGasHelmholtzEnthalpyEntropyOffset");
        offsetA1 = number(offset, "a1");
        offsetA2 = number(offset, "a2");

        JsonArray alphar = eos.getJsonArray("alphar");
        JsonObject power = term(alphar, "ResidualHelmholtzPower");
        JsonObject gauss = term(alphar, "ResidualHelmholtzGaussian");
        residual = new ResidualHelmholtz(
                doubles(power, "n"), doubles(power, "t"), ints(power, "d"), ints(power, "l"),
                doubles(gauss, "n"), doubles(gauss, "t"), ints(gauss, "d"),
                doubles(gauss, "eta"), doubles(gauss, "epsilon"), doubles(gauss, "beta"), doubles(gauss, "gamma"));

        JsonObject sa = eos.getJsonObject("SUPERANCILLARY");
        superancillary = new Superancillary(
                expansions(sa.getJsonArray("jexpansions_p")),
                expansions(sa.getJsonArray("jexpansions_rhoL")),
                expansions(sa.getJsonArray("jexpansions_rhoV")),
                number(sa.getJsonObject("meta"), "Tcrittrue / K"),
                number(sa.getJsonObject("meta"), "rhocrittrue / mol/m^3"));

        JsonObject ancillaries = root.getJsonObject("ANCILLARIES");
        liquidDensityAncillary = ancillary(ancillaries.getJsonObject("rhoL"), false);
        vapourDensityAncillary = ancillary(ancillaries.getJsonObject("rhoV"), true);

        JsonObject simon = ancillaries.getJsonObject("melting_line").getJsonArray("parts").getJsonObject(0);
        simonA = number(simon, "a");
        simonC = number(simon, "c");
        simonP0 = number(simon, "p_0");
        simonT0 = number(simon, "T_0");
    }

    /** Reads the shipped fluid file; fails loudly if the jar is broken. */
    static ReferenceData load() {
        try (InputStream in = ReferenceData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("helium reference data " + RESOURCE + " is missing from the class path");
            }
            try (JsonReader reader = Json.createReader(in)) {
                return new ReferenceData(reader.readObject());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read helium reference data " + RESOURCE, e);
        }
    }

    private static SaturationAncillary ancillary(JsonObject o, boolean exponential) {
        return new SaturationAncillary(number(o, "reducing_value"), number(o, "T_r"),
                doubles(o, "n"), doubles(o, "t"), exponential);
    }

    private static JsonObject term(JsonArray terms, String type) {
        for (JsonValue v : terms) {
            JsonObject o = v.asJsonObject();
            if (type.equals(o.getString("type"))) {
                return o;
            }
        }
        throw new IllegalStateException("helium reference data has no term of type " + type);
    }

    private static List<Superancillary.Expansion> expansions(JsonArray array) {
        return array.stream().map(JsonValue::asJsonObject)
                .map(o -> new Superancillary.Expansion(number(o, "xmin"), number(o, "xmax"), doubles(o, "coef")))
                .toList();
    }

    private static double number(JsonObject o, String key) {
        return o.getJsonNumber(key).doubleValue();
    }

    private static double[] doubles(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(JsonNumber.class).stream().mapToDouble(JsonNumber::doubleValue).toArray();
    }

    private static int[] ints(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(JsonNumber.class).stream().mapToInt(JsonNumber::intValueExact).toArray();
    }
}
