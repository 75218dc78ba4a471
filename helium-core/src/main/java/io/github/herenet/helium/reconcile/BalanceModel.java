package io.github.herenet.helium.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A set of linear balances over measured and unmeasured quantities: the model that data reconciliation
 * adjusts measurements to. Each balance states sum(coefficient * x) = 0 (in minus out minus
 * accumulation, say); each measurement has a value and the standard deviation of its random error.
 *
 * <pre>{@code
 * BalanceModel.Builder b = BalanceModel.builder();
 * int in = b.measured("delivered", 101.9, 2.0);
 * int out = b.measured("recovered", 93.4, 1.5);
 * int loss = b.unmeasured("vent");
 * int stock = b.measured("stock change", 4.1, 1.0);
 * b.balance("lab", new int[]{in, out, loss, stock}, new double[]{1, -1, -1, -1});
 * BalanceModel model = b.build();
 * Reconciliation r = model.reconcile();
 * GrossErrorReport g = model.detectGrossErrors(0.05);
 * }</pre>
 *
 * <p>Building does the work that depends on the structure only, once: the unmeasured variables are
 * eliminated by a sparse projection ({@link Classification} of every variable follows from it), the
 * reduced balances are ordered to keep the factor of A V A^T sparse (approximate minimum degree), and
 * the factor's pattern is computed. Each {@link #reconcile()} then assembles and factors A V A^T and
 * solves with it: no dense matrix is ever formed. Immutable and thread-safe.
 *
 * <p>Balances that follow from others (an overall balance stated beside its parts) are allowed: the
 * factorisation sets one of each dependent group aside. Estimates, the global test (whose degrees of
 * freedom count independent balances only) and the measurement tests do not depend on which; the
 * balance set aside has no balance test ({@link Reconciliation#balanceTest} is NaN) and no leak is
 * looked for there.
 */
public final class BalanceModel {

    private final String[] names;
    private final boolean[] measured;
    private final double[] values;
    private final double[] variances;
    private final String[] balanceNames;
    private final List<SparseRow> balances;
    private final Map<String, Integer> variableIndex;
    private final Map<String, Integer> balanceIndex;
    final Projection projection;
    final NormalSystem system;
    /** Per balance: the signature of a leak there, over the reduced balances in the system's order. */
    private final SparseRow[] leakSignatures;

    private BalanceModel(Builder builder) {
        names = builder.names.toArray(new String[0]);
        int n = names.length;
        measured = new boolean[n];
        values = new double[n];
        variances = new double[n];
        for (int v = 0; v < n; v++) {
            measured[v] = builder.measured.get(v);
            values[v] = measured[v] ? builder.values.get(v) : Double.NaN;
            double sigma = builder.sigmas.get(v);
            variances[v] = measured[v] ? sigma * sigma : 0;
        }
        balanceNames = builder.balanceNames.toArray(new String[0]);
        balances = List.copyOf(builder.balances);
        variableIndex = Map.copyOf(builder.variableIndex);
        balanceIndex = Map.copyOf(builder.balanceIndex);
        projection = new Projection(measured, balances);
        system = new NormalSystem(n, projection.reduced);
        leakSignatures = leakSignatures();
    }

    private SparseRow[] leakSignatures() {
        int[] position = new int[system.rows];
        for (int k = 0; k < system.rows; k++) {
            position[system.order[k]] = k;
        }
        List<List<double[]>> entries = new ArrayList<>();
        for (int b = 0; b < balances.size(); b++) {
            entries.add(new ArrayList<>());
        }
        for (int r = 0; r < projection.origins.size(); r++) {
            SparseRow origin = projection.origins.get(r);
            for (int a = 0; a < origin.size(); a++) {
                entries.get(origin.indices()[a]).add(new double[]{position[r], origin.values()[a]});
            }
        }
        SparseRow[] signatures = new SparseRow[balances.size()];
        for (int b = 0; b < signatures.length; b++) {
            List<double[]> list = entries.get(b);
            int[] idx = new int[list.size()];
            double[] val = new double[list.size()];
            for (int a = 0; a < idx.length; a++) {
                idx[a] = (int) list.get(a)[0];
                val[a] = list.get(a)[1];
            }
            signatures[b] = SparseRow.of(idx, val);
        }
        return signatures;
    }

    /** A builder of a model: declare the variables, then the balances over them. */
    public static Builder builder() {
        return new Builder();
    }

    /** Variables (measured and unmeasured), indexed 0 .. count-1 in the order they were declared. */
    public int variableCount() {
        return names.length;
    }

    /** Measured variables. */
    public int measurementCount() {
        int count = 0;
        for (boolean m : measured) {
            count += m ? 1 : 0;
        }
        return count;
    }

    /** Balances, indexed 0 .. count-1 in the order they were declared. */
    public int balanceCount() {
        return balanceNames.length;
    }

    /** The name of variable {@code variable}. @throws IllegalArgumentException for an unknown index */
    public String name(int variable) {
        return names[checkVariable(variable)];
    }

    /** The name of balance {@code balance}. @throws IllegalArgumentException for an unknown index */
    public String balanceName(int balance) {
        return balanceNames[checkBalance(balance)];
    }

    /** The variables of a balance, ascending. @throws IllegalArgumentException for an unknown index */
    public int[] balanceVariables(int balance) {
        return balances.get(checkBalance(balance)).indices().clone();
    }

    /** The coefficients of a balance, matching {@link #balanceVariables}. @throws IllegalArgumentException for an unknown index */
    public double[] balanceCoefficients(int balance) {
        return balances.get(checkBalance(balance)).values().clone();
    }

    /** The index of the variable named {@code name}. @throws IllegalArgumentException if there is none */
    public int variable(String name) {
        Integer index = variableIndex.get(name);
        if (index == null) {
            throw new IllegalArgumentException("no variable named '" + name + "' in the model");
        }
        return index;
    }

    /** The index of the balance named {@code name}. @throws IllegalArgumentException if there is none */
    public int balance(String name) {
        Integer index = balanceIndex.get(name);
        if (index == null) {
            throw new IllegalArgumentException("no balance named '" + name + "' in the model");
        }
        return index;
    }

    /** Whether the variable is measured. @throws IllegalArgumentException for an unknown index */
    public boolean isMeasured(int variable) {
        return measured[checkVariable(variable)];
    }

    /** The measured value. @throws IllegalArgumentException for an unknown or unmeasured variable */
    public double measuredValue(int variable) {
        return values[checkMeasured(variable)];
    }

    /** The standard deviation of the measurement. @throws IllegalArgumentException for an unknown or unmeasured variable */
    public double sigma(int variable) {
        return Math.sqrt(variances[checkMeasured(variable)]);
    }

    /** Redundant / non-redundant (measured) or observable / unobservable (unmeasured). */
    public Classification classification(int variable) {
        checkVariable(variable);
        if (measured[variable]) {
            return projection.redundant[variable] ? Classification.REDUNDANT : Classification.NON_REDUNDANT;
        }
        return projection.observable[variable] ? Classification.OBSERVABLE : Classification.UNOBSERVABLE;
    }

    /** The names of the unmeasured variables the balances do not determine, in index order. */
    public List<String> unobservable() {
        List<String> list = new ArrayList<>();
        for (int v = 0; v < names.length; v++) {
            if (!projection.observable[v]) {
                list.add(names[v]);
            }
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * The balances over the measurements alone that are left once the unmeasured variables are
     * eliminated (before any turn out to depend on each other): an upper bound of the global test's
     * degrees of freedom.
     */
    public int reducedBalanceCount() {
        return system.rows;
    }

    /** Reconciles the measurements: the weighted least-squares estimates that satisfy every balance. */
    public Reconciliation reconcile() {
        return new Reconciliation(this);
    }

    /**
     * Finds gross errors, biased measurements and leaks at balances, at family significance
     * {@code alpha}. See {@link #detectGrossErrors(double, Set)}.
     *
     * @throws IllegalArgumentException unless 0 &lt; alpha &lt; 1
     */
    public GrossErrorReport detectGrossErrors(double alpha) {
        return detectGrossErrors(alpha, EnumSet.allOf(Suspect.Kind.class));
    }

    /**
     * Finds gross errors of the given kinds by serial elimination with the generalised likelihood ratio
     * (Narasimhan and Mah 1987; Narasimhan and Jordache 2000, ch. 8): every redundant measurement (a
     * bias) and every balance (a leak) is a candidate; the candidate with the largest statistic is taken
     * if its |z| exceeds the Sidak-corrected critical value for the number of candidates, its effect is
     * removed (equivalent to re-reconciling with that measurement dropped or that leak added as an
     * unknown), and the search repeats on what is left. Candidates that explain the data exactly as well
     * as a chosen one are reported with it as an {@linkplain GrossErrorReport#equivalentSets() equivalent
     * set}.
     *
     * @param alpha the family significance level: the probability of naming any suspect in data without gross errors
     * @param kinds which kinds of gross error to look for
     * @throws IllegalArgumentException unless 0 &lt; alpha &lt; 1, or if {@code kinds} is empty
     */
    public GrossErrorReport detectGrossErrors(double alpha, Set<Suspect.Kind> kinds) {
        Objects.requireNonNull(kinds, "kinds");
        Distributions.checkSignificance(alpha);
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("name at least one kind of gross error to look for");
        }
        return new GlrSearch(this, reconcile(), alpha, kinds).run();
    }

    /**
     * This model with the suspects accounted for: each suspect measurement becomes unmeasured, each
     * suspect balance gets an unmeasured outflow named "&lt;balance&gt; (leak)". Variable and balance
     * indices stay as they were; the leak variables come after the others.
     */
    BalanceModel accountingFor(List<Suspect> suspects) {
        Builder b = builder();
        Set<Integer> biased = new HashSet<>();
        Map<Integer, Integer> leakOf = new HashMap<>();
        for (Suspect s : suspects) {
            if (s.kind() == Suspect.Kind.MEASUREMENT) {
                biased.add(s.index());
            }
        }
        for (int v = 0; v < names.length; v++) {
            if (measured[v] && !biased.contains(v)) {
                b.measured(names[v], values[v], Math.sqrt(variances[v]));
            } else {
                b.unmeasured(names[v]);
            }
        }
        for (Suspect s : suspects) {
            if (s.kind() == Suspect.Kind.BALANCE) {
                String name = balanceNames[s.index()] + " (leak)";
                while (b.variableIndex.containsKey(name) || balanceIndex.containsKey(name)) {
                    name = name + "'";
                }
                leakOf.put(s.index(), b.unmeasured(name));
            }
        }
        for (int k = 0; k < balanceNames.length; k++) {
            SparseRow row = balances.get(k);
            Integer leak = leakOf.get(k);
            int[] vars = row.indices();
            double[] coefs = row.values();
            if (leak != null) {
                vars = Arrays.copyOf(vars, vars.length + 1);
                coefs = Arrays.copyOf(coefs, coefs.length + 1);
                vars[vars.length - 1] = leak;
                coefs[coefs.length - 1] = -1;
            }
            b.balance(balanceNames[k], vars, coefs);
        }
        return b.build();
    }

    // ------------------------------------------------------------------ package access for the solvers

    double[] values() {
        return values;
    }

    double[] variances() {
        return variances;
    }

    boolean measuredAt(int variable) {
        return measured[variable];
    }

    SparseRow leakSignature(int balance) {
        return leakSignatures[balance];
    }

    int checkVariable(int variable) {
        if (variable < 0 || variable >= names.length) {
            throw new IllegalArgumentException("no variable with index " + variable + "; the model has "
                    + names.length + " (0.." + (names.length - 1) + ")");
        }
        return variable;
    }

    int checkMeasured(int variable) {
        if (!measured[checkVariable(variable)]) {
            throw new IllegalArgumentException("variable " + names[variable] + " is not measured");
        }
        return variable;
    }

    int checkBalance(int balance) {
        if (balance < 0 || balance >= balanceNames.length) {
            throw new IllegalArgumentException("no balance with index " + balance + "; the model has "
                    + balanceNames.length + " (0.." + (balanceNames.length - 1) + ")");
        }
        return balance;
    }

    /**
     * Collects variables and balances and checks each as it is declared: names unique (variables and
     * balances share one name space, so a suspect's name is unambiguous), values finite, standard
     * deviations finite and positive, balances non-empty over known variables, each at most once, with
     * finite non-zero coefficients. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private final List<String> names = new ArrayList<>();
        private final List<Boolean> measured = new ArrayList<>();
        private final List<Double> values = new ArrayList<>();
        private final List<Double> sigmas = new ArrayList<>();
        private final Map<String, Integer> variableIndex = new HashMap<>();
        private final List<String> balanceNames = new ArrayList<>();
        private final List<SparseRow> balances = new ArrayList<>();
        private final Map<String, Integer> balanceIndex = new HashMap<>();

        private Builder() {
        }

        /**
         * Declares a measured variable.
         *
         * @param name  a unique, non-blank name
         * @param value the measured value, finite
         * @param sigma the standard deviation of its random error, finite and &gt; 0
         * @return the variable's index
         * @throws IllegalArgumentException for a blank or repeated name, a non-finite value or a
         *                                  non-positive or non-finite sigma
         */
        public int measured(String name, double value, double sigma) {
            checkName(name, "measurement");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("measurement '" + name + "' has value " + value + "; it must be finite");
            }
            if (!(sigma > 0) || Double.isInfinite(sigma)) {
                throw new IllegalArgumentException("measurement '" + name + "' has standard deviation " + sigma
                        + "; it must be finite and > 0 (an exact value is a constant, not a measurement)");
            }
            return add(name, true, value, sigma);
        }

        /**
         * Declares an unmeasured variable, estimated from the balances if they determine it.
         *
         * @param name a unique, non-blank name
         * @return the variable's index
         * @throws IllegalArgumentException for a blank or repeated name
         */
        public int unmeasured(String name) {
            checkName(name, "unmeasured variable");
            return add(name, false, Double.NaN, Double.NaN);
        }

        private int add(String name, boolean isMeasured, double value, double sigma) {
            int index = names.size();
            names.add(name);
            measured.add(isMeasured);
            values.add(value);
            sigmas.add(sigma);
            variableIndex.put(name, index);
            return index;
        }

        /**
         * Declares the balance sum(coefficients[a] * x[variables[a]]) = 0.
         *
         * @param name         a unique, non-blank name
         * @param variables    the indices of the variables in it, each at most once, at least one
         * @param coefficients their coefficients, finite and non-zero, as many as variables
         * @return the balance's index
         * @throws IllegalArgumentException for a blank or repeated name, an empty balance, an unknown or
         *                                  repeated variable, mismatched lengths or a zero or non-finite
         *                                  coefficient
         */
        public int balance(String name, int[] variables, double[] coefficients) {
            checkName(name, "balance");
            Objects.requireNonNull(variables, "variables of balance " + name);
            Objects.requireNonNull(coefficients, "coefficients of balance " + name);
            if (variables.length == 0) {
                throw new IllegalArgumentException("balance '" + name + "' is empty: it needs at least one variable");
            }
            if (variables.length != coefficients.length) {
                throw new IllegalArgumentException("balance '" + name + "' has " + variables.length + " variables but "
                        + coefficients.length + " coefficients");
            }
            Set<Integer> seen = new HashSet<>();
            for (int a = 0; a < variables.length; a++) {
                int v = variables[a];
                if (v < 0 || v >= names.size()) {
                    throw new IllegalArgumentException("balance '" + name + "' refers to unknown variable index " + v
                            + "; declared so far: " + names.size() + " (0.." + (names.size() - 1) + ")");
                }
                if (!seen.add(v)) {
                    throw new IllegalArgumentException("balance '" + name + "' lists variable '" + names.get(v)
                            + "' twice; give it once with the summed coefficient");
                }
                double c = coefficients[a];
                if (!Double.isFinite(c) || c == 0) {
                    throw new IllegalArgumentException("balance '" + name + "' has coefficient " + c + " for '"
                            + names.get(v) + "'; coefficients must be finite and non-zero");
                }
            }
            int index = balanceNames.size();
            balanceNames.add(name);
            balances.add(SparseRow.of(variables.clone(), coefficients.clone()));
            balanceIndex.put(name, index);
            return index;
        }

        private void checkName(String name, String what) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a " + what + " needs a non-blank name, got "
                        + (name == null ? "null" : "'" + name + "'"));
            }
            if (variableIndex.containsKey(name)) {
                throw new IllegalArgumentException("duplicate name '" + name + "': already "
                        + (measured.get(variableIndex.get(name)) ? "a measurement" : "an unmeasured variable"));
            }
            if (balanceIndex.containsKey(name)) {
                throw new IllegalArgumentException("duplicate name '" + name + "': already a balance");
            }
        }

        /** The model. Its structural analysis (projection, ordering, symbolic factor) runs here. */
        public BalanceModel build() {
            return new BalanceModel(this);
        }
    }
}
