package io.github.herenet.helium.reconcile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * A generated HeReNet-like accounting network with known true values, measurements drawn around them
 * and, on request, planted gross errors: for tests, benchmarks and demonstrations of reconciliation.
 * Amounts are gas m3 at normal conditions.
 *
 * <p>Per partner site, one or two labs (a quarter of the sites have two) and per month:
 * <ul>
 * <li>{@code sS.labL.dispatch.M}: dewars dispatched by the hub (level read there) = delivered (level
 *     read at the lab);</li>
 * <li>{@code sS.labL.M}: delivered - returned + stock at the start - stock at the end - gas through the
 *     lab's meter - estimated losses = 0;</li>
 * <li>{@code sS.recovery.M}: the site's meters + cylinder and bag stock at the start - at the end -
 *     cylinders shipped = 0;</li>
 * <li>{@code sS.transit.M}: shipped (p, T at the site) = received (p, T at the hub);</li>
 * </ul>
 * and at the hub per month {@code hub.liquefier.M} (received + purchased + gas stock change = liquid
 * produced + an unmeasured liquefier loss, so that balance is projected out) and {@code hub.dewars.M}
 * (produced - dispatched + returned - boil-off + dewar stock change = 0). Stocks link consecutive
 * months. 40 sites x 12 months give about 5,200 measurements and 2,200 balances.
 *
 * <p>Faults are planted in distinct site-months: a leak takes 30 % of the lab's use (before its meter)
 * or of the site's recovered gas (before its cylinders); a bias adds 30 % to a meter, a shipment or a
 * delivery reading. Immutable.
 */
public final class SyntheticNetwork {

    /**
     * A planted gross error.
     *
     * @param kind a biased measurement or a leak at a balance
     * @param name the measurement's or balance's name
     * @param size the bias (reading minus truth) or the leaked amount, m3
     */
    public record Fault(Suspect.Kind kind, String name, double size) {
    }

    private final BalanceModel model;
    private final double[] truth;
    private final List<Fault> faults;

    private SyntheticNetwork(BalanceModel model, double[] truth, List<Fault> faults) {
        this.model = model;
        this.truth = truth;
        this.faults = List.copyOf(faults);
    }

    /**
     * A network of {@code sites} partner sites over {@code months} months without gross errors.
     *
     * @throws IllegalArgumentException for fewer than one site or month
     */
    public static SyntheticNetwork generate(int sites, int months, long seed) {
        return generate(sites, months, seed, 0, 0);
    }

    /**
     * A network with {@code leaks} leaks (alternately at lab and at site recovery balances) and
     * {@code biases} biased measurements, each in its own site-month, chosen at random (not in the last
     * month, where a stock count and a leak cannot be told apart, unless there is only one).
     *
     * @throws IllegalArgumentException for fewer than one site or month, negative counts, or more
     *                                  faults than site-months to put them in
     */
    public static SyntheticNetwork generate(int sites, int months, long seed, int leaks, int biases) {
        if (sites < 1 || months < 1) {
            throw new IllegalArgumentException("a network needs at least one site and one month, got " + sites
                    + " sites and " + months + " months");
        }
        if (leaks < 0 || biases < 0) {
            throw new IllegalArgumentException("fault counts cannot be negative: " + leaks + " leaks, " + biases + " biases");
        }
        int usableMonths = months > 1 ? months - 1 : 1;
        if (leaks + biases > sites * usableMonths) {
            throw new IllegalArgumentException((leaks + biases) + " faults do not fit in " + sites * usableMonths
                    + " distinct site-months");
        }
        return new Generator(sites, months, seed, leaks, biases, usableMonths).generate();
    }

    /** The model, measurements included. */
    public BalanceModel model() {
        return model;
    }

    /** The true value of a variable (measured or not). */
    public double trueValue(int variable) {
        return truth[model.checkVariable(variable)];
    }

    /** The planted faults. */
    public List<Fault> faults() {
        return faults;
    }

    /** Draws the network: truth first, leaks in it, then readings, then biases on them. */
    private static final class Generator {
        private static final double FLOOR = 0.1;
        private final int sites;
        private final int months;
        private final SplittableRandom random;
        private final int[] faultAt;
        private final BalanceModel.Builder builder = BalanceModel.builder();
        private final List<Double> truth = new ArrayList<>();
        private final List<Fault> faults = new ArrayList<>();
        private double[][] dispatched;
        private double[][] returned;
        private int[][] dispatchedVar;
        private int[][] returnedVar;
        private int labCount;

        /**
         * Fault codes per site-month: 0 none, 1 lab leak, 2 site leak, 3 bias in a lab's reading, 4 bias in
         * the site's shipment (set while the labs are drawn).
         */
        Generator(int sites, int months, long seed, int leaks, int biases, int usableMonths) {
            this.sites = sites;
            this.months = months;
            random = new SplittableRandom(seed);
            faultAt = new int[sites * months];
            List<Integer> slots = new ArrayList<>();
            for (int s = 0; s < sites; s++) {
                for (int t = 0; t < usableMonths; t++) {
                    slots.add(s * months + t);
                }
            }
            Collections.shuffle(slots, new Random(random.nextLong()));
            for (int f = 0; f < leaks + biases; f++) {
                faultAt[slots.get(f)] = f < leaks ? 1 + f % 2 : 3;
            }
        }

