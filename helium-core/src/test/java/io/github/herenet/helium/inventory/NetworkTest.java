package io.github.herenet.helium.inventory;

import io.github.herenet.helium.thermo.StandardConditions;
import io.github.herenet.helium.units.Mass;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.PressureUnit;
import io.github.herenet.helium.units.Volume;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Chugoku-Shikoku-Harima network of DOMAIN.md 0: Okayama as hub, Tottori and Tokushima as partners,
 * their labs, gas meters at different standard conditions, and a vessel of every kind.
 */
class NetworkTest {

    private static final LocalDate DAY = LocalDate.of(2025, 12, 2);
    private static final Pressure FILL = Pressure.gauge(14.7, PressureUnit.MPA);

    private static final Site OKAYAMA = new Site("okayama", "Okayama University", Site.Role.HUB);
    private static final Site TOTTORI = new Site("tottori", "Tottori University", Site.Role.PARTNER);
    private static final Site TOKUSHIMA = new Site("tokushima", "Tokushima University", Site.Role.PARTNER);

    private static final Lab OK_NMR = new Lab("okayama-nmr", "Okayama NMR", "okayama");
    private static final Lab TT_NMR = new Lab("tottori-nmr", "Tottori NMR", "tottori");
    private static final Lab TT_PHYS = new Lab("tottori-phys", "Tottori low-T physics", "tottori");
    private static final Lab TK_NMR = new Lab("tokushima-nmr", "Tokushima NMR", "tokushima");

    private static final GasMeter M_OK = new GasMeter("meter-ok", "okayama-nmr", StandardConditions.NORMAL_0C);
    private static final GasMeter M_TT1 = new GasMeter("meter-tt-1", "tottori-nmr", StandardConditions.STANDARD_20C);
    private static final GasMeter M_TT2 = new GasMeter("meter-tt-2", "tottori-nmr", StandardConditions.STANDARD_15C);
    private static final GasMeter M_TK = new GasMeter("meter-tk", "tokushima-nmr", StandardConditions.STANDARD_70F);

    private static final GasBag BAG = new GasBag("tottori-bag-01", Volume.ofCubicMetres(1));
    private static final Cylinder CYL = new Cylinder("cyl-0001", Volume.ofLitres(47), FILL, DAY);
    private static final CylinderBundle BUNDLE = new CylinderBundle("curdle-01", 20, Volume.ofLitres(47), FILL, DAY);
    private static final Dewar DEWAR = new Dewar("dewar-100-01", Volume.ofLitres(100), 1, Mass.ofKilograms(60));
    private static final Magnet MAGNET = new Magnet("tokushima-nmr-600", Magnet.Type.NMR, Volume.ofLitres(150));
    private static final StorageTank TANK = new StorageTank("okayama-holder", Volume.ofCubicMetres(10), Pressure.ofMegapascals(1));
    private static final ProcessBuffer PURIFIER = new ProcessBuffer("okayama-impure", Volume.ofCubicMetres(2), ProcessBuffer.Stage.PURIFIER);
    private static final ProcessBuffer LIQUEFIER = new ProcessBuffer("okayama-clean", Volume.ofCubicMetres(2), ProcessBuffer.Stage.LIQUEFIER);

    private static List<Site> sites() {
        return new ArrayList<>(List.of(OKAYAMA, TOTTORI, TOKUSHIMA));
    }

    private static List<Lab> labs() {
        return new ArrayList<>(List.of(OK_NMR, TT_NMR, TT_PHYS, TK_NMR));
    }

    private static List<GasMeter> meters() {
        return new ArrayList<>(List.of(M_OK, M_TT1, M_TT2, M_TK));
    }

    private static List<Network.Placement> vessels() {
        return new ArrayList<>(List.of(
                new Network.Placement(BAG, "tottori"),
                new Network.Placement(CYL, "tottori"),
                new Network.Placement(BUNDLE, "okayama"),
                new Network.Placement(DEWAR, "okayama"),
                new Network.Placement(MAGNET, "tokushima"),
                new Network.Placement(TANK, "okayama"),
                new Network.Placement(PURIFIER, "okayama"),
                new Network.Placement(LIQUEFIER, "okayama")));
    }

    private static Network valid() {
        return new Network(sites(), labs(), meters(), vessels());
    }

