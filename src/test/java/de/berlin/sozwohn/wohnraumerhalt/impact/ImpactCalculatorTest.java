package de.berlin.sozwohn.wohnraumerhalt.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.berlin.sozwohn.wohnraumerhalt.impact.ImpactCase.Notice;
import de.berlin.sozwohn.wohnraumerhalt.impact.ImpactReport.Unit;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic of "Wirkung und Kosten" on dated cases of the first half of 2026, every figure
 * counted by hand below. Rates: 0,63 € per staff minute, 35 € per placement day, 365 days.
 */
class ImpactCalculatorTest {

  static final Period H1 = Period.of("2026-01-01", "2026-06-30");
  static final ImpactRates RATES = new ImpactProperties(new BigDecimal("0.63"), "Quelle A",
      new BigDecimal("35"), "Quelle B", new BigDecimal("365"), "Quelle C").rates();

  /**
   * Mitte:
   * A court 10 Jan, lawsuit withdrawn 1 Feb, closed 20 Feb housing retained – averted (withdrawn).
   * B court 3 Nov 2025, arrears settled 15 Jan, closed 20 Jan housing retained, rent debt 1.850,00
   *   on 12 Jan, follow-up 10 Jun still housed – averted (settled), opened before the period.
   * C bailiff 2 Mar, eviction 15 Apr called off 10 Apr, second eviction 20 May carried out, closed
   *   25 May eviction carried out – never averted (lost the home), one eviction carried out.
   * D court 10 Feb, eviction 3 Jun recorded as not carried out, rent debt 2.400,50 on 1 Mar, open –
   *   averted (called off) on 3 Jun.
   * E court 1 May, household moved 10 May (its eviction called off that day), closed 12 May moved
   *   out – not averted.
   * F transfer 20 Jun, closed 5 Jul housing retained – averted in the next period only.
   * G court 1 Jun 2025, closed 30 Jun 2025 housing retained, follow-up 29 Jun 2026 not housed.
   * H court 1 Apr, closed 20 Apr no contact, rent debt 0,00 on 5 Apr (not a takeover).
   * I bailiff 1 Mar, arrears settled and eviction called off both on 15 Mar, open – averted, by
   *   "arrears settled" (first in order on a shared day).
   * Neukölln:
   * J court 2 Feb, lawsuit withdrawn 10 Feb, rent debt 1.000,00 on 5 Feb – averted (withdrawn).
   */
  static final List<ImpactCase> CASES = List.of(
      mitte("A", "court", "2026-01-10", "2026-02-20", "housing-retained", "2026-02-01",
          "lawsuit-withdrawn", null, null, null, null),
      mitte("B", "court", "2025-11-03", "2026-01-20", "housing-retained", "2026-01-15",
          "arrears-settled", "2026-06-10", true, "1850.00", "2026-01-12"),
      mitte("C", "bailiff", "2026-03-02", "2026-05-25", "eviction-carried-out", null, null, null,
          null, null, null,
          new Notice(d("2026-04-15"), d("2026-04-10"), null),
          new Notice(d("2026-05-20"), null, true)),
      mitte("D", "court", "2026-02-10", null, null, null, null, null, null, "2400.50",
          "2026-03-01", new Notice(d("2026-06-03"), null, false)),
      mitte("E", "court", "2026-05-01", "2026-05-12", "moved-out", "2026-05-10",
          "household-moved", null, null, null, null,
          new Notice(d("2026-05-30"), d("2026-05-10"), null)),
      mitte("F", "transfer", "2026-06-20", "2026-07-05", "housing-retained", null, null, null,
          null, null, null),
      mitte("G", "court", "2025-06-01", "2025-06-30", "housing-retained", null, null,
          "2026-06-29", false, null, null),
      mitte("H", "court", "2026-04-01", "2026-04-20", "no-contact", null, null, null, null,
          "0.00", "2026-04-05"),
      mitte("I", "bailiff", "2026-03-01", null, null, "2026-03-15", "arrears-settled", null, null,
          null, null, new Notice(d("2026-04-01"), d("2026-03-15"), null)),
      new ImpactCase("J", "neukoelln", "court", d("2026-02-02"), null, null, d("2026-02-10"),
          "lawsuit-withdrawn", null, null, new BigDecimal("1000.00"), d("2026-02-05"), List.of()));

  static final Map<String, Long> MINUTES = Map.of("mitte", 12_000L, "neukoelln", 3_000L);

