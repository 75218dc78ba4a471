package io.github.herenet.helium.examples;

import io.github.herenet.helium.thermo.BoilOff;
import io.github.herenet.helium.thermo.FlashLoss;
import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.thermo.HeliumEos;
import io.github.herenet.helium.thermo.SaturationState;
import io.github.herenet.helium.thermo.StandardConditions;
import io.github.herenet.helium.units.Power;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.PressureUnit;
import io.github.herenet.helium.units.Temperature;
import io.github.herenet.helium.units.Volume;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The conversion table printed by {@code helium convert} without an amount: the everyday questions of a
 * cryogen centre, every number computed on the helium reference equation of state.
 */
final class ConversionTable {

    private static final double[] LIQUID_LITRES = {1, 100, 250};
    private static final Volume CYLINDER = Volume.ofLitres(47);
    private static final double[] FILL_MEGAPASCALS_GAUGE = {14.7, 19.6};
    private static final Temperature[] FILL_TEMPERATURES = {Temperature.FIFTEEN_CELSIUS, Temperature.ofKelvin(300)};
    private static final Power ONE_WATT = Power.ofWatts(1);
    private static final double[] FLASH_FROM_KILOPASCALS = {110, 120, 150};
    private static final Pressure ATMOSPHERE = Pressure.STANDARD_ATMOSPHERE;

    private ConversionTable() {
    }

    /**
     * Prints the table.
     *
     * @param out   where to print
     * @param extra standard conditions to add to the gas-volume columns (besides 0 C and 15 C, and 20 C for
     *              liquid); duplicates of those are ignored
     */
    static void print(PrintWriter out, List<StandardConditions> extra) {
        liquid(out, conditions(extra, StandardConditions.NORMAL_0C, StandardConditions.STANDARD_15C,
                StandardConditions.STANDARD_20C));
        out.println();
        cylinder(out, conditions(extra, StandardConditions.NORMAL_0C, StandardConditions.STANDARD_15C));
        out.println();
        boilOff(out, conditions(extra, StandardConditions.NORMAL_0C, StandardConditions.STANDARD_15C));
        out.println();
        flash(out);
        out.println();
        out.println("Gas volumes are real gas (reference EOS, NIST IR 8474) at the named temperature and");
        out.println("101.325 kPa; Japan's Nm3 is 0 C. Convert any amount with e.g. 'helium convert 250 L'");
        out.println("or 'helium convert 14.7 MPaG 47 L 300 K'.");
        out.flush();
    }

    private static void liquid(PrintWriter out, List<StandardConditions> gas) {
        SaturationState nbp = HeliumEos.reference().saturationAtPressure(ATMOSPHERE.pascals());
        out.println("1. Liquid helium at the normal boiling point (" + Fmt.fixed(nbp.temperature(), 4)
                + " K, 101.325 kPa, " + Fmt.fixed(nbp.liquid().density(), 2) + " kg/m3)");
        out.println("   and the gas it gives at 1 atm (real gas)");
        List<String> headers = new ArrayList<>(List.of("liquid\n[L]", "mass\n[kg]"));
        gas.forEach(c -> headers.add("gas at " + label(c) + "\n[m3]"));
        TextTable table = new TextTable(headers);
        for (double litres : LIQUID_LITRES) {
            HeliumAmount amount = HeliumAmount.ofLiquidLitres(litres);
            List<String> row = new ArrayList<>(List.of(Fmt.fixed(litres, 0), Fmt.fixed(amount.kilograms(), 4)));
            gas.forEach(c -> row.add(Fmt.fixed(amount.gasCubicMetres(c), 4)));
            table.row(row);
        }
        table.print(out);
    }

