package io.github.herenet.helium.recovery;

import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.thermo.HeliumAmount;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.herenet.helium.recovery.Fixtures.SHIPMENTS;
import static io.github.herenet.helium.recovery.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShipmentMachineTest {

    private static final HeliumAmount ONE = HeliumAmount.ofKilograms(1);

    @Test
    void sentAndReceived() {
        ShipmentState packed = ShipmentState.packed("S1", "tottori", "okayama", List.of("C1", "C2"), ONE, h(0));
        Transition<ShipmentState> sent = SHIPMENTS.apply(packed, new ShipmentEvent.Sent(h(1), "Sato"));
        assertThat(sent.ledgerEvents()).containsExactly(
                new LedgerEvent.ShipmentSent(h(1), "S1", "tottori", "okayama", List.of("C1", "C2")));
        Transition<ShipmentState> received = SHIPMENTS.apply(sent.state(), new ShipmentEvent.Received(h(9), "Tanaka"));
        assertThat(received.ledgerEvents()).containsExactly(new LedgerEvent.ShipmentReceived(h(9), "S1"));
        assertThat(received.state().phase()).isEqualTo(ShipmentState.Phase.RECEIVED);
        assertThat(SHIPMENTS.allowed(received.state())).isEmpty();
    }

    @Test
    void aLostShipmentIsWrittenOffAtTheSender() {
        ShipmentState sent = SHIPMENTS.apply(ShipmentState.packed("S1", "tottori", "okayama", List.of("C1"), ONE, h(0)),
                new ShipmentEvent.Sent(h(1), "Sato")).state();
        Transition<ShipmentState> lost = SHIPMENTS.apply(sent, new ShipmentEvent.Lost(h(100), "Tanaka", "not delivered"));
        assertThat(lost.state().phase()).isEqualTo(ShipmentState.Phase.LOST);
        assertThat(lost.ledgerEvents()).containsExactly(new LedgerEvent.Vented(h(100), "tottori", null, ONE,
                "lost shipment S1 (vessels [C1]): not delivered"));
    }

    @Test
    void aShipmentNeedsDistinctVesselsAndTwoSites() {
        assertThatThrownBy(() -> ShipmentState.packed("S1", "tottori", "tottori", List.of("C1"), ONE, h(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("to itself");
        assertThatThrownBy(() -> ShipmentState.packed("S1", "tottori", "okayama", List.of("C1", "C1"), ONE, h(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distinct");
        assertThatThrownBy(() -> ShipmentState.packed("S1", "tottori", "okayama", List.of(), ONE, h(0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