  @Test
  void districtFiguresCountedByHand() {
    ImpactReport report = report(List.of("mitte"));
    Unit mitte = report.districts().get(0);
    assertThat(mitte.district()).isEqualTo("mitte");
    assertThat(mitte.name()).isEqualTo("Name mitte");
    // opened in the period: A, D, E, H court; C, I bailiff; F transfer (B and G in 2025)
    assertThat(mitte.casesByOrigin()).containsExactly(Map.entry("court", 4),
        Map.entry("bailiff", 2), Map.entry("transfer", 1), Map.entry("total", 7));
    // closed in the period: A, B retained, C carried out, E moved out, H no contact
    assertThat(mitte.casesByOutcome()).containsExactly(Map.entry("housing-retained", 2),
        Map.entry("eviction-carried-out", 1), Map.entry("moved-out", 1),
        Map.entry("no-contact", 1), Map.entry("other", 0), Map.entry("transferred", 0),
        Map.entry("total", 5));
    // A withdrawn, B and I settled, D called off; C and E lost the home, F averted in July
    assertThat(mitte.averted().total()).isEqualTo(4);
    assertThat(mitte.averted().byReason()).containsExactly(Map.entry("lawsuit-withdrawn", 1),
        Map.entry("arrears-settled", 2), Map.entry("eviction-called-off", 1),
        Map.entry("housing-retained", 0));
    assertThat(mitte.evictionsCarriedOut()).isEqualTo(1);
    // follow-ups of B (still housed) and G (not housed)
    assertThat(mitte.followUp().followedUp()).isEqualTo(2);
    assertThat(mitte.followUp().stillHoused()).isEqualTo(1);
    assertThat(mitte.followUp().notHoused()).isEqualTo(1);
    assertThat(mitte.followUp().percentStillHoused()).isEqualByComparingTo("50.0");
    // B 1.850,00 + D 2.400,50; H's 0,00 is no takeover
    assertThat(mitte.rentDebtTakeovers().count()).isEqualTo(2);
    assertThat(mitte.rentDebtTakeovers().sum()).isEqualByComparingTo("4250.50");
    // 12.000 min × 0,63 € = 7.560,00 €, + 4.250,50 € = 11.810,50 €
    assertThat(mitte.preventionCost().staffMinutes()).isEqualTo(12_000);
    assertThat(mitte.preventionCost().staffCost()).isEqualByComparingTo("7560.00");
    assertThat(mitte.preventionCost().rentDebt()).isEqualByComparingTo("4250.50");
    assertThat(mitte.preventionCost().total()).isEqualByComparingTo("11810.50");
    // 35 € × 365 days = 12.775,00 € per averted eviction, × 4 = 51.100,00 €
    assertThat(mitte.avoidedCost().avertedEvictions()).isEqualTo(4);
    assertThat(mitte.avoidedCost().costPerEviction()).isEqualByComparingTo("12775.00");
    assertThat(mitte.avoidedCost().total()).isEqualByComparingTo("51100.00");
    // 51.100,00 ÷ 11.810,50 = 4,3266…
    assertThat(mitte.factor()).isEqualByComparingTo("4.33");
    assertThat(mitte.factorText()).isEqualTo("1 : 4,3");
  }

  @Test
  void berlinPoolsEveryDistrict() {
    ImpactReport report = report(List.of("mitte"));
    Unit berlin = report.berlin();
    assertThat(berlin.district()).isEqualTo("berlin");
    assertThat(berlin.casesByOrigin()).containsEntry("court", 5).containsEntry("total", 8);
    assertThat(berlin.averted().total()).isEqualTo(5);
    assertThat(berlin.averted().byReason()).containsEntry("lawsuit-withdrawn", 2);
    assertThat(berlin.rentDebtTakeovers().count()).isEqualTo(3);
    assertThat(berlin.rentDebtTakeovers().sum()).isEqualByComparingTo("5250.50");
    // 15.000 min × 0,63 = 9.450,00 + 5.250,50 = 14.700,50; 5 × 12.775 = 63.875,00
    assertThat(berlin.preventionCost().total()).isEqualByComparingTo("14700.50");
    assertThat(berlin.avoidedCost().total()).isEqualByComparingTo("63875.00");
    // 63.875,00 ÷ 14.700,50 = 4,3451…: the factor 4,35, the text from the exact ratio 4,3
    assertThat(berlin.factor()).isEqualByComparingTo("4.35");
    assertThat(berlin.factorText()).isEqualTo("1 : 4,3");
  }

