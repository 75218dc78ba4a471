package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.inventory.Cylinder;
import io.github.herenet.helium.recovery.CylinderEvent;
import io.github.herenet.helium.recovery.CylinderMachine;
import io.github.herenet.helium.recovery.CylinderState;
import io.github.herenet.helium.thermo.HeliumEos;

import java.time.Instant;

/**
 * A cylinder's true state (helium and impurity moles in it) and its procedure, a {@link CylinderMachine}
 * (regulated fill, shipment, feed at the hub) whose state the simulation advances.
 */
final class SimulatedCylinder {

    private static final double MOLAR_MASS = HeliumEos.reference().molarMass();

    final String id;
    final double volumeM3;
    final double ratedPa;
    /** The helium at the rated pressure and room temperature, kg (the fill limit). */
    final double maxKg;
    double kg;
    double impurityMoles;
    private final String homeSiteId;
    private Cylinder def;
    private CylinderMachine machine;
    CylinderState state;

    SimulatedCylinder(Cylinder def, String homeSiteId, long start) {
        this.def = def;
        this.homeSiteId = homeSiteId;
        this.machine = new CylinderMachine(def, homeSiteId);
        this.state = machine.initial(Instant.ofEpochMilli(start));
        this.id = def.id();
        this.volumeM3 = def.waterVolume().cubicMetres();
        this.ratedPa = def.ratedPressure().pascals();
        this.maxKg = HeliumEos.reference().density(Physics.ROOM_K, ratedPa) * volumeM3;
    }

    /** Takes the procedure one step, appending what it yields to the ledger. */
    void drive(Engine engine, CylinderEvent event) {
        state = engine.drive(machine, state, event);
    }

    /** The cylinder passed its pressure test on {@code date}: its procedure goes on with the new test date. */
    void retested(java.time.LocalDate date) {
        def = new Cylinder(def.id(), def.waterVolume(), def.ratedPressure(), date);
        machine = new CylinderMachine(def, homeSiteId);
    }

    double room() {
        return maxKg - kg;
    }

    /** Adds helium of mole fraction {@code purity}. */
    void add(double heliumKg, double purity) {
        kg += heliumKg;
        impurityMoles += heliumKg / molarMassKg() * (1 - purity) / purity;
    }

    double purity() {
        double he = kg / molarMassKg();
        return he <= 0 ? 1 : he / (he + impurityMoles);
    }

    /** Gas pressure now, Pa (helium's; the impurities are a few percent at most). */
    double pressure() {
        return Math.min(ratedPa, Physics.cylinderPressure(kg, volumeM3));
    }

    void empty() {
        kg = 0;
        impurityMoles = 0;
    }

    /** kg/mol. */
    private static double molarMassKg() {
        return MOLAR_MASS;
    }
}
