/**
 * HeReNet Helium core: units, helium-4 thermodynamics on the reference equation of state
 * (NIST IR 8474), helium amounts, inventory and the ledger, JSON, the device API and SPI,
 * reconciliation and planning.
 */
module io.github.herenet.helium.core {
    requires jakarta.json;
    requires java.net.http;
    requires java.sql;
    requires org.slf4j;

    exports io.github.herenet.helium.units;
    exports io.github.herenet.helium.thermo;
    exports io.github.herenet.helium.inventory;
    exports io.github.herenet.helium.ledger;
    exports io.github.herenet.helium.json;
    exports io.github.herenet.helium.device;
    exports io.github.herenet.helium.device.spi;
    exports io.github.herenet.helium.reconcile;
    exports io.github.herenet.helium.plan;
    exports io.github.herenet.helium.alert;
    exports io.github.herenet.helium.recovery;

    uses io.github.herenet.helium.device.spi.DeviceDriver;
    uses io.github.herenet.helium.alert.Notifier;

    provides io.github.herenet.helium.alert.Notifier with io.github.herenet.helium.alert.LogNotifier;

}