  @Test
  void theNextPeriodCountsWhatHappenedInIt() {
    ImpactReport report = ImpactCalculator.report(Period.of("2026-07-01", "2026-12-31"), CASES,
        Map.of(), List.of("mitte"), false, RATES, ImpactService.OUTCOMES, id -> id);
    Unit mitte = report.districts().get(0);
    // F: closed 5 Jul housing retained
    assertThat(mitte.averted().byReason()).containsEntry("housing-retained", 1);
    assertThat(mitte.averted().total()).isEqualTo(1);
    assertThat(mitte.casesByOrigin()).containsEntry("total", 0);
    assertThat(mitte.casesByOutcome()).containsEntry("housing-retained", 1);
    // no minutes and no rent debt: no cost, no factor
    assertThat(mitte.preventionCost().total()).isEqualByComparingTo("0.00");
    assertThat(mitte.avoidedCost().total()).isEqualByComparingTo("12775.00");
    assertThat(mitte.factor()).isNull();
    assertThat(mitte.factorText()).isEqualTo("–");
    assertThat(mitte.followUp().percentStillHoused()).isNull();
    assertThat(report.berlin()).isNull();
  }

  @Test
  void theReportCarriesItsRatesAndSaysItIsAnEstimate() {
    ImpactReport report = report(List.of("mitte"));
    assertThat(report.estimate()).isTrue();
    assertThat(report.note()).startsWith("Schätzung:");
    assertThat(report.rates()).extracting(ImpactRates.Rate::key)
        .containsExactly("staffCostPerMinute", "placementCostPerDay", "placementDays");
    assertThat(report.rates()).extracting(ImpactRates.Rate::source)
        .containsExactly("Quelle A", "Quelle B", "Quelle C");
    assertThat(report.labels().avertedBy()).containsEntry("eviction-called-off",
        "Räumung abgesagt");
  }

  @Test
  void bielefeldsFactorReadsOneToTwoPointEight() {
    // 2,05 Mio. € spent, 5,76 Mio. € saved (FES guide): 2,809…
    assertThat(ImpactCalculator.factorText(new BigDecimal("5760000")
        .divide(new BigDecimal("2050000"), 10, java.math.RoundingMode.HALF_UP)))
        .isEqualTo("1 : 2,8");
  }

  @Test
  void ratesMustNotBeNegativeAndDaysPositive() {
    assertThatThrownBy(() -> new ImpactProperties(new BigDecimal("-0.01"), "", BigDecimal.TEN, "",
        BigDecimal.TEN, "").rates()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("staffCostPerMinute");
    assertThatThrownBy(() -> new ImpactProperties(BigDecimal.ONE, "", BigDecimal.TEN, "",
        BigDecimal.ZERO, "").rates()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("placementDays");
  }

  @Test
  void csvHasOneFigurePerRowAndTheRatesWithTheirSources() {
    String csv = ImpactCsv.of(report(List.of("mitte"))).text();
    assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(
        "Zeitraum von;Zeitraum bis;Bezirk-ID;Bezirk;Bereich;Kennzahl;Bezeichnung;Wert;Einheit;Hinweis");
    assertThat(csv).contains("01.01.2026;30.06.2026;mitte;Name mitte;Abgewendete Räumungen;"
        + "averted.total;Abgewendete Räumungen (Fälle);4;Fälle;");
    assertThat(csv).contains(";mitte;Name mitte;Präventionskosten (Schätzung);"
        + "preventionCost.total;Präventionskosten gesamt;11810,50;€;");
    assertThat(csv).contains(";mitte;Name mitte;Präventionsfaktor;factor;"
        + "Präventionsfaktor (vermiedene Kosten ÷ Präventionskosten);4,33;;1 : 4,3");
    assertThat(csv).contains(";berlin;Berlin;Vermiedene Kosten (Schätzung);avoidedCost.total;"
        + "Vermiedene Kosten gesamt;63875,00;€;");
    assertThat(csv).contains(";;;Kostensatz;rates.staffCostPerMinute;"
        + "Personalkosten je Arbeitsminute;0,63;€ je Minute;Quelle A");
    // the note holds ";" and is quoted
    assertThat(csv).contains(";;;Hinweis;note;Schätzung;;;\"Schätzung:");
  }

  static ImpactReport report(List<String> districts) {
    return ImpactCalculator.report(H1, CASES, MINUTES, districts, true, RATES,
        ImpactService.OUTCOMES, id -> "Name " + id);
  }

  static ImpactCase mitte(String key, String origin, String openedOn, String closedOn,
      String outcome, String endedOn, String endedBy, String followUpOn, Boolean stillHoused,
      String rentDebt, String rentDebtOn, Notice... notices) {
    return new ImpactCase(key, "mitte", origin, d(openedOn), d(closedOn), outcome, d(endedOn),
        endedBy, d(followUpOn), stillHoused, rentDebt == null ? null : new BigDecimal(rentDebt),
        d(rentDebtOn), List.of(notices));
  }

  static LocalDate d(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }
}
