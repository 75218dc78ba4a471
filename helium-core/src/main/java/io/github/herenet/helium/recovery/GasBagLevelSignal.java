package io.github.herenet.helium.recovery;

import io.github.herenet.helium.device.Reading;
import io.github.herenet.helium.inventory.GasBag;
import io.github.herenet.helium.units.Temperature;
import io.github.herenet.helium.units.Volume;

import java.util.List;
import java.util.Objects;

/**
 * A gas bag's level or volume channel, translated for the {@link GasBagMachine}: while the bag is FILLING,
 * each reading is a {@link GasBagEvent.LevelRead}, and one at or above the top switch level is a
 * {@link GasBagEvent.Full} instead (the ledger then records the bag's gas). In the other phases the bag is not
 * read. Readings in % of the bag's nominal volume, m3 or L; another unit is refused with an
 * {@link UnreadableReadingException}. Stateless: one may serve several drivers.
 *
 * <pre>{@code
 * GasBagLevelSignal level = new GasBagLevelSignal("level", b1, 95, Temperature.ofCelsius(20));
 * poller.addListener(bagDriver.pollListener(meter, level));
 * }</pre>
 *
 * @param channel        the level channel
 * @param bag            the bag (its nominal volume converts a level in %)
 * @param fullPercent    the top switch level, % of the nominal volume (above 0, at most 100)
 * @param gasTemperature the gas temperature recorded with a full bag
 */
public record GasBagLevelSignal(String channel, GasBag bag, double fullPercent, Temperature gasTemperature)
        implements ReadingTranslator<GasBagState, GasBagEvent> {

    /** @throws IllegalArgumentException for a blank channel or a full level outside (0, 100] %; NullPointerException for a missing part */
    public GasBagLevelSignal {
        Signals.channel(channel);
        Objects.requireNonNull(bag, "bag");
        Objects.requireNonNull(gasTemperature, "gas temperature");
        Signals.check(fullPercent > 0 && fullPercent <= 100, "the full level must be above 0 and at most 100 %", fullPercent);
    }

    @Override
    public List<GasBagEvent> events(GasBagState state, Reading reading) {
        if (!Signals.of(reading, channel) || state.phase() != GasBagState.Phase.FILLING) {
            return List.of();
        }
        Volume gas = Signals.volume(reading, bag.capacity());
        if (gas.cubicMetres() >= bag.capacity().cubicMetres() * fullPercent / 100) {
            return List.of(new GasBagEvent.Full(reading.timestamp(), gas, gasTemperature));
        }
        return List.of(new GasBagEvent.LevelRead(reading.timestamp(), gas));
    }
}
