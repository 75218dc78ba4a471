package io.github.herenet.helium.json;

import io.github.herenet.helium.inventory.Dewar;
import io.github.herenet.helium.inventory.GasMeter;
import io.github.herenet.helium.inventory.Lab;
import io.github.herenet.helium.inventory.Network;
import io.github.herenet.helium.inventory.Site;
import io.github.herenet.helium.ledger.InMemoryLedgerStore;
import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.ledger.LedgerValidationException;
import io.github.herenet.helium.ledger.RecordedEvent;
import io.github.herenet.helium.thermo.StandardConditions;
import io.github.herenet.helium.units.Mass;
import io.github.herenet.helium.units.Volume;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Importing a ledger document is all or nothing, whether the document or an event's fit is wrong. */
class LedgerImportTest {

    private static final Network NETWORK = new Network(
            List.of(new Site("hub", "Hub", Site.Role.HUB), new Site("p1", "Partner", Site.Role.PARTNER)),
            List.of(new Lab("lab1", "Lab 1", "p1")),
            List.of(new GasMeter("M1", "lab1", StandardConditions.NORMAL_0C)),
            List.of(new Network.Placement(new Dewar("D1", Volume.ofLitres(100), 1, Mass.ofKilograms(50)), "hub")));
    private static final Instant T = Instant.parse("2026-01-05T09:00:00Z");

    private static String document(List<LedgerEvent> events) throws IOException {
        StringWriter out = new StringWriter();
        List<RecordedEvent> recorded = new java.util.ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            recorded.add(new RecordedEvent(i + 1, events.get(i)));
        }
        LedgerJson.export(recorded, out);
        return out.toString();
    }

    @Test
    void exportedLedgerImportsIntoAnotherLedger() throws IOException {
        Ledger source = Ledger.open(NETWORK, new InMemoryLedgerStore());
        source.appendAll(List.of(new LedgerEvent.MeterRead(T, "M1", 10),
                new LedgerEvent.LiquidDelivered(T.plusSeconds(60), "D1", "lab1", 80),
                new LedgerEvent.DewarReturned(T.plusSeconds(120), "D1", "lab1", 5)));
        StringWriter out = new StringWriter();
        LedgerJson.export(source.events(), out);
        Ledger target = Ledger.open(NETWORK, new InMemoryLedgerStore());
        LedgerJson.importInto(target, new StringReader(out.toString()));
        assertThat(target.events()).isEqualTo(source.events());
    }

    @Test
    void anEventThatDoesNotFitLeavesNothingBehind() throws IOException {
        Ledger ledger = Ledger.open(NETWORK, new InMemoryLedgerStore());
        ledger.append(new LedgerEvent.MeterRead(T, "M1", 10));
        String doc = document(List.of(new LedgerEvent.MeterRead(T.plusSeconds(60), "M1", 20),
                new LedgerEvent.DewarReturned(T.plusSeconds(120), "D1", "lab1", 5))); // never delivered
        assertThatThrownBy(() -> LedgerJson.importInto(ledger, new StringReader(doc)))
                .isInstanceOf(LedgerValidationException.class).hasMessageContaining("D1");
        assertThat(ledger.size()).isEqualTo(1);
        ledger.append(new LedgerEvent.MeterRead(T.plusSeconds(180), "M1", 15)); // 20 was never recorded
    }

    @Test
    void aMalformedDocumentLeavesNothingBehind() throws IOException {
        Ledger ledger = Ledger.open(NETWORK, new InMemoryLedgerStore());
        String doc = document(List.of(new LedgerEvent.MeterRead(T, "M1", 20),
                new LedgerEvent.MeterRead(T.plusSeconds(60), "M1", 30))).replace("30.0", "\"thirty\"");
        assertThatThrownBy(() -> LedgerJson.importInto(ledger, new StringReader(doc)))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("/events/1/event/totalM3");
        assertThat(ledger.size()).isZero();
    }
}
