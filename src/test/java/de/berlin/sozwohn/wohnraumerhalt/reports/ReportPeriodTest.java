package de.berlin.sozwohn.wohnraumerhalt.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Period;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The reporting periods: the first half-year ({@code 2026-H1}) and the year ({@code 2026}). */
class ReportPeriodTest {

  @Test
  void theFirstHalfYear() {
    ReportPeriod period = ReportPeriod.parse("2026-H1");
    assertThat(period.code()).isEqualTo("2026-H1");
    assertThat(period.from()).isEqualTo("2026-01-01");
    assertThat(period.to()).isEqualTo("2026-06-30");
    assertThat(period.period()).isEqualTo(Period.of("2026-01-01", "2026-06-30"));
    assertThat(period.label()).isEqualTo("1. Halbjahr 2026");
    assertThat(period.text()).isEqualTo("1. Halbjahr 2026 (01.01.2026–30.06.2026)");
    assertThat(period).isEqualTo(ReportPeriod.firstHalf(2026));
  }

  @Test
  void theYear() {
    ReportPeriod period = ReportPeriod.parse("2026");
    assertThat(period.code()).isEqualTo("2026");
    assertThat(period.from()).isEqualTo("2026-01-01");
    assertThat(period.to()).isEqualTo("2026-12-31");
    assertThat(period.label()).isEqualTo("Jahr 2026");
    assertThat(period.text()).isEqualTo("Jahr 2026 (01.01.2026–31.12.2026)");
    assertThat(period).isEqualTo(ReportPeriod.wholeYear(2026));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "2026-H2", "2026-h1", "26-H1", "2026H1", "2026-06", "H1-2026",
      "20260", "1999", "1999-H1", "abcd"})
  void anythingElseIsRefusedInGerman(String code) {
    assertThatThrownBy(() -> ReportPeriod.parse(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageMatching("(Unbekannter Berichtszeitraum|Das Jahr).*");
  }

  @Test
  void nullIsRefusedToo() {
    assertThatThrownBy(() -> ReportPeriod.parse(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-H1");
  }

  @ParameterizedTest
  @CsvSource({
      // 1 July asks for the first half-year, 1 January for the whole previous year
      "2026-07-01, 2026-H1",
      "2026-12-31, 2026-H1",
      "2027-01-01, 2026",
      "2027-06-30, 2026"})
  void thePeriodThatEndedLast(String today, String code) {
    assertThat(ReportPeriod.endedBefore(LocalDate.parse(today)).code()).isEqualTo(code);
  }

  @Test
  void aPeriodHasEndedTheDayAfterItsLastDay() {
    ReportPeriod h1 = ReportPeriod.firstHalf(2026);
    assertThat(h1.hasEndedBy(LocalDate.parse("2026-06-30"))).isFalse();
    assertThat(h1.hasEndedBy(LocalDate.parse("2026-07-01"))).isTrue();
    assertThat(ReportPeriod.wholeYear(2026).hasEndedBy(LocalDate.parse("2026-12-31"))).isFalse();
    assertThat(ReportPeriod.wholeYear(2026).hasEndedBy(LocalDate.parse("2027-01-01"))).isTrue();
  }
}
