package io.github.herenet.helium.ledger;

import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.thermo.StandardConditions;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One month of helium accounting, per lab, per site and for the network, the way Japanese cryogen
 * centres survey it: supplied liquid, recovered gas, the change in inventory, losses, and the recovery
 * rate = recovered / (supplied - (inventory at the end - inventory at the start)), supplied being liquid
 * delivered less liquid returned, which sets each lab's
 * price tier. Amounts are helium masses; {@link Line} converts them to gas m3 at the report's standard
 * conditions and to liquid litres. Immutable.
 *
 * @param month      the month
 * @param zone       the time zone whose calendar month it is
 * @param conditions the standard conditions gas volumes are stated at
 * @param labs       one line per lab
 * @param sites      one line per site: its labs together, and the vents recorded at the site
 * @param network    the whole network: every lab, and every recorded vent
 */
public record MonthlyReport(YearMonth month, ZoneId zone, StandardConditions conditions, List<Line> labs,
                            List<Line> sites, Line network) {

    /** What a line is about. */
    public enum Scope { LAB, SITE, NETWORK }

    /** @throws NullPointerException if a part is missing */
    public MonthlyReport {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(conditions, "conditions");
        labs = List.copyOf(labs);
        sites = List.copyOf(sites);
        Objects.requireNonNull(network, "network");
    }

    /** The line of the lab with this id. */
    public Line lab(String id) {
        return find(labs, id);
    }

    /** The line of the site with this id. */
    public Line site(String id) {
        return find(sites, id);
    }

    private static Line find(List<Line> lines, String id) {
        return lines.stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no line for '" + id + "' in the report"));
    }

    /**
     * One lab's, site's or the network's month.
     *
     * @param scope          lab, site or network
     * @param id             the lab's or site's id ("network" for the network)
     * @param delivered      liquid delivered in dewars
     * @param returned       liquid left in dewars returned (credited back)
     * @param recovered      gas recovered (meter totals, counted as 100 % helium)
     * @param inventoryStart helium in stock at the start of the month (latest counts)
     * @param inventoryEnd   helium in stock at the end of the month
     * @param losses         helium vented or lost, as recorded
     * @param tier           the price tier the recovery rate earns
     */
    public record Line(Scope scope, String id, HeliumAmount delivered, HeliumAmount returned, HeliumAmount recovered,
                       HeliumAmount inventoryStart, HeliumAmount inventoryEnd, HeliumAmount losses,
                       PriceTiers.Tier tier) {

        /** @throws NullPointerException if a part is missing */
        public Line {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(delivered, "delivered");
            Objects.requireNonNull(returned, "returned");
            Objects.requireNonNull(recovered, "recovered");
            Objects.requireNonNull(inventoryStart, "inventory at start");
            Objects.requireNonNull(inventoryEnd, "inventory at end");
            Objects.requireNonNull(losses, "losses");
            Objects.requireNonNull(tier, "tier");
        }

        /** A line whose tier is the one its own recovery rate earns in {@code tiers}. */
        public static Line priced(Scope scope, String id, HeliumAmount delivered, HeliumAmount returned,
                                  HeliumAmount recovered, HeliumAmount inventoryStart, HeliumAmount inventoryEnd,
                                  HeliumAmount losses, PriceTiers tiers) {
            double consumed = delivered.kilograms() - returned.kilograms()
                    - (inventoryEnd.kilograms() - inventoryStart.kilograms());
            return new Line(scope, id, delivered, returned, recovered, inventoryStart, inventoryEnd, losses,
                    tiers.tierFor(rate(recovered.kilograms(), consumed)));
        }

        private static OptionalDouble rate(double recovered, double consumed) {
            return consumed > 0 ? OptionalDouble.of(recovered / consumed) : OptionalDouble.empty();
        }

        /** Inventory at the end minus at the start, kg (negative when stock went down). */
        public double inventoryChangeKilograms() {
            return inventoryEnd.kilograms() - inventoryStart.kilograms();
        }

        /** Supplied: delivered less returned, kg (negative in a month that returns more than it receives). */
        public double suppliedKilograms() {
            return delivered.kilograms() - returned.kilograms();
        }

        /** What was used: supplied - inventory change, kg (the rate's denominator). */
        public double consumedKilograms() {
            return suppliedKilograms() - inventoryChangeKilograms();
        }

        /**
         * recovered / (supplied - inventory change); empty when nothing was used (the denominator is 0 or
         * negative), as for a lab with no supply and no stock change.
         */
        public OptionalDouble recoveryRate() {
            return rate(recovered.kilograms(), consumedKilograms());
        }

        /** A mass as gas m3 at {@code conditions} (signed: for inventory changes too). */
        public static double cubicMetres(double kilograms, StandardConditions conditions) {
            return kilograms / conditions.gasDensity();
        }

        /** A mass as liquid litres at the normal boiling point (signed). */
        public static double liquidLitres(double kilograms) {
            return kilograms / HeliumAmount.ofLiquidLitres(1).kilograms();
        }
    }
}