        SyntheticNetwork generate() {
            int[] labsPerSite = new int[sites];
            for (int s = 0; s < sites; s++) {
                labsPerSite[s] = random.nextDouble() < 0.25 ? 2 : 1;
                labCount += labsPerSite[s];
            }
            dispatched = new double[months][labCount];
            returned = new double[months][labCount];
            dispatchedVar = new int[months][labCount];
            returnedVar = new int[months][labCount];
            double[] received = new double[months];
            List<List<Integer>> receivedVars = new ArrayList<>();
            for (int t = 0; t < months; t++) {
                receivedVars.add(new ArrayList<>());
            }
            int lab = 0;
            for (int s = 0; s < sites; s++) {
                site(s, lab, labsPerSite[s], received, receivedVars);
                lab += labsPerSite[s];
            }
            hub(received, receivedVars);
            double[] values = new double[truth.size()];
            for (int v = 0; v < values.length; v++) {
                values[v] = truth.get(v);
            }
            return new SyntheticNetwork(builder.build(), values, faults);
        }

        private void site(int s, int firstLab, int labs, double[] received, List<List<Integer>> receivedVars) {
            String site = "s" + (s + 1);
            double[][] meter = new double[labs][months];
            int[][] meterVar = new int[labs][months];
            for (int l = 0; l < labs; l++) {
                String prefix = site + ".lab" + (l + 1);
                double stock = uniform(10, 30);
                int stockVar = measured(prefix + ".stock@0", stock, 0.03, false);
                for (int t = 0; t < months; t++) {
                    String month = "." + (t + 1);
                    int code = faultAt[s * months + t];
                    boolean leakHere = code == 1 && l == 0;
                    boolean biasHere = code == 3 && l == 0;
                    double use = uniform(40, 80);
                    double back = uniform(2, 10);
                    double stockEnd = uniform(10, 30);
                    double loss = 0.1 * use;
                    double leak = leakHere ? 0.3 * use : 0;
                    double gas = use - loss - leak;
                    double delivered = use + back + stockEnd - stock;
                    int biasKind = biasHere ? random.nextInt(3) : -1;
                    int hubSide = measured(prefix + ".dispatched" + month, delivered, 0.02, biasKind == 0);
                    int labSide = measured(prefix + ".delivered" + month, delivered, 0.02, false);
                    builder.balance(prefix + ".dispatch" + month, new int[]{hubSide, labSide}, new double[]{1, -1});
                    int ret = measured(prefix + ".returned" + month, back, 0.05, false);
                    int end = measured(prefix + ".stock@" + (t + 1), stockEnd, 0.03, false);
                    int gasVar = measured(prefix + ".meter" + month, gas, 0.02, biasKind == 1);
                    int lossVar = measured(prefix + ".loss" + month, loss, 0.25, false);
                    String balance = prefix + month;
                    builder.balance(balance, new int[]{labSide, ret, stockVar, end, gasVar, lossVar},
                            new double[]{1, -1, 1, -1, -1, -1});
                    if (leakHere) {
                        faults.add(new Fault(Suspect.Kind.BALANCE, balance, leak));
                    }
                    dispatched[t][firstLab + l] = delivered;
                    returned[t][firstLab + l] = back;
                    dispatchedVar[t][firstLab + l] = hubSide;
                    returnedVar[t][firstLab + l] = ret;
                    meter[l][t] = gas;
                    meterVar[l][t] = gasVar;
                    stock = stockEnd;
                    stockVar = end;
                    if (biasKind == 2) {
                        faultAt[s * months + t] = 4; // the shipment carries this site-month's bias
                    }
                }
            }
            double stock = uniform(0.1, 0.3) * 60 * labs;
            int stockVar = measured(site + ".stock@0", stock, 0.05, false);
            for (int t = 0; t < months; t++) {
                String month = "." + (t + 1);
                double gas = 0;
                for (int l = 0; l < labs; l++) {
                    gas += meter[l][t];
                }
                double stockEnd = uniform(0.1, 0.3) * 60 * labs;
                boolean leakHere = faultAt[s * months + t] == 2;
                double leak = leakHere ? 0.3 * gas : 0;
                double shipped = gas + stock - stockEnd - leak;
                int end = measured(site + ".stock@" + (t + 1), stockEnd, 0.05, false);
                int shippedVar = measured(site + ".shipped" + month, shipped, 0.015, faultAt[s * months + t] == 4);
                int[] vars = new int[labs + 3];
                double[] coefs = new double[labs + 3];
                for (int l = 0; l < labs; l++) {
                    vars[l] = meterVar[l][t];
                    coefs[l] = 1;
                }
                vars[labs] = stockVar;
                coefs[labs] = 1;
                vars[labs + 1] = end;
                coefs[labs + 1] = -1;
                vars[labs + 2] = shippedVar;
                coefs[labs + 2] = -1;
                String balance = site + ".recovery" + month;
                builder.balance(balance, vars, coefs);
                if (leakHere) {
                    faults.add(new Fault(Suspect.Kind.BALANCE, balance, leak));
                }
                int receivedVar = measured(site + ".received" + month, shipped, 0.015, false);
                builder.balance(site + ".transit" + month, new int[]{shippedVar, receivedVar}, new double[]{1, -1});
                received[t] += shipped;
                receivedVars.get(t).add(receivedVar);
                stock = stockEnd;
                stockVar = end;
            }
        }

