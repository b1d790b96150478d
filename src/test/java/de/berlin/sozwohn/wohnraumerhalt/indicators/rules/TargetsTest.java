package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The agreement's targets with their status, and what a corridor may say. */
class TargetsTest {

  @Test
  void theBuiltInAgreementIsTheZielvereinbarung2026To2027() {
    Targets targets = Targets.builtIn();
    assertThat(targets.agreement()).isEqualTo("Zielvereinbarung SozWohn 2026–2027");
    assertThat(targets.byStandard().keySet()).containsExactly("1.1", "1.2", "1.3", "1.4", "1.5",
        "2");
    // 1.1–1.3: perspective values of the AG Fachstellenkonzept, not agreed
    assertThat(targets.corridor(Standard.COURT_NOTICE_LETTER))
        .isEqualTo(new Corridor(100, TargetStatus.PROPOSED, 80, TargetStatus.PROPOSED));
    assertThat(targets.corridor(Standard.HOME_VISIT))
        .isEqualTo(new Corridor(90, TargetStatus.PROPOSED, 60, TargetStatus.PROPOSED));
    assertThat(targets.corridor(Standard.BAILIFF_NOTICE_LETTER))
        .isEqualTo(new Corridor(100, TargetStatus.PROPOSED, 90, TargetStatus.PROPOSED));
    // 1.4: still to be defined
    assertThat(targets.corridor(Standard.EVICTION_ATTENDANCE)).isEqualTo(Corridor.NONE);
    // 1.5 and 2: agreed for 2026 and 2027
    assertThat(targets.corridor(Standard.UNIFORM_ACCESS))
        .isEqualTo(new Corridor(100, TargetStatus.AGREED, 90, TargetStatus.AGREED));
    assertThat(targets.corridor(Standard.STAFF_SATISFACTION))
        .isEqualTo(new Corridor(65, TargetStatus.AGREED, 59, TargetStatus.AGREED));
  }

  @Test
  void statusCodesAndGermanNames() {
    assertThat(TargetStatus.ofCode("agreed")).isEqualTo(TargetStatus.AGREED);
    assertThat(TargetStatus.ofCode("proposed").german()).isEqualTo("Vorschlag");
    assertThat(TargetStatus.NONE.code()).isEqualTo("none");
    assertThat(TargetStatus.NONE.german()).isEqualTo("nicht festgelegt");
    assertThat(TargetStatus.AGREED.german()).isEqualTo("vereinbart");
    assertThatThrownBy(() -> TargetStatus.ofCode("vereinbart"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("„vereinbart“").hasMessageContaining("agreed, proposed, none");
  }

  @Test
  void aCorridorThatContradictsItselfIsRefused() {
    assertThatThrownBy(() -> new Corridor(null, TargetStatus.AGREED, 80, TargetStatus.AGREED))
        .hasMessage("Zielwert mit Status „agreed“ braucht einen Wert.");
    assertThatThrownBy(() -> new Corridor(100, TargetStatus.NONE, null, TargetStatus.NONE))
        .hasMessageContaining("Zielwert 100 mit Status „none“");
    assertThatThrownBy(() -> new Corridor(100, TargetStatus.PROPOSED, null,
        TargetStatus.PROPOSED)).hasMessage("Mindestwert mit Status „proposed“ braucht einen Wert.");
    assertThatThrownBy(() -> new Corridor(80, TargetStatus.AGREED, 90, TargetStatus.AGREED))
        .hasMessage("Der Mindestwert 90 liegt über dem Zielwert 80.");
    assertThatThrownBy(() -> new Corridor(101, TargetStatus.AGREED, 90, TargetStatus.AGREED))
        .hasMessageContaining("nicht zwischen 0 und 100");
    // a target without a minimum is allowed (and the other way round)
    assertThat(new Corridor(90, TargetStatus.PROPOSED, null, TargetStatus.NONE).minimum()).isNull();
  }

  @Test
  void theCorridorDecidesTheStatusOnTheExactValue() {
    Corridor corridor = new Corridor(100, TargetStatus.PROPOSED, 80, TargetStatus.PROPOSED);
    assertThat(corridor.status(new BigDecimal("100"))).isEqualTo(Status.MET);
    assertThat(corridor.status(new BigDecimal("80"))).isEqualTo(Status.CORRIDOR);
    assertThat(corridor.status(new BigDecimal("79.9999"))).isEqualTo(Status.BELOW);
    assertThat(corridor.status(null)).isNull();
    assertThat(Corridor.NONE.status(new BigDecimal("50"))).isNull();
    // no minimum: anything below the target is below
    assertThat(new Corridor(90, TargetStatus.PROPOSED, null, TargetStatus.NONE)
        .status(new BigDecimal("89"))).isEqualTo(Status.BELOW);
  }

  @Test
  void everyStandardNeedsACorridorAndOnlyKnownOnes() {
    Map<String, Corridor> corridors = new LinkedHashMap<>(Targets.builtIn().byStandard());
    corridors.remove("1.4");
    assertThatThrownBy(() -> new Targets("ZV", corridors))
        .hasMessageStartingWith("Qualitätsstandard 1.4 fehlt");
    corridors.put("1.4", Corridor.NONE);
    corridors.put("3", Corridor.NONE);
    assertThatThrownBy(() -> new Targets("ZV", corridors))
        .hasMessageStartingWith("Unbekannter Qualitätsstandard „3“");
    corridors.remove("3");
    assertThatThrownBy(() -> new Targets(" ", corridors)).hasMessageContaining("Namen");

    // given in any order, kept in the order of the standards
    List<String> ids = new ArrayList<>(Targets.builtIn().byStandard().keySet());
    Collections.reverse(ids);
    Map<String, Corridor> reversed = new LinkedHashMap<>();
    ids.forEach(id -> reversed.put(id, Targets.builtIn().byStandard().get(id)));
    assertThat(reversed.keySet()).startsWith("2");
    assertThat(new Targets("ZV", reversed).byStandard().keySet())
        .containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "2");
  }

  @Test
  void noValueTextsSayWhatIsMissing() {
    assertThat(Standard.COURT_NOTICE_LETTER.noValueText()).isEqualTo("keine Fälle");
    assertThat(Standard.EVICTION_ATTENDANCE.noValueText()).isEqualTo("keine Fälle");
    assertThat(Standard.UNIFORM_ACCESS.noValueText()).isEqualTo("keine Selbstauskunft");
    assertThat(Standard.STAFF_SATISFACTION.noValueText()).isEqualTo("keine Befragung");
  }
}
