/**
 * HeReNet Helium core: units, helium-4 thermodynamics on the reference equation of state
 * (NIST IR 8474) and helium amounts.
 */
module io.github.herenet.helium.core {
    requires jakarta.json;
    requires java.sql;

    exports io.github.herenet.helium.units;
    exports io.github.herenet.helium.thermo;
    exports io.github.herenet.helium.inventory;
    exports io.github.herenet.helium.ledger;
    exports io.github.herenet.helium.json;
    exports io.github.herenet.helium.plan;

}
