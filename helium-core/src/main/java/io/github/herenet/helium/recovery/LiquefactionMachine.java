package io.github.herenet.helium.recovery;

import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.recovery.LiquefactionEvent.FeedStarted;
import io.github.herenet.helium.recovery.LiquefactionEvent.MaintenanceEnded;
import io.github.herenet.helium.recovery.LiquefactionEvent.MaintenanceStarted;
import io.github.herenet.helium.recovery.LiquefactionEvent.Produced;
import io.github.herenet.helium.recovery.LiquefactionEvent.PurityRead;
import io.github.herenet.helium.recovery.LiquefactionEvent.Stopped;
import io.github.herenet.helium.recovery.LiquefactionEvent.VesselFed;
import io.github.herenet.helium.recovery.LiquefactionState.Phase;

import java.time.Instant;
import java.util.Objects;

/**
 * A liquefaction run at the hub: IDLE, FEEDING (one vessel at a time), LIQUEFYING, PRODUCED (liquid into
 * a dewar), and back to FEEDING or IDLE; MAINTENANCE from IDLE. The purity interlock at the liquefier inlet
 * (DOMAIN.md 2.5, UMD) refuses a feed below the limit, and a reading below it during a feed closes the
 * feed: the run goes on LIQUEFYING, the vessel keeps its gas as far as the ledger knows (a count corrects
 * it), and {@link LiquefactionState#interlocked()} is set for an alert.
 *
 * <p>Ledger events: {@code GasFed} when a vessel is empty (unless the vessels' own machines record it, see
 * the constructor), {@code LiquidProduced} for each dewar filled.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * LiquefactionMachine l = new LiquefactionMachine("L70", "okayama", Purity.ofPercent(99));
 * LiquefactionState s = l.initial(t0);
 * s = l.apply(s, new LiquefactionEvent.FeedStarted(t0, "C1", Purity.ofPercent(99.5), "Tanaka")).state();
 * ledger.appendAll(l.apply(s, new LiquefactionEvent.VesselFed(t1)).ledgerEvents());   // GasFed
 * }</pre>
 */
public final class LiquefactionMachine extends PhaseMachine<LiquefactionState, Phase, LiquefactionEvent> {

    /** The default inlet purity limit: 99 % helium (the Linde L70 was accepted at 1 % feed impurity). */
    public static final Purity DEFAULT_PURITY_LIMIT = Purity.ofPercent(99);

    private final String liquefierId;
    private final String hubSiteId;
    private final Purity purityLimit;
    private final boolean recordsFeeds;

    /**
     * A liquefier that records {@code GasFed} for each vessel it empties.
     *
     * @param liquefierId the liquefier
     * @param hubSiteId   the hub it is at
     * @param purityLimit the lowest inlet purity it takes
     */
    public LiquefactionMachine(String liquefierId, String hubSiteId, Purity purityLimit) {
        this(liquefierId, hubSiteId, purityLimit, true);
    }

    /**
     * A liquefier. When the fed vessels are cylinders driven by their own {@link CylinderMachine}, whose
     * {@code FeedEnded} already yields {@code GasFed}, pass {@code recordsFeeds = false} so the fact is
     * recorded once.
     *
     * @param liquefierId  the liquefier
     * @param hubSiteId    the hub it is at
     * @param purityLimit  the lowest inlet purity it takes
     * @param recordsFeeds whether {@code VesselFed} yields {@code GasFed}
     */
    public LiquefactionMachine(String liquefierId, String hubSiteId, Purity purityLimit, boolean recordsFeeds) {
        super("liquefier", Phase.class);
        this.recordsFeeds = recordsFeeds;
        this.liquefierId = id(liquefierId, "liquefier");
        this.hubSiteId = id(hubSiteId, "hub site");
        this.purityLimit = Objects.requireNonNull(purityLimit, "purity limit");
        allow(Phase.IDLE, FeedStarted.class, MaintenanceStarted.class);
        allow(Phase.FEEDING, PurityRead.class, VesselFed.class);
        allow(Phase.LIQUEFYING, FeedStarted.class, Produced.class, Stopped.class);
        allow(Phase.PRODUCED, FeedStarted.class, Produced.class, Stopped.class);
        allow(Phase.MAINTENANCE, MaintenanceEnded.class);
    }

    /**
     * The liquefier idle.
     *
     * @param since since when
     * @return the state
     */
    public LiquefactionState initial(Instant since) {
        return LiquefactionState.idle(liquefierId, since);
    }

    /** @return the lowest inlet purity it takes */
    public Purity purityLimit() {
        return purityLimit;
    }

    @Override
    Transition<LiquefactionState> step(LiquefactionState s, LiquefactionEvent event) {
        Instant t = event.time();
        String id = s.liquefierId();
        if (event instanceof FeedStarted e) {
            guard(e.purity().compareTo(purityLimit) >= 0, s, event, "purity interlock: " + e.vesselId() + " is at "
                    + e.purity() + ", below the inlet limit " + purityLimit);
            return Transition.to(new LiquefactionState(id, Phase.FEEDING, t, e.vesselId(), false, s.litresProduced(), null));
        } else if (event instanceof PurityRead e) {
            boolean low = e.purity().compareTo(purityLimit) < 0;
            return Transition.to(low ? new LiquefactionState(id, Phase.LIQUEFYING, t, null, true, s.litresProduced(), null)
                    : new LiquefactionState(id, Phase.FEEDING, t, s.feedVesselId(), false, s.litresProduced(), null));
        } else if (event instanceof VesselFed) {
            LiquefactionState next = new LiquefactionState(id, Phase.LIQUEFYING, t, null, false, s.litresProduced(), null);
            return recordsFeeds ? Transition.to(next, new LedgerEvent.GasFed(t, s.feedVesselId(), hubSiteId))
                    : Transition.to(next);
        } else if (event instanceof Produced e) {
            return Transition.to(new LiquefactionState(id, Phase.PRODUCED, t, null, s.interlocked(),
                    s.litresProduced() + e.litres(), null), new LedgerEvent.LiquidProduced(t, hubSiteId, e.dewarId(), e.litres()));
        } else if (event instanceof MaintenanceStarted e) {
            return Transition.to(new LiquefactionState(id, Phase.MAINTENANCE, t, null, false, 0, e.work()));
        }
        return Transition.to(LiquefactionState.idle(id, t));
    }
}
