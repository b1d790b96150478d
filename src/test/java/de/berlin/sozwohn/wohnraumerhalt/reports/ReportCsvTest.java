package de.berlin.sozwohn.wohnraumerhalt.reports;

import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Corridor;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.IndicatorValue;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Standard;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Tally;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Targets;
import de.berlin.sozwohn.wohnraumerhalt.reports.SubmittedReports.BerlinReport;
import de.berlin.sozwohn.wohnraumerhalt.reports.SubmittedReports.Difference;
import de.berlin.sozwohn.wohnraumerhalt.reports.SubmittedReports.DistrictReport;
import de.berlin.sozwohn.wohnraumerhalt.reports.SubmittedReports.Report;
import de.berlin.sozwohn.wohnraumerhalt.reports.SubmittedReports.Row;
import de.berlin.sozwohn.wohnraumerhalt.reports.SubmittedReports.Submission;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The report's CSV and the difference column, on a report built by hand: a district that
 * submitted 41 of 45 (2 pending) and today has 42 of 47, one that was only reminded, and Berlin
 * from the one that submitted.
 */
class ReportCsvTest {

  static final Targets TARGETS = Targets.builtIn();

  @Test
  void oneRowPerDistrictAndIndicatorThenBerlinWithEveryColumnInGerman() {
    String[] lines = ReportCsv.of(report()).text().split("\r\n", -1);
    assertThat(lines[0]).isEqualTo(String.join(";", ReportCsv.HEADINGS));
    assertThat(ReportCsv.HEADINGS).hasSize(27).startsWith("Berichtszeitraum", "Zeitraum von")
        .endsWith("Mindestwert-Status", "Begründung");
    // two districts and Berlin, six indicators each, and the empty rest after the last CRLF
    assertThat(lines).hasSize(1 + 3 * 6 + 1);
    assertThat(lines[lines.length - 1]).isEmpty();

    assertThat(lines[1]).isEqualTo("1. Halbjahr 2026;01.01.2026;30.06.2026;mitte;Mitte;"
        + "abgegeben;08.07.2026;1.1;Sofortiges Tätigwerden bei Räumungsklagen;"
        + "41;45;91,1;im Korridor;2;42;47;89,4;im Korridor;0;1;2;-1,7;100;Vorschlag;80;"
        + "Vorschlag;");
    // a comment with a separator is quoted, one that looks like a formula is defused
    assertThat(lines[2]).endsWith(";90;Vorschlag;60;Vorschlag;\"Personalausfall; "
        + "Besuchstage neu geplant.\"");
    assertThat(lines[6]).startsWith("1. Halbjahr 2026;01.01.2026;30.06.2026;mitte;Mitte;"
        + "abgegeben;08.07.2026;2;Mitarbeitendenzufriedenheit;62,5;;62,5;im Korridor;0;"
        + "62,5;;62,5;im Korridor;0;0,0;;0,0;65;vereinbart;59;vereinbart;'=SUMME(A1)");
    // not submitted: the submitted and difference columns stay empty
    assertThat(lines[7]).isEqualTo("1. Halbjahr 2026;01.01.2026;30.06.2026;neukoelln;"
        + "Neukölln;erinnert;;1.1;Sofortiges Tätigwerden bei Räumungsklagen;;;;;;3;4;75,0;"
        + "unter dem Mindestwert;0;;;;100;Vorschlag;80;Vorschlag;");
    // 1.4 has neither target nor minimum
    assertThat(lines[10]).contains(";1.4;Begleitung Zwangsräumungen;").endsWith(
        ";;nicht festgelegt;;nicht festgelegt;");
    assertThat(lines[13]).startsWith("1. Halbjahr 2026;01.01.2026;30.06.2026;berlin;Berlin;"
        + "aus 1 von 12 Bezirken;;1.1;Sofortiges Tätigwerden bei Räumungsklagen;41;45;91,1;"
        + "im Korridor;2;45;51;88,2;im Korridor;0;4;6;-2,9;100;Vorschlag;80;Vorschlag;");
  }

