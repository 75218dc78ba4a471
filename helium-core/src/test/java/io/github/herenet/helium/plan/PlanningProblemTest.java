package io.github.herenet.helium.plan;

import io.github.herenet.helium.plan.PlanningProblem.DewarFleet;
import io.github.herenet.helium.plan.PlanningProblem.Hub;
import io.github.herenet.helium.plan.PlanningProblem.Liquefier;
import io.github.herenet.helium.plan.PlanningProblem.Order;
import io.github.herenet.helium.plan.PlanningProblem.PickupTrip;
import io.github.herenet.helium.plan.PlanningProblem.Prices;
import io.github.herenet.helium.plan.PlanningProblem.Site;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Validation of the problem records, the phase thresholds and the plan's look-ups. */
class PlanningProblemTest {

    private static final Hub HUB = new Hub(new Liquefier(20, 8, Set.of(), 0.9), 100, 100, 0.01, 0, 0);
    private static final DewarFleet FLEET = new DewarFleet(1000, 1, 7);
    private static final Prices PRICES = new Prices(2000, 3000, 300, 100);

    private static PlanningProblem problem(int days, List<Site> sites, List<Order> orders, List<PickupTrip> trips) {
        return new PlanningProblem(days, sites, orders, trips, HUB, FLEET, PRICES);
    }

    @Test
    void rejectsInconsistentProblemsNamingTheCulprit() {
        Site a = Site.steady("a", 3, 1, 10);
        assertThatIllegalArgumentException().isThrownBy(() -> problem(0, List.of(), List.of(), List.of()))
                .withMessage("days 0 must be in 1..100000");
        assertThatIllegalArgumentException().isThrownBy(() -> problem(3, List.of(a, a), List.of(), List.of()))
                .withMessage("site id 'a' appears twice");
        assertThatIllegalArgumentException().isThrownBy(() -> problem(4, List.of(a), List.of(), List.of()))
                .withMessage("site 'a' has a forecast of 3 days for a horizon of 4");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> problem(3, List.of(a), List.of(new Order("b", 0, 1)), List.of()))
                .withMessage("order for unknown site 'b'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> problem(3, List.of(a), List.of(new Order("a", 3, 1)), List.of()))
                .withMessage("order at 'a' on day 3 is outside the horizon 0..2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> problem(3, List.of(a), List.of(), List.of(new PickupTrip("a", -1, 10, 10, 0))))
                .withMessage("pickup trip at 'a' on day -1 is outside the horizon 0..2");
        Hub late = new Hub(new Liquefier(20, 8, Set.of(5), 1), 100, 100, 0, 0, 0);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PlanningProblem(3, List.of(a), List.of(), List.of(), late, FLEET, PRICES))
                .withMessage("maintenance day 5 is outside the horizon 0..2");
    }

    @Test
    void rejectsBadAmounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Order("a", 0, -1))
                .withMessage("order at 'a' on day 0 is -1.0, must be finite and >= 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new Site("a", List.of(Double.NaN), 10, 0, 0))
                .withMessage("recovery of site 'a' on day 0 is NaN, must be finite and >= 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new Site("a", List.of(1.0), 10, 11, 0))
                .withMessage("initial gas of site 'a' 11.0 exceeds its storage (10.0)");
        assertThatIllegalArgumentException().isThrownBy(() -> new Site("a", List.of(1.0), 10, 0, 1.5))
                .withMessage("gas loss per day of site 'a' is 1.5, must be in 0..1");
        assertThatIllegalArgumentException().isThrownBy(() -> new Liquefier(20, 25, Set.of(), 1))
                .withMessage("liquefier hours per day 25.0 exceeds 24 (24.0)");
        assertThatIllegalArgumentException().isThrownBy(() -> new Liquefier(20, 8, Set.of(), 0))
                .withMessage("liquefier yield 0.0 must be in (0, 1]");
        assertThatIllegalArgumentException().isThrownBy(() -> new PickupTrip("a", 0, 10, 10, -1))
                .withMessage("lead time of the trip from 'a' on day 0 -1 days must be in 0..100000");
        assertThatIllegalArgumentException().isThrownBy(() -> new DewarFleet(100, 1, 0))
                .withMessage("dewar round trip 0 days must be in 1..100000");
        assertThatIllegalArgumentException().isThrownBy(() -> new Prices(Double.POSITIVE_INFINITY, 0, 0, 0))
                .withMessage("purchase price is Infinity, must be finite and >= 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Hub(new Liquefier(1, 1, Set.of(), 1), 10, 10, 0, 0, 20))
                .withMessage("hub initial liquid 20.0 exceeds the hub liquid storage (10.0)");
    }

    @Test
    void rejectsPricesBeyondTheCostBound() {
        Prices absurd = new Prices(1e20, 0, 0, 0);
        PlanningProblem p = new PlanningProblem(1, List.of(Site.steady("a", 1, 1, 1)),
                List.of(new Order("a", 0, 1)), List.of(), HUB, FLEET, absurd);
        assertThatIllegalArgumentException().isThrownBy(() -> Planner.plan(p))
                .withMessageStartingWith("purchase price 1.0E20 per litre is too large");
    }

    @Test
    void liquefierCapacityByDay() {
        Liquefier l = new Liquefier(25, 8, Set.of(2), 0.9);
        assertThat(l.litresOn(1)).isEqualTo(200);
        assertThat(l.litresOn(2)).isZero();
        assertThat(FLEET.litresPerDay()).isCloseTo(1000 / 7.0, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void phasesFromTheLiquefiedShare() {
        assertThat(ProgrammePhase.of(0)).isEqualTo(ProgrammePhase.PHASE_1);
        assertThat(ProgrammePhase.of(0.0499)).isEqualTo(ProgrammePhase.PHASE_1);
        assertThat(ProgrammePhase.of(0.05)).isEqualTo(ProgrammePhase.PHASE_2);
        assertThat(ProgrammePhase.of(0.8999)).isEqualTo(ProgrammePhase.PHASE_2);
        assertThat(ProgrammePhase.of(0.9)).isEqualTo(ProgrammePhase.PHASE_3);
        assertThat(ProgrammePhase.of(1)).isEqualTo(ProgrammePhase.PHASE_3);
        assertThat(ProgrammePhase.PHASE_2.number()).isEqualTo(2);
        assertThatIllegalArgumentException().isThrownBy(() -> ProgrammePhase.of(Double.NaN))
                .withMessage("liquefied share NaN must be >= 0");
    }

    @Test
    void planLookUpsRejectUnknownSitesAndDays() {
        Plan plan = Planner.plan(PlannerTest.twoSitesFiveDays());
        assertThat(plan.days()).isEqualTo(5);
        assertThat(plan.siteDays()).hasSize(10);
        assertThatIllegalArgumentException().isThrownBy(() -> plan.site("C")).withMessage("no site 'C' in the plan");
        assertThatIllegalArgumentException().isThrownBy(() -> plan.hubDay(5))
                .withMessage("day 5 is outside the horizon 0..4");
        assertThatIllegalArgumentException().isThrownBy(() -> plan.siteDay("A", -1))
                .withMessage("day -1 is outside the horizon 0..4");
        assertThat(plan.toString()).startsWith("Plan[5 days, 2 sites");
    }
}
