package io.github.herenet.helium.ledger;

import io.github.herenet.helium.inventory.Cylinder;
import io.github.herenet.helium.inventory.Dewar;
import io.github.herenet.helium.inventory.GasBag;
import io.github.herenet.helium.inventory.GasMeter;
import io.github.herenet.helium.inventory.Lab;
import io.github.herenet.helium.inventory.Network;
import io.github.herenet.helium.inventory.Site;
import io.github.herenet.helium.thermo.StandardConditions;
import io.github.herenet.helium.units.Mass;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Volume;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A small network for the ledger tests: the hub okayama with lab mri-c, the partner tottori with labs
 * nmr-a (meter at 0 C) and nmr-b (meter at 20 C); 100 L dewars D1-D3 at the hub, bags and a cylinder at
 * tottori.
 */
final class LedgerFixture {

    /** Saturated liquid and vapour at 1 atm, kg per litre (DOMAIN.md section 7: 124.67 and 16.90 kg/m3). */
    static final double LIQUID = 0.12467;
    static final double VAPOUR = 0.016903;
    /** Helium gas at 1 atm, kg/m3, at 0 C and 20 C (DOMAIN.md section 7). */
    static final double GAS_0C = 0.17848;
    static final double GAS_20C = 0.16631;

    private LedgerFixture() {
    }

    static Network network() {
        return new Network(
                List.of(new Site("okayama", "Okayama University", Site.Role.HUB),
                        new Site("tottori", "Tottori University", Site.Role.PARTNER)),
                List.of(new Lab("nmr-a", "NMR A", "tottori"), new Lab("nmr-b", "NMR B", "tottori"),
                        new Lab("mri-c", "MRI C", "okayama")),
                List.of(new GasMeter("M-a", "nmr-a", StandardConditions.NORMAL_0C),
                        new GasMeter("M-b", "nmr-b", StandardConditions.STANDARD_20C),
                        new GasMeter("M-c", "mri-c", StandardConditions.NORMAL_0C)),
                List.of(dewar("D1"), dewar("D2"), dewar("D3"),
                        new Network.Placement(new GasBag("B1", Volume.ofCubicMetres(1)), "tottori"),
                        new Network.Placement(new GasBag("B2", Volume.ofCubicMetres(1)), "tottori"),
                        new Network.Placement(new Cylinder("C1", Volume.ofLitres(47), Pressure.ofMegapascals(19.7),
                                LocalDate.of(2025, 4, 1)), "tottori")));
    }

    private static Network.Placement dewar(String id) {
        return new Network.Placement(new Dewar(id, Volume.ofLitres(100), 1.0, Mass.ofKilograms(50)), "okayama");
    }

    /** Helium in a 100 L dewar holding {@code litres} of liquid at 1 atm, by hand: liquid plus vapour. */
    static double dewarKg(double litres) {
        return litres * LIQUID + (100 - litres) * VAPOUR;
    }

    static Instant at(String iso) {
        return Instant.parse(iso);
    }
}
