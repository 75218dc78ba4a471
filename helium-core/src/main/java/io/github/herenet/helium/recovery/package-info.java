/**
 * The procedures partner and hub staff follow, encoded so that software can guide, check and record them
 * (DOMAIN.md section 3): the gas bag cycle, the recovery compressor with its interlocks, the regulated
 * cylinder fill, the dewar-to-dewar liquid transfer, the magnet decommissioning (HeliGet) campaign, the
 * shipment and the hub's liquefaction run.
 *
 * <h2>Shape</h2>
 * Each procedure is a {@link io.github.herenet.helium.recovery.Machine}: a pure transition function over an
 * immutable state record (with an enum phase, the subject's id and the instant it last changed) and a
 * sealed interface of event records (device readings, or people's actions that carry the operator's name).
 * {@link io.github.herenet.helium.recovery.Machine#apply} returns a
 * {@link io.github.herenet.helium.recovery.Transition}: the next state and the
 * {@link io.github.herenet.helium.ledger.LedgerEvent}s the step implies, possibly none. An event whose type
 * is not in {@link io.github.herenet.helium.recovery.Machine#allowed}, one dated before the state, or one a
 * guard refuses (a fill above the rated pressure, a start against a collapsed bag, a feed below the
 * liquefier's purity limit) throws an {@link io.github.herenet.helium.recovery.IllegalTransitionException}
 * naming the machine, subject, phase, event and the allowed event types; nothing changes then.
 * A machine holds only its configuration, so one machine serves any number of states, from any thread; the
 * caller (a UI, a device poller, the network simulator) keeps the states.
 *
 * <table>
 * <caption>The machines and what they record</caption>
 * <tr><th>machine</th><th>phases</th><th>ledger events</th></tr>
 * <tr><td>{@link io.github.herenet.helium.recovery.GasBagMachine}</td><td>EMPTY, FILLING, FULL, SWAPPED, COMPRESSING</td>
 *     <td>BagFull (plus Vented for an overfill's excess), BagSwapped, BagEmptied</td></tr>
 * <tr><td>{@link io.github.herenet.helium.recovery.CompressorMachine}</td><td>OFF, IDLE, RUNNING, FAULT</td><td>none</td></tr>
 * <tr><td>{@link io.github.herenet.helium.recovery.CylinderMachine}</td><td>EMPTY, FILLING, FULL, IN_TRANSIT, AT_HUB, FEEDING</td>
 *     <td>CylinderFilled, GasFed</td></tr>
 * <tr><td>{@link io.github.herenet.helium.recovery.ShipmentMachine}</td><td>PACKED, SENT, RECEIVED, LOST</td>
 *     <td>ShipmentSent, ShipmentReceived; Vented for a lost shipment</td></tr>
 * <tr><td>{@link io.github.herenet.helium.recovery.LiquidTransferMachine}</td>
 *     <td>READY, PRECOOLED, PURGED, PRESSURISED, TRANSFERRING, STOPPED, DONE</td>
 *     <td>InventoryCounted of both dewars; Vented for a vented flash</td></tr>
 * <tr><td>{@link io.github.herenet.helium.recovery.CampaignMachine}</td>
 *     <td>PLANNING, PLANNED, DEENERGISED, PRECOOLED, TESTING, PRESSURISED, TRANSFERRING, BOILOFF, SHIPPED, DONE, ABORTED</td>
 *     <td>CampaignStep; Vented after a quench</td></tr>
 * <tr><td>{@link io.github.herenet.helium.recovery.LiquefactionMachine}</td>
 *     <td>IDLE, FEEDING, LIQUEFYING, PRODUCED, MAINTENANCE</td><td>GasFed (optional), LiquidProduced</td></tr>
 * </table>
 * Applied in order to a {@link io.github.herenet.helium.ledger.Ledger} whose network holds the vessels, the
 * ledger accepts every event the machines yield. Where two machines see the same fact (a cylinder fed to the
 * liquefier), one records it: build the {@code LiquefactionMachine} with {@code recordsFeeds = false} when
 * the cylinders are driven by a {@code CylinderMachine}.
 *
 * <h2>Example: a bag swapped by staff and compressed into a cylinder</h2>
 * <pre>{@code
 * GasBagMachine bags = new GasBagMachine(new GasBag("B1", Volume.ofCubicMetres(1)), "tottori");
 * GasBagState bag = bags.initial(t0);
 * Transition<GasBagState> step = bags.apply(bag, new GasBagEvent.Connected(t0, "Sato"));
 * step = bags.apply(step.state(), new GasBagEvent.Full(t1, Volume.ofCubicMetres(1), Temperature.ofCelsius(20)));
 * ledger.appendAll(step.ledgerEvents());                                  // BagFull
 * if (step.state().overfilled()) { alert("bag B1 overfilled"); }
 *
 * // what may happen next, e.g. to enable buttons in a UI or to drive a simulation
 * Set<Class<? extends GasBagEvent>> next = bags.allowed(step.state()); // [Swapped, OverfillSwitch]
 *
 * step = bags.applyAll(step.state(), List.of(
 *         new GasBagEvent.Swapped(t2, "B2", "Sato"),                     // BagSwapped
 *         new GasBagEvent.CompressionStarted(t3, "C1"),
 *         new GasBagEvent.Emptied(t4)));                                 // BagEmptied(B1, C1)
 * ledger.appendAll(step.ledgerEvents());
 *
 * try {
 *     compressor.apply(idle, new CompressorEvent.ManualStart(t5, "Sato"));
 * } catch (IllegalTransitionException refused) {
 *     // "recovery compressor K1 is IDLE: ManualStart refused: the bag is collapsed (low-level sensor on):
 *     //  running would draw in air; allowed: [BagHigh, BagLow, ...]"
 *     show(refused.getMessage());
 * }
 * }</pre>
 *
 * <h2>Driving a machine from people and devices</h2>
 * A {@link io.github.herenet.helium.recovery.MachineDriver} holds one subject's current state, applies the
 * events it gets and appends each step's ledger events before it publishes the new state (a step the ledger
 * refuses changes nothing); it is thread-safe. People's actions go through
 * {@link io.github.herenet.helium.recovery.MachineDriver#accept}, which throws a refusal back to show the user.
 * Device readings go through a {@link io.github.herenet.helium.recovery.ReadingTranslator} in a
 * {@link io.github.herenet.helium.device.PollListener}: only good, finite readings count, and a signal the
 * procedure refuses in the current phase is logged and counted, never thrown at the poller. Ready-made
 * translators: {@link io.github.herenet.helium.recovery.CompressorSignal} (bag level with hysteresis,
 * discharge pressure in any pressure unit, suction purity, alarm word) and
 * {@link io.github.herenet.helium.recovery.GasBagLevelSignal}.
 * <pre>{@code
 * MachineDriver<CompressorState, CompressorEvent> k1 = new MachineDriver<>(compressor, compressor.initial(t0), ledger);
 * poller.addListener(k1.pollListener(plc, CompressorSignal.all(
 *         new CompressorSignal.BagLevel("bagLevel", 10, 90, 2),          // BagHigh at 90 %, BagLow at 10 %
 *         new CompressorSignal.DischargePressure("discharge", true))));  // stops at the fill pressure
 * poller.poll(plc, "bagLevel", Duration.ofSeconds(5));
 * poller.poll(plc, "discharge", Duration.ofSeconds(1));
 *
 * MachineDriver<GasBagState, GasBagEvent> b1 = new MachineDriver<>(bags, bags.initial(t0), ledger);
 * poller.addListener(b1.pollListener(meter, new GasBagLevelSignal("level", bag, 95, Temperature.ofCelsius(20))));
 * try {
 *     b1.accept(new GasBagEvent.Swapped(now, "B2", "Sato"));             // staff confirm the swap
 * } catch (IllegalTransitionException refused) {
 *     show(refused.getMessage());  // "gas bag B1 is FILLING: Swapped is not allowed in FILLING; allowed: [Full, LevelRead, OverfillSwitch]"
 * }
 * }</pre>
 * {@link io.github.herenet.helium.recovery.PhaseAlerts#feed} turns a driver's states into alerts: added with
 * {@code b1.addListener(PhaseAlerts.feed(engine))}, it reports the current state and every later one to the
 * engine's {@code inPhase} rules (a compressor in FAULT, a bag FULL for 12 h, a cylinder FILLING too long).
 */
package io.github.herenet.helium.recovery;
