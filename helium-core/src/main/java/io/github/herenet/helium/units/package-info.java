/**
 * Immutable physical quantities used throughout HeReNet Helium.
 *
 * <p>Each quantity is a record holding one value in its canonical SI unit (kelvin, pascal,
 * cubic metre, kilogram, mole, kilogram per cubic metre, watt). Static factories accept common
 * laboratory units and convert; accessors convert back. Every value is validated on construction:
 * non-finite or physically impossible values throw {@link io.github.herenet.helium.units.InvalidQuantityException}
 * whose message names the quantity, the rule and the offending value in the unit the caller used.
 *
 * <p>{@link io.github.herenet.helium.units.Pressure} is always absolute; gauge readings are converted
 * explicitly with {@code Pressure.gauge(...)} and read back with {@code gaugeIn(...)}.
 */
package io.github.herenet.helium.units;
