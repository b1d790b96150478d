package de.berlin.sozwohn.wohnraumerhalt.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.berlin.sozwohn.wohnraumerhalt.process.TaskInputRules.Evaluation;
import de.berlin.sozwohn.wohnraumerhalt.process.TaskInputRules.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaskInputRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 5);
  static final Map<String, Object> COURT_CASE = Map.of("receivedOn", "2026-03-02");

  static Map<String, Object> values(Object... keysAndValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  static List<Violation> check(String task, Map<String, Object> submitted) {
    return TaskInputRules.check(task, submitted, Map.of(), TODAY);
  }

  static List<String> fields(List<Violation> violations) {
    return violations.stream().map(Violation::field).toList();
  }

  @Test
  void unknownTasksHaveNoRules() {
    assertThat(TaskInputRules.fieldsOf("SomethingElse")).isEmpty();
    assertThat(check("SomethingElse", values("letterSentOn", "gestern"))).isEmpty();
  }

  @Test
  void fieldsOfEveryTaskAreTheContractKeys() {
    assertThat(TaskInputRules.fieldsOf("SendCourtLetter"))
        .containsExactly("appointmentAt", "letterSentOn");
    assertThat(TaskInputRules.fieldsOf("RecordContact")).containsExactly("contactOn", "contactChannel");
    assertThat(TaskInputRules.fieldsOf("HomeVisit1"))
        .containsExactly("visitedOn", "visitStaffCount", "contactMade", "secondVisitWanted");
    assertThat(TaskInputRules.fieldsOf("HomeVisit2"))
        .containsExactly("visitedOn", "visitStaffCount", "contactMade");
    assertThat(TaskInputRules.fieldsOf("Counselling")).containsExactly("counsellingOn",
        "rentDebtTakeover", "rentDebtTakenOver", "help67", "landlordAgreement", "counsellingNotes");
    assertThat(TaskInputRules.fieldsOf("SendEvictionLetter")).containsExactly("evictionLetterSentOn");
    assertThat(TaskInputRules.fieldsOf("DecideEvictionAttendance")).containsExactly("attendEviction");
    assertThat(TaskInputRules.fieldsOf("AttendEviction"))
        .containsExactly("evictionAttended", "evictionStaffCount", "evictionCarriedOut");
    assertThat(TaskInputRules.fieldsOf("CloseCase")).containsExactly("outcome", "closedOn");
    assertThat(TaskInputRules.fieldsOf("FollowUp")).containsExactly("stillHousedAfter12Months");
  }

  @Nested
  class SendCourtLetter {

    Evaluation evaluate(Map<String, Object> submitted) {
      return TaskInputRules.evaluate("SendCourtLetter", submitted, COURT_CASE, TODAY);
    }

    @Test
    void validInputPasses() {
      var result = evaluate(values("appointmentAt", "2026-03-12T09:00", "letterSentOn", "2026-03-04"));
      assertThat(result.violations()).isEmpty();
      assertThat(result.completions()).isEmpty();
    }

    @Test
    void sentOnTheDayOfReceiptAndTodayIsFine() {
      assertThat(evaluate(values("appointmentAt", "2026-03-12T09:00", "letterSentOn", "2026-03-02"))
          .violations()).isEmpty();
      assertThat(evaluate(values("appointmentAt", "2026-03-12T09:00", "letterSentOn", "2026-03-05"))
          .violations()).isEmpty();
    }

    @Test
    void letterSentInTheFutureIsRejectedWithAGermanMessageNamingTheField() {
      var violations = evaluate(values("appointmentAt", "2026-03-12T09:00", "letterSentOn", "2026-03-06"))
          .violations();
      assertThat(violations).extracting(Violation::text)
          .containsExactly("Versanddatum: Der 6.3.2026 liegt in der Zukunft (heute ist der 5.3.2026) – bitte den Tag eintragen, an dem es geschehen ist.");
      assertThat(violations.get(0).field()).isEqualTo("letterSentOn");
      assertThat(violations.get(0).label()).isEqualTo("Versanddatum");
    }

    @Test
    void letterSentBeforeTheNoticeArrivedIsRejected() {
      var violations = evaluate(values("appointmentAt", "2026-03-12T09:00", "letterSentOn", "2026-03-01"))
          .violations();
      assertThat(violations).extracting(Violation::text).containsExactly(
          "Versanddatum: Der 1.3.2026 liegt vor dem Eingang der Mitteilung am 2.3.2026 – bitte ein"
              + " Datum ab dem 2.3.2026 eintragen.");
    }

    @Test
    void emptyLetterSentOnBecomesToday() {
      for (Object empty : new Object[] {null, "", "  "}) {
        var result = evaluate(values("appointmentAt", "2026-03-12T09:00", "letterSentOn", empty));
        assertThat(result.violations()).isEmpty();
        assertThat(result.completions()).containsExactly(Map.entry("letterSentOn", "2026-03-05"));
      }
      var absent = evaluate(values("appointmentAt", "2026-03-12T09:00"));
      assertThat(absent.completions()).containsEntry("letterSentOn", "2026-03-05");
    }

    @ParameterizedTest
    @ValueSource(strings = {"05.03.2026", "2026-3-5", "2026-02-30", "2026-03-04T10:00", "heute"})
    void letterSentOnMustBeAnIsoDate(String bad) {
      var violations = evaluate(values("appointmentAt", "2026-03-12T09:00", "letterSentOn", bad))
          .violations();
      assertThat(violations).extracting(Violation::text).containsExactly("Versanddatum: „" + bad
          + "“ ist kein Datum – bitte ein Datum eintragen (über die REST-Schnittstelle im Format"
          + " JJJJ-MM-TT, z. B. 2026-03-02).");
    }

    @Test
    void aDateObjectIsNotAnIsoString() {
      assertThat(fields(evaluate(values("appointmentAt", "2026-03-12T09:00",
          "letterSentOn", new java.util.Date())).violations())).containsExactly("letterSentOn");
    }

    @Test
    void appointmentIsRequiredButAProposedOneCounts() {
      assertThat(evaluate(values("letterSentOn", "2026-03-04")).violations())
          .extracting(Violation::text).containsExactly(
              "Termin für das Gespräch: Die Angabe fehlt – bitte Datum und Uhrzeit eintragen.");
      var proposed = TaskInputRules.evaluate("SendCourtLetter", values("letterSentOn", "2026-03-04"),
          Map.of("receivedOn", "2026-03-02", "appointmentAt", "2026-03-12T09:00"), TODAY);
      assertThat(proposed.violations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-12", "12.03.2026 09:00", "2026-03-12T9:00", "2026-03-12T09:00+01:00"})
    void appointmentMustBeALocalDateTime(String bad) {
      assertThat(fields(evaluate(values("appointmentAt", bad, "letterSentOn", "2026-03-04"))
          .violations())).containsExactly("appointmentAt");
    }

    @Test
    void appointmentWithSecondsIsAlsoADateTime() {
      assertThat(evaluate(values("appointmentAt", "2026-03-12T09:00:00", "letterSentOn", "2026-03-04"))
          .violations()).isEmpty();
    }

    @Test
    void appointmentBeforeTheLetterWasSentIsRejected() {
      var violations = evaluate(values("appointmentAt", "2026-03-03T09:00", "letterSentOn", "2026-03-04"))
          .violations();
      assertThat(violations).extracting(Violation::text).containsExactly("Termin für das Gespräch:"
          + " Der Termin am 3.3.2026, 09:00 Uhr liegt vor dem Versanddatum des Anschreibens"
          + " (4.3.2026) – bitte einen späteren Termin wählen.");
      // the same day is allowed
      assertThat(evaluate(values("appointmentAt", "2026-03-04T14:00", "letterSentOn", "2026-03-04"))
          .violations()).isEmpty();
    }

    @Test
    void appointmentIsComparedWithTheDefaultedSendDate() {
      var violations = evaluate(values("appointmentAt", "2026-03-04T09:00")).violations();
      assertThat(fields(violations)).containsExactly("appointmentAt");
      assertThat(violations.get(0).message()).contains("(5.3.2026)");
    }

    @Test
    void allViolationsAreReportedTogether() {
      var violations = evaluate(values("appointmentAt", "morgen", "letterSentOn", "2027-01-01"))
          .violations();
      assertThat(fields(violations)).containsExactly("appointmentAt", "letterSentOn");
    }
  }

  @Nested
  class RecordContact {

    @Test
    void validInputPasses() {
      for (String channel : List.of("phone", "email", "letter", "office", "home-visit")) {
        assertThat(check("RecordContact", values("contactOn", "2026-03-05", "contactChannel", channel)))
            .isEmpty();
      }
    }

    @Test
    void bothFieldsAreRequired() {
      assertThat(check("RecordContact", values())).extracting(Violation::text).containsExactly(
          "Datum des Kontakts: Die Angabe fehlt – bitte das Datum eintragen.",
          "Kontaktweg: Die Angabe fehlt – bitte auswählen.");
    }

    @Test
    void contactInTheFutureIsRejected() {
      assertThat(check("RecordContact", values("contactOn", "2026-03-06", "contactChannel", "phone")))
          .extracting(Violation::text)
          .containsExactly("Datum des Kontakts: Der 6.3.2026 liegt in der Zukunft (heute ist der 5.3.2026) – bitte den Tag eintragen, an dem es geschehen ist.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Telefon", "PHONE", "fax", "homeVisit"})
    void unknownChannelsAreRejectedListingTheAllowedOnes(String channel) {
      var violations = check("RecordContact", values("contactOn", "2026-03-05", "contactChannel", channel));
      assertThat(fields(violations)).containsExactly("contactChannel");
      assertThat(violations.get(0).message()).isEqualTo("„" + channel + "“ ist keine der"
          + " Möglichkeiten – bitte auswählen. Erlaubt:"
          + " phone (Telefon), email (E-Mail), letter (Brief), office (Vorsprache in der Fachstelle),"
          + " home-visit (Hausbesuch).");
    }

    @Test
    void aChannelMustBeAString() {
      assertThat(fields(check("RecordContact", values("contactOn", "2026-03-05", "contactChannel", 1))))
          .containsExactly("contactChannel");
    }
  }

  @Nested
  class HomeVisits {

    @Test
    void validFirstVisitPasses() {
      var result = TaskInputRules.evaluate("HomeVisit1", values("visitedOn", "2026-03-05",
          "visitStaffCount", 2, "contactMade", false, "secondVisitWanted", true), Map.of(), TODAY);
      assertThat(result.violations()).isEmpty();
      assertThat(result.completions()).isEmpty();
    }

    @Test
    void requiredFields() {
      assertThat(check("HomeVisit1", values())).extracting(Violation::text).containsExactly(
          "Datum des Hausbesuchs: Die Angabe fehlt – bitte das Datum eintragen.",
          "Anzahl der Mitarbeitenden: Die Angabe fehlt – bitte 1 oder 2 eintragen.",
          "Kontakt mit dem Haushalt hergestellt: Die Angabe fehlt – bitte mit ja oder nein"
              + " beantworten.");
      assertThat(fields(check("HomeVisit2", values())))
          .containsExactly("visitedOn", "visitStaffCount", "contactMade");
    }

    @Test
    void visitInTheFutureIsRejected() {
      assertThat(fields(check("HomeVisit2", values("visitedOn", "2026-03-09", "visitStaffCount", 1,
          "contactMade", true)))).containsExactly("visitedOn");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void staffCountOneOrTwoAsInteger(int count) {
      assertThat(check("HomeVisit2", values("visitedOn", "2026-03-05", "visitStaffCount", count,
          "contactMade", false))).isEmpty();
    }

    @Test
    void wholeNumbersOfOtherTypesAreAcceptedAndNormalisedToInteger() {
      for (Object two : new Object[] {2L, 2.0d, 2.0f, (short) 2, new BigDecimal("2.0")}) {
        var result = TaskInputRules.evaluate("HomeVisit2", values("visitedOn", "2026-03-05",
            "visitStaffCount", two, "contactMade", false), Map.of(), TODAY);
        assertThat(result.violations()).as("%s", two.getClass()).isEmpty();
        assertThat(result.completions()).containsExactly(Map.entry("visitStaffCount", 2));
      }
    }

    @Test
    void otherStaffCountsAreRejected() {
      for (Object bad : new Object[] {0, 3, -1, 1.5d, "2", "zwei", true, Double.NaN, 4_000_000_000L}) {
        var violations = check("HomeVisit1", values("visitedOn", "2026-03-05", "visitStaffCount", bad,
            "contactMade", true));
        assertThat(violations).as("%s", bad).extracting(Violation::text)
            .containsExactly("Anzahl der Mitarbeitenden: „" + bad + "“ geht nicht – bitte 1 oder 2"
                + " eintragen (ganze Zahl).");
      }
    }

    @Test
    void booleansMustBeBooleans() {
      var violations = check("HomeVisit1", values("visitedOn", "2026-03-05", "visitStaffCount", 2,
          "contactMade", "true", "secondVisitWanted", 1));
      assertThat(violations).extracting(Violation::text).containsExactly(
          "Kontakt mit dem Haushalt hergestellt: Die Angabe muss ja oder nein sein (true oder false).",
          "Zweiter Hausbesuch vorgesehen: Die Angabe muss ja oder nein sein (true oder false).");
    }

    @Test
    void aHiddenSecondVisitCheckboxDefaultsToFalse() {
      var result = TaskInputRules.evaluate("HomeVisit1", values("visitedOn", "2026-03-05",
          "visitStaffCount", 2, "contactMade", true), Map.of(), TODAY);
      assertThat(result.violations()).isEmpty();
      assertThat(result.completions()).containsExactly(Map.entry("secondVisitWanted", false));
    }

    @Test
    void noSecondVisitAfterContact() {
      assertThat(check("HomeVisit1", values("visitedOn", "2026-03-05", "visitStaffCount", 2,
          "contactMade", true, "secondVisitWanted", true))).extracting(Violation::text)
          .containsExactly("Zweiter Hausbesuch vorgesehen: Ein zweiter Hausbesuch ist nur"
              + " vorgesehen, wenn kein Kontakt hergestellt wurde – bitte das Häkchen entfernen.");
    }
  }

  @Nested
  class Counselling {

    @Test
    void onlyTheDateIsRequiredAndUncheckedFlagsBecomeFalse() {
      var result = TaskInputRules.evaluate("Counselling", values("counsellingOn", "2026-03-05"),
          Map.of(), TODAY);
      assertThat(result.violations()).isEmpty();
      assertThat(result.completions()).containsExactly(Map.entry("rentDebtTakeover", false),
          Map.entry("help67", false), Map.entry("landlordAgreement", false));
    }

    @Test
    void fullInputPasses() {
      var result = TaskInputRules.evaluate("Counselling", values("counsellingOn", "2026-03-05",
          "rentDebtTakeover", true, "help67", false, "landlordAgreement", true,
          "counsellingNotes", "Ratenzahlung vereinbart."), Map.of(), TODAY);
      assertThat(result.violations()).isEmpty();
      assertThat(result.completions()).isEmpty();
    }

    @Test
    void dateIsRequiredAndNotInTheFuture() {
      assertThat(check("Counselling", values())).extracting(Violation::text)
          .containsExactly("Datum der Beratung: Die Angabe fehlt – bitte das Datum eintragen.");
      assertThat(check("Counselling", values("counsellingOn", "2026-04-01"))).extracting(Violation::text)
          .containsExactly("Datum der Beratung: Der 1.4.2026 liegt in der Zukunft (heute ist der 5.3.2026) – bitte den Tag eintragen, an dem es geschehen ist.");
    }

    @Test
    void flagsMustBeBooleansAndNotesText() {
      assertThat(fields(check("Counselling", values("counsellingOn", "2026-03-05",
          "rentDebtTakeover", "ja", "help67", 0, "landlordAgreement", "false", "counsellingNotes", 42))))
          .containsExactly("rentDebtTakeover", "help67", "landlordAgreement", "counsellingNotes");
    }

    @Test
    void theRentDebtTakenOverIsOptionalEurosAndCentsNormalisedToADouble() {
      // Camunda Forms submits a JSON number: Integer, Long or Double depending on the client
      var whole = TaskInputRules.evaluate("Counselling", values("counsellingOn", "2026-03-05",
          "rentDebtTakeover", true, "rentDebtTakenOver", 1850), Map.of(), TODAY);
      assertThat(whole.violations()).isEmpty();
      assertThat(whole.completions()).containsEntry("rentDebtTakenOver", 1850.0);
      var cents = TaskInputRules.evaluate("Counselling", values("counsellingOn", "2026-03-05",
          "rentDebtTakeover", true, "rentDebtTakenOver", 2400.5), Map.of(), TODAY);
      assertThat(cents.violations()).isEmpty();
      assertThat(cents.completions()).doesNotContainKey("rentDebtTakenOver");
      assertThat(check("Counselling", values("counsellingOn", "2026-03-05",
          "rentDebtTakeover", true, "rentDebtTakenOver", 999999.99))).isEmpty();
      // zero is an amount, also without a takeover
      assertThat(check("Counselling", values("counsellingOn", "2026-03-05",
          "rentDebtTakenOver", 0))).isEmpty();
    }

    @Test
    void theRentDebtTakenOverIsRefusedNamingTheField() {
      assertThat(check("Counselling", values("counsellingOn", "2026-03-05",
          "rentDebtTakeover", true, "rentDebtTakenOver", -1))).extracting(Violation::field,
              Violation::text)
          .containsExactly(tuple("rentDebtTakenOver", "Übernommene Mietschulden (€): Der Betrag"
              + " darf nicht negativ sein – bitte 0 oder mehr eintragen."));
      assertThat(check("Counselling", values("counsellingOn", "2026-03-05",
          "rentDebtTakeover", true, "rentDebtTakenOver", 10.005))).extracting(Violation::text)
          .containsExactly("Übernommene Mietschulden (€): Der Betrag hat höchstens zwei"
              + " Nachkommastellen (Euro und Cent).");
      assertThat(check("Counselling", values("counsellingOn", "2026-03-05",
          "rentDebtTakeover", true, "rentDebtTakenOver", 1_000_000))).extracting(Violation::text)
          .containsExactly("Übernommene Mietschulden (€): Der Betrag ist unplausibel hoch"
              + " (höchstens 999.999,99 €) – bitte prüfen.");
      assertThat(check("Counselling", values("counsellingOn", "2026-03-05",
          "rentDebtTakeover", true, "rentDebtTakenOver", "1850,00"))).extracting(Violation::text)
          .containsExactly("Übernommene Mietschulden (€): „1850,00“ ist kein Betrag – bitte den"
              + " Betrag in Euro als Zahl eintragen, z. B. 1850.00.");
      // an amount without the takeover ticked
      assertThat(check("Counselling", values("counsellingOn", "2026-03-05",
          "rentDebtTakenOver", 300))).extracting(Violation::field, Violation::text)
          .containsExactly(tuple("rentDebtTakenOver", "Übernommene Mietschulden (€): Ein Betrag"
              + " gehört zu einer Mietschuldenübernahme – bitte „Mietschuldenübernahme beantragt"
              + " oder bewilligt“ ankreuzen oder den Betrag entfernen."));
    }

    @Test
    void notesAreLimitedTo4000Characters() {
      assertThat(check("Counselling", values("counsellingOn", "2026-03-05",
          "counsellingNotes", "x".repeat(4000)))).isEmpty();
      assertThat(check("Counselling", values("counsellingOn", "2026-03-05",
          "counsellingNotes", "x".repeat(4001)))).extracting(Violation::text)
          .containsExactly("Notizen (freiwillig): Der Text ist zu lang (4001 Zeichen) – bitte auf"
              + " höchstens 4000 Zeichen kürzen.");
    }
  }

  @Nested
  class SendEvictionLetter {

    static final Map<String, Object> BAILIFF = Map.of("receivedOn", "2026-01-10",
        "bailiffReceivedOn", "2026-03-03", "evictionAt", "2026-05-12T09:00");

    List<Violation> check(Object sentOn) {
      return TaskInputRules.check("SendEvictionLetter", values("evictionLetterSentOn", sentOn),
          BAILIFF, TODAY);
    }

    @Test
    void validDatesPass() {
      assertThat(check("2026-03-03")).isEmpty();
      assertThat(check("2026-03-05")).isEmpty();
    }

    @Test
    void required() {
      assertThat(check(null)).extracting(Violation::text)
          .containsExactly("Versanddatum: Die Angabe fehlt – bitte das Datum eintragen.");
    }

    @Test
    void notInTheFuture() {
      assertThat(check("2026-03-06")).extracting(Violation::text)
          .containsExactly("Versanddatum: Der 6.3.2026 liegt in der Zukunft (heute ist der 5.3.2026) – bitte den Tag eintragen, an dem es geschehen ist.");
    }

    @Test
    void notBeforeTheBailiffNoticeArrived() {
      assertThat(check("2026-03-02")).extracting(Violation::text).containsExactly(
          "Versanddatum: Der 2.3.2026 liegt vor dem Eingang der Mitteilung der Gerichtsvollzieherin"
              + " am 3.3.2026 – bitte ein Datum ab dem 3.3.2026 eintragen.");
    }

    @Test
    void mustBeADate() {
      assertThat(fields(check("3.3.2026"))).containsExactly("evictionLetterSentOn");
    }
  }

  @Nested
  class Eviction {

    @Test
    void decisionIsARequiredBoolean() {
      assertThat(check("DecideEvictionAttendance", values("attendEviction", true))).isEmpty();
      assertThat(check("DecideEvictionAttendance", values("attendEviction", false))).isEmpty();
      assertThat(check("DecideEvictionAttendance", values())).extracting(Violation::text)
          .containsExactly("Die Fachstelle begleitet die Zwangsräumung: Die Angabe fehlt – bitte"
              + " mit ja oder nein beantworten.");
      assertThat(fields(check("DecideEvictionAttendance", values("attendEviction", "yes"))))
          .containsExactly("attendEviction");
    }

    @Test
    void attendedEvictionNeedsAStaffCount() {
      assertThat(check("AttendEviction", values("evictionAttended", true, "evictionStaffCount", 2,
          "evictionCarriedOut", true))).isEmpty();
      assertThat(check("AttendEviction", values("evictionAttended", true, "evictionCarriedOut", false)))
          .extracting(Violation::text).containsExactly("Anzahl der Mitarbeitenden vor Ort: Die"
              + " Angabe fehlt – bei einer begleiteten Zwangsräumung bitte 1 oder 2 eintragen.");
      assertThat(fields(check("AttendEviction", values("evictionAttended", true,
          "evictionStaffCount", 3, "evictionCarriedOut", true)))).containsExactly("evictionStaffCount");
    }

    @Test
    void withoutAttendanceTheStaffCountIsIgnored() {
      assertThat(check("AttendEviction", values("evictionAttended", false, "evictionCarriedOut", false)))
          .isEmpty();
      var result = TaskInputRules.evaluate("AttendEviction", values("evictionAttended", false,
          "evictionStaffCount", 7.0d, "evictionCarriedOut", true), Map.of(), TODAY);
      assertThat(result.violations()).isEmpty();
      assertThat(result.completions()).isEmpty();
    }

    @Test
    void flagsAreRequiredBooleans() {
      assertThat(check("AttendEviction", values())).extracting(Violation::text).containsExactly(
          "Die Fachstelle hat die Zwangsräumung begleitet: Die Angabe fehlt – bitte mit ja oder"
              + " nein beantworten.",
          "Räumung wurde durchgeführt: Die Angabe fehlt – bitte mit ja oder nein beantworten.");
      assertThat(fields(check("AttendEviction", values("evictionAttended", "true",
          "evictionCarriedOut", "false")))).containsExactly("evictionAttended", "evictionCarriedOut");
    }

    @Test
    void staffCountAsWholeDoubleIsNormalisedWhenAttended() {
      var result = TaskInputRules.evaluate("AttendEviction", values("evictionAttended", true,
          "evictionStaffCount", 1.0d, "evictionCarriedOut", true), Map.of(), TODAY);
      assertThat(result.violations()).isEmpty();
      assertThat(result.completions()).containsExactly(Map.entry("evictionStaffCount", 1));
    }
  }

  @Nested
  class CloseAndFollowUp {

    @Test
    void everyOutcomeIsAllowed() {
      for (String outcome : List.of("housing-retained", "eviction-carried-out", "moved-out",
          "no-contact", "other")) {
        assertThat(check("CloseCase", values("outcome", outcome, "closedOn", "2026-03-05"))).isEmpty();
      }
    }

    @Test
    void outcomeIsRequiredAndFromTheList() {
      assertThat(check("CloseCase", values("closedOn", "2026-03-05"))).extracting(Violation::text)
          .containsExactly("Ergebnis: Die Angabe fehlt – bitte auswählen.");
      var violations = check("CloseCase", values("outcome", "Wohnung erhalten"));
      assertThat(fields(violations)).containsExactly("outcome");
      assertThat(violations.get(0).message()).startsWith("„Wohnung erhalten“ ist keine der"
          + " Möglichkeiten – bitte auswählen. Erlaubt:"
          + " housing-retained (Wohnung erhalten), eviction-carried-out (Zwangsräumung durchgeführt)");
    }

    @Test
    void emptyClosingDateBecomesToday() {
      for (Object empty : new Object[] {null, ""}) {
        var result = TaskInputRules.evaluate("CloseCase", values("outcome", "moved-out", "closedOn", empty),
            Map.of(), TODAY);
        assertThat(result.violations()).isEmpty();
        assertThat(result.completions()).containsExactly(Map.entry("closedOn", "2026-03-05"));
      }
    }

    @Test
    void closingDateNotInTheFutureAndADate() {
      assertThat(check("CloseCase", values("outcome", "other", "closedOn", "2026-03-06")))
          .extracting(Violation::text)
          .containsExactly("Abschlussdatum: Der 6.3.2026 liegt in der Zukunft (heute ist der 5.3.2026) – bitte den Tag eintragen, an dem es geschehen ist.");
      assertThat(fields(check("CloseCase", values("outcome", "other", "closedOn", "März"))))
          .containsExactly("closedOn");
    }

    @Test
    void followUpNeedsABoolean() {
      assertThat(check("FollowUp", values("stillHousedAfter12Months", true))).isEmpty();
      assertThat(check("FollowUp", values("stillHousedAfter12Months", false))).isEmpty();
      assertThat(check("FollowUp", values())).extracting(Violation::text)
          .containsExactly("Haushalt wohnt 12 Monate nach Abschluss noch in der Wohnung: Die"
              + " Angabe fehlt – bitte mit ja oder nein beantworten.");
      assertThat(fields(check("FollowUp", values("stillHousedAfter12Months", "ja"))))
          .containsExactly("stillHousedAfter12Months");
    }
  }

  @Test
  void submittedValuesWinOverExistingOnes() {
    var violations = TaskInputRules.check("HomeVisit2", values("visitedOn", "2026-03-09"),
        Map.of("visitedOn", "2026-03-01", "visitStaffCount", 2, "contactMade", false), TODAY);
    assertThat(fields(violations)).containsExactly("visitedOn");
  }
  @Nested
  class DateWindows {

    static final Map<String, Object> CASE = Map.of("receivedOn", "2026-03-02",
        "letterSentOn", "2026-03-03", "bailiffReceivedOn", "2026-03-03");

    /** Every date of every task form with the other fields of a valid submission. */
    static List<Object[]> dateFields() {
      return List.of(
          new Object[] {"SendCourtLetter", "letterSentOn", values("appointmentAt", "2026-03-12T09:00")},
          new Object[] {"RecordContact", "contactOn", values("contactChannel", "phone")},
          new Object[] {"HomeVisit1", "visitedOn", values("visitStaffCount", 2, "contactMade", true)},
          new Object[] {"HomeVisit2", "visitedOn", values("visitStaffCount", 2, "contactMade", true)},
          new Object[] {"Counselling", "counsellingOn", values()},
          new Object[] {"SendEvictionLetter", "evictionLetterSentOn", values()},
          new Object[] {"CloseCase", "closedOn", values("outcome", "other")});
    }

    @ParameterizedTest(name = "{0}.{1}")
    @org.junit.jupiter.params.provider.MethodSource("dateFields")
    void everyDateHasALowerAndAnUpperBound(String task, String field, Map<String, Object> rest) {
      for (String date : List.of("0001-01-01", "1900-01-01", "2026-03-01", "2026-03-06",
          "9999-12-31", "+10000-01-01")) {
        Map<String, Object> submitted = new HashMap<>(rest);
        submitted.put(field, date);
        // (a letter date out of its window may also put the appointment out of its own)
        assertThat(fields(TaskInputRules.check(task, submitted, CASE, TODAY))).as(date)
            .contains(field).isSubsetOf(field, "appointmentAt");
      }
      Map<String, Object> submitted = new HashMap<>(rest);
      submitted.put(field, "2026-03-05");
      assertThat(TaskInputRules.check(task, submitted, CASE, TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @org.junit.jupiter.params.provider.MethodSource("dateFields")
    void withoutTheCasesDateTheLowerBoundIsTwoYearsBack(String task, String field,
        Map<String, Object> rest) {
      Map<String, Object> submitted = new HashMap<>(rest);
      submitted.put(field, "2024-03-05");
      assertThat(fields(TaskInputRules.check(task, submitted, Map.of(), TODAY)))
          .doesNotContain(field);
      submitted.put(field, "2024-03-04");
      var violations = TaskInputRules.check(task, submitted, Map.of(), TODAY).stream()
          .filter(v -> v.field().equals(field)).toList();
      assertThat(violations).hasSize(1);
      assertThat(violations.get(0).message()).isEqualTo("Der 4.3.2024 liegt mehr als zwei Jahre"
          + " zurück – bitte das Jahr prüfen (frühestens 5.3.2024).");
    }

    @Test
    void aContactBeforeTheNoticeArrivedIsRefused() {
      assertThat(TaskInputRules.check("RecordContact", values("contactOn", "2026-03-01",
          "contactChannel", "phone"), CASE, TODAY)).extracting(Violation::text).containsExactly(
          "Datum des Kontakts: Der 1.3.2026 liegt vor dem Eingang der Mitteilung am 2.3.2026 –"
              + " bitte ein Datum ab dem 2.3.2026 eintragen.");
      assertThat(TaskInputRules.check("RecordContact", values("contactOn", "2026-03-02",
          "contactChannel", "phone"), CASE, TODAY)).isEmpty();
    }

    @Test
    void aVisitFollowsTheLetterOrWithoutLetterTheNotice() {
      assertThat(TaskInputRules.check("HomeVisit1", values("visitedOn", "2026-03-02",
          "visitStaffCount", 2, "contactMade", true), CASE, TODAY)).extracting(Violation::text)
          .containsExactly("Datum des Hausbesuchs: Der 2.3.2026 liegt vor dem Versand des"
              + " Anschreibens am 3.3.2026 – bitte ein Datum ab dem 3.3.2026 eintragen.");
      assertThat(TaskInputRules.check("HomeVisit2", values("visitedOn", "2026-03-02",
          "visitStaffCount", 2, "contactMade", true), COURT_CASE, TODAY)).isEmpty();
      assertThat(fields(TaskInputRules.check("HomeVisit2", values("visitedOn", "2026-03-01",
          "visitStaffCount", 2, "contactMade", true), COURT_CASE, TODAY)))
          .containsExactly("visitedOn");
    }

    @Test
    void theAppointmentLiesAtMostThreeMonthsAfterTheLetter() {
      var lastDay = TaskInputRules.check("SendCourtLetter", values("letterSentOn", "2026-03-04",
          "appointmentAt", "2026-06-04T15:00"), CASE, TODAY);
      assertThat(lastDay).isEmpty();
      for (String late : List.of("2026-06-05T09:00", "2027-03-04T09:00", "9999-12-31T09:00",
          "+10000-01-01T09:00")) {
        assertThat(TaskInputRules.check("SendCourtLetter", values("letterSentOn", "2026-03-04",
            "appointmentAt", late), CASE, TODAY)).as(late).extracting(Violation::text)
            .singleElement().asString().startsWith("Termin für das Gespräch: Der Termin am ")
            .endsWith(" liegt mehr als drei Monate nach dem Versanddatum des Anschreibens"
                + " (4.3.2026) – bitte einen Termin bis spätestens 4.6.2026 wählen.");
      }
      assertThat(fields(TaskInputRules.check("SendCourtLetter", values("letterSentOn", "2026-03-04",
          "appointmentAt", "0001-01-01T09:00"), CASE, TODAY))).containsExactly("appointmentAt");
    }
  }

  @Nested
  class TextCharactersInNotes {

    List<Violation> notes(String text) {
      return check("Counselling", values("counsellingOn", "2026-03-05", "counsellingNotes", text));
    }

    @Test
    void lineBreaksTabsAndInertInvisibleCharactersAreFine() {
      assertThat(notes("Zeile 1\nZeile 2\r\n\tEingerückt")).isEmpty();
      assertThat(notes("Müller\u00ADLüdenscheidt, \u0645\u06CC\u200C\u0631\u0632\u0627 \u200B")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202E", "\u2066", "\u200F", "\uDB40\uDC41", "\u2062"})
    void formatCharactersAreRefused(String format) {
      assertThat(notes("Ratenzahlung " + format + "vereinbart")).extracting(Violation::field)
          .containsExactly("counsellingNotes");
      assertThat(notes("Ratenzahlung " + format + "vereinbart").get(0).message())
          .startsWith("Der Text enthält ein unsichtbares");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD800", "\uDC00"})
    void loneSurrogatesAreRefused(String surrogate) {
      assertThat(notes("Notiz" + surrogate).get(0).text())
          .startsWith("Notizen (freiwillig): Der Text enthält ein ungültiges Zeichen (einzelnes"
              + " Surrogat");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u001B[2J", "\u007F", "\u0085", "\u009B", "\u2028"})
    void otherControlCharactersAreRefused(String control) {
      assertThat(notes("Notiz" + control)).extracting(Violation::text).containsExactly(
          "Notizen (freiwillig): Der Text enthält unzulässige Steuerzeichen (z. B."
              + " Zeilenumbrüche).");
    }
  }
}
