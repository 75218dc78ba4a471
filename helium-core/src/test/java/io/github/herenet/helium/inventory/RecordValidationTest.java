package io.github.herenet.helium.inventory;

import io.github.herenet.helium.thermo.StandardConditions;
import io.github.herenet.helium.units.InvalidQuantityException;
import io.github.herenet.helium.units.Mass;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Temperature;
import io.github.herenet.helium.units.Volume;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every record of the package refuses blank or padded ids, zero sizes, NaN rates and missing parts,
 * with a message that says what is wrong.
 */
class RecordValidationTest {

    private static final Volume L47 = Volume.ofLitres(47);
    private static final Pressure P = Pressure.ofMegapascals(14.8);
    private static final LocalDate DAY = LocalDate.of(2024, 4, 1);
    private static final Pressure ATM = Pressure.ofKilopascals(101.325);
    private static final Temperature T = Temperature.ofCelsius(20);

    /** A constructor for each record with an id, and the word its messages use for that record. */
    private static final Map<String, Function<String, Object>> BY_ID = Map.of(
            "cylinder", id -> new Cylinder(id, L47, P, DAY),
            "cylinder bundle", id -> new CylinderBundle(id, 20, L47, P, DAY),
            "dewar", id -> new Dewar(id, Volume.ofLitres(100), 1, Mass.ofKilograms(60)),
            "gas bag", id -> new GasBag(id, Volume.ofCubicMetres(1)),
            "magnet", id -> new Magnet(id, Magnet.Type.MRI, Volume.ofLitres(2000)),
            "storage tank", id -> new StorageTank(id, Volume.ofCubicMetres(10), P),
            "process buffer", id -> new ProcessBuffer(id, Volume.ofCubicMetres(2), ProcessBuffer.Stage.PURIFIER),
            "site", id -> new Site(id, "Name", Site.Role.PARTNER),
            "lab", id -> new Lab(id, "Name", "site"),
            "gas meter", id -> new GasMeter(id, "lab", StandardConditions.NORMAL_0C));

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\t", " d1", "d1 ", " d1 ", "d1\n", "\u2003d1"})
    void blankOrPaddedIdsAreRejected(String id) {
        BY_ID.forEach((what, make) -> assertThatIllegalArgumentException()
                .as(what + " with id '%s'", id)
                .isThrownBy(() -> make.apply(id))
                .withMessageContaining(what + " id")
                .withMessageContaining("'" + id + "'"));
    }

    @Test
    void nullIdsAreNullPointers() {
        BY_ID.forEach((what, make) -> assertThatNullPointerException()
                .as(what).isThrownBy(() -> make.apply(null)).withMessageContaining(what + " id"));
    }

    @Test
    void validIdsAreKept() {
        BY_ID.forEach((what, make) -> assertThat(make.apply("okayama-1")).as(what).isNotNull());
        assertThat(new Cylinder("a b", L47, P, DAY).id()).isEqualTo("a b"); // inner space is fine
    }

