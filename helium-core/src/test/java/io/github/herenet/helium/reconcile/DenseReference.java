package io.github.herenet.helium.reconcile;

/**
 * The textbook dense computation of a reconciliation, independent of the library's sparse path: the
 * projection P (an orthonormal basis of the left null space of the unmeasured columns B, from a
 * singular value decomposition) gives the reduced constraints P A; with S = diag(sigma) and Q an
 * orthonormal basis of the column space of S (P A)^T, the estimates are x = S (I - Q Q^T) S^-1 m, the
 * adjustment covariance W = S Q Q^T S, the global statistic |Q^T S^-1 m|^2 with rank(Q) degrees of
 * freedom, and the unmeasured values u = -B^+ A x. Pseudo-inverses handle dependent balances. Only
 * for small systems (one-sided Jacobi SVD, O(n^3)).
 */
final class DenseReference {

    final double[] values;
    final double[] standardDeviations;
    final double[] z;
    final boolean[] observable;
    final double statistic;
    final int degreesOfFreedom;
    private final double[][] reduced;    // P A (measured columns), rows orthonormal combinations
    private final double[] measuredSigma;
    private final int[] measuredIndex;
    private final double[][] projection; // P
    private final double[] residuals;    // P A m
    private final double[][] hPlus;      // (P A V A^T P^T)^+

    DenseReference(BalanceModel model) {
        int n = model.variableCount();
        int nb = model.balanceCount();
        int nm = 0;
        int nu = 0;
        for (int v = 0; v < n; v++) {
            if (model.isMeasured(v)) {
                nm++;
            } else {
                nu++;
            }
        }
        measuredIndex = new int[nm];
        int[] unmeasuredIndex = new int[nu];
        int[] column = new int[n];
        for (int v = 0, a = 0, b = 0; v < n; v++) {
            if (model.isMeasured(v)) {
                column[v] = a;
                measuredIndex[a++] = v;
            } else {
                column[v] = b;
                unmeasuredIndex[b++] = v;
            }
        }
        double[][] am = new double[nb][nm];
        double[][] bu = new double[nb][nu];
        for (int k = 0; k < nb; k++) {
            int[] vars = model.balanceVariables(k);
            double[] coefs = model.balanceCoefficients(k);
            for (int a = 0; a < vars.length; a++) {
                if (model.isMeasured(vars[a])) {
                    am[k][column[vars[a]]] = coefs[a];
                } else {
                    bu[k][column[vars[a]]] = coefs[a];
                }
            }
        }
        // P: left null space of B, i.e. the null space of B^T (nu x nb).
        projection = nu == 0 ? identity(nb) : transpose(Svd.of(transpose(bu)).nullSpace());
        reduced = multiply(projection, am);
        measuredSigma = new double[nm];
        double[] scaled = new double[nm];
        for (int a = 0; a < nm; a++) {
            measuredSigma[a] = model.sigma(measuredIndex[a]);
            scaled[a] = model.measuredValue(measuredIndex[a]) / measuredSigma[a];
        }
        double[][] m = new double[nm][reduced.length]; // S (P A)^T
        for (int a = 0; a < nm; a++) {
            for (int k = 0; k < reduced.length; k++) {
                m[a][k] = measuredSigma[a] * reduced[k][a];
            }
        }
        double[][] q = reduced.length == 0 ? new double[nm][0] : Svd.of(m).rangeBasis();
        degreesOfFreedom = q[0].length;
        double[] coordinates = multiply(transpose(q), scaled);
        double sum = 0;
        for (double c : coordinates) {
            sum += c * c;
        }
        statistic = sum;
        double[] projected = multiply(q, coordinates);
        values = new double[n];
        standardDeviations = new double[n];
        z = new double[n];
        observable = new boolean[n];
        double[] x = new double[nm];
        double[][] cov = new double[nm][nm]; // V - W
        for (int a = 0; a < nm; a++) {
            int v = measuredIndex[a];
            x[a] = measuredSigma[a] * (scaled[a] - projected[a]);
            values[v] = x[a];
            double pii = 0;
            for (int c = 0; c < degreesOfFreedom; c++) {
                pii += q[a][c] * q[a][c];
            }
            double w = measuredSigma[a] * measuredSigma[a] * pii;
            standardDeviations[v] = Math.sqrt(Math.max(0, measuredSigma[a] * measuredSigma[a] - w));
            z[v] = w > 1e-12 * measuredSigma[a] * measuredSigma[a]
                    ? (model.measuredValue(v) - x[a]) / Math.sqrt(w) : Double.NaN;
            observable[v] = true;
            for (int b = 0; b < nm; b++) {
                double qq = 0;
                for (int c = 0; c < degreesOfFreedom; c++) {
                    qq += q[a][c] * q[b][c];
                }
                cov[a][b] = (a == b ? measuredSigma[a] * measuredSigma[a] : 0) - measuredSigma[a] * measuredSigma[b] * qq;
            }
        }
        if (nu > 0) {
            Svd svd = Svd.of(bu);
            double[][] nullSpace = svd.nullSpace();
            double[][] pinv = svd.pseudoInverse();            // nu x nb
            double[][] map = multiply(pinv, am);              // u = -map x
            double[] u = multiply(map, x);
            for (int c = 0; c < nu; c++) {
                int v = unmeasuredIndex[c];
                double size = 0;
                for (double entry : nullSpace[c]) {
                    size = Math.max(size, Math.abs(entry));
                }
                observable[v] = size < 1e-9;
                values[v] = observable[v] ? -u[c] : Double.NaN;
                double variance = 0;
                for (int a = 0; a < nm; a++) {
                    for (int b = 0; b < nm; b++) {
                        variance += map[c][a] * cov[a][b] * map[c][b];
                    }
                }
                standardDeviations[v] = observable[v] ? Math.sqrt(Math.max(0, variance)) : Double.NaN;
                z[v] = Double.NaN;
            }
        }
        residuals = new double[reduced.length];
        double[][] h = new double[reduced.length][reduced.length];
        for (int k = 0; k < reduced.length; k++) {
            for (int a = 0; a < nm; a++) {
                residuals[k] += reduced[k][a] * model.measuredValue(measuredIndex[a]);
            }
            for (int l = 0; l < reduced.length; l++) {
                for (int a = 0; a < nm; a++) {
                    h[k][l] += reduced[k][a] * measuredSigma[a] * measuredSigma[a] * reduced[l][a];
                }
            }
        }
        hPlus = reduced.length == 0 ? new double[0][0] : Svd.of(h).pseudoInverse();
    }