  @Test
  void theDifferenceIsTodayMinusSubmitted() {
    IndicatorValue submitted = tally(Standard.COURT_NOTICE_LETTER, 41, 45, 2);
    IndicatorValue live = tally(Standard.COURT_NOTICE_LETTER, 42, 47, 0);
    Difference difference = Difference.between(submitted, live);
    assertThat(difference.numerator()).isEqualTo(1);
    assertThat(difference.denominator()).isEqualTo(2);
    assertThat(difference.percent()).isEqualByComparingTo("-1.7");
    assertThat(difference.pending()).isEqualTo(-2);
    // nothing submitted: no difference
    assertThat(Difference.between(null, live)).isNull();
    // today without a value (the cases were corrected away): no percent difference
    Difference gone = Difference.between(submitted, tally(Standard.COURT_NOTICE_LETTER, 0, 0, 0));
    assertThat(gone.percent()).isNull();
    assertThat(gone.numerator()).isEqualTo(-41);
    // standard 2: the survey result, a decimal, and no denominator
    Difference survey = Difference.between(survey("62.5"), survey("64.0"));
    assertThat(survey.numerator()).isEqualTo(new BigDecimal("1.5"));
    assertThat(survey.denominator()).isNull();
    assertThat(survey.percent()).isEqualByComparingTo("1.5");
  }

  @Test
  void theFileNameNamesThePeriodAndTheDistrict() {
    assertThat(ReportCsv.filename("2026-H1", null)).isEqualTo("halbjahresbericht_2026-H1.csv");
    assertThat(ReportCsv.filename("2026", "mitte")).isEqualTo("halbjahresbericht_2026_mitte.csv");
  }

  private static Report report() {
    Map<String, Row> mitte = new LinkedHashMap<>();
    Map<String, Row> neukoelln = new LinkedHashMap<>();
    Map<String, Row> berlin = new LinkedHashMap<>();
    for (Standard standard : Standard.values()) {
      IndicatorValue submitted = switch (standard) {
        case COURT_NOTICE_LETTER -> tally(standard, 41, 45, 2);
        case STAFF_SATISFACTION -> survey("62.5");
        default -> tally(standard, 5, 6, 0);
      };
      IndicatorValue live = switch (standard) {
        case COURT_NOTICE_LETTER -> tally(standard, 42, 47, 0);
        case STAFF_SATISFACTION -> survey("62.5");
        default -> tally(standard, 5, 6, 0);
      };
      String comment = switch (standard) {
        case HOME_VISIT -> "Personalausfall; Besuchstage neu geplant.";
        case STAFF_SATISFACTION -> "=SUMME(A1)";
        default -> null;
      };
      mitte.put(standard.id(), new Row(submitted, live, comment));
      neukoelln.put(standard.id(), new Row(null, standard == Standard.COURT_NOTICE_LETTER
          ? tally(standard, 3, 4, 0) : live, null));
      berlin.put(standard.id(), new Row(submitted, standard == Standard.COURT_NOTICE_LETTER
          ? tally(standard, 45, 51, 0) : live, null));
    }
    return new Report("2026-H1", "1. Halbjahr 2026", LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 6, 30), TARGETS.agreement(), LocalDateTime.of(2026, 7, 20, 9, 0),
        List.of(new DistrictReport("mitte", "Mitte", Submission.SUBMITTED,
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 15), null,
                LocalDate.of(2026, 7, 8), mitte, null),
            new DistrictReport("neukoelln", "Neukölln", Submission.REMINDED,
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 15), LocalDate.of(2026, 7, 16),
                null, neukoelln, null)),
        new BerlinReport(List.of("mitte"), berlin));
  }

  private static IndicatorValue tally(Standard standard, int met, int measured, int pending) {
    Corridor corridor = TARGETS.corridor(standard);
    return IndicatorValue.ofTally(corridor, new Tally(met, measured - met, pending));
  }

  private static IndicatorValue survey(String result) {
    BigDecimal value = new BigDecimal(result);
    return IndicatorValue.ofPercent(TARGETS.corridor(Standard.STAFF_SATISFACTION), value, null,
        value);
  }
}
