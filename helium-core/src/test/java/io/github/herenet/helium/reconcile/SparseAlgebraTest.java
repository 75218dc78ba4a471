package io.github.herenet.helium.reconcile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The ordering, the LDL^T factor, its solves and the selected inverse against dense computations. */
class SparseAlgebraTest {

    @Test
    void minimumDegreeLeavesTheHubOfAStarToTheEnd() {
        int n = 9; // node 0 joined to all others
        List<TreeSet<Integer>> adjacency = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            adjacency.add(new TreeSet<>());
        }
        for (int i = 1; i < n; i++) {
            adjacency.get(0).add(i);
            adjacency.get(i).add(0);
        }
        int[] order = order(adjacency);
        // Leaves first (no fill); with one leaf left, it and the hub tie.
        assertThat(order[n - 1] == 0 || order[n - 2] == 0).as("order %s", Arrays.toString(order)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void factorSolvesAndInvertsRandomSparseMatrices(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 40;
        double[][] a = randomSpd(n, random);
        List<TreeSet<Integer>> adjacency = adjacency(a);
        int[] order = order(adjacency);
        assertThat(Arrays.stream(order).sorted().toArray()).isEqualTo(java.util.stream.IntStream.range(0, n).toArray());
        double[][] permuted = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                permuted[i][j] = a[order[i]][order[j]];
            }
        }
        LdlFactor factor = factor(permuted);
        assertThat(factor.rank()).isEqualTo(n);
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = random.nextDouble() - 0.5;
        }
        double[] x = factor.solved(b);
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += permuted[i][j] * x[j];
            }
            assertThat(sum).isCloseTo(b[i], within(1e-12));
        }
        double[][] inverse = DenseReference.Svd.of(permuted).pseudoInverse();
        SelectedInverse selected = new SelectedInverse(factor);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (permuted[i][j] != 0) {
                    assertThat(selected.get(i, j)).isCloseTo(inverse[i][j], within(1e-10));
                }
            }
        }
    }

    @Test
    void aDependentRowIsDroppedAndTheRestSolved() {
        // rows of B: r0 = (1, -1, 0), r1 = (0, 1, -1), r2 = r0 + r1; H = B B^T is singular with rank 2.
        double[][] rows = {{1, -1, 0}, {0, 1, -1}, {1, 0, -1}};
        double[][] h = DenseReference.multiply(rows, DenseReference.transpose(rows));
        LdlFactor factor = factor(h);
        assertThat(factor.rank()).isEqualTo(2);
        assertThat(factor.dropped(2)).isTrue();
        double[] r = {1, 2, 3}; // consistent with the dependency: r2 = r0 + r1
        double[] y = factor.solved(r);
        assertThat(y[2]).isZero();
        for (int i = 0; i < 3; i++) {
            assertThat(h[i][0] * y[0] + h[i][1] * y[1] + h[i][2] * y[2]).isCloseTo(r[i], within(1e-12));
        }
    }

    private static LdlFactor factor(double[][] a) {
        int n = a.length;
        int[] pointers = new int[n + 1];
        List<Integer> rowList = new ArrayList<>();
        List<Double> valueList = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            for (int i = 0; i <= k; i++) {
                if (a[i][k] != 0 || i == k) {
                    rowList.add(i);
                    valueList.add(a[i][k]);
                }
            }
            pointers[k + 1] = rowList.size();
        }
        int[] rows = rowList.stream().mapToInt(Integer::intValue).toArray();
        double[] values = valueList.stream().mapToDouble(Double::doubleValue).toArray();
        return new LdlFactor(new LdlSymbolic(n, pointers, rows), values);
    }

    private static double[][] randomSpd(int n, SplittableRandom random) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = 1;
            for (int k = 0; k < 2; k++) {
                int j = random.nextInt(n);
                if (j != i) {
                    double v = random.nextDouble() - 0.5;
                    a[i][j] = v;
                    a[j][i] = v;
                }
            }
        }
        for (int i = 0; i < n; i++) { // diagonally dominant
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += Math.abs(a[i][j]);
            }
            a[i][i] = sum + 1;
        }
        return a;
    }

    private static List<TreeSet<Integer>> adjacency(double[][] a) {
        List<TreeSet<Integer>> adjacency = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            TreeSet<Integer> set = new TreeSet<>();
            for (int j = 0; j < a.length; j++) {
                if (j != i && a[i][j] != 0) {
                    set.add(j);
                }
            }
            adjacency.add(set);
        }
        return adjacency;
    }

    private static int[] order(List<TreeSet<Integer>> adjacency) {
        int n = adjacency.size();
        int[] pointers = new int[n + 1];
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.addAll(adjacency.get(i));
            pointers[i + 1] = all.size();
        }
        return MinimumDegree.order(n, pointers, all.stream().mapToInt(Integer::intValue).toArray());
    }
}
