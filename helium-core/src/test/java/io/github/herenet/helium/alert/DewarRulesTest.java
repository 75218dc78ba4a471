package io.github.herenet.helium.alert;

import io.github.herenet.helium.inventory.Dewar;
import io.github.herenet.helium.inventory.LiquidLevel;
import io.github.herenet.helium.inventory.Lab;
import io.github.herenet.helium.inventory.Network;
import io.github.herenet.helium.inventory.Site;
import io.github.herenet.helium.inventory.VesselReading;
import io.github.herenet.helium.ledger.InMemoryLedgerStore;
import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.ledger.RecordedEvent;
import io.github.herenet.helium.units.Mass;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Volume;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Forgotten and warm dewars, raised and cleared on tick from the ledger's dewar tracking. */
class DewarRulesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));
    private final List<String> heard = Collections.synchronizedList(new ArrayList<>());
    private final Ledger ledger = Ledger.open(new Network(
            List.of(new Site("okayama", "Okayama University", Site.Role.HUB)),
            List.of(new Lab("nmr-a", "NMR A", "okayama")), List.of(),
            List.of(dewar("D1"), dewar("D2"), dewar("D3"))), new InMemoryLedgerStore());

    /** A 100 L dewar losing 1 % a day: 1 L a day. */
    private static Network.Placement dewar(String id) {
        return new Network.Placement(new Dewar(id, Volume.ofLitres(100), 1.0, Mass.ofKilograms(50)), "okayama");
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private AlertEngine engine(Rule... rules) {
        AlertEngine e = new AlertEngine(List.of(rules), clock,
                new AlertEngine.Settings(Duration.ofDays(1), Duration.ofDays(30), Duration.ZERO), ledger);
        e.addListener((a, ev) -> heard.add(ev + " " + a.kind() + " " + a.subject()));
        return e;
    }

    private void days(long d) {
        clock.advance(Duration.ofDays(d));
    }

    private void count(String dewarId, double litres) {
        ledger.append(new LedgerEvent.InventoryCounted(clock.instant(), "okayama", "nmr-a", dewarId,
                new VesselReading.Liquid(new LiquidLevel.Litres(litres), Pressure.STANDARD_ATMOSPHERE)));
    }

    @Test
    void forgottenDewarIsRaisedAfterItsTimeAndClearedOnReturn() {
        AlertEngine e = engine(new Rule.ForgottenDewar("forgotten", "dewar/*", Severity.WARNING, Duration.ofDays(14)));
        ledger.append(new LedgerEvent.LiquidDelivered(clock.instant(), "D1", "nmr-a", 100));
        days(14);
        e.tick();
        assertThat(e.openAlerts()).isEmpty();
        days(1);
        e.tick();
        e.tick();
        assertThat(e.openAlerts()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.DEWAR_FORGOTTEN);
            assertThat(a.subject()).isEqualTo("dewar/D1");
            assertThat(a.value()).isCloseTo(15, within(1e-9));
            assertThat(a.threshold()).isCloseTo(14, within(1e-9));
        });
        ledger.append(new LedgerEvent.DewarReturned(clock.instant(), "D1", "nmr-a", 80));
        days(1);
        e.tick();
        assertThat(e.openAlerts()).isEmpty();
        assertThat(heard).containsExactly("RAISED DEWAR_FORGOTTEN dewar/D1", "CLEARED DEWAR_FORGOTTEN dewar/D1");
        assertThat(ledger.events().stream().map(RecordedEvent::event)
                .filter(ev -> ev instanceof LedgerEvent.AlertChanged).map(ev -> ((LedgerEvent.AlertChanged) ev).state()))
                .containsExactly("RAISED", "CLEARED");
    }

    @Test
    void dewarLosingLiquidFasterThanItsBoilOffIsWarm() {
        AlertEngine e = engine(new Rule.WarmDewar("warm", "dewar/*", Severity.WARNING, 2));
        ledger.append(new LedgerEvent.LiquidDelivered(clock.instant(), "D2", "nmr-a", 50));
        e.tick();
        days(2);
        count("D2", 47); // 1.5 L a day: within twice the nominal 1 L a day
        e.tick();
        assertThat(e.openAlerts()).isEmpty();
        days(1);
        count("D2", 42); // 5 L in a day
        e.tick();
        assertThat(e.openAlerts()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.DEWAR_WARM);
            assertThat(a.subject()).isEqualTo("dewar/D2");
            assertThat(a.value()).isCloseTo(5, within(1e-9));
            assertThat(a.threshold()).isEqualTo(2);
        });
        days(1);
        count("D2", 41); // a later count with a normal loss clears it
        e.tick();
        assertThat(e.openAlerts()).isEmpty();
        ledger.append(new LedgerEvent.DewarReturned(clock.instant(), "D2", "nmr-a", 41));
        e.tick();
        assertThat(heard).containsExactly("RAISED DEWAR_WARM dewar/D2", "CLEARED DEWAR_WARM dewar/D2");
    }

    @Test
    void dewarBoiledDryIsWarmUntilReturned() {
        AlertEngine e = engine(new Rule.WarmDewar("warm", "dewar/D3", Severity.WARNING, 1),
                new Rule.ForgottenDewar("forgotten", "dewar/D1", Severity.INFO, Duration.ofDays(30)));
        ledger.append(new LedgerEvent.LiquidDelivered(clock.instant(), "D3", "nmr-a", 5));
        days(4);
        e.tick();
        assertThat(e.openAlerts()).isEmpty();
        days(1);
        e.tick();
        assertThat(e.openAlerts()).singleElement().satisfies(a -> {
            assertThat(a.subject()).isEqualTo("dewar/D3");
            assertThat(a.value()).isNaN();
        });
        ledger.append(new LedgerEvent.DewarReturned(clock.instant(), "D3", "nmr-a", 0));
        days(1);
        e.tick();
        assertThat(e.openAlerts()).isEmpty();
    }

    @Test
    void withoutALedgerDewarRulesAreIdle() {
        AlertEngine e = new AlertEngine(List.of(new Rule.ForgottenDewar("f", "dewar/*", Severity.INFO,
                Duration.ofDays(1))), clock, AlertEngine.Settings.DEFAULT, null);
        days(10);
        e.tick();
        assertThat(e.openAlerts()).isEmpty();
    }
}
