package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.ledger.InMemoryLedgerStore;
import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.ledger.LedgerEvent.CampaignStep;
import io.github.herenet.helium.ledger.RecordedEvent;
import io.github.herenet.helium.thermo.StandardConditions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The shipped decommissioning campaign: about 500 L into five dewars, about 3 m3 into bags. */
class CampaignTest {

    @Test
    void theCampaignRecoversAbout500LitresIntoFiveDewarsAndAbout3CubicMetresIntoBags() {
        Scenario scenario = Scenario.campaign();
        try (Ledger ledger = Ledger.open(scenario.network(), new InMemoryLedgerStore());
             NetworkSimulation sim = NetworkSimulation.create(scenario, 42, ledger)) {
            sim.run(Duration.ofDays(scenario.days()), Progress.NONE);
            List<CampaignStep> steps = ledger.events().stream().map(RecordedEvent::event)
                    .filter(CampaignStep.class::isInstance).map(CampaignStep.class::cast).toList();
            assertThat(steps).extracting(CampaignStep::step).startsWith(CampaignStep.Step.PLAN, CampaignStep.Step.DEENERGISE)
                    .contains(CampaignStep.Step.PRECOOL, CampaignStep.Step.SHIP).endsWith(CampaignStep.Step.DONE);
            assertThat(steps).filteredOn(s -> s.step() == CampaignStep.Step.TEST_TRANSFER).hasSize(2);

            List<CampaignStep> dewars = steps.stream().filter(s -> s.step() == CampaignStep.Step.LIQUID_TO_DEWAR).toList();
            assertThat(dewars).hasSize(5).extracting(CampaignStep::vesselId).doesNotHaveDuplicates();
            double litres = dewars.stream().mapToDouble(s -> ledger.network().vessel(s.vesselId())
                    .map(v -> ((io.github.herenet.helium.inventory.Dewar) v).liquidLitres(s.amount(),
                            io.github.herenet.helium.units.Pressure.STANDARD_ATMOSPHERE)).orElseThrow()).sum();
            assertThat(litres).isCloseTo(500, within(5.0));

            double bagM3 = steps.stream().filter(s -> s.step() == CampaignStep.Step.BOILOFF_TO_BAG)
                    .mapToDouble(s -> s.amount().gasCubicMetres(StandardConditions.STANDARD_20C)).sum();
            assertThat(bagM3).isCloseTo(3.0, within(0.1));

            assertThat(ledger.events()).anySatisfy(r -> assertThat(r.event()).isInstanceOf(LedgerEvent.ShipmentReceived.class));
            assertThat(sim.read("sim://iwate-medical/iwate-B03/fill").value()).isCloseTo(100, within(1e-6));
            assertThat(sim.read("sim://iwate-medical/iwate-medical-MRI/level").value()).isZero();
            HeliumBalance balance = sim.balance();
            assertThat(balance.conserved()).isTrue();
            assertThat(balance.lossKg(LossCause.CAMPAIGN_VENT)).isPositive();
        }
    }

    @Test
    void aQuenchDuringTheTransferAbortsTheCampaignAndVentsTheRest() {
        Scenario scenario = Scenario.campaign();
        scenario = scenario.withFaults(List.of(new Fault.Quench(scenario.decommissioning().magnetId(), 8.05)));
        try (Ledger ledger = Ledger.open(scenario.network(), new InMemoryLedgerStore());
             NetworkSimulation sim = NetworkSimulation.create(scenario, 42, ledger)) {
            sim.run(Duration.ofDays(scenario.days()), Progress.NONE);
            List<LedgerEvent> events = ledger.events().stream().map(RecordedEvent::event).toList();
            assertThat(events).filteredOn(CampaignStep.class::isInstance).map(e -> ((CampaignStep) e).step())
                    .endsWith(CampaignStep.Step.ABORTED).doesNotContain(CampaignStep.Step.DONE, CampaignStep.Step.SHIP);
            assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(LedgerEvent.Vented.class,
                    v -> assertThat(v.reason()).contains("quench")));
            assertThat(sim.faults()).singleElement().satisfies(f -> assertThat(f.description()).contains("campaign"));
            assertThat(sim.balance().conserved()).isTrue();
            assertThat(sim.balance().lossKg(LossCause.QUENCH)).isGreaterThan(30);
        }
    }
}
