package io.github.herenet.helium.recovery;

import io.github.herenet.helium.inventory.Dewar;
import io.github.herenet.helium.inventory.GasBag;
import io.github.herenet.helium.inventory.LiquidLevel;
import io.github.herenet.helium.inventory.VesselReading;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.ledger.LedgerEvent.CampaignStep.Step;
import io.github.herenet.helium.recovery.CampaignEvent.BoilOffBagged;
import io.github.herenet.helium.recovery.CampaignEvent.Completed;
import io.github.herenet.helium.recovery.CampaignEvent.Deenergised;
import io.github.herenet.helium.recovery.CampaignEvent.DewarFilled;
import io.github.herenet.helium.recovery.CampaignEvent.PlanApproved;
import io.github.herenet.helium.recovery.CampaignEvent.Precooled;
import io.github.herenet.helium.recovery.CampaignEvent.Pressurised;
import io.github.herenet.helium.recovery.CampaignEvent.Quench;
import io.github.herenet.helium.recovery.CampaignEvent.Shipped;
import io.github.herenet.helium.recovery.CampaignEvent.TestTransfer;
import io.github.herenet.helium.recovery.CampaignState.Phase;
import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.units.Pressure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A magnet decommissioning (HeliGet) campaign, as at Iwate Medical University (DOMAIN.md 0 and 3): PLAN,
 * DE-ENERGISE without a quench, PRECOOL the recovery dewars, TEST transfers (a set number), CONNECT and
 * PRESSURISE, TRANSFER into the planned dewars one after another, BOILOFF into the planned bags, SHIP, DONE.
 * A quench at any point before DONE aborts it. Guards: enough test transfers before pressurising, only
 * planned dewars and bags, each filled once and within its capacity, and no more liquid out of the magnet
 * than it held.
 *
 * <p>Ledger events: one {@code CampaignStep} a step. {@code LIQUID_TO_DEWAR} and {@code BOILOFF_TO_BAG} name
 * the vessel and set its content (the dewar's liquid plus saturated vapour at 1 atm; the bag's gas at
 * 1 atm); the milestones carry {@link HeliumAmount#ZERO}. A quench records {@code ABORTED} and, once the
 * liquid left in the magnet is known, {@code Vented} for what had not been recovered. Pressurising is
 * not a ledger step (the ledger's steps have none for it). Immutable and thread-safe.
 *
 * <pre>{@code
 * CampaignMachine iwate = new CampaignMachine("heliget-iwate", "iwate", dewars, bags, 2);
 * CampaignState s = CampaignState.planning("heliget-iwate", t0);
 * s = iwate.apply(s, new CampaignEvent.PlanApproved(t0, "Suzuki")).state();
 * s = iwate.apply(s, new CampaignEvent.Deenergised(t1, "Suzuki", 800)).state();
 * }</pre>
 */
public final class CampaignMachine extends PhaseMachine<CampaignState, Phase, CampaignEvent> {

    private final String campaignId;
    private final String siteId;
    private final Map<String, Dewar> dewars = new LinkedHashMap<>();
    private final Map<String, GasBag> bags = new LinkedHashMap<>();
    private final int testTransfers;

    /**
     * A campaign plan.
     *
     * @param campaignId    the campaign
     * @param siteId        where the magnet is (the dewars and bags must be vessels of the ledger's network)
     * @param dewars        the recovery dewars (5 x 100 L at Iwate)
     * @param bags          the boil-off bags (3 x 1 m3 at Iwate)
     * @param testTransfers how many test transfers must be done before the main transfer (2 at Iwate)
     * @throws IllegalArgumentException for a negative test count or repeated vessels
     */
    public CampaignMachine(String campaignId, String siteId, List<Dewar> dewars, List<GasBag> bags, int testTransfers) {
        super("campaign", Phase.class);
        this.campaignId = id(campaignId, "campaign");
        this.siteId = id(siteId, "site");
        for (Dewar dewar : dewars) {
            if (this.dewars.put(dewar.id(), dewar) != null) {
                throw new IllegalArgumentException("dewar " + dewar.id() + " is planned twice");
            }
        }
        for (GasBag bag : bags) {
            if (this.bags.put(bag.id(), bag) != null) {
                throw new IllegalArgumentException("bag " + bag.id() + " is planned twice");
            }
        }
        if (testTransfers < 0) {
            throw new IllegalArgumentException("test transfers must be >= 0, got " + testTransfers);
        }
        this.testTransfers = testTransfers;
        allow(Phase.PLANNING, PlanApproved.class, Quench.class);
        allow(Phase.PLANNED, Deenergised.class, Quench.class);
        allow(Phase.DEENERGISED, Precooled.class, Quench.class);
        allow(Phase.PRECOOLED, TestTransfer.class, Pressurised.class, Quench.class);
        allow(Phase.TESTING, TestTransfer.class, Pressurised.class, Quench.class);
        allow(Phase.PRESSURISED, DewarFilled.class, Quench.class);
        allow(Phase.TRANSFERRING, DewarFilled.class, BoilOffBagged.class, Shipped.class, Quench.class);
        allow(Phase.BOILOFF, BoilOffBagged.class, Shipped.class, Quench.class);
        allow(Phase.SHIPPED, Completed.class, Quench.class);
    }

    /**
     * The campaign being planned.
     *
     * @param since since when
     * @return {@link CampaignState#planning}
     */
    public CampaignState initial(Instant since) {
        return CampaignState.planning(campaignId, since);
    }

    @Override
    Transition<CampaignState> step(CampaignState s, CampaignEvent event) {
        Instant t = event.time();
        if (event instanceof PlanApproved e) {
            return milestone(s.with(Phase.PLANNED, t), Step.PLAN, "plan approved by " + e.operator());
        } else if (event instanceof Deenergised e) {
            CampaignState next = new CampaignState(campaignId, Phase.DEENERGISED, t, e.remainingLitres(), 0,
                    List.of(), List.of(), 0);
            return milestone(next, Step.DEENERGISE, "de-energised without a quench by " + e.operator() + "; "
                    + e.remainingLitres() + " L left in the magnet");
        } else if (event instanceof Precooled e) {
            return milestone(s.with(Phase.PRECOOLED, t), Step.PRECOOL, "recovery dewars precooled by " + e.operator());
        } else if (event instanceof TestTransfer e) {
            CampaignState next = new CampaignState(campaignId, Phase.TESTING, t, s.magnetLitres(), s.testsDone() + 1,
                    s.filledDewars(), s.filledBags(), s.litresRecovered());
            return milestone(next, Step.TEST_TRANSFER, "test " + next.testsDone() + " by " + e.operator() + ": " + e.note());
        } else if (event instanceof Pressurised) {
            guard(s.testsDone() >= testTransfers, s, event, "the plan needs " + testTransfers
                    + " test transfers first, " + s.testsDone() + " done");
            return Transition.to(s.with(Phase.PRESSURISED, t));
        } else if (event instanceof DewarFilled e) {
            return dewarFilled(s, e);
        } else if (event instanceof BoilOffBagged e) {
            return bagFilled(s, e);
        } else if (event instanceof Shipped e) {
            return milestone(s.with(Phase.SHIPPED, t), Step.SHIP, "shipped to " + e.destination() + " by " + e.operator());
        } else if (event instanceof Completed e) {
            return milestone(s.with(Phase.DONE, t), Step.DONE, "closed by " + e.operator());
        }
        return quench(s, (Quench) event);
    }

    private Transition<CampaignState> dewarFilled(CampaignState s, DewarFilled e) {
        Dewar dewar = dewars.get(e.dewarId());
        guard(dewar != null, s, e, "dewar " + e.dewarId() + " is not in the plan " + dewars.keySet());
        guard(!s.filledDewars().contains(e.dewarId()), s, e, "dewar " + e.dewarId() + " was already filled");
        guard(e.litres() <= dewar.capacity().litres(), s, e, e.litres() + " L does not fit dewar " + dewar.id()
                + " of " + dewar.capacity().litres() + " L");
        double recovered = s.litresRecovered() + e.litres();
        guard(recovered <= s.magnetLitres(), s, e, "that makes " + recovered + " L recovered, more than the "
                + s.magnetLitres() + " L left in the magnet");
        List<String> filled = new ArrayList<>(s.filledDewars());
        filled.add(dewar.id());
        CampaignState next = new CampaignState(campaignId, Phase.TRANSFERRING, e.time(), s.magnetLitres(), s.testsDone(),
                filled, s.filledBags(), recovered);
        HeliumAmount amount = dewar.content(new VesselReading.Liquid(new LiquidLevel.Litres(e.litres()),
                Pressure.STANDARD_ATMOSPHERE));
        return Transition.to(next, new LedgerEvent.CampaignStep(e.time(), campaignId, siteId, Step.LIQUID_TO_DEWAR,
                dewar.id(), amount, e.litres() + " L into dewar " + filled.size() + " of " + dewars.size()));
    }

    private Transition<CampaignState> bagFilled(CampaignState s, BoilOffBagged e) {
        GasBag bag = bags.get(e.bagId());
        guard(bag != null, s, e, "bag " + e.bagId() + " is not in the plan " + bags.keySet());
        guard(!s.filledBags().contains(e.bagId()), s, e, "bag " + e.bagId() + " was already filled");
        guard(e.gasVolume().compareTo(bag.capacity()) <= 0, s, e, e.gasVolume() + " does not fit bag " + bag.id()
                + " of " + bag.capacity());
        List<String> filled = new ArrayList<>(s.filledBags());
        filled.add(bag.id());
        CampaignState next = new CampaignState(campaignId, Phase.BOILOFF, e.time(), s.magnetLitres(), s.testsDone(),
                s.filledDewars(), filled, s.litresRecovered());
        HeliumAmount amount = bag.content(new VesselReading.Bag(e.gasVolume(), Pressure.STANDARD_ATMOSPHERE,
                e.temperature(), e.purity()));
        return Transition.to(next, new LedgerEvent.CampaignStep(e.time(), campaignId, siteId, Step.BOILOFF_TO_BAG,
                bag.id(), amount, e.gasVolume() + " of boil-off into bag " + filled.size() + " of " + bags.size()));
    }

    private Transition<CampaignState> quench(CampaignState s, Quench e) {
        List<LedgerEvent> events = new ArrayList<>();
        events.add(new LedgerEvent.CampaignStep(e.time(), campaignId, siteId, Step.ABORTED, null, HeliumAmount.ZERO,
                "quench in " + s.phase() + ": " + e.note()));
        double left = s.magnetLitres() - s.litresRecovered();
        if (left > 0) {
            events.add(new LedgerEvent.Vented(e.time(), siteId, null, HeliumAmount.ofLiquidLitres(left),
                    "quench during campaign " + campaignId + ": " + left + " L left in the magnet boiled off"));
        }
        return new Transition<>(s.with(Phase.ABORTED, e.time()), events);
    }

    private Transition<CampaignState> milestone(CampaignState next, Step step, String note) {
        return Transition.to(next, new LedgerEvent.CampaignStep(next.since(), campaignId, siteId, step, null,
                HeliumAmount.ZERO, Objects.requireNonNull(note)));
    }
}
