// HeReNet Helium start-up for jshell: the units, the helium thermodynamics, the inventory, the ledger, the
// recovery procedures, reconciliation, planning, alerts and the network simulation, ready to use.
//   HeliumAmount.ofLiquidLitres(100).gasVolume(StandardConditions.NORMAL_0C)
//   HeliumAmount.inVessel(Volume.ofLitres(47), Pressure.gauge(14.7, PressureUnit.MPA), Temperature.ofKelvin(300))
//   eos.state(300, 20e6).compressibility()
//   FlashLoss.fraction(Pressure.ofKilopascals(150), Pressure.STANDARD_ATMOSPHERE)
//   examples/jshell/simulation.jsh: simulate the reference network and reconcile its ledger
import io.github.herenet.helium.units.*;
import io.github.herenet.helium.thermo.*;
import io.github.herenet.helium.inventory.*;
import io.github.herenet.helium.ledger.*;
import io.github.herenet.helium.recovery.*;
import io.github.herenet.helium.reconcile.*;
import io.github.herenet.helium.plan.*;
import io.github.herenet.helium.alert.*;
import io.github.herenet.helium.sim.network.*;
import java.time.*;

var eos = HeliumEos.reference();