    /** The leak z-statistic at balance {@code balance}: s^T H^+ r / sqrt(s^T H^+ s), s = P e_k. */
    double balanceZ(int balance) {
        int rows = reduced.length;
        double[] s = new double[rows];
        for (int k = 0; k < rows; k++) {
            s[k] = projection[k][balance];
        }
        double[] hs = multiply(hPlus, s);
        double t = 0;
        double d = 0;
        for (int k = 0; k < rows; k++) {
            t += hs[k] * residuals[k];
            d += hs[k] * s[k];
        }
        return d > 1e-12 ? t / Math.sqrt(d) : Double.NaN;
    }

    static double[][] identity(int n) {
        double[][] id = new double[n][n];
        for (int i = 0; i < n; i++) {
            id[i][i] = 1;
        }
        return id;
    }

    static double[][] transpose(double[][] a) {
        int rows = a.length;
        int cols = rows == 0 ? 0 : a[0].length;
        double[][] t = new double[cols][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    static double[][] multiply(double[][] a, double[][] b) {
        int inner = b.length;
        int cols = inner == 0 ? 0 : b[0].length;
        double[][] c = new double[a.length][cols];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < inner; k++) {
                double aik = a[i][k];
                for (int j = 0; j < cols; j++) {
                    c[i][j] += aik * b[k][j];
                }
            }
        }
        return c;
    }

