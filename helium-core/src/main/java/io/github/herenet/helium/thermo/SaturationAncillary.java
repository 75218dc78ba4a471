package io.github.herenet.helium.thermo;

/**
 * A published saturation-density ancillary (a fit, good to about 0.1 %): only used to start the
 * exact phase-equilibrium iteration, never as a result.
 */
record SaturationAncillary(double reducingValue, double reducingTemperature, double[] n, double[] t,
                           boolean exponential) {

    /** The ancillary value at temperature {@code temperatureK}, in the unit of its reducing value. */
    double value(double temperatureK) {
        double theta = 1 - temperatureK / reducingTemperature;
        double sum = 0;
        for (int i = 0; i < n.length; i++) {
            sum += n[i] * Math.pow(theta, t[i]);
        }
        return exponential
                ? reducingValue * Math.exp(reducingTemperature / temperatureK * sum)
                : reducingValue * (1 + sum);
    }
}
