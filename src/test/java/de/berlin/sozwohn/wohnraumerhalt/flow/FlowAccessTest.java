package de.berlin.sozwohn.wohnraumerhalt.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.flow.FlowAccess.Scope;
import de.berlin.sozwohn.wohnraumerhalt.flow.FlowAccess.View;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiAccessDeniedException;
import de.berlin.sozwohn.wohnraumerhalt.security.Roles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The access table of the history views, row by row. */
class FlowAccessTest {

  static final List<String> ADMIN = List.of(Roles.ADMIN);
  static final List<String> PROCESS_OWNER = List.of(Roles.PROCESS_OWNER);
  static final List<String> GPM = List.of(Roles.GPM);
  static final List<String> LEAD_MITTE = List.of(Districts.teamLeadGroup("mitte"));
  static final List<String> CASEWORKER_MITTE = List.of(Districts.caseworkerGroup("mitte"));
  static final List<String> MONITORING = List.of(Roles.MONITORING);

  @Test
  void administratorAndProcessOwnerSeeEveryViewForEveryDistrict() {
    for (List<String> groups : List.of(ADMIN, PROCESS_OWNER)) {
      for (View view : View.values()) {
        assertThat(FlowAccess.allowedDistricts(groups, view)).isEqualTo(Districts.IDS);
        assertThat(FlowAccess.scope(groups, view, null)).isEqualTo(new Scope(Districts.IDS, true));
        assertThat(FlowAccess.scope(groups, view, "neukoelln"))
            .isEqualTo(new Scope(List.of("neukoelln"), false));
      }
      assertThat(FlowAccess.seesCases(groups, "spandau")).isTrue();
      assertThat(FlowAccess.seesCases(groups, null)).isTrue();
    }
  }

  @Test
  void gpmSeesTheAggregatesOfEveryDistrictButNoCase() {
    assertThat(FlowAccess.scope(GPM, View.OVERVIEW, null)).isEqualTo(new Scope(Districts.IDS, true));
    assertThat(FlowAccess.scope(GPM, View.BOTTLENECKS, "spandau"))
        .isEqualTo(new Scope(List.of("spandau"), false));
    assertThat(FlowAccess.allowedDistricts(GPM, View.FINISHED)).isEmpty();
    assertThatThrownBy(() -> FlowAccess.scope(GPM, View.FINISHED, null))
        .isInstanceOf(KpiAccessDeniedException.class)
        .hasFieldOrPropertyWithValue("district", null);
    assertThatThrownBy(() -> FlowAccess.requireCase(GPM, "mitte"))
        .isInstanceOf(KpiAccessDeniedException.class);
    assertThat(FlowAccess.seesCases(GPM, "mitte")).isFalse();
    assertThat(FlowAccess.showsUsers(GPM, "mitte")).isFalse();
  }

  @Test
  void teamLeadSeesEveryViewForHerOwnDistrictOnly() {
    for (View view : View.values()) {
      assertThat(FlowAccess.allowedDistricts(LEAD_MITTE, view)).containsExactly("mitte");
      assertThat(FlowAccess.scope(LEAD_MITTE, view, null))
          .isEqualTo(new Scope(List.of("mitte"), false));
      assertThat(FlowAccess.scope(LEAD_MITTE, view, "mitte"))
          .isEqualTo(new Scope(List.of("mitte"), false));
      KpiAccessDeniedException refused = org.junit.jupiter.api.Assertions.assertThrows(
          KpiAccessDeniedException.class, () -> FlowAccess.scope(LEAD_MITTE, view, "neukoelln"));
      assertThat(refused.district()).isEqualTo("neukoelln");
      assertThat(refused.detail()).isEqualTo("Sie sehen die Verlaufsdaten nur für Mitte.");
    }
    FlowAccess.requireCase(LEAD_MITTE, "mitte");
    assertThatThrownBy(() -> FlowAccess.requireCase(LEAD_MITTE, "neukoelln"))
        .isInstanceOf(KpiAccessDeniedException.class)
        .hasFieldOrPropertyWithValue("detail", "Diesen Fall sehen Sie nicht: er gehört zum Bezirk "
            + "Neukölln.");
    assertThatThrownBy(() -> FlowAccess.requireCase(LEAD_MITTE, null))
        .isInstanceOf(KpiAccessDeniedException.class);
  }

  @Test
  void caseworkersAndMonitoringSeeNothing() {
    for (List<String> groups : List.of(CASEWORKER_MITTE, MONITORING, List.<String>of())) {
      for (View view : View.values()) {
        assertThat(FlowAccess.allowedDistricts(groups, view)).isEmpty();
        assertThatThrownBy(() -> FlowAccess.scope(groups, view, null))
            .isInstanceOf(KpiAccessDeniedException.class);
        assertThatThrownBy(() -> FlowAccess.scope(groups, view, "mitte"))
            .isInstanceOf(KpiAccessDeniedException.class);
      }
      assertThat(FlowAccess.seesCases(groups, "mitte")).isFalse();
    }
  }

  /** Who completed a task: administrators and the district's team lead, not the process owner. */
  @Test
  void onlyAdministratorsAndTheDistrictsTeamLeadSeeWhoCompletedATask() {
    assertThat(FlowAccess.showsUsers(ADMIN, "neukoelln")).isTrue();
    assertThat(FlowAccess.showsUsers(PROCESS_OWNER, "mitte")).isFalse();
    assertThat(FlowAccess.showsUsers(LEAD_MITTE, "mitte")).isTrue();
    assertThat(FlowAccess.showsUsers(LEAD_MITTE, "neukoelln")).isFalse();
    assertThat(FlowAccess.showsUsers(List.of(Roles.PROCESS_OWNER,
        Districts.teamLeadGroup("mitte")), "mitte")).isTrue();
  }

  @Test
  void unknownDistrictIsBadInputNotARefusal() {
    assertThatThrownBy(() -> FlowAccess.scope(PROCESS_OWNER, View.OVERVIEW, "atlantis"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unbekannter Bezirk „atlantis“.");
  }

  /** GPM and team lead of Mitte: aggregates everywhere, single cases in Mitte only. */
  @Test
  void severalGroupsGiveTheUnionOfTheirRights() {
    List<String> both = List.of(Roles.GPM, Districts.teamLeadGroup("mitte"));
    assertThat(FlowAccess.allowedDistricts(both, View.BOTTLENECKS)).isEqualTo(Districts.IDS);
    assertThat(FlowAccess.allowedDistricts(both, View.FINISHED)).containsExactly("mitte");
    assertThat(FlowAccess.seesCases(both, "mitte")).isTrue();
    assertThat(FlowAccess.seesCases(both, "spandau")).isFalse();
  }
}
