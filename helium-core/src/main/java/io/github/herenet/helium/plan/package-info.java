/**
 * Planning of collection, liquefaction, storage and distribution over a horizon of days as a
 * time-expanded network flow: {@link io.github.herenet.helium.plan.MinCostFlow}, an exact min-cost flow
 * solver (network simplex), and {@link io.github.herenet.helium.plan.Planner}, which turns a
 * {@link io.github.herenet.helium.plan.PlanningProblem} into a network, solves it and reads the
 * {@link io.github.herenet.helium.plan.Plan} back.
 */
package io.github.herenet.helium.plan;
