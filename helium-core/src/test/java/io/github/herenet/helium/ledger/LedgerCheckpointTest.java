package io.github.herenet.helium.ledger;

import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.thermo.StandardConditions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static io.github.herenet.helium.ledger.LedgerFixture.GAS_0C;
import static io.github.herenet.helium.ledger.LedgerFixture.dewarKg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Queries over more than two checkpoint intervals give what the events say, whether the instant asked
 * for lies before, on or after a checkpoint; a reopened ledger agrees.
 */
class LedgerCheckpointTest {

    @Test
    void queriesAcrossCheckpoints() {
        int count = 2 * Ledger.CHECKPOINT_INTERVAL + 1000;
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<LedgerEvent> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant t = start.plus(Duration.ofMinutes(i));
            if (i == Ledger.CHECKPOINT_INTERVAL - 1) {
                events.add(new LedgerEvent.LiquidDelivered(t, "D1", "nmr-a", 100));
            } else if (i == 2 * Ledger.CHECKPOINT_INTERVAL + 10) {
                events.add(new LedgerEvent.DewarReturned(t, "D1", "nmr-a", 40));
            } else {
                events.add(new LedgerEvent.MeterRead(t, "M-a", i)); // the meter counts 1 m3 a minute
            }
        }
        InMemoryLedgerStore store = new InMemoryLedgerStore();
        Ledger ledger = Ledger.open(LedgerFixture.network(), store);
        for (int from = 0; from < count; from += 7_777) { // batches that straddle the checkpoints
            ledger.appendAll(events.subList(from, Math.min(count, from + 7_777)));
        }
        Instant delivered = start.plus(Duration.ofMinutes(Ledger.CHECKPOINT_INTERVAL - 1));
        assertThat(ledger.labBalance("nmr-a", delivered.minusSeconds(1))).isEqualTo(HeliumAmount.ZERO);
        assertThat(ledger.labBalance("nmr-a", delivered).kilograms()).isCloseTo(dewarKg(100), within(0.013));
        Instant returned = start.plus(Duration.ofMinutes(2L * Ledger.CHECKPOINT_INTERVAL + 10));
        assertThat(ledger.labBalance("nmr-a", returned.minusSeconds(1)).kilograms()).isCloseTo(dewarKg(100), within(0.013));
        assertThat(ledger.labBalance("nmr-a", returned)).isEqualTo(HeliumAmount.ZERO);
        assertThat(ledger.vesselBalance("D1", returned).kilograms()).isCloseTo(dewarKg(40), within(0.01));

        // February: from the last reading in January (minute 44639, total 44639) to the last in February
        // (minute 84959); minute 65535 was the delivery, not a reading
        MonthlyReport february = ledger.monthlyReport(YearMonth.of(2026, 2), ZoneOffset.UTC,
                StandardConditions.NORMAL_0C, PriceTiers.flat(1000));
        assertThat(february.lab("nmr-a").recovered().kilograms()).isCloseTo((84959 - 44639) * GAS_0C, within(0.05));
        assertThat(february.lab("nmr-a").delivered().kilograms()).isCloseTo(dewarKg(100), within(0.013));

        Ledger reopened = Ledger.open(LedgerFixture.network(), store);
        assertThat(reopened.monthlyReport(YearMonth.of(2026, 2), ZoneOffset.UTC, StandardConditions.NORMAL_0C,
                PriceTiers.flat(1000))).isEqualTo(february);
        assertThat(reopened.labBalance("nmr-a", returned.minusSeconds(1))).isEqualTo(ledger.labBalance("nmr-a",
                returned.minusSeconds(1)));
    }
}
