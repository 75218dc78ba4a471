package io.github.herenet.helium.examples;

import io.github.herenet.helium.alert.Alert;
import io.github.herenet.helium.alert.AlertEvent;
import io.github.herenet.helium.alert.AlertKind;
import io.github.herenet.helium.alert.AlertListener;
import io.github.herenet.helium.alert.Severity;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The alerts of a run: every alert raised, in the state it reached (cleared, acknowledged or still open).
 * Not thread-safe; the simulation calls it from its one thread.
 */
final class AlertLog implements AlertListener {

    /** Warnings and critical alerts listed one by one in the printed summary; the rest are counted. */
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
     * Prints the count per kind, then the first {@value #LISTED} alerts above {@link Severity#INFO} (the
     * INFO ones, such as a bag to swap, are everyday work and only counted).
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
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", ")) + ".");
        List<Alert> serious = alerts.stream().filter(a -> a.severity() != Severity.INFO).toList();
        TextTable table = new TextTable(List.of("raised", "severity", "kind", "subject", "value", "state"))
                .leftAlign(1).leftAlign(2).leftAlign(3).leftAlign(5);
        for (Alert alert : serious.subList(0, Math.min(LISTED, serious.size()))) {
            table.row(List.of(alert.raisedAt().toString(), alert.severity().name(), alert.kind().name(), alert.subject(),
                    Fmt.sig(alert.value(), 4), alert.state() == Alert.State.CLEARED
                            ? "cleared " + alert.clearedAt() : alert.state().name().toLowerCase(Locale.ROOT)));
        }
        if (!serious.isEmpty()) {
            table.print(out);
        }
        if (serious.size() > LISTED) {
            out.println("  ... and " + (serious.size() - LISTED) + " more warnings and critical alerts in report.json.");
        }
    }
}