    @Test
    void validNetworkBuildsAndLooksUp() {
        Network net = valid();
        assertThat(net.sites()).containsExactly(OKAYAMA, TOTTORI, TOKUSHIMA);
        assertThat(net.labs()).hasSize(4);
        assertThat(net.meters()).hasSize(4);
        assertThat(net.vessels()).hasSize(8);

        assertThat(net.site("tottori")).contains(TOTTORI);
        assertThat(net.lab("tottori-phys")).contains(TT_PHYS);
        assertThat(net.meter("meter-tk")).contains(M_TK);
        assertThat(net.meter("meter-tk").orElseThrow().conditions()).isEqualTo(StandardConditions.STANDARD_70F);
        assertThat(net.hub()).contains(OKAYAMA);

        // every vessel kind is found by its id, as itself
        for (Vessel v : List.<Vessel>of(BAG, CYL, BUNDLE, DEWAR, MAGNET, TANK, PURIFIER, LIQUEFIER)) {
            assertThat(net.vessel(v.id())).as(v.id()).containsSame(v);
        }

        assertThat(net.labsOf("tottori")).containsExactly(TT_NMR, TT_PHYS);
        assertThat(net.labsOf("okayama")).containsExactly(OK_NMR);
        assertThat(net.metersOf("tottori-nmr")).containsExactly(M_TT1, M_TT2);
        assertThat(net.metersOf("tottori-phys")).isEmpty();
        assertThat(net.metersOf("tottori-nmr")).extracting(GasMeter::conditions)
                .containsExactly(StandardConditions.STANDARD_20C, StandardConditions.STANDARD_15C);
    }

    @Test
    void unknownIdsLookUpEmpty() {
        Network net = valid();
        assertThat(net.site("ehime")).isEmpty();
        assertThat(net.lab("ehime-nmr")).isEmpty();
        assertThat(net.meter("meter-x")).isEmpty();
        assertThat(net.vessel("cyl-9999")).isEmpty();
        assertThat(net.labsOf("ehime")).isEmpty();
        assertThat(net.metersOf("ehime-nmr")).isEmpty();
        // lookups are by exact id (kinds are separate namespaces: a site id is not a lab id)
        assertThat(net.lab("tottori")).isEmpty();
        assertThat(net.site("Tottori")).isEmpty();
    }

    @Test
    void networkWithoutHubHasNoHub() {
        Network net = new Network(List.of(TOTTORI, TOKUSHIMA), List.of(TT_NMR), List.of(M_TT1),
                List.of(new Network.Placement(BAG, "tottori")));
        assertThat(net.hub()).isEmpty();
        Network empty = new Network(List.of(), List.of(), List.of(), List.of());
        assertThat(empty.hub()).isEmpty();
        assertThat(empty.sites()).isEmpty();
    }

