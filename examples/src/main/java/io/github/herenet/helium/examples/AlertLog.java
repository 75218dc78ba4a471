package io.github.herenet.helium.examples;

import io.github.herenet.helium.alert.Alert;
import io.github.herenet.helium.alert.AlertEvent;
import io.github.herenet.helium.alert.AlertKind;
import io.github.herenet.helium.alert.AlertListener;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alerts of a run: every alert raised, in the state it reached (cleared, acknowledged or still open).
 * Not thread-safe; the simulation calls it from its one thread.
 */
final class AlertLog implements AlertListener {

    /** Alerts listed one by one in the printed summary; the rest are counted. */
    static final int LISTED = 12;

    private final Map<String, Alert> alerts = new LinkedHashMap<>();

    @Override
    public void onAlert(Alert alert, AlertEvent event) {
        alerts.put(alert.id(), alert);
    }

    /** Every alert raised, in the order raised, each in its last known state. */
    List<Alert> alerts() {
        return List.copyOf(alerts.values());
    }

    /** How many of {@code alerts} are of each kind. */
    static Map<AlertKind, Integer> countsByKind(List<Alert> alerts) {
        Map<AlertKind, Integer> counts = new EnumMap<>(AlertKind.class);
        for (Alert alert : alerts) {
            counts.merge(alert.kind(), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * Prints the count per kind and the first {@value #LISTED} alerts.
     *
     * @param alerts the alerts, in the order raised
     * @param out    where it goes
     */
    static void print(List<Alert> alerts, PrintWriter out) {
        if (alerts.isEmpty()) {
            out.println("  No alerts were raised.");
            return;
        }
        out.println("  " + alerts.size() + " alerts raised: " + countsByKind(alerts).entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                .reduce((a, b) -> a + ", " + b).orElse(""));
        TextTable table = new TextTable(List.of("raised", "severity", "kind", "subject", "value", "state"))
                .leftAlign(1).leftAlign(2).leftAlign(3).leftAlign(5);
        for (Alert alert : alerts.subList(0, Math.min(LISTED, alerts.size()))) {
            table.row(List.of(alert.raisedAt().toString(), alert.severity().name(), alert.kind().name(), alert.subject(),
                    Fmt.sig(alert.value(), 4), alert.state() == Alert.State.CLEARED
                            ? "cleared " + alert.clearedAt() : alert.state().name().toLowerCase(java.util.Locale.ROOT)));
        }
        table.print(out);
        if (alerts.size() > LISTED) {
            out.println("  ... and " + (alerts.size() - LISTED) + " more in the JSON report.");
        }
    }
}
