package io.github.herenet.helium.reconcile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Planted leaks and biased meters in generated networks are found, sized and told apart where they can be. */
class GrossErrorDetectionTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void findsEveryPlantedLeakAndBias(long seed) {
        SyntheticNetwork network = SyntheticNetwork.generate(10, 6, seed, 3, 3);
        GrossErrorReport report = network.model().detectGrossErrors(0.05);

        // Every fault is named (or is an alternative of what is named); at most one more suspect, since a
        // search at 5 % family significance may name a sound reading in 1 of 20 data sets.
        assertThat(report.suspects().size()).isBetween(network.faults().size(), network.faults().size() + 1);
        for (SyntheticNetwork.Fault fault : network.faults()) {
            Suspect found = foundAs(report, fault);
            assertThat(found).as("planted %s %s among %s", fault.kind(), fault.name(), report.suspects()).isNotNull();
            assertThat(Math.abs(found.z())).isGreaterThan(report.criticalZ());
            if (found.name().equals(fault.name())) { // within four standard errors of the estimate
                assertThat(found.size()).as("size of %s", fault.name())
                        .isCloseTo(fault.size(), within(4 * found.size() / found.z()));
            }
        }
    }

    @Test
    void findsFaultsInTheFortySiteYear() {
        SyntheticNetwork network = SyntheticNetwork.generate(40, 12, 42, 4, 4);
        GrossErrorReport report = network.model().detectGrossErrors(0.05);
        assertThat(report.suspects()).hasSize(8);
        for (SyntheticNetwork.Fault fault : network.faults()) {
            assertThat(foundAs(report, fault)).as("planted %s", fault.name()).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8, 9})
    void nameNothingInCleanData(long seed) {
        BalanceModel model = SyntheticNetwork.generate(10, 6, seed).model();
        GrossErrorReport report = model.detectGrossErrors(0.05);
        assertThat(report.suspects()).isEmpty();
        assertThat(report.found()).isFalse();
        assertThat(report.corrected()).isSameAs(report.reconciliation());
    }

    @Test
    void falseAlarmsStayNearTheFamilySignificance() {
        // 60 sound data sets searched at 5 %: about 3 should name a suspect; 9 or more has probability 0.3 %.
        int alarms = 0;
        for (long seed = 100; seed < 160; seed++) {
            alarms += SyntheticNetwork.generate(6, 4, seed).model().detectGrossErrors(0.05).found() ? 1 : 0;
        }
        assertThat(alarms).isLessThan(9);
    }

    @Test
    void aLeakAtALabCannotBeToldFromItsLossEstimate() {
        // The first planted leak is at a lab balance; the lab's loss estimate appears in that balance only.
        SyntheticNetwork network = SyntheticNetwork.generate(6, 4, 3, 1, 0);
        SyntheticNetwork.Fault leak = network.faults().get(0);
        GrossErrorReport report = network.model().detectGrossErrors(0.05);

        assertThat(report.suspects()).hasSize(1);
        List<Suspect> set = report.equivalentSets().get(0);
        assertThat(set.get(0)).isEqualTo(report.suspects().get(0));
        Set<String> names = set.stream().map(Suspect::name).collect(Collectors.toSet());
        String month = leak.name().substring(leak.name().lastIndexOf('.'));
        String lab = leak.name().substring(0, leak.name().lastIndexOf('.'));
        assertThat(names).contains(leak.name(), lab + ".loss" + month);
        assertThat(set).allSatisfy(s -> assertThat(Math.abs(s.z())).isCloseTo(Math.abs(set.get(0).z()), within(1e-6)));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void serialEliminationEqualsReconcilingWithTheSuspectsRemoved(long seed) {
        SyntheticNetwork network = SyntheticNetwork.generate(8, 5, seed, 2, 3);
        BalanceModel model = network.model();
        GrossErrorReport report = model.detectGrossErrors(0.05);
        Reconciliation corrected = report.corrected();

        GlobalTest remaining = report.remainingGlobalTest();
        assertThat(corrected.globalTest().degreesOfFreedom()).isEqualTo(remaining.degreesOfFreedom());
        assertThat(corrected.globalTest().statistic()).isCloseTo(remaining.statistic(), within(1e-7 * remaining.statistic()));
        for (Suspect s : report.suspects()) {
            double size = s.kind() == Suspect.Kind.MEASUREMENT
                    ? model.measuredValue(s.index()) - corrected.value(s.index())
                    : corrected.value(corrected.model().variable(s.name() + " (leak)"));
            assertThat(s.size()).as("size of %s", s.name()).isCloseTo(size, within(1e-8 * Math.abs(size)));
            assertThat(corrected.model().classification(s.index()))
                    .isEqualTo(s.kind() == Suspect.Kind.MEASUREMENT ? Classification.OBSERVABLE : corrected.model().classification(s.index()));
        }
    }

    @Test
    void measurementsOnlyIsClassicSerialElimination() {
        SyntheticNetwork network = SyntheticNetwork.generate(8, 5, 4, 0, 3);
        GrossErrorReport report = network.model().detectGrossErrors(0.05, EnumSet.of(Suspect.Kind.MEASUREMENT));
        assertThat(report.suspects()).extracting(Suspect::kind).containsOnly(Suspect.Kind.MEASUREMENT);
        for (SyntheticNetwork.Fault fault : network.faults()) {
            assertThat(foundAs(report, fault)).as("planted %s", fault.name()).isNotNull();
        }
        assertThat(report.candidates()).isLessThanOrEqualTo(network.model().measurementCount());
    }

    @Test
    void theMeasurementTestFindsWhatTheGlobalTestMisses() {
        BalanceModel clean = SyntheticNetwork.generate(40, 12, 42).model();
        int meter = clean.variable("s17.lab1.meter.6");
        double slope = zSlope(clean, meter);
        BalanceModel biased = shifted(clean, meter, 7 / slope);
        Reconciliation r = biased.reconcile();

        assertThat(r.globalTest().rejects(0.05)).as("global test, p = %s", r.globalTest().pValue()).isFalse();
        assertThat(r.measurementTest(meter)).isGreaterThan(r.criticalZ(0.05));
        GrossErrorReport report = biased.detectGrossErrors(0.05);
        assertThat(report.suspects()).extracting(Suspect::name).contains("s17.lab1.meter.6");
    }

    @Test
    void rejectsBadSearchArguments() {
        BalanceModel model = SyntheticNetwork.generate(1, 2, 1).model();
        assertThatThrownBy(() -> model.detectGrossErrors(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> model.detectGrossErrors(0.05, EnumSet.noneOf(Suspect.Kind.class)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one kind");
    }

    /** The suspect that is the fault, or has it among its alternatives. */
    static Suspect foundAs(GrossErrorReport report, SyntheticNetwork.Fault fault) {
        for (Suspect s : report.suspects()) {
            if (s.name().equals(fault.name()) && s.kind() == fault.kind()) {
                return s;
            }
        }
        for (Suspect s : report.suspects()) {
            for (Suspect a : report.alternatives(s)) {
                if (a.name().equals(fault.name()) && a.kind() == fault.kind()) {
                    return s;
                }
            }
        }
        return null;
    }

    /** How much the measurement test of {@code v} moves per unit of its reading. */
    private static double zSlope(BalanceModel model, int v) {
        return shifted(model, v, 1).reconcile().measurementTest(v) - model.reconcile().measurementTest(v);
    }

    private static BalanceModel shifted(BalanceModel model, int shiftedVariable, double by) {
        return Models.copy(model, (b, m, v) -> {
            if (v == shiftedVariable) {
                b.measured(m.name(v), m.measuredValue(v) + by, m.sigma(v));
            } else {
                Models.SAME.declare(b, m, v);
            }
        }).build();
    }
}