    @Test
    void networkIsImmutable() {
        List<Site> sites = sites();
        List<Network.Placement> vessels = vessels();
        Network net = new Network(sites, labs(), meters(), vessels);
        sites.clear();
        vessels.clear();
        assertThat(net.sites()).hasSize(3);
        assertThat(net.vessels()).hasSize(8);
        assertThatThrownBy(() -> net.sites().add(OKAYAMA)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> net.labsOf("tottori").clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void sameIdInDifferentKindsIsAllowed() {
        // a site, a lab, a meter and a vessel may share an id: uniqueness is per kind
        Site s = new Site("x", "X", Site.Role.PARTNER);
        Lab l = new Lab("x", "X lab", "x");
        GasMeter m = new GasMeter("x", "x", StandardConditions.NORMAL_0C);
        Network net = new Network(List.of(s), List.of(l), List.of(m),
                List.of(new Network.Placement(new GasBag("x", Volume.ofCubicMetres(1)), "x")));
        assertThat(net.site("x")).contains(s);
        assertThat(net.lab("x")).contains(l);
        assertThat(net.meter("x")).contains(m);
        assertThat(net.vessel("x")).isPresent();
    }

    @Test
    void duplicateSiteId() {
        List<Site> sites = sites();
        sites.add(new Site("tottori", "Tottori again", Site.Role.PARTNER));
        assertThatIllegalArgumentException().isThrownBy(() -> new Network(sites, labs(), meters(), vessels()))
                .withMessageContaining("site").withMessageContaining("'tottori'");
    }

    @Test
    void duplicateLabId() {
        List<Lab> labs = labs();
        labs.add(new Lab("tottori-nmr", "another", "tokushima"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Network(sites(), labs, meters(), vessels()))
                .withMessageContaining("lab").withMessageContaining("'tottori-nmr'");
    }

    @Test
    void duplicateMeterId() {
        List<GasMeter> meters = meters();
        meters.add(new GasMeter("meter-ok", "tottori-phys", StandardConditions.STANDARD_15C));
        assertThatIllegalArgumentException().isThrownBy(() -> new Network(sites(), labs(), meters, vessels()))
                .withMessageContaining("gas meter").withMessageContaining("'meter-ok'");
    }

    @Test
    void duplicateVesselIdAcrossKinds() {
        // a dewar numbered like an existing cylinder: still a duplicate vessel id
        List<Network.Placement> vessels = vessels();
        vessels.add(new Network.Placement(new Dewar("cyl-0001", Volume.ofLitres(100), 1, Mass.ZERO), "tokushima"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Network(sites(), labs(), meters(), vessels))
                .withMessageContaining("vessel").withMessageContaining("'cyl-0001'");
    }

    @Test
    void duplicateVesselIdSameKind() {
        List<Network.Placement> vessels = vessels();
        vessels.add(new Network.Placement(new GasBag("tottori-bag-01", Volume.ofCubicMetres(2)), "tottori"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Network(sites(), labs(), meters(), vessels))
                .withMessageContaining("vessel").withMessageContaining("'tottori-bag-01'");
    }

    @Test
    void twoHubsAreRefusedNamingTheSecondHub() {
        // the brief: the message must name the offending id. The second hub "uec" is what breaks the rule.
        List<Site> sites = sites();
        sites.add(new Site("uec", "University of Electro-Communications", Site.Role.HUB));
        assertThatIllegalArgumentException().isThrownBy(() -> new Network(sites, labs(), meters(), vessels()))
                .withMessageContaining("hub")
                .withMessageContaining("uec");
    }

    @Test
    void labOfAnUnknownSite() {
        List<Lab> labs = labs();
        labs.add(new Lab("ehime-nmr", "Ehime NMR", "ehime"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Network(sites(), labs, meters(), vessels()))
                .withMessageContaining("lab ehime-nmr")
                .withMessageContaining("unknown site 'ehime'");
    }

    @Test
    void meterOfAnUnknownLab() {
        List<GasMeter> meters = meters();
        meters.add(new GasMeter("meter-eh", "ehime-nmr", StandardConditions.NORMAL_0C));
        assertThatIllegalArgumentException().isThrownBy(() -> new Network(sites(), labs(), meters, vessels()))
                .withMessageContaining("gas meter meter-eh")
                .withMessageContaining("unknown lab 'ehime-nmr'");
    }

    @Test
    void vesselOfAnUnknownSite() {
        List<Network.Placement> vessels = vessels();
        vessels.add(new Network.Placement(new GasBag("ehime-bag-1", Volume.ofCubicMetres(1)), "ehime"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Network(sites(), labs(), meters(), vessels))
                .withMessageContaining("vessel ehime-bag-1")
                .withMessageContaining("unknown site 'ehime'");
    }

    @Test
    void vesselPlacedAtALabIdIsUnknownSite() {
        // "tottori-nmr" is a lab, not a site
        List<Network.Placement> vessels = vessels();
        vessels.add(new Network.Placement(new GasBag("bag-x", Volume.ofCubicMetres(1)), "tottori-nmr"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Network(sites(), labs(), meters(), vessels))
                .withMessageContaining("bag-x").withMessageContaining("'tottori-nmr'");
    }

    @Test
    void missingListsOrElementsAreNullPointers() {
        assertThatNullPointerException().isThrownBy(() -> new Network(null, labs(), meters(), vessels()));
        assertThatNullPointerException().isThrownBy(() -> new Network(sites(), null, meters(), vessels()));
        assertThatNullPointerException().isThrownBy(() -> new Network(sites(), labs(), null, vessels()));
        assertThatNullPointerException().isThrownBy(() -> new Network(sites(), labs(), meters(), null));
        List<Site> withNull = sites();
        withNull.add(null);
        assertThatNullPointerException().isThrownBy(() -> new Network(withNull, labs(), meters(), vessels()));
    }
}
