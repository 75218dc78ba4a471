/**
 * Data reconciliation and gross-error detection for helium accounting: every month's numbers (meter
 * totals, dewar levels, stock counts, bag fills, recorded losses) never add up exactly; reconciliation
 * finds the most likely true values and points at leaks and faulty meters.
 *
 * <p>The low level is a {@link io.github.herenet.helium.reconcile.BalanceModel} of linear balances over
 * measured and unmeasured quantities: {@link io.github.herenet.helium.reconcile.BalanceModel#reconcile()}
 * gives the weighted least-squares estimates x = m - V A^T (A V A^T)^-1 A m with standard deviations,
 * the global chi-square test and the measurement and balance tests
 * ({@link io.github.herenet.helium.reconcile.Reconciliation}); unmeasured quantities are projected out
 * and classified observable or not ({@link io.github.herenet.helium.reconcile.Classification});
 * {@link io.github.herenet.helium.reconcile.BalanceModel#detectGrossErrors(double)} isolates several
 * biased measurements and leaks by serial elimination with the generalised likelihood ratio
 * ({@link io.github.herenet.helium.reconcile.GrossErrorReport}). Everything is sparse: a projection by
 * sparse elimination, an approximate-minimum-degree ordering, an LDL^T factor of A V A^T and its
 * selected inverse; no dense matrix is formed, so a network of 150 sites over 90 months (144,000
 * measurements) reconciles in tens of milliseconds.
 *
 * <p>The high level, {@link io.github.herenet.helium.reconcile.LedgerReconciler}, builds the model from a
 * {@link io.github.herenet.helium.ledger.Ledger}'s months and reports per site, in sentences, the lines
 * that lose helium and the readings that look wrong.
 * {@link io.github.herenet.helium.reconcile.SyntheticNetwork} generates test networks with planted
 * faults.
 */
package io.github.herenet.helium.reconcile;
