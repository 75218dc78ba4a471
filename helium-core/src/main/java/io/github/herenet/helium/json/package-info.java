/**
 * Text forms of the model: ledger events, network descriptions and whole ledgers as JSON, monthly
 * reports as CSV.
 *
 * <ul>
 *   <li>{@link io.github.herenet.helium.json.EventJson}: one ledger event as one compact JSON object
 *       (the text a ledger store keeps per event);</li>
 *   <li>{@link io.github.herenet.helium.json.NetworkJson}: a network's sites, labs, meters and vessels;</li>
 *   <li>{@link io.github.herenet.helium.json.LedgerJson}: a ledger's events with their sequence numbers,
 *       streamed both ways, read all-or-nothing;</li>
 *   <li>{@link io.github.herenet.helium.json.MonthlyReportCsv}: a monthly report as RFC 4180 CSV.</li>
 * </ul>
 *
 * <p>Conventions of the JSON forms: quantities are SI numbers with the unit in the member's name
 * ({@code pressurePa}, {@code temperatureK}, {@code gasVolumeM3}, {@code kilograms}, {@code litres},
 * {@code heliumMoleFraction}); instants and dates are ISO-8601 strings; a member of a sealed family (an
 * event, a vessel, a reading, a liquid level) is an object whose {@code "type"} names its kind. Vessel
 * readings:
 *
 * <pre>
 * {"type":"gas","pressurePa":1.47E7,"temperatureK":288.15,"heliumMoleFraction":0.995}
 * {"type":"bag","gasVolumeM3":0.8,"pressurePa":101325.0,"temperatureK":293.15,"heliumMoleFraction":0.95}
 * {"type":"liquid","level":{"type":"percent","percent":40.0},"pressurePa":101325.0}
 *     level: {"type":"percent","percent":40.0} | {"type":"litres","litres":62.5}
 *          | {"type":"grossWeight","kilograms":95.2}
 * </pre>
 *
 * <p>Numbers are written in the shortest form that reads back to the same {@code double}, so every
 * form round-trips exactly. Reading is strict: a member that is missing, unknown (a misspelling), of the
 * wrong JSON type or repeated, or a value the model refuses, throws
 * {@link io.github.herenet.helium.json.JsonFormatException} saying where: line and column for malformed
 * JSON, otherwise an RFC 6901 JSON pointer to the value ({@code /vessels/3/waterVolumeM3}). All parsing,
 * generation and string escaping is done by jakarta.json (Eclipse Parsson at run time); every class
 * here is stateless and thread-safe.
 */
package io.github.herenet.helium.json;
