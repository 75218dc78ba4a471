/**
 * The whole-network simulator: a {@link io.github.herenet.helium.sim.network.Scenario} (a network, the hub's
 * plant, the partners' recovery lines, the programme phases, faults, optionally a decommissioning campaign,
 * read from JSON) run by a {@link io.github.herenet.helium.sim.network.NetworkSimulation} on a virtual clock.
 *
 * <p>How it works: the simulation is discrete-event. Between events every flow is constant (a magnet's boil-off
 * through its line, a lab's experiments drawing on a dewar, a dewar's boil-off, the compressor's flow, a
 * transfer's flash), so each part is brought up to
 * date only when an event touches it, and the next event of each kind (a bag full, a magnet down to its refill
 * level, a compressor run ending, a shipment arriving, the daily meter reading, the month-end survey) is
 * computed and put on one queue. Every transfer of helium takes one amount from one place and adds it to
 * another, which keeps the true account ({@link io.github.herenet.helium.sim.network.HeliumBalance}) exact to
 * rounding. The procedures are the {@code recovery} package's state machines, which decide each step and yield
 * the ledger events; the simulation appends them to the caller's ledger in time order.
 */
package io.github.herenet.helium.sim.network;