        private void hub(double[] received, List<List<Integer>> receivedVars) {
            double scale = 80.0 * sites;
            double gasStock = uniform(0.2, 0.4) * scale;
            int gasStockVar = measured("hub.gas@0", gasStock, 0.02, false);
            double[] produced = new double[months];
            int[] producedVar = new int[months];
            for (int t = 0; t < months; t++) {
                String month = "." + (t + 1);
                double out = 0;
                for (int l = 0; l < labCount; l++) {
                    out += dispatched[t][l];
                }
                double purchase = 0.35 * out * uniform(0.8, 1.2);
                double gasEnd = uniform(0.2, 0.4) * scale;
                double feed = received[t] + purchase + gasStock - gasEnd;
                produced[t] = 0.9 * feed;
                int purchaseVar = measured("hub.purchased" + month, purchase, 0.01, false);
                int endVar = measured("hub.gas@" + (t + 1), gasEnd, 0.02, false);
                producedVar[t] = measured("hub.produced" + month, produced[t], 0.02, false);
                int lossVar = unmeasured("hub.liquefier-loss" + month, 0.1 * feed);
                List<Integer> in = receivedVars.get(t);
                int[] vars = new int[in.size() + 5];
                double[] coefs = new double[vars.length];
                for (int a = 0; a < in.size(); a++) {
                    vars[a] = in.get(a);
                    coefs[a] = 1;
                }
                int k = in.size();
                vars[k] = purchaseVar;
                coefs[k] = 1;
                vars[k + 1] = gasStockVar;
                coefs[k + 1] = 1;
                vars[k + 2] = endVar;
                coefs[k + 2] = -1;
                vars[k + 3] = producedVar[t];
                coefs[k + 3] = -1;
                vars[k + 4] = lossVar;
                coefs[k + 4] = -1;
                builder.balance("hub.liquefier" + month, vars, coefs);
                gasStock = gasEnd;
                gasStockVar = endVar;
            }
            dewars(produced, producedVar);
        }

        private void dewars(double[] produced, int[] producedVar) {
            double[] net = new double[months];
            double level = 0;
            double lowest = 0;
            double[] boilOff = new double[months];
            for (int t = 0; t < months; t++) {
                boilOff[t] = 0.03 * produced[t];
                net[t] = produced[t] - boilOff[t];
                for (int l = 0; l < labCount; l++) {
                    net[t] += returned[t][l] - dispatched[t][l];
                }
                level += net[t];
                lowest = Math.min(lowest, level);
            }
            double stock = 20.0 * labCount - lowest;
            int stockVar = measured("hub.dewars@0", stock, 0.02, false);
            for (int t = 0; t < months; t++) {
                String month = "." + (t + 1);
                double stockEnd = stock + net[t];
                int endVar = measured("hub.dewars@" + (t + 1), stockEnd, 0.02, false);
                int boilVar = measured("hub.boil-off" + month, boilOff[t], 0.2, false);
                int[] vars = new int[2 * labCount + 4];
                double[] coefs = new double[vars.length];
                for (int l = 0; l < labCount; l++) {
                    vars[2 * l] = dispatchedVar[t][l];
                    coefs[2 * l] = -1;
                    vars[2 * l + 1] = returnedVar[t][l];
                    coefs[2 * l + 1] = 1;
                }
                int k = 2 * labCount;
                vars[k] = producedVar[t];
                coefs[k] = 1;
                vars[k + 1] = boilVar;
                coefs[k + 1] = -1;
                vars[k + 2] = stockVar;
                coefs[k + 2] = 1;
                vars[k + 3] = endVar;
                coefs[k + 3] = -1;
                builder.balance("hub.dewars" + month, vars, coefs);
                stock = stockEnd;
                stockVar = endVar;
            }
        }

        /** A reading of {@code value} with relative standard deviation {@code relative}, 30 % high if biased. */
        private int measured(String name, double value, double relative, boolean biased) {
            double sigma = Math.max(FLOOR, relative * Math.abs(value));
            double reading = value + sigma * gaussian();
            if (biased) {
                double bias = 0.3 * value;
                reading += bias;
                faults.add(new Fault(Suspect.Kind.MEASUREMENT, name, bias));
            }
            truth.add(value);
            return builder.measured(name, reading, sigma);
        }

        private int unmeasured(String name, double value) {
            truth.add(value);
            return builder.unmeasured(Objects.requireNonNull(name));
        }

        private double uniform(double low, double high) {
            return low + (high - low) * random.nextDouble();
        }

        /** A standard normal draw (Box-Muller; SplittableRandom has no Gaussian in Java 17). */
        private double gaussian() {
            double u = 1 - random.nextDouble();
            return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
        }
    }
}
