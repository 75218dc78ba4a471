package io.github.herenet.helium.recovery;

import io.github.herenet.helium.inventory.Cylinder;
import io.github.herenet.helium.inventory.VesselReading;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.recovery.CylinderEvent.FeedEnded;
import io.github.herenet.helium.recovery.CylinderEvent.FeedStarted;
import io.github.herenet.helium.recovery.CylinderEvent.FillEnded;
import io.github.herenet.helium.recovery.CylinderEvent.FillStarted;
import io.github.herenet.helium.recovery.CylinderEvent.Received;
import io.github.herenet.helium.recovery.CylinderEvent.Shipped;
import io.github.herenet.helium.recovery.CylinderState.FillLog;
import io.github.herenet.helium.recovery.CylinderState.Phase;
import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.units.Temperature;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The gas cylinder cycle (DOMAIN.md 3): EMPTY, FILLING, FULL (final p, T, operator and purity logged),
 * IN_TRANSIT, AT_HUB, FEEDING, EMPTY; an empty cylinder may be shipped back (EMPTY, IN_TRANSIT, and EMPTY
 * again when received). Filling is regulated production (DOMAIN.md 2.6), so guards refuse
 * a fill above the rated pressure, a cylinder above 40 C (by default; a parameter), and a cylinder whose
 * pressure test is older than the inspection period.
 *
 * <p>Ledger events: {@code CylinderFilled} when the fill ends and {@code GasFed} when it has been fed at the
 * hub. Shipping and receipt are recorded by the {@link ShipmentMachine}, which knows all the vessels of a
 * shipment. Immutable and thread-safe.
 *
 * <pre>{@code
 * CylinderMachine c = new CylinderMachine(cylinder, "tottori");
 * CylinderState s = c.initial(t0);
 * s = c.apply(s, new CylinderEvent.FillStarted(t0, "Sato", Temperature.ofCelsius(22))).state();
 * Transition<CylinderState> full = c.apply(s, new CylinderEvent.FillEnded(t1, "Sato",
 *         Pressure.gauge(14.7, PressureUnit.MPA), Temperature.ofCelsius(30), Purity.ofPercent(99.5)));
 * }</pre>
 */
public final class CylinderMachine extends PhaseMachine<CylinderState, Phase, CylinderEvent> {

    /** The highest temperature a cylinder may have under the High Pressure Gas Safety Act: 40 C. */
    public static final Temperature MAX_TEMPERATURE = Temperature.ofCelsius(40);
    /** The default interval between pressure tests: 5 years. */
    public static final Period INSPECTION_PERIOD = Period.ofYears(5);

    private final Cylinder cylinder;
    private final String homeSiteId;
    private final Temperature maxTemperature;
    private final Period inspectionPeriod;

    /**
     * A machine for {@code cylinder} with the 40 C limit and a 5-year inspection period.
     *
     * @param cylinder   the cylinder
     * @param homeSiteId where it is filled
     */
    public CylinderMachine(Cylinder cylinder, String homeSiteId) {
        this(cylinder, homeSiteId, MAX_TEMPERATURE, INSPECTION_PERIOD);
    }

    /**
     * A machine for {@code cylinder}.
     *
     * @param cylinder         the cylinder
     * @param homeSiteId       where it is filled
     * @param maxTemperature   the highest cylinder temperature allowed
     * @param inspectionPeriod how long a pressure test is valid
     */
    public CylinderMachine(Cylinder cylinder, String homeSiteId, Temperature maxTemperature, Period inspectionPeriod) {
        super("cylinder", Phase.class);
        this.cylinder = Objects.requireNonNull(cylinder, "cylinder");
        this.homeSiteId = id(homeSiteId, "home site");
        this.maxTemperature = Objects.requireNonNull(maxTemperature, "max temperature");
        this.inspectionPeriod = Objects.requireNonNull(inspectionPeriod, "inspection period");
        allow(Phase.EMPTY, FillStarted.class, Shipped.class);
        allow(Phase.FILLING, FillEnded.class);
        allow(Phase.FULL, Shipped.class);
        allow(Phase.IN_TRANSIT, Received.class);
        allow(Phase.AT_HUB, FeedStarted.class);
        allow(Phase.FEEDING, FeedEnded.class);
    }

    /**
     * The cylinder empty at its home site.
     *
     * @param since since when
     * @return the state
     */
    public CylinderState initial(Instant since) {
        return CylinderState.empty(cylinder.id(), homeSiteId, since);
    }

    /** @return the cylinder */
    public Cylinder cylinder() {
        return cylinder;
    }

    /**
     * The helium the last fill put in (real gas from the logged p, T and purity).
     *
     * @param state the state
     * @return the amount, {@link HeliumAmount#ZERO} without a fill log
     */
    public HeliumAmount content(CylinderState state) {
        FillLog log = state.fill();
        return log == null ? HeliumAmount.ZERO
                : cylinder.content(new VesselReading.Gas(log.pressure(), log.temperature(), log.purity()));
    }

    @Override
    Transition<CylinderState> step(CylinderState s, CylinderEvent event) {
        Instant t = event.time();
        String id = s.cylinderId();
        if (event instanceof FillStarted e) {
            LocalDate due = cylinder.inspectionDate().plus(inspectionPeriod);
            guard(!LocalDate.ofInstant(t, ZoneOffset.UTC).isAfter(due), s, event,
                    "its pressure test of " + cylinder.inspectionDate() + " expired on " + due);
            checkTemperature(s, event, e.temperature());
            return Transition.to(new CylinderState(id, Phase.FILLING, t, s.siteId(), null, null, e.operator()));
        } else if (event instanceof FillEnded e) {
            guard(e.pressure().compareTo(cylinder.ratedPressure()) <= 0, s, event, e.pressure()
                    + " is above the rated pressure " + cylinder.ratedPressure());
            checkTemperature(s, event, e.temperature());
            FillLog log = new FillLog(t, e.operator(), e.pressure(), e.temperature(), e.purity());
            return Transition.to(new CylinderState(id, Phase.FULL, t, s.siteId(), null, log, null),
                    new LedgerEvent.CylinderFilled(t, id, s.siteId(), e.operator(), e.pressure(), e.temperature(), e.purity()));
        } else if (event instanceof Shipped e) {
            return Transition.to(new CylinderState(id, Phase.IN_TRANSIT, t, null, e.shipmentId(), s.fill(), null));
        } else if (event instanceof Received e) {
            Phase phase = s.fill() == null ? Phase.EMPTY : Phase.AT_HUB;
            return Transition.to(new CylinderState(id, phase, t, e.siteId(), s.shipmentId(), s.fill(), null));
        } else if (event instanceof FeedStarted e) {
            return Transition.to(new CylinderState(id, Phase.FEEDING, t, s.siteId(), s.shipmentId(), s.fill(), e.operator()));
        }
        return Transition.to(CylinderState.empty(id, s.siteId(), t), new LedgerEvent.GasFed(t, id, s.siteId()));
    }

    private void checkTemperature(CylinderState s, CylinderEvent event, Temperature temperature) {
        guard(temperature.compareTo(maxTemperature) <= 0, s, event, String.format(java.util.Locale.ROOT,
                "the cylinder is at %.1f C, above the %.1f C a cylinder may have", temperature.celsius(),
                maxTemperature.celsius()));
    }
}
