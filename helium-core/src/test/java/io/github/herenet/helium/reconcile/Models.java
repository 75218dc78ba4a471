package io.github.herenet.helium.reconcile;

/** Copies of a model with variations, for tests. */
final class Models {

    /** How a variable is declared in the copy. */
    @FunctionalInterface
    interface Declaration {
        void declare(BalanceModel.Builder builder, BalanceModel model, int variable);
    }

    /** As in the original. */
    static final Declaration SAME = (b, model, v) -> {
        if (model.isMeasured(v)) {
            b.measured(model.name(v), model.measuredValue(v), model.sigma(v));
        } else {
            b.unmeasured(model.name(v));
        }
    };

    private Models() {
    }

    /** The builder of a copy: every variable declared by {@code declaration}, every balance as it was. */
    static BalanceModel.Builder copy(BalanceModel model, Declaration declaration) {
        BalanceModel.Builder b = BalanceModel.builder();
        for (int v = 0; v < model.variableCount(); v++) {
            declaration.declare(b, model, v);
        }
        for (int k = 0; k < model.balanceCount(); k++) {
            b.balance(model.balanceName(k), model.balanceVariables(k), model.balanceCoefficients(k));
        }
        return b;
    }
}
