package io.github.herenet.helium.examples;

import io.github.herenet.helium.thermo.StandardConditions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code helium convert}: the conversion table, or one amount of helium in every unit. */
@Command(name = "convert",
        mixinStandardHelpOptions = true,
        version = HeliumCli.VERSION,
        sortOptions = false,
        description = {
            "Converts helium between liquid litres, kilograms, moles and gas volumes, on the reference "
                    + "equation of state (real gas).",
            "Without AMOUNT, prints the conversion table for the everyday questions: a litre of liquid, "
                    + "a 47 L cylinder, boil-off per watt, flash loss."},
        footer = {
            "",
            "AMOUNT is one of:",
            "  250 L                  litres of liquid at the normal boiling point",
            "  7 m3@15C, 7 m3 @ 70F   gas at standard conditions (1 atm); 0 C without @",
            "  7 Nm3                  gas at 0 C, 1 atm",
            "  1.2 kg, 500 g, 10 mol  mass, amount of substance",
            "  14.7 MPaG 47 L 300 K   a vessel: pressure, volume (L, m3), temperature",
            "                         (K, C, F; 15 C if not given). Pressure units: MPa,",
            "                         kPa, bar, psi, atm, kgf/cm2; a G suffix means gauge",
            "                         (14.7 MPaG, 200 barg, 2000 psig), none absolute.",
            "",
            "Examples:",
            "  helium convert",
            "  helium convert 250 L",
            "  helium convert 7 m3@15C --conditions 70F",
            "  helium convert 14.7 MPaG 47 L 300 K"})
public final class ConvertCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "AMOUNT",
            description = "The amount to convert, as words, e.g. 250 L, 7 m3@15C, 1.2 kg, 14.7 MPaG 47 L 300 K.")
    private List<String> words = new ArrayList<>();

    @Option(names = "--conditions", split = ",", paramLabel = "CONDITIONS",
            converter = StandardConditionsConverter.class,
            description = "Also give gas volumes at these standard conditions (at 1 atm), e.g. 70F or 25C,288.15K.")
    private List<StandardConditions> extraConditions = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    /**
     * Prints the table, or the amount given as words.
     *
     * @return the exit code, 0
     * @throws ParameterException if the words are not an amount of helium (exit code 2)
     */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (words.isEmpty()) {
            ConversionTable.print(out, extraConditions);
            return 0;
        }
        ParsedAmount parsed;
        try {
            parsed = AmountParser.parse(words);
        } catch (AmountFormatException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        AmountReport.print(out, parsed, extraConditions);
        return 0;
    }
}
