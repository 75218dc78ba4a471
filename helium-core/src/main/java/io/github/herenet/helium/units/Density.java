package io.github.herenet.helium.units;

/**
 * A mass density, stored in kilograms per cubic metre (kg/m3).
 *
 * @param kilogramsPerCubicMetre the density in kg/m3; finite and {@code >= 0}
 */
public record Density(double kilogramsPerCubicMetre) implements Comparable<Density> {

    /**
     * Validates the density.
     *
     * @param kilogramsPerCubicMetre the density in kg/m3
     * @throws InvalidQuantityException if {@code kilogramsPerCubicMetre} is not finite or is negative
     */
    public Density {
        kilogramsPerCubicMetre = Checks.finiteNonNegative("density", kilogramsPerCubicMetre, "kg/m3");
    }

    /**
     * Creates a density from kilograms per cubic metre.
     *
     * @param kilogramsPerCubicMetre density in kg/m3; finite and {@code >= 0}
     * @return the density
     * @throws InvalidQuantityException if the value is not finite or negative
     */
    public static Density ofKilogramsPerCubicMetre(double kilogramsPerCubicMetre) {
        return new Density(kilogramsPerCubicMetre);
    }

    /**
     * Creates a density from grams per litre (numerically equal to kg/m3).
     *
     * @param gramsPerLitre density in g/L; finite and {@code >= 0}
     * @return the density
     * @throws InvalidQuantityException if the value is not finite or negative (message in g/L)
     */
    public static Density ofGramsPerLitre(double gramsPerLitre) {
        return new Density(Checks.finiteNonNegative("density", gramsPerLitre, "g/L"));
    }

    /**
     * Creates a density from a molar density and a molar mass (kg/m3 = mol/m3 * kg/mol).
     *
     * @param molPerM3          molar density in mol/m3; finite and {@code >= 0}
     * @param molarMassKgPerMol molar mass in kg/mol; finite and {@code > 0} (helium-4: 0.004002602)
     * @return the density
     * @throws InvalidQuantityException if either value is out of range
     */
    public static Density ofMolesPerCubicMetre(double molPerM3, double molarMassKgPerMol) {
        Checks.finiteNonNegative("molar density", molPerM3, "mol/m3");
        Checks.finitePositive("molar mass", molarMassKgPerMol, "kg/mol");
        return new Density(molPerM3 * molarMassKgPerMol);
    }

    /**
     * Returns the molar density for the given molar mass (mol/m3 = kg/m3 / kg/mol).
     *
     * @param molarMassKgPerMol molar mass in kg/mol; finite and {@code > 0}
     * @return molar density in mol/m3
     * @throws InvalidQuantityException if the molar mass is not finite or not positive
     */
    public double molesPerCubicMetre(double molarMassKgPerMol) {
        return kilogramsPerCubicMetre / Checks.finitePositive("molar mass", molarMassKgPerMol, "kg/mol");
    }

    /**
     * Orders densities from low to high.
     *
     * @param other the density to compare with
     * @return negative, zero or positive as this is lower, equal or higher
     */
    @Override
    public int compareTo(Density other) {
        return Double.compare(kilogramsPerCubicMetre, other.kilogramsPerCubicMetre);
    }

    /**
     * Returns the value in kilograms per cubic metre with its unit, e.g. {@code "125.0 kg/m3"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return kilogramsPerCubicMetre + " kg/m3";
    }
}
