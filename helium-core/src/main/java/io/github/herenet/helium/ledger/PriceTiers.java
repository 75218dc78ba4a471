package io.github.herenet.helium.ledger;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How a lab's recovery rate sets its price for liquid: the tier with the highest minimum rate the lab
 * reaches. A lab whose rate cannot be computed (nothing supplied) gets the tier for rate 0.
 *
 * <pre>{@code
 * PriceTiers tiers = new PriceTiers(List.of(
 *         new PriceTiers.Tier("A", 0.90, 1200), new PriceTiers.Tier("B", 0.80, 1600),
 *         new PriceTiers.Tier("C", 0.0, 2400)));
 * }</pre>
 *
 * @param tiers the tiers; one must start at rate 0, minimum rates distinct
 */
public record PriceTiers(List<Tier> tiers) {

    /**
     * One price tier.
     *
     * @param name            label, e.g. "A"
     * @param minimumRate     lowest recovery rate (0-1) that earns it
     * @param pricePerLitre   price of a litre of liquid in this tier (in the site's currency)
     */
    public record Tier(String name, double minimumRate, double pricePerLitre) {
        /** @throws IllegalArgumentException for a rate outside 0-1 or a negative price */
        public Tier {
            Objects.requireNonNull(name, "tier name");
            if (!(minimumRate >= 0 && minimumRate <= 1)) {
                throw new IllegalArgumentException("tier " + name + " minimum rate must be 0-1, got " + minimumRate);
            }
            if (!(pricePerLitre >= 0) || Double.isInfinite(pricePerLitre)) {
                throw new IllegalArgumentException("tier " + name + " price must be finite and >= 0, got " + pricePerLitre);
            }
        }
    }

    /** One tier for everybody, at {@code pricePerLitre}. */
    public static PriceTiers flat(double pricePerLitre) {
        return new PriceTiers(List.of(new Tier("flat", 0, pricePerLitre)));
    }

    /** @throws IllegalArgumentException without a tier at rate 0, or with two tiers at the same rate */
    public PriceTiers {
        tiers = tiers.stream().sorted(Comparator.comparingDouble(Tier::minimumRate).reversed()).toList();
        if (tiers.isEmpty() || tiers.get(tiers.size() - 1).minimumRate() != 0) {
            throw new IllegalArgumentException("price tiers need one starting at rate 0, got " + tiers);
        }
        if (tiers.stream().mapToDouble(Tier::minimumRate).distinct().count() != tiers.size()) {
            throw new IllegalArgumentException("price tiers need distinct minimum rates, got " + tiers);
        }
    }

    /** The tier earned by {@code recoveryRate} (empty: no rate, priced as 0). */
    public Tier tierFor(OptionalDouble recoveryRate) {
        double rate = recoveryRate.orElse(0);
        return tiers.stream().filter(t -> rate >= t.minimumRate()).findFirst().orElseThrow();
    }
}