    static double[] multiply(double[][] a, double[] x) {
        double[] y = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < x.length; j++) {
                y[i] += a[i][j] * x[j];
            }
        }
        return y;
    }

    /**
     * One-sided Jacobi singular value decomposition M = U diag(s) V^T of an m x n matrix (Hestenes):
     * columns are rotated pairwise until orthogonal.
     */
    static final class Svd {
        final double[][] u;   // m x n, columns s_j u_j before normalisation
        final double[] s;
        final double[][] v;   // n x n
        private final double tolerance;

        private Svd(double[][] u, double[] s, double[][] v) {
            this.u = u;
            this.s = s;
            this.v = v;
            double max = 0;
            for (double value : s) {
                max = Math.max(max, value);
            }
            tolerance = 1e-10 * Math.max(max, Double.MIN_NORMAL);
        }

        static Svd of(double[][] matrix) {
            int m = matrix.length;
            int n = matrix[0].length;
            double[][] a = new double[m][];
            for (int i = 0; i < m; i++) {
                a[i] = matrix[i].clone();
            }
            double[][] v = identity(n);
            for (int sweep = 0; sweep < 100; sweep++) {
                boolean rotated = false;
                for (int p = 0; p < n - 1; p++) {
                    for (int q = p + 1; q < n; q++) {
                        double alpha = 0;
                        double beta = 0;
                        double gamma = 0;
                        for (int i = 0; i < m; i++) {
                            alpha += a[i][p] * a[i][p];
                            beta += a[i][q] * a[i][q];
                            gamma += a[i][p] * a[i][q];
                        }
                        if (Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta) || gamma == 0) {
                            continue;
                        }
                        rotated = true;
                        double zeta = (beta - alpha) / (2 * gamma);
                        double t = Math.signum(zeta) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
                        if (zeta == 0) {
                            t = 1;
                        }
                        double c = 1 / Math.sqrt(1 + t * t);
                        double s = c * t;
                        for (int i = 0; i < m; i++) {
                            double ap = a[i][p];
                            double aq = a[i][q];
                            a[i][p] = c * ap - s * aq;
                            a[i][q] = s * ap + c * aq;
                        }
                        for (int i = 0; i < n; i++) {
                            double vp = v[i][p];
                            double vq = v[i][q];
                            v[i][p] = c * vp - s * vq;
                            v[i][q] = s * vp + c * vq;
                        }
                    }
                }
                if (!rotated) {
                    break;
                }
            }
            double[] s = new double[n];
            for (int j = 0; j < n; j++) {
                double norm = 0;
                for (int i = 0; i < m; i++) {
                    norm += a[i][j] * a[i][j];
                }
                s[j] = Math.sqrt(norm);
            }
            return new Svd(a, s, v);
        }

        /** Orthonormal basis of the null space (columns of V for zero singular values): n x k. */
        double[][] nullSpace() {
            return columnsOfV(false);
        }

        /** Orthonormal basis of the column space of M: m x rank. */
        double[][] rangeBasis() {
            int m = u.length;
            int rank = 0;
            for (double value : s) {
                rank += value > tolerance ? 1 : 0;
            }
            double[][] basis = new double[m][rank];
            for (int j = 0, c = 0; j < s.length; j++) {
                if (s[j] > tolerance) {
                    for (int i = 0; i < m; i++) {
                        basis[i][c] = u[i][j] / s[j];
                    }
                    c++;
                }
            }
            return basis;
        }

        /** M^+ = V diag(1/s) U^T over the non-zero singular values: n x m. */
        double[][] pseudoInverse() {
            int m = u.length;
            int n = s.length;
            double[][] p = new double[n][m];
            for (int j = 0; j < n; j++) {
                if (s[j] <= tolerance) {
                    continue;
                }
                for (int r = 0; r < n; r++) {
                    for (int i = 0; i < m; i++) {
                        p[r][i] += v[r][j] * u[i][j] / (s[j] * s[j]);
                    }
                }
            }
            return p;
        }

        private double[][] columnsOfV(boolean range) {
            int n = s.length;
            int count = 0;
            for (double value : s) {
                count += (value > tolerance) == range ? 1 : 0;
            }
            double[][] basis = new double[n][count];
            for (int j = 0, c = 0; j < n; j++) {
                if ((s[j] > tolerance) == range) {
                    for (int i = 0; i < n; i++) {
                        basis[i][c] = v[i][j];
                    }
                    c++;
                }
            }
            return basis;
        }
    }
}
