package io.github.herenet.helium.json;

import io.github.herenet.helium.inventory.Cylinder;
import io.github.herenet.helium.inventory.CylinderBundle;
import io.github.herenet.helium.inventory.Dewar;
import io.github.herenet.helium.inventory.GasBag;
import io.github.herenet.helium.inventory.GasMeter;
import io.github.herenet.helium.inventory.Lab;
import io.github.herenet.helium.inventory.Magnet;
import io.github.herenet.helium.inventory.Network;
import io.github.herenet.helium.inventory.ProcessBuffer;
import io.github.herenet.helium.inventory.Site;
import io.github.herenet.helium.inventory.StorageTank;
import io.github.herenet.helium.thermo.StandardConditions;
import io.github.herenet.helium.units.Mass;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Volume;

import java.time.LocalDate;
import java.util.List;

/** A small network with a vessel of every kind (the one in network.json). */
final class SampleNetwork {

    private SampleNetwork() {
    }

    static Network network() {
        Network.Placement[] vessels = {
                new Network.Placement(new GasBag("B-1", Volume.ofCubicMetres(1)), "kyoto"),
                new Network.Placement(new Cylinder("C-1", Volume.ofLitres(47), Pressure.ofPascals(14.7e6 + 101_325),
                        LocalDate.of(2025, 4, 1)), "kyoto"),
                new Network.Placement(new CylinderBundle("CB-1", 30, Volume.ofLitres(47), Pressure.ofPascals(19.6e6),
                        LocalDate.of(2024, 10, 1)), "okayama"),
                new Network.Placement(new Dewar("D-07", Volume.ofLitres(100), 1.0, Mass.ofKilograms(60.5)), "okayama"),
                new Network.Placement(new Magnet("NMR-600", Magnet.Type.NMR, Volume.ofLitres(150)), "kyoto"),
                new Network.Placement(new StorageTank("T-1", Volume.ofCubicMetres(10), Pressure.ofPascals(1e6)), "okayama"),
                new Network.Placement(new ProcessBuffer("PB-1", Volume.ofCubicMetres(2), ProcessBuffer.Stage.PURIFIER), "okayama"),
        };
        return new Network(
                List.of(new Site("okayama", "Okayama University", Site.Role.HUB),
                        new Site("kyoto", "Kyoto \"Yoshida\" campus", Site.Role.PARTNER)),
                List.of(new Lab("nmr-1", "NMR lab", "kyoto"), new Lab("mri-1", "MRI centre", "okayama")),
                List.of(new GasMeter("M-1", "nmr-1", StandardConditions.NORMAL_0C),
                        new GasMeter("M-2", "mri-1", StandardConditions.STANDARD_70F)),
                List.of(vessels));
    }
}
