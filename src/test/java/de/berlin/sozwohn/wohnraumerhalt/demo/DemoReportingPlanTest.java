package de.berlin.sozwohn.wohnraumerhalt.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.IndicatorValue;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Standard;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Tally;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Targets;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.reports.ReportPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the demo's reporting asks for and when ({@link DemoReporting}, the plain part). */
class DemoReportingPlanTest {

  static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar();
  static final List<String> DISTRICTS = List.copyOf(DemoScenario.districts());

  @Test
  void fourteenMonthsHoldTheAnnualReportAndTheFirstHalfYear() {
    // the default span (P14M) seen from 7 December 2026
    DemoReporting.Schedule plan = DemoReporting.schedule(LocalDate.of(2025, 10, 7),
        LocalDate.of(2026, 12, 7), DISTRICTS, CALENDAR);
    // asked on the first working day from 1 January (Neujahr) and 1 July
    assertThat(plan.reportDays()).containsExactly(
        Map.entry(ReportPeriod.wholeYear(2025), LocalDate.of(2026, 1, 2)),
        Map.entry(ReportPeriod.firstHalf(2026), LocalDate.of(2026, 7, 1)));
    assertThat(plan.latest()).isEqualTo(ReportPeriod.firstHalf(2026));
    // a self-report for each year: the first on the span's first day, then from 2 January
    assertThat(plan.selfReportDays()).containsExactly(
        Map.entry(2025, LocalDate.of(2025, 10, 7)), Map.entry(2026, LocalDate.of(2026, 1, 2)));
    assertThat(plan.districts()).containsExactlyElementsOf(DISTRICTS).hasSize(6);
  }

  @Test
  void aShortSpanReportsTheLatestPeriodThatEndedBeforeItToo() {
    // DemoHistoryTest: three months from 7 September 2026 – no 1 July or 1 January in it
    DemoReporting.Schedule plan = DemoReporting.schedule(LocalDate.of(2026, 9, 7),
        LocalDate.of(2026, 12, 7), DISTRICTS, CALENDAR);
    assertThat(plan.reportDays()).containsExactly(
        Map.entry(ReportPeriod.firstHalf(2026), LocalDate.of(2026, 9, 7)));
    assertThat(plan.latest()).isEqualTo(ReportPeriod.firstHalf(2026));
    assertThat(plan.selfReportDays()).containsExactly(Map.entry(2026, LocalDate.of(2026, 9, 7)));

    // from March: the annual report of the year before, and its year's self-report
    DemoReporting.Schedule spring = DemoReporting.schedule(LocalDate.of(2027, 3, 6),
        LocalDate.of(2027, 6, 6), DISTRICTS, CALENDAR);
    assertThat(spring.reportDays()).containsExactly(
        // Saturday 6 March; Monday 8 March is Frauentag, a Berlin holiday
        Map.entry(ReportPeriod.wholeYear(2026), LocalDate.of(2027, 3, 9)));
    assertThat(spring.selfReportDays()).containsOnlyKeys(2026, 2027);

    // a span ending a few days after 1 January: the annual report is asked, but no team lead
    // has had ten working days for it – the first half-year before it is reported as well
    DemoReporting.Schedule january = DemoReporting.schedule(LocalDate.of(2026, 10, 8),
        LocalDate.of(2027, 1, 8), DISTRICTS, CALENDAR);
    assertThat(january.reportDays()).containsExactly(
        Map.entry(ReportPeriod.firstHalf(2026), LocalDate.of(2026, 10, 8)),
        Map.entry(ReportPeriod.wholeYear(2026), LocalDate.of(2027, 1, 4)));
    assertThat(january.latest()).isEqualTo(ReportPeriod.wholeYear(2026));
    // 1 July 2026, then 2 January 2027 would have been inside a longer span: not here
    assertThat(january.selfReportDays()).containsExactly(
        Map.entry(2026, LocalDate.of(2026, 10, 8)), Map.entry(2027, LocalDate.of(2027, 1, 4)));
  }

  @Test
  void theSurveyOfEvenYearsCoversTheNextYearToo() {
    assertThat(DemoReporting.surveyYearCovering(2024)).isEqualTo(2024);
    assertThat(DemoReporting.surveyYearCovering(2025)).isEqualTo(2024);
    assertThat(DemoReporting.surveyYearCovering(2026)).isEqualTo(2026);
    assertThat(DemoReporting.surveyYearCovering(2027)).isEqualTo(2026);
    for (String district : DISTRICTS) {
      for (int year : List.of(2024, 2026, 2028)) {
        BigDecimal result = DemoReporting.survey(district, year);
        assertThat(result).as(district + " " + year).isBetween(new BigDecimal("55.0"),
            new BigDecimal("66.5"));
      }
    }
    // both sides of the minimum (59) and of the target (65)
    assertThat(DISTRICTS).anyMatch(d -> DemoReporting.survey(d, 2026).compareTo(
        BigDecimal.valueOf(59)) < 0);
    assertThat(DISTRICTS).anyMatch(d -> DemoReporting.survey(d, 2026).compareTo(
        BigDecimal.valueOf(65)) >= 0);
  }

  @Test
  void theSelfReportsTickFourToSixStandardsAboutNinetyFourPercentOnAverage() {
    double sum = 0;
    for (String district : DISTRICTS) {
      Map<String, Object> answers = DemoReporting.selfReportAnswers(district);
      assertThat(answers).hasSize(6);
      long met = answers.values().stream().filter(Boolean.TRUE::equals).count();
      assertThat(met).as(district).isBetween(4L, 6L);
      sum += met * 100.0 / 6;
    }
    assertThat(sum / DISTRICTS.size()).isBetween(93.0, 95.0);
  }

  @Test
  void theTeamLeadsApproveThreeToNineWorkingDaysLater() {
    for (String district : DISTRICTS) {
      for (ReportPeriod period : List.of(ReportPeriod.firstHalf(2026),
          ReportPeriod.wholeYear(2026))) {
        assertThat(DemoReporting.approvalDelay(district, period)).isBetween(3, 9);
      }
    }
  }

  @Test
  void aCommentForEveryValueBelowItsMinimumAndNoneElse() {
    Targets targets = Targets.builtIn();
    Map<String, IndicatorValue> values = new LinkedHashMap<>();
    values.put("1.1", IndicatorValue.ofTally(targets.corridor(Standard.COURT_NOTICE_LETTER),
        new Tally(2, 1, 0))); // 66.7 % < 80
    values.put("1.2", IndicatorValue.ofTally(targets.corridor(Standard.HOME_VISIT),
        new Tally(9, 1, 0))); // 90 % met
    values.put("1.5", IndicatorValue.ofTally(targets.corridor(Standard.UNIFORM_ACCESS),
        new Tally(5, 1, 0))); // 83.3 % < 90
    values.put("2", IndicatorValue.ofPercent(targets.corridor(Standard.STAFF_SATISFACTION), null,
        null, null)); // no survey
    Map<String, Object> comments = DemoReporting.comments(values);
    assertThat(comments).containsOnlyKeys(CaseVariables.COMMENT_1_1, CaseVariables.COMMENT_1_5);
    assertThat(comments.values()).allSatisfy(c -> assertThat((String) c).isNotBlank()
        .doesNotContain("\n"));
  }
}
