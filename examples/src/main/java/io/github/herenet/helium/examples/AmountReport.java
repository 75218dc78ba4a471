package io.github.herenet.helium.examples;

import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.thermo.StandardConditions;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Prints one helium amount in every unit a cryogen centre uses: {@code helium convert 250 L}. */
final class AmountReport {

    private static final int DIGITS = 4;

    private AmountReport() {
    }

    /**
     * Prints the amount.
     *
     * @param out    where to print
     * @param parsed the amount as read from the user's words
     * @param extra  standard conditions to print besides 0 C, 15 C and 20 C
     */
    static void print(PrintWriter out, ParsedAmount parsed, List<StandardConditions> extra) {
        HeliumAmount amount = parsed.amount();
        out.println(parsed.description());
        TextTable table = TextTable.withoutHeaders(3).leftAlign(2);
        table.row(List.of("mass", Fmt.sig(amount.kilograms(), DIGITS), "kg"));
        table.row(List.of("amount of substance", Fmt.sig(amount.moles(), DIGITS), "mol"));
        table.row(List.of("liquid at the normal boiling point", Fmt.sig(amount.liquidLitres(), DIGITS), "L"));
        Set<StandardConditions> gas = new LinkedHashSet<>(List.of(StandardConditions.NORMAL_0C,
                StandardConditions.STANDARD_15C, StandardConditions.STANDARD_20C));
        gas.addAll(extra);
        for (StandardConditions conditions : gas) {
            table.row(List.of("gas at " + conditions.name(), Fmt.sig(amount.gasCubicMetres(conditions), DIGITS), "m3"));
        }
        parsed.vesselFill().ifPresent(vessel -> {
            table.row(List.of("compressibility Z in the vessel", Fmt.fixed(vessel.compressibility(), 4), "-"));
            table.row(List.of("ideal-gas formula pV = nRT gives", Fmt.sig(vessel.idealGas().kilograms(), DIGITS), "kg"));
            double overstatement = vessel.idealOverstatementPercent();
            table.row(List.of(overstatement >= 0 ? "ideal gas overstates the mass by" : "ideal gas understates the mass by",
                    Fmt.fixed(Math.abs(overstatement), 2), "%"));
        });
        table.print(out);
        out.flush();
    }
}