    @Test
    void labAndMeterReferencesMustBeValidIdsToo() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Lab("nmr", "NMR", " tottori"))
                .withMessageContaining("site of lab nmr").withMessageContaining("' tottori'");
        assertThatIllegalArgumentException().isThrownBy(() -> new GasMeter("m1", "", StandardConditions.NORMAL_0C))
                .withMessageContaining("lab of gas meter m1");
        assertThatNullPointerException().isThrownBy(() -> new Lab("nmr", "NMR", null))
                .withMessageContaining("site of lab nmr");
        assertThatNullPointerException().isThrownBy(() -> new GasMeter("m1", null, StandardConditions.NORMAL_0C))
                .withMessageContaining("lab of gas meter m1");
    }

    @Test
    void zeroVolumesAreRejectedNamingTheVessel() {
        Volume zero = Volume.ZERO;
        check(() -> new Cylinder("c1", zero, P, DAY), "cylinder c1 water volume", "> 0");
        check(() -> new CylinderBundle("b1", 20, zero, P, DAY), "cylinder bundle b1 water volume", "> 0");
        check(() -> new Dewar("d1", zero, 1, Mass.ZERO), "dewar d1 capacity", "> 0");
        check(() -> new GasBag("g1", zero), "gas bag g1 capacity", "> 0");
        check(() -> new Magnet("m1", Magnet.Type.NMR, zero), "magnet m1 helium volume", "> 0");
        check(() -> new StorageTank("t1", zero, P), "storage tank t1 volume", "> 0");
        check(() -> new ProcessBuffer("p1", zero, ProcessBuffer.Stage.LIQUEFIER), "process buffer p1 volume", "> 0");
    }

    @Test
    void negativeVolumesCannotEvenBeMade() {
        // the units package refuses a negative volume before any vessel sees it
        assertThatThrownBy(() -> new GasBag("g1", Volume.ofLitres(-1)))
                .isInstanceOf(InvalidQuantityException.class).hasMessageContaining("volume");
        assertThatThrownBy(() -> new Dewar("d1", Volume.ofCubicMetres(-0.1), 1, Mass.ZERO))
                .isInstanceOf(InvalidQuantityException.class);
    }

    @Test
    void bundleNeedsAtLeastOneCylinder() {
        check(() -> new CylinderBundle("b1", 0, L47, P, DAY), "cylinder bundle b1", "at least 1 cylinder, got 0");
        check(() -> new CylinderBundle("b1", -3, L47, P, DAY), "cylinder bundle b1", "got -3");
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, -0.5, 100, 150, Double.POSITIVE_INFINITY})
    void boilOffMustBeAPercentPerDay(double rate) {
        check(() -> new Dewar("d1", Volume.ofLitres(100), rate, Mass.ZERO), "dewar d1 boil-off", String.valueOf(rate));
    }

    @Test
    void zeroBoilOffIsAllowed() {
        assertThat(new Dewar("d1", Volume.ofLitres(100), 0, Mass.ZERO).boilOffPercentPerDay()).isZero();
    }

    @Test
    void nullPartsAreNamed() {
        npe(() -> new Cylinder("c1", null, P, DAY), "cylinder c1 water volume");
        npe(() -> new Cylinder("c1", L47, null, DAY), "rated pressure");
        npe(() -> new Cylinder("c1", L47, P, null), "inspection date");
        npe(() -> new CylinderBundle("b1", 20, null, P, DAY), "cylinder bundle b1 water volume");
        npe(() -> new CylinderBundle("b1", 20, L47, null, DAY), "rated pressure");
        npe(() -> new CylinderBundle("b1", 20, L47, P, null), "inspection date");
        npe(() -> new Dewar("d1", null, 1, Mass.ZERO), "dewar d1 capacity");
        npe(() -> new Dewar("d1", Volume.ofLitres(100), 1, null), "tare");
        npe(() -> new GasBag("g1", null), "gas bag g1 capacity");
        npe(() -> new Magnet("m1", null, Volume.ofLitres(2000)), "type");
        npe(() -> new Magnet("m1", Magnet.Type.MRI, null), "magnet m1 helium volume");
        npe(() -> new StorageTank("t1", null, P), "storage tank t1 volume");
        npe(() -> new StorageTank("t1", Volume.ofCubicMetres(1), null), "rated pressure");
        npe(() -> new ProcessBuffer("p1", null, ProcessBuffer.Stage.PURIFIER), "process buffer p1 volume");
        npe(() -> new ProcessBuffer("p1", Volume.ofCubicMetres(1), null), "stage");
        npe(() -> new Site("s1", null, Site.Role.HUB), "site name");
        npe(() -> new Site("s1", "Okayama", null), "site role");
        npe(() -> new Lab("l1", null, "s1"), "lab name");
        npe(() -> new GasMeter("m1", "l1", null), "conditions of gas meter m1");
        npe(() -> new Network.Placement(null, "s1"), "vessel");
        npe(() -> new Network.Placement(new GasBag("g1", Volume.ofCubicMetres(1)), null), "home site of vessel g1");
    }

    @Test
    void readingsNeedAllTheirParts() {
        Volume v = Volume.ofCubicMetres(1);
        npe(() -> new VesselReading.Gas(null, T, Purity.PURE), "pressure");
        npe(() -> new VesselReading.Gas(ATM, null, Purity.PURE), "temperature");
        npe(() -> new VesselReading.Gas(ATM, T, null), "purity");
        npe(() -> new VesselReading.Bag(null, ATM, T, Purity.PURE), "gas volume");
        npe(() -> new VesselReading.Bag(v, null, T, Purity.PURE), "pressure");
        npe(() -> new VesselReading.Bag(v, ATM, null, Purity.PURE), "temperature");
        npe(() -> new VesselReading.Bag(v, ATM, T, null), "purity");
        npe(() -> new VesselReading.Liquid(null, ATM), "level");
        npe(() -> new VesselReading.Liquid(new LiquidLevel.Percent(1), null), "pressure");
        npe(() -> new LiquidLevel.GrossWeight(null), "gross weight");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 100.1, Double.NaN, Double.POSITIVE_INFINITY})
    void levelPercentMustBeZeroToHundred(double percent) {
        check(() -> new LiquidLevel.Percent(percent), "0-100 %", String.valueOf(percent));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, Double.NaN, Double.POSITIVE_INFINITY})
    void levelLitresMustBeFiniteAndNonNegative(double litres) {
        check(() -> new LiquidLevel.Litres(litres), ">= 0 L", String.valueOf(litres));
    }

    @Test
    void levelBoundsAreAccepted() {
        assertThat(new LiquidLevel.Percent(0).percent()).isZero();
        assertThat(new LiquidLevel.Percent(100).percent()).isEqualTo(100);
        assertThat(new LiquidLevel.Litres(0).litres()).isZero();
    }

    private static void check(ThrowingCallable call, String... parts) {
        var assertion = assertThatIllegalArgumentException().isThrownBy(call);
        for (String part : parts) {
            assertion.withMessageContaining(part);
        }
    }

    private static void npe(ThrowingCallable call, String part) {
        assertThatNullPointerException().isThrownBy(call).withMessageContaining(part);
    }
}
