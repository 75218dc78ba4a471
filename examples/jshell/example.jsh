// A few everyday conversions. Run with:  examples/jshell/helium-jshell examples/jshell/example.jsh

var litres = HeliumAmount.ofLiquidLitres(100);
System.out.printf("100 L of liquid helium (NBP)        = %.3f kg = %.2f m3 at 0 C = %.2f m3 at 15 C%n",
        litres.kilograms(), litres.gasCubicMetres(StandardConditions.NORMAL_0C),
        litres.gasCubicMetres(StandardConditions.STANDARD_15C));

var cylinder = HeliumAmount.inVessel(Volume.ofLitres(47), Pressure.gauge(14.7, PressureUnit.MPA),
        Temperature.FIFTEEN_CELSIUS);
var ideal = HeliumAmount.idealGasInVessel(Volume.ofLitres(47), Pressure.gauge(14.7, PressureUnit.MPA),
        Temperature.FIFTEEN_CELSIUS);
System.out.printf("47 L cylinder, 14.7 MPaG, 15 C      = %.3f kg = %.2f m3 at 0 C (ideal gas says %.3f kg)%n",
        cylinder.kilograms(), cylinder.gasCubicMetres(StandardConditions.NORMAL_0C), ideal.kilograms());

var z = eos.state(288.15, Pressure.gauge(14.7, PressureUnit.MPA).pascals()).compressibility();
System.out.printf("Z in that cylinder                  = %.4f%n", z);

var boilOff = BoilOff.fromHeatLeak(Power.ofWatts(1), Pressure.STANDARD_ATMOSPHERE);
System.out.printf("1 W heat leak at 1 atm boils off    = %.3f L/h of liquid, vents %.3f m3/h at 0 C%n",
        boilOff.liquidLitresPerHour(), boilOff.ventedGas().gasCubicMetresPerHour(StandardConditions.NORMAL_0C));

System.out.printf("flash loss from 150 kPa to 1 atm    = %.1f %%%n",
        100 * FlashLoss.fraction(Pressure.ofKilopascals(150), Pressure.STANDARD_ATMOSPHERE));

/exit
