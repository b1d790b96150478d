package de.berlin.sozwohn.wohnraumerhalt.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LetterInputTest {

  static final LetterInput INPUT = new LetterInput(new WorkingDayCalendar(), ZoneId.of("Europe/Berlin"));
  static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

  static Map<String, Object> caseVariables() {
    Map<String, Object> v = new HashMap<>();
    v.put("householdName", "Jürgen Weiß");
    v.put("householdStreet", "Große Hamburger Straße 5");
    v.put("householdPostalCode", "10115");
    v.put("householdCity", "Berlin");
    v.put("court", "Amtsgericht Mitte");
    v.put("courtFileNumber", "12 C 345/26");
    return v;
  }

  @Test
  void courtLetterFromTheFormsIsoStrings() {
    Map<String, Object> v = caseVariables();
    v.put("appointmentAt", "2026-03-10T10:00");
    v.put("letterSentOn", "2026-03-03");
    LetterData data = INPUT.read(LetterKind.COURT_LETTER, "MI-2026-00042", "mitte", LetterFixtures.MITTE, v::get, TODAY, null);
    assertThat(data.appointmentAt()).isEqualTo(LocalDateTime.of(2026, 3, 10, 10, 0));
    assertThat(data.letterDate()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(data.householdName()).isEqualTo("Jürgen Weiß");
    assertThat(data.bailiffReference()).isNull();
    assertThat(data.openConsultationDates()).isEmpty();
  }

  @Test
  void theDayOfServiceGivesTheEndOfTheSchonfristTwoMonthsLater() {
    Map<String, Object> v = caseVariables();
    v.put("appointmentAt", "2026-03-10T10:00");
    v.put("servedOn", "2026-03-13");
    ContactPerson sender = new ContactPerson("Fatma Kaya", "030 23125-201", "2.014");
    LetterData data = INPUT.read(LetterKind.COURT_LETTER, "MI-2026-00042", "mitte",
        LetterFixtures.MITTE, v::get, TODAY, sender);
    assertThat(data.servedOn()).isEqualTo(LocalDate.of(2026, 3, 13));
    assertThat(data.schonfristEndsOn()).contains(LocalDate.of(2026, 5, 13));
    assertThat(data.contact()).isEqualTo(sender);

    // § 188 Abs. 3 BGB: no 31 February – the period ends on the month's last day
    v.put("servedOn", "2025-12-31");
    assertThat(INPUT.read(LetterKind.COURT_LETTER, "MI-2026-00042", "mitte",
        LetterFixtures.MITTE, v::get, TODAY, null).schonfristEndsOn())
        .contains(LocalDate.of(2026, 2, 28));

    v.remove("servedOn");
    assertThat(INPUT.read(LetterKind.COURT_LETTER, "MI-2026-00042", "mitte",
        LetterFixtures.MITTE, v::get, TODAY, null).schonfristEndsOn()).isEmpty();

    v.put("servedOn", "13.03.2026");
    assertThatThrownBy(() -> INPUT.read(LetterKind.COURT_LETTER, "MI-2026-00042", "mitte",
        LetterFixtures.MITTE, v::get, TODAY, null))
        .isInstanceOf(LetterDataIncompleteException.class)
        .hasMessageContaining("Zustellung der Klage");
  }

  @Test
  void withoutDispatchDateTheLetterIsDatedToday() {
    Map<String, Object> v = caseVariables();
    v.put("appointmentAt", "2026-03-10T10:00:00");
    LetterData data = INPUT.read(LetterKind.COURT_LETTER, "MI-2026-00042", "mitte", LetterFixtures.MITTE, v::get, TODAY, null);
    assertThat(data.letterDate()).isEqualTo(TODAY);
  }

  @Test
  void timesWithOffsetAreBerlinTime() {
    Map<String, Object> v = caseVariables();
    v.put("evictionAt", "2026-05-12T07:00:00Z");
    v.put("evictionLetterSentOn", "2026-04-28T00:00");
    LetterData data = INPUT.read(LetterKind.EVICTION_LETTER, "MI-2026-00042", "mitte", LetterFixtures.MITTE, v::get, TODAY, null);
    assertThat(data.evictionAt()).isEqualTo(LocalDateTime.of(2026, 5, 12, 9, 0));
    assertThat(data.letterDate()).isEqualTo(LocalDate.of(2026, 4, 28));
  }

  @Test
  void evictionLetterNamesTheNextOpenConsultationDaysBeforeTheEvictionSkippingHolidays() {
    Map<String, Object> v = caseVariables();
    v.put("bailiffReference", "DR II 123/26");
    // letter on Friday 8 May 2026; Thursday 14 May is Christi Himmelfahrt
    v.put("evictionLetterSentOn", "2026-05-08");
    v.put("evictionAt", "2026-05-29T09:00");
    LetterData data = INPUT.read(LetterKind.EVICTION_LETTER, "MI-2026-00042", "mitte", LetterFixtures.MITTE, v::get, TODAY, null);
    assertThat(data.bailiffReference()).isEqualTo("DR II 123/26");
    assertThat(data.openConsultationDates()).containsExactly(
        LocalDate.of(2026, 5, 12), LocalDate.of(2026, 5, 19), LocalDate.of(2026, 5, 21));
  }

  @Test
  void noConsultationDayIsNamedOnOrAfterTheEvictionDay() {
    Map<String, Object> v = caseVariables();
    v.put("evictionLetterSentOn", "2026-05-08");
    v.put("evictionAt", "2026-05-12T09:00");
    LetterData data = INPUT.read(LetterKind.EVICTION_LETTER, "MI-2026-00042", "mitte", LetterFixtures.MITTE, v::get, TODAY, null);
    assertThat(data.openConsultationDates()).isEmpty();
  }

  @Test
  void missingDataIsNamedInGerman() {
    Map<String, Object> v = caseVariables();
    v.remove("householdStreet");
    assertThatThrownBy(() -> INPUT.read(LetterKind.COURT_LETTER, "MI-2026-00042", "mitte", LetterFixtures.MITTE, v::get, TODAY, null))
        .isInstanceOf(LetterDataIncompleteException.class)
        .hasMessage("Das Standardanschreiben kann nicht erstellt werden: Straße (householdStreet) fehlt; "
            + "Termin mit Datum und Uhrzeit (appointmentAt) fehlt.");
  }

  @Test
  void anAppointmentWithoutTimeIsRefused() {
    Map<String, Object> v = caseVariables();
    v.put("appointmentAt", "2026-03-10");
    assertThatThrownBy(() -> INPUT.read(LetterKind.COURT_LETTER, "MI-2026-00042", "mitte", LetterFixtures.MITTE, v::get, TODAY, null))
        .isInstanceOf(LetterDataIncompleteException.class)
        .hasMessageContaining("Termin (appointmentAt) ist kein gültiges Datum mit Uhrzeit: „2026-03-10“");
  }
}
