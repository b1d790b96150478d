package de.berlin.sozwohn.wohnraumerhalt.ppbe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.berlin.sozwohn.wohnraumerhalt.ppbe.StaffingReport.DistrictStaffing;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.StaffingReport.Figures;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.StaffingReport.ModelInfo;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.StaffingReport.Totals;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Minutes and VZÄ from the model and from history, computed by hand. */
class StaffingCalculatorTest {

  /** 730 cases a year; A (60 min) every case, B (30 min) in 40 % after a rework loop of 20 %. */
  static final ProcessGraph GRAPH = ProcessGraph.builder("p")
      .start("S", 730.0).exclusive("M").userTask("A", 60).exclusive("Again").exclusive("G")
      .userTask("B", 30).end("E1").end("E2")
      .flow("S", "M").flow("M", "A").flow("A", "Again").flow("Again", "M", 20.0)
      .flow("Again", "G", 80.0).flow("G", "B", 40.0).flow("G", "E2", 60.0).flow("B", "E1")
      .build();
  static final ModelInfo MODEL = new ModelInfo("p", 3, "1.0");
  static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  static final LocalDate TO = LocalDate.of(2026, 3, 1); // 60 days = 60/365 of a year

  static Map<String, Map<String, Long>> history(long a, long b) {
    Map<String, Map<String, Long>> history = new LinkedHashMap<>();
    history.put("mitte", Map.of("A", a, "B", b));
    return history;
  }

  @Test
  void modelAndHistoryForAPeriod() {
    // A: 730 / 0.8 = 912.5 a year → 150 in 60 days (9000 min); B: 730 × 0.4 = 292 → 48 (1440 min)
    // model 10440 min; VZÄ = 10440 ÷ (95400 × 60/365) = 0.6682 → 0.67
    // history: A 120 (7200 min), B 60 (1800 min) = 9000 min → 0.5739 → 0.57
    StaffingReport report = StaffingCalculator.report(FROM, TO, GRAPH, MODEL,
        new StaffingBasis(95400, 0), null, history(120, 60), d -> "Mitte", false);

    assertThat(report.periodDays()).isEqualTo(60);
    assertThat(report.tasks()).extracting(StaffingReport.TaskPlan::visitsPerCase)
        .containsExactly(1.25, 0.4);
    assertThat(report.tasks().get(0).countPerYear()).isEqualTo(912.5);
    assertThat(report.tasks().get(0).minutesPerYear()).isEqualTo(54750.0);
    DistrictStaffing mitte = report.districts().get(0);
    assertThat(mitte.tasks().get(0).model()).isEqualTo(new Figures(150, 9000));
    assertThat(mitte.tasks().get(1).model()).isEqualTo(new Figures(48, 1440));
    assertThat(mitte.tasks().get(0).history()).isEqualTo(new Figures(120, 7200));
    assertThat(mitte.tasks().get(0).difference()).isEqualTo(new Figures(-30, -1800));
    assertThat(mitte.tasks().get(1).difference()).isEqualTo(new Figures(12, 360));
    assertThat(mitte.model()).isEqualTo(new Totals(10440, 0.67));
    assertThat(mitte.history()).isEqualTo(new Totals(9000, 0.57));
    assertThat(mitte.difference()).isEqualTo(new Totals(-1440, -0.09));
    assertThat(report.berlin()).isNull();
    assertThat(report.basis().note()).contains("95.400").contains("Kein Verteilzeitzuschlag (0 %)");
    assertThat(report.casesPerYear().whatIf()).isFalse();
  }

  @Test
  void aSurchargeRaisesTheVzaeButNotTheMinutes() {
    // 10440 min × 1.1 ÷ (95400 × 60/365) = 0.7350
    StaffingReport report = StaffingCalculator.report(FROM, TO, GRAPH, MODEL,
        new StaffingBasis(95400, 10), null, history(0, 0), d -> "Mitte", false);
    assertThat(report.districts().get(0).model()).isEqualTo(new Totals(10440, 0.73));
    assertThat(report.basis().note()).contains("10 % Verteilzeitzuschlag")
        .contains("dürfen die Verteilzeit daher nicht schon enthalten");
  }

  @Test
  void aWhatIfVolumeAndTheBerlinSum() {
    // 1460 cases instead of 730: the model doubles (20880 min, 1.34 VZÄ per district);
    // Berlin = 2 districts: 41760 min = 2.663 VZÄ, history 9000 + 4500
    Map<String, Map<String, Long>> history = new LinkedHashMap<>();
    history.put("mitte", Map.of("A", 120L, "B", 60L));
    history.put("pankow", Map.of("A", 60L, "B", 30L));
    StaffingReport report = StaffingCalculator.report(FROM, TO, GRAPH, MODEL,
        new StaffingBasis(95400, 0), 1460.0, history, d -> d, true);
    assertThat(report.casesPerYear().planned()).isEqualTo(730);
    assertThat(report.casesPerYear().applied()).isEqualTo(1460);
    assertThat(report.casesPerYear().note()).startsWith("Was-wäre-wenn: 1.460 statt 730");
    assertThat(report.districts()).extracting(d -> d.model().minutes()).containsExactly(20880.0, 20880.0);
    assertThat(report.berlin().model()).isEqualTo(new Totals(41760, 2.66));
    assertThat(report.berlin().history().minutes()).isEqualTo(13500);
    assertThat(report.berlin().tasks().get(0).history().count()).isEqualTo(180);
  }

  @Test
  void theBasisIsValidated() {
    assertThatThrownBy(() -> new StaffingBasis(0, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("net-annual-minutes");
    assertThatThrownBy(() -> new StaffingBasis(95400, -1))
        .hasMessageContaining("distribution-time-surcharge-percent");
  }

  @Test
  void csvHasOneRowPerTaskAndATotalPerDistrict() {
    StaffingReport report = StaffingCalculator.report(FROM, TO, GRAPH, MODEL,
        new StaffingBasis(95400, 0), null, history(120, 60), d -> "Mitte", false);
    String[] rows = PpbeCsv.write(report).text().split("\r\n");
    assertThat(rows).hasSize(4);
    assertThat(rows[0]).isEqualTo("Zeitraum von;Zeitraum bis;Bezirk;Aufgabe (Schlüssel);Aufgabe;"
        + "Minuten je Aufgabe;Anzahl Modell;Minuten Modell;Anzahl Historie;Minuten Historie;"
        + "Differenz Anzahl;Differenz Minuten;VZÄ Modell;VZÄ Historie;Differenz VZÄ;"
        + "Fälle pro Jahr;Netto-Jahresarbeitsminuten;Verteilzeitzuschlag %");
    assertThat(rows[1]).isEqualTo("01.01.2026;01.03.2026;Mitte;A;;60;150;9000;120;7200;-30;-1800;"
        + ";;;;;");
    // German numbers: decimal comma, a negative difference stays a number
    assertThat(rows[3]).isEqualTo("01.01.2026;01.03.2026;Mitte;TOTAL;Summe;;;10440;;9000;;-1440;"
        + "0,67;0,57;-0,09;730;95400;0");
  }
}
