package de.berlin.sozwohn.wohnraumerhalt.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;

class DateValuesTest {

  private final DateValues berlin = new DateValues(ZoneId.of("Europe/Berlin"));

  @Test
  void inputIsStrict() {
    assertThat(DateValues.parseDate(" 2026-03-02 ")).contains(LocalDate.of(2026, 3, 2));
    assertThat(DateValues.parseDate("2026-03-02T10:00")).isEmpty();
    assertThat(DateValues.parseDate("02.03.2026")).isEmpty();
    assertThat(DateValues.parseDate("")).isEmpty();
    assertThat(DateValues.parseDate(null)).isEmpty();
    assertThat(DateValues.parseLocalDateTime("2026-05-12T09:00"))
        .contains(LocalDateTime.of(2026, 5, 12, 9, 0));
    assertThat(DateValues.parseLocalDateTime("2026-05-12T09:00:30"))
        .contains(LocalDateTime.of(2026, 5, 12, 9, 0, 30));
    assertThat(DateValues.parseLocalDateTime("2026-05-12T09:00+02:00")).isEmpty();
    assertThat(DateValues.parseLocalDateTime("2026-05-12")).isEmpty();
  }

  @Test
  void aDateTimeWithAnOffsetIsReadInBerlinTime() {
    assertThat(berlin.parseDateTime("2026-05-12T07:00Z")).contains(LocalDateTime.of(2026, 5, 12, 9, 0));
    assertThat(berlin.parseDateTime("2026-05-12T09:00")).contains(LocalDateTime.of(2026, 5, 12, 9, 0));
    assertThat(berlin.parseDateTime("2026-05-12T09:00+02:00[Europe/Berlin]")).isEmpty();
  }

  @Test
  void storedValuesAreReadLenientlyAndTheirDateIsTakenInBerlin() {
    // 23:30 UTC on 2 March is 3 March in Berlin: the date is taken after the conversion
    assertThat(berlin.toDate("2026-03-02T23:30:00Z")).contains(LocalDate.of(2026, 3, 3));
    assertThat(berlin.toDate("2026-03-02T23:30:00+00:00[UTC]")).contains(LocalDate.of(2026, 3, 3));
    assertThat(berlin.toDate("2026-03-02T23:30")).contains(LocalDate.of(2026, 3, 2));
    assertThat(berlin.toDate("2026-03-02")).contains(LocalDate.of(2026, 3, 2));
    assertThat(berlin.toDate(LocalDate.of(2026, 3, 2))).contains(LocalDate.of(2026, 3, 2));
    Date utcLateEvening = Date.from(Instant.parse("2026-03-02T23:30:00Z"));
    assertThat(berlin.toDate(utcLateEvening)).contains(LocalDate.of(2026, 3, 3));
    assertThat(berlin.toDate(new java.sql.Date(utcLateEvening.getTime())))
        .contains(LocalDate.of(2026, 3, 3));
    assertThat(berlin.toDate(OffsetDateTime.of(2026, 3, 2, 23, 30, 0, 0, ZoneOffset.UTC)))
        .contains(LocalDate.of(2026, 3, 3));
    assertThat(berlin.toDate("kein Datum")).isEmpty();
    assertThat(berlin.toDate(42)).isEmpty();
    assertThat(berlin.toDate(null)).isEmpty();
  }

  @Test
  void aPlainDateIsNoDateTime() {
    assertThat(berlin.toDateTime("2026-03-02")).isEmpty();
    assertThat(berlin.toDateTime(LocalDate.of(2026, 3, 2))).isEmpty();
    assertThat(berlin.toDateTime("2026-05-12T07:00Z")).contains(LocalDateTime.of(2026, 5, 12, 9, 0));
  }

  @Test
  void dateTimesAreWrittenInTheFormFormat() {
    assertThat(DateValues.formatDateTime(LocalDateTime.of(2026, 5, 12, 9, 0, 30)))
        .isEqualTo("2026-05-12T09:00");
  }
}