    private static void cylinder(PrintWriter out, List<StandardConditions> gas) {
        out.println("2. A " + Fmt.plain(CYLINDER.litres()) + " L cylinder. Filling pressures are GAUGE "
                + "(Japanese cylinders: 14.7 or 19.6 MPa gauge);");
        out.println("   real gas (reference EOS) beside the ideal-gas formula pV = nRT");
        List<String> headers = new ArrayList<>(List.of("fill\n[MPaG]", "absolute\n[MPa]", "T\n[K]",
                "Z\n[-]", "real gas\n[kg]"));
        gas.forEach(c -> headers.add("gas at\n" + label(c) + "\n[m3]"));
        headers.addAll(List.of("liquid\nat NBP\n[L]", "ideal gas\n[kg]", "ideal gas\noverstates\n[%]"));
        TextTable table = new TextTable(headers);
        for (double gauge : FILL_MEGAPASCALS_GAUGE) {
            Pressure fill = Pressure.gauge(gauge, PressureUnit.MPA);
            for (Temperature temperature : FILL_TEMPERATURES) {
                VesselFill vessel = new VesselFill(CYLINDER, fill, temperature, true);
                HeliumAmount real = vessel.realGas();
                List<String> row = new ArrayList<>(List.of(Fmt.fixed(gauge, 1), Fmt.fixed(fill.megapascals(), 3),
                        Fmt.fixed(temperature.kelvin(), 2), Fmt.fixed(vessel.compressibility(), 4),
                        Fmt.fixed(real.kilograms(), 4)));
                gas.forEach(c -> row.add(Fmt.fixed(real.gasCubicMetres(c), 3)));
                row.addAll(List.of(Fmt.fixed(real.liquidLitres(), 2), Fmt.fixed(vessel.idealGas().kilograms(), 4),
                        Fmt.fixed(vessel.idealOverstatementPercent(), 1)));
                table.row(row);
            }
        }
        table.print(out);
    }

    private static void boilOff(PrintWriter out, List<StandardConditions> gas) {
        out.println("3. Boil-off of a dewar vented at 1 atm (101.325 kPa), per watt of heat leak;");
        out.println("   less gas is vented than liquid is lost, as vapour fills the space the liquid left");
        BoilOff boilOff = BoilOff.fromHeatLeak(ONE_WATT, ATMOSPHERE);
        List<String> headers = new ArrayList<>(List.of("heat leak\n[W]", "liquid lost\n[L/h]",
                "liquid lost\n[L/day]", "liquid lost\n[kg/h]"));
        gas.forEach(c -> headers.add("vented gas\nat " + label(c) + "\n[m3/h]"));
        List<String> row = new ArrayList<>(List.of(Fmt.plain(ONE_WATT.watts()),
                Fmt.fixed(boilOff.liquidLitresPerHour(), 3), Fmt.fixed(boilOff.liquidLitresPerHour() * 24, 2),
                Fmt.fixed(boilOff.liquidLoss().kilogramsPerHour(), 4)));
        gas.forEach(c -> row.add(Fmt.fixed(boilOff.ventedGas().gasCubicMetresPerHour(c), 3)));
        new TextTable(headers).row(row).print(out);
    }

    private static void flash(PrintWriter out) {
        out.println("4. Flash loss: saturated liquid throttled to 1 atm (101.325 kPa),");
        out.println("   e.g. a dewar vented after a transfer");
        TextTable table = new TextTable(List.of("from\n[kPa abs]", "saturated at\n[K]", "flashes to gas\n[% of mass]"));
        for (double kilopascals : FLASH_FROM_KILOPASCALS) {
            Pressure from = Pressure.ofKilopascals(kilopascals);
            double saturation = HeliumEos.reference().saturationAtPressure(from.pascals()).temperature();
            table.row(List.of(Fmt.fixed(kilopascals, 0), Fmt.fixed(saturation, 3),
                    Fmt.fixed(FlashLoss.fraction(from, ATMOSPHERE) * 100, 1)));
        }
        table.print(out);
    }

    /** The standard columns followed by the extra ones, without duplicates. */
    private static List<StandardConditions> conditions(List<StandardConditions> extra, StandardConditions... standard) {
        Set<StandardConditions> all = new LinkedHashSet<>(List.of(standard));
        all.addAll(extra);
        return List.copyOf(all);
    }

    /**
     * A short column label: {@code "15 C"} for 15 C at 101.325 kPa, the full name at other pressures.
     *
     * @param conditions the standard conditions
     * @return the label
     */
    static String label(StandardConditions conditions) {
        String name = conditions.name();
        String atmosphere = ", 101.325 kPa";
        return name.endsWith(atmosphere) ? name.substring(0, name.length() - atmosphere.length()) : name;
    }
}
