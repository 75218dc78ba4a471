package io.github.herenet.helium.plan;

import java.util.Arrays;
import java.util.OptionalLong;

/**
 * Two independent, slow references for {@link MinCostFlow}: exhaustive enumeration of integer flows on
 * tiny graphs, and successive shortest paths (Bellman-Ford on the residual graph) for larger ones.
 * Both return the optimal cost, or empty if no feasible flow exists.
 */
final class ReferenceSolvers {

    private ReferenceSolvers() {
    }

    /** Tries every integer flow vector (capacities must be small): the minimum cost of a feasible one. */
    static OptionalLong bruteForce(MinCostFlow g) {
        int m = g.arcCount();
        long[] flow = new long[m];
        long best = Long.MAX_VALUE;
        boolean found = false;
        while (true) {
            if (conserves(g, flow)) {
                long cost = 0;
                for (int e = 0; e < m; e++) {
                    cost += flow[e] * g.unitCost(e);
                }
                if (!found || cost < best) {
                    best = cost;
                    found = true;
                }
            }
            int e = 0;
            while (e < m && flow[e] == g.capacity(e)) {
                flow[e] = 0;
                e++;
            }
            if (e == m) {
                break;
            }
            flow[e]++;
        }
        return found ? OptionalLong.of(best) : OptionalLong.empty();
    }

    private static boolean conserves(MinCostFlow g, long[] flow) {
        long[] net = new long[g.nodeCount()];
        for (int e = 0; e < flow.length; e++) {
            net[g.tail(e)] += flow[e];
            net[g.head(e)] -= flow[e];
        }
        for (int i = 0; i < net.length; i++) {
            if (net[i] != g.supply(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Successive shortest paths: negative arcs are saturated first (their reverse residual arcs cost
     * {@code -cost > 0}), then flow is sent from a super source to a super sink along Bellman-Ford
     * shortest paths of the residual graph until the supplies are met.
     */
    static OptionalLong successiveShortestPaths(MinCostFlow g) {
        int n = g.nodeCount();
        int m = g.arcCount();
        int s = n;
        int t = n + 1;
        int nodes = n + 2;
        // residual arcs in pairs (2k forward, 2k+1 backward)
        int cap = 2 * (m + n);
        int[] from = new int[cap];
        int[] to = new int[cap];
        long[] residual = new long[cap];
        long[] cost = new long[cap];
        long base = 0;
        long[] supply = new long[n];
        for (int i = 0; i < n; i++) {
            supply[i] = g.supply(i);
        }
        int k = 0;
        for (int e = 0; e < m; e++) {
            long c = g.unitCost(e);
            long u = g.capacity(e);
            int a = g.tail(e);
            int b = g.head(e);
            from[k] = a;
            to[k] = b;
            cost[k] = c;
            from[k + 1] = b;
            to[k + 1] = a;
            cost[k + 1] = -c;
            if (c < 0) {
                residual[k + 1] = u;
                base += u * c;
                supply[a] -= u;
                supply[b] += u;
            } else {
                residual[k] = u;
            }
            k += 2;
        }
        long need = 0;
        for (int i = 0; i < n; i++) {
            if (supply[i] > 0) {
                from[k] = s;
                to[k] = i;
                residual[k] = supply[i];
                need += supply[i];
            } else {
                from[k] = i;
                to[k] = t;
                residual[k] = -supply[i];
            }
            from[k + 1] = to[k];
            to[k + 1] = from[k];
            k += 2;
        }
        long total = base;
        long[] dist = new long[nodes];
        int[] via = new int[nodes];
        while (need > 0) {
            Arrays.fill(dist, Long.MAX_VALUE);
            Arrays.fill(via, -1);
            dist[s] = 0;
            for (int round = 0; round < nodes; round++) {
                boolean changed = false;
                for (int a = 0; a < k; a++) {
                    if (residual[a] > 0 && dist[from[a]] != Long.MAX_VALUE && dist[from[a]] + cost[a] < dist[to[a]]) {
                        dist[to[a]] = dist[from[a]] + cost[a];
                        via[to[a]] = a;
                        changed = true;
                    }
                }
                if (!changed) {
                    break;
                }
            }
            if (dist[t] == Long.MAX_VALUE) {
                return OptionalLong.empty();
            }
            long push = need;
            for (int v = t; v != s; v = from[via[v]]) {
                push = Math.min(push, residual[via[v]]);
            }
            for (int v = t; v != s; v = from[via[v]]) {
                residual[via[v]] -= push;
                residual[via[v] ^ 1] += push;
            }
            total += push * dist[t];
            need -= push;
        }
        return OptionalLong.of(total);
    }
}
