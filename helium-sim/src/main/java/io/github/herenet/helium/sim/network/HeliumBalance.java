package io.github.herenet.helium.sim.network;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The simulation's true physical helium account, kg, kept independently of the ledger: helium in (the stock
 * at the start and everything purchased) = helium out (taken out of the network) + stock (every vessel, bag,
 * line and the hub's gas store, in transit or not) + losses by cause.
 *
 * @param inKg    stock at the start plus purchases
 * @param outKg   helium that left the network other than as a loss (none in the shipped scenarios)
 * @param stockKg helium in the network now
 * @param lossesKg losses by cause (every cause present, zero if none)
 */
public record HeliumBalance(double inKg, double outKg, double stockKg, Map<LossCause, Double> lossesKg) {

    /** The relative tolerance of {@link #conserved()}. */
    public static final double TOLERANCE = 1e-9;

    /** @throws NullPointerException without losses */
    public HeliumBalance {
        Objects.requireNonNull(lossesKg, "lossesKg");
        EnumMap<LossCause, Double> all = new EnumMap<>(LossCause.class);
        for (LossCause cause : LossCause.values()) {
            all.put(cause, lossesKg.getOrDefault(cause, 0.0));
        }
        lossesKg = Collections.unmodifiableMap(all);
    }

    /** All losses, kg. */
    public double totalLossesKg() {
        return lossesKg.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** In - out - stock - losses, kg: zero when helium is conserved. */
    public double imbalanceKg() {
        return inKg - outKg - stockKg - totalLossesKg();
    }

    /** Whether |imbalance| is within {@link #TOLERANCE} of the helium in. */
    public boolean conserved() {
        return Math.abs(imbalanceKg()) <= TOLERANCE * Math.max(inKg, Double.MIN_NORMAL);
    }

    /** The losses of one cause, kg. */
    public double lossKg(LossCause cause) {
        return lossesKg.get(cause);
    }
}
