package io.github.herenet.helium.inventory;

/**
 * The helium mole fraction of a batch of gas (bag, cylinder, shipment): 1 is pure helium, 0.8 is the
 * lowest ISSP accepts. Air drawn into a bag or a leaky line lowers it; the liquefier needs it high.
 *
 * @param heliumMoleFraction helium mole fraction, {@code 0 < x <= 1}
 */
public record Purity(double heliumMoleFraction) implements Comparable<Purity> {

    /** Pure helium. */
    public static final Purity PURE = new Purity(1);

    /**
     * Validates the fraction.
     *
     * @throws IllegalArgumentException unless {@code 0 < x <= 1}
     */
    public Purity {
        if (!(heliumMoleFraction > 0 && heliumMoleFraction <= 1)) {
            throw new IllegalArgumentException("helium mole fraction must be > 0 and <= 1, got " + heliumMoleFraction);
        }
    }

    /** Purity from a percentage, e.g. {@code 99.995}. */
    public static Purity ofPercent(double percent) {
        return new Purity(percent / 100);
    }

    /** The helium mole fraction in percent. */
    public double percent() {
        return heliumMoleFraction * 100;
    }

    @Override
    public int compareTo(Purity other) {
        return Double.compare(heliumMoleFraction, other.heliumMoleFraction);
    }

    @Override
    public String toString() {
        return percent() + " % He";
    }
}
