// HeReNet Helium start-up for jshell: the units and the helium thermodynamics, ready to use.
//   HeliumAmount.ofLiquidLitres(100).gasVolume(StandardConditions.NORMAL_0C)
//   HeliumAmount.inVessel(Volume.ofLitres(47), Pressure.gauge(14.7, PressureUnit.MPA), Temperature.ofKelvin(300))
//   eos.state(300, 20e6).compressibility()
//   FlashLoss.fraction(Pressure.ofKilopascals(150), Pressure.STANDARD_ATMOSPHERE)
import io.github.herenet.helium.units.*;
import io.github.herenet.helium.thermo.*;

var eos = HeliumEos.reference();
