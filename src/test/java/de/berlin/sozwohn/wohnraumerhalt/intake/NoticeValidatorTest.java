package de.berlin.sozwohn.wohnraumerhalt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoticeValidatorTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  final NoticeValidator validator =
      new NoticeValidator(() -> TODAY, Period.ofYears(1), ZoneId.of("Europe/Berlin"));

  static HouseholdData household() {
    return new HouseholdData("Erika Mustermann", "Musterstraße 1", "10115", "Berlin", null, null);
  }

  static CourtNoticeRequest court() {
    return new CourtNoticeRequest("mitte", "Amtsgericht Mitte", "12 C 345/26", "2026-03-02",
        household(), "Wohnbau GmbH", new BigDecimal("2450.00"), null);
  }

  static BailiffNoticeRequest bailiff() {
    return new BailiffNoticeRequest("mitte", "DR II 123/26", "2026-03-02", "2026-05-12T09:00",
        household(), null, null);
  }

  static List<String> fields(List<Violation> violations) {
    return violations.stream().map(Violation::field).toList();
  }

  @Test
  void aCheckedNoticeIsReadOnceTextTrimmedAndDatesParsed() {
    var court = validator.parse(new CourtNoticeRequest(" mitte ", " Amtsgericht Mitte ",
        " 12 C 345/26 ", " 2026-03-02 ", new HouseholdData(" Erika Mustermann ", "Musterstraße 1",
        "10115", " ", null, ""), "  ", new BigDecimal("2450.00"), "2026-04-01"));
    assertThat(court.district()).isEqualTo("mitte");
    assertThat(court.courtFileNumber()).isEqualTo("12 C 345/26");
    assertThat(court.receivedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(court.hearingOn()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(court.landlord()).isNull();
    assertThat(court.household().name()).isEqualTo("Erika Mustermann");
    assertThat(court.household().city()).isNull();
    assertThat(court.household().email()).isNull();

    var bailiff = validator.parse(new BailiffNoticeRequest("mitte", "DR II 123/26", "2026-03-02",
        "2026-05-12T07:00:30Z", household(), null, null));
    assertThat(bailiff.evictionAt()).isEqualTo(java.time.LocalDateTime.of(2026, 5, 12, 9, 0));
    assertThat(bailiff.receivedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
  }

  @Nested
  class CourtNotice {

    @Test
    void theSpecExampleIsValid() {
      assertThat(validator.validate(court())).isEmpty();
    }

    @Test
    void onlyTheRequiredFieldsAreEnough() {
      var minimal = new CourtNoticeRequest("mitte", "AG Mitte", "1 C 1/26", "2026-03-10",
          new HouseholdData("A", "B 1", "14199", null, null, null), null, null, null);
      assertThat(validator.validate(minimal)).isEmpty();
    }

    @Test
    void anEmptyNoticeNamesEveryRequiredField() {
      var empty = new CourtNoticeRequest(null, " ", "", null, null, null, null, null);
      assertThat(fields(validator.validate(empty)))
          .containsExactly("district", "court", "courtFileNumber", "receivedOn", "household");
    }

    @Test
    void aMissingBodyIsOneViolation() {
      assertThat(validator.validate((CourtNoticeRequest) null)).hasSize(1);
    }

    @Test
    void unknownDistrict() {
      var notice = new CourtNoticeRequest("kreuzberg", "AG", "1", "2026-03-02", household(), null,
          null, null);
      var violations = validator.validate(notice);
      assertThat(fields(violations)).containsExactly("district");
      assertThat(violations.get(0).message()).contains("Unbekannter Bezirk „kreuzberg“")
          .contains("friedrichshain-kreuzberg");
    }

    @Test
    void missingCourtFileNumber() {
      var notice = new CourtNoticeRequest("mitte", "AG Mitte", null, "2026-03-02", household(),
          null, null, null);
      var violations = validator.validate(notice);
      assertThat(fields(violations)).containsExactly("courtFileNumber");
      assertThat(violations.get(0).message()).isEqualTo("Pflichtangabe „Aktenzeichen“ fehlt.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"02.03.2026", "2026-3-2", "2026-02-30", "gestern", "2026-03-02T10:00"})
    void receivedOnMustBeAnIsoDate(String value) {
      var violations = validator.validate(withReceivedOn(value));
      assertThat(fields(violations)).containsExactly("receivedOn");
      assertThat(violations.get(0).message()).contains("kein gültiges Datum")
          .contains("JJJJ-MM-TT");
    }

    @Test
    void receivedOnTodayIsFineTomorrowIsInTheFuture() {
      assertThat(validator.validate(withReceivedOn("2026-03-10"))).isEmpty();
      var violations = validator.validate(withReceivedOn("2026-03-11"));
      assertThat(fields(violations)).containsExactly("receivedOn");
      assertThat(violations.get(0).message()).contains("in der Zukunft");
    }

    @Test
    void receivedOnMoreThanAYearBackIsRejectedAsAProbableTypo() {
      assertThat(validator.validate(withReceivedOn("2025-03-10"))).isEmpty();
      var violations = validator.validate(withReceivedOn("2025-03-09"));
      assertThat(fields(violations)).containsExactly("receivedOn");
      assertThat(violations.get(0).message()).contains("zu weit zurück").contains("(frühestens 10.3.2025)");
    }

    @Test
    void receivedOnWithSurroundingSpacesIsAccepted() {
      assertThat(validator.validate(withReceivedOn(" 2026-03-02 "))).isEmpty();
    }

    @Test
    void hearingOnMustBeAnIsoDateWhenGiven() {
      var notice = new CourtNoticeRequest("mitte", "AG Mitte", "1 C 1/26", "2026-03-02",
          household(), null, null, "15.04.2026");
      assertThat(fields(validator.validate(notice))).containsExactly("hearingOn");
      var valid = new CourtNoticeRequest("mitte", "AG Mitte", "1 C 1/26", "2026-03-02",
          household(), null, null, "2026-04-15");
      assertThat(validator.validate(valid)).isEmpty();
    }

    @Test
    void arrearsMustNotBeNegative() {
      var violations = validator.validate(withArrears("-1"));
      assertThat(fields(violations)).containsExactly("arrears");
      assertThat(violations.get(0).message()).contains("nicht negativ");
      assertThat(validator.validate(withArrears("0"))).isEmpty();
    }

    @Test
    void arrearsHaveAtMostCentsAndAPlausibleSize() {
      assertThat(fields(validator.validate(withArrears("10.005")))).containsExactly("arrears");
      assertThat(fields(validator.validate(withArrears("1000000")))).containsExactly("arrears");
      assertThat(validator.validate(withArrears("999999.99"))).isEmpty();
      assertThat(validator.validate(withArrears("10.500"))).isEmpty();
    }

    @Test
    void textFieldsHaveAMaximumLength() {
      var notice = new CourtNoticeRequest("mitte", "G".repeat(201), "A".repeat(101), "2026-03-02",
          household(), "V".repeat(201), null, null);
      var violations = validator.validate(notice);
      assertThat(fields(violations)).containsExactly("court", "courtFileNumber", "landlord");
      assertThat(violations.get(0).message()).contains("zu lang").contains("höchstens 200");
      assertThat(validator.validate(new CourtNoticeRequest("mitte", "G".repeat(200),
          "A".repeat(100), "2026-03-02", household(), null, null, null))).isEmpty();
    }

    @Test
    void controlCharactersAreRejected() {
      var notice = new CourtNoticeRequest("mitte", "AG\nMitte", "1 C 1/26", "2026-03-02",
          household(), null, null, null);
      var violations = validator.validate(notice);
      assertThat(fields(violations)).containsExactly("court");
      assertThat(violations.get(0).message()).contains("Steuerzeichen");
    }

    @Test
    void allViolationsAreReportedAtOnce() {
      var notice = new CourtNoticeRequest("nirgendwo", null, null, "morgen",
          new HouseholdData(null, null, "123", null, "abc", "kein-at"), null,
          new BigDecimal("-5"), "x");
      assertThat(fields(validator.validate(notice))).containsExactly("district", "court",
          "courtFileNumber", "receivedOn", "household.name", "household.street",
          "household.postalCode", "household.phone", "household.email", "arrears", "hearingOn");
    }

    private CourtNoticeRequest withReceivedOn(String receivedOn) {
      return new CourtNoticeRequest("mitte", "AG Mitte", "1 C 1/26", receivedOn, household(), null,
          null, null);
    }

    private CourtNoticeRequest withArrears(String arrears) {
      return new CourtNoticeRequest("mitte", "AG Mitte", "1 C 1/26", "2026-03-02", household(),
          null, new BigDecimal(arrears), null);
    }
  }

  @Nested
  class Household {

    @Test
    void nameStreetAndPostalCodeAreRequired() {
      var violations = validator.validate(withHousehold(
          new HouseholdData(" ", null, "", "Berlin", null, null)));
      assertThat(fields(violations))
          .containsExactly("household.name", "household.street", "household.postalCode");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1011", "101155", "1O115", "10 115"})
    void postalCodeHasFiveDigits(String postalCode) {
      var violations = validator.validate(withPostalCode(postalCode));
      assertThat(fields(violations)).containsExactly("household.postalCode");
      assertThat(violations.get(0).message()).contains("fünf Ziffern");
    }

    @ParameterizedTest
    @ValueSource(strings = {"80331", "10114", "14200", "01067"})
    void postalCodeOutsideBerlinIsRejected(String postalCode) {
      var violations = validator.validate(withPostalCode(postalCode));
      assertThat(fields(violations)).containsExactly("household.postalCode");
      assertThat(violations.get(0).message()).contains("nicht in Berlin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10115", "12043", "14199", "13597"})
    void berlinPostalCodesAreFine(String postalCode) {
      assertThat(validator.validate(withPostalCode(postalCode))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"erika@example", "erika.example.de", "erika@@example.de", "a b@x.de"})
    void emailMustLookLikeAnAddress(String email) {
      var violations = validator.validate(withHousehold(
          new HouseholdData("E", "S 1", "10115", null, null, email)));
      assertThat(fields(violations)).containsExactly("household.email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"erika@example.de", "e.mustermann+mieter@mail.berlin.de"})
    void validEmails(String email) {
      assertThat(validator.validate(withHousehold(
          new HouseholdData("E", "S 1", "10115", null, null, email)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12345", "030 1234 5678 9012 345", "+49 30 12a45678"})
    void phoneMustBePlausible(String phone) {
      var violations = validator.validate(withHousehold(
          new HouseholdData("E", "S 1", "10115", null, phone, null)));
      assertThat(fields(violations)).containsExactly("household.phone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"030 9018-12345", "+49 (30) 123456", "0176/12345678"})
    void plausiblePhones(String phone) {
      assertThat(validator.validate(withHousehold(
          new HouseholdData("E", "S 1", "10115", null, phone, null)))).isEmpty();
    }

    @Test
    void cityHasAMaximumLength() {
      var violations = validator.validate(withHousehold(
          new HouseholdData("E", "S 1", "10115", "B".repeat(101), null, null)));
      assertThat(fields(violations)).containsExactly("household.city");
    }

    private CourtNoticeRequest withPostalCode(String postalCode) {
      return withHousehold(new HouseholdData("E", "S 1", postalCode, null, null, null));
    }

    private CourtNoticeRequest withHousehold(HouseholdData household) {
      return new CourtNoticeRequest("mitte", "AG Mitte", "1 C 1/26", "2026-03-02", household,
          null, null, null);
    }
  }

  @Nested
  class BailiffNotice {

    @Test
    void theSpecExampleIsValid() {
      assertThat(validator.validate(bailiff())).isEmpty();
    }

    @Test
    void anEmptyNoticeNamesEveryRequiredField() {
      var empty = new BailiffNoticeRequest(null, null, null, null, null, null, null);
      assertThat(fields(validator.validate(empty))).containsExactly("district", "bailiffReference",
          "receivedOn", "evictionAt", "household");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-05-12", "12.05.2026 09:00", "2026-05-12 09:00", "2026-05-12T25:00"})
    void evictionAtMustBeAnIsoDateTime(String value) {
      var violations = validator.validate(withEvictionAt("2026-03-02", value));
      assertThat(fields(violations)).containsExactly("evictionAt");
      assertThat(violations.get(0).message()).contains("kein gültiger Zeitpunkt");
    }

    @Test
    void evictionAtWithSecondsOrOffsetIsReadInBerlin() {
      assertThat(validator.validate(withEvictionAt("2026-03-02", "2026-05-12T09:00:00"))).isEmpty();
      assertThat(validator.parseDateTime("2026-05-12T07:00:00Z"))
          .contains(LocalDateTime.of(2026, 5, 12, 9, 0));
      assertThat(validator.parseDateTime("2026-05-12T09:00:30"))
          .contains(LocalDateTime.of(2026, 5, 12, 9, 0));
    }

    @Test
    void evictionBeforeReceiptIsRejected() {
      var violations = validator.validate(withEvictionAt("2026-03-02", "2026-03-01T09:00"));
      assertThat(fields(violations)).containsExactly("evictionAt");
      assertThat(violations.get(0).message()).contains("vor dem Eingang");
      assertThat(validator.validate(withEvictionAt("2026-03-02", "2026-03-02T08:00"))).isEmpty();
    }

    @Test
    void receivedOnRulesApplyToo() {
      assertThat(fields(validator.validate(withEvictionAt("2026-03-11", "2026-05-12T09:00"))))
          .containsExactly("receivedOn");
      assertThat(fields(validator.validate(withEvictionAt("2.3.2026", "2026-05-12T09:00"))))
          .containsExactly("receivedOn");
    }

    @Test
    void courtAndCourtFileNumberComeTogether() {
      var onlyCourt = new BailiffNoticeRequest("mitte", "DR 1/26", "2026-03-02",
          "2026-05-12T09:00", household(), "AG Mitte", " ");
      assertThat(fields(validator.validate(onlyCourt))).containsExactly("courtFileNumber");
      var onlyFile = new BailiffNoticeRequest("mitte", "DR 1/26", "2026-03-02",
          "2026-05-12T09:00", household(), null, "12 C 345/26");
      assertThat(fields(validator.validate(onlyFile))).containsExactly("court");
      var both = new BailiffNoticeRequest("mitte", "DR 1/26", "2026-03-02", "2026-05-12T09:00",
          household(), "AG Mitte", "12 C 345/26");
      assertThat(validator.validate(both)).isEmpty();
    }

    @Test
    void householdRulesApply() {
      var notice = new BailiffNoticeRequest("mitte", "DR 1/26", "2026-03-02", "2026-05-12T09:00",
          new HouseholdData("E", "S 1", "99999", null, null, null), null, null);
      assertThat(fields(validator.validate(notice))).containsExactly("household.postalCode");
    }

    @Test
    void bailiffReferenceHasAMaximumLength() {
      var notice = new BailiffNoticeRequest("mitte", "R".repeat(101), "2026-03-02",
          "2026-05-12T09:00", household(), null, null);
      assertThat(fields(validator.validate(notice))).containsExactly("bailiffReference");
    }

    private BailiffNoticeRequest withEvictionAt(String receivedOn, String evictionAt) {
      return new BailiffNoticeRequest("mitte", "DR II 123/26", receivedOn, evictionAt, household(),
          null, null);
    }
  }
  @Nested
  class DateWindows {

    // court(): receivedOn 2026-03-02

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-02", "2026-01-15", "2026-03-02", "2027-06-30", "2028-03-02"})
    void aHearingFromOneYearBeforeToTwoYearsAfterReceiptIsFine(String hearingOn) {
      assertThat(validator.validate(withHearingOn(hearingOn))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01", "1900-01-01", "2025-03-01", "2028-03-03", "9999-12-31"})
    void aHearingOutsideTheWindowIsRefused(String hearingOn) {
      var violations = validator.validate(withHearingOn(hearingOn));
      assertThat(fields(violations)).containsExactly("hearingOn");
      assertThat(violations.get(0).message()).contains("unplausibel")
          .contains("2.3.2025 bis 2.3.2028");
    }

    // today: 2026-03-10
    @ParameterizedTest
    @ValueSource(strings = {"2025-03-02", "2026-02-20", "2026-03-02", "2026-03-10"})
    void aLawsuitServedFromOneYearBeforeReceiptUntilTodayIsFine(String servedOn) {
      assertThat(validator.validate(withServedOn(servedOn))).isEmpty();
      assertThat(validator.parse(withServedOn(servedOn)).servedOn())
          .isEqualTo(LocalDate.parse(servedOn));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-01", "2026-03-11", "9999-12-31", "0001-01-01"})
    void aLawsuitServedBeforeThatOrInTheFutureIsRefused(String servedOn) {
      var violations = validator.validate(withServedOn(servedOn));
      assertThat(fields(violations)).containsExactly("servedOn");
      assertThat(violations.get(0).message()).contains("Zustellung der Klage")
          .contains("2.3.2025 bis 10.3.2026");
    }

    @Test
    void theDayOfServiceMustBeADateAndMayBeLeftOut() {
      assertThat(fields(validator.validate(withServedOn("13.03.2026"))))
          .containsExactly("servedOn");
      assertThat(validator.validate(withServedOn(null))).isEmpty();
      assertThat(validator.parse(withServedOn(null)).servedOn()).isNull();
    }

    @Test
    void anEvictionAtMostOneYearAfterReceiptIsFine() {
      assertThat(validator.validate(withEvictionAt("2027-03-02T09:00"))).isEmpty();
      var violations = validator.validate(withEvictionAt("2027-03-03T09:00"));
      assertThat(fields(violations)).containsExactly("evictionAt");
      assertThat(violations.get(0).message()).contains("mehr als ein Jahr")
          .contains("(spätestens 2.3.2027)");
    }

    @Test
    void anEvictionOnTheLastDayOfTheCalendarIsRefused() {
      assertThat(fields(validator.validate(withEvictionAt("9999-12-31T23:59"))))
          .containsExactly("evictionAt");
      assertThat(fields(validator.validate(withEvictionAt("0001-01-01T00:00"))))
          .containsExactly("evictionAt");
    }

    private CourtNoticeRequest withHearingOn(String hearingOn) {
      return new CourtNoticeRequest("mitte", "AG Mitte", "1 C 1/26", "2026-03-02", household(),
          null, null, hearingOn);
    }

    private CourtNoticeRequest withServedOn(String servedOn) {
      return new CourtNoticeRequest("mitte", "AG Mitte", "1 C 1/26", "2026-03-02", household(),
          null, null, null, servedOn);
    }

    private BailiffNoticeRequest withEvictionAt(String evictionAt) {
      return new BailiffNoticeRequest("mitte", "DR II 123/26", "2026-03-02", evictionAt,
          household(), null, null);
    }
  }
  @Nested
  class Characters {

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u00AD", "\uFEFF", " \u2060 ", "\u3164", "\u115F\u1160"})
    void aNameOfInvisibleCharactersOnlyIsRefused(String name) {
      var violations = validator.validate(withName(name));
      assertThat(fields(violations)).containsExactly("household.name");
      assertThat(violations.get(0).message()).contains("Name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "---", "1 2 3", "..."})
    void aNameNeedsALetter(String name) {
      var violations = validator.validate(withName(name));
      assertThat(fields(violations)).containsExactly("household.name");
      assertThat(violations.get(0).message())
          .isEqualTo("„Name“ muss mindestens einen Buchstaben enthalten.");
    }

    @Test
    void courtLandlordStreetAndCityNeedALetterToo() {
      var notice = new CourtNoticeRequest("mitte", "12", "1 C 1/26", "2026-03-02",
          new HouseholdData("Erika", "17", "10115", "0", null, null), "\u200B", null, null);
      assertThat(fields(validator.validate(notice))).containsExactly("court", "household.street",
          "household.city", "landlord");
      var bailiff = new BailiffNoticeRequest("mitte", "DR 1/26", "2026-03-02", "2026-05-12T09:00",
          household(), "42", "1 C 1/26");
      assertThat(fields(validator.validate(bailiff))).containsExactly("court");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Erika Mustermann", "Ørsted-Ünal", "Nguyễn Thị Ánh", "李小龙",
        "Müller\u00ADLüdenscheidt", "\u0645\u06CC\u200C\u0631\u0632\u0627", "O’Brien 2"})
    void realNamesAreFine(String name) {
      assertThat(validator.validate(withName(name))).isEmpty();
    }

    /** Bidi controls, other format characters: refused, not silently stripped. */
    @ParameterizedTest
    @ValueSource(strings = {"202E", "202D", "202A", "2066", "2067", "2068", "2069", "200E", "200F",
        "061C", "2062", "206A", "FFF9", "E0041", "E0001", "0600"})
    void formatCharactersAreRefusedNamingTheField(String hex) {
      String format = Character.toString(Integer.parseInt(hex, 16));
      var violations = validator.validate(withName("Erika " + format + "Mustermann"));
      assertThat(fields(violations)).containsExactly("household.name");
      assertThat(violations.get(0).message()).contains("unsichtbares").contains("U+" + hex)
          .doesNotContain(format);
      var court = new CourtNoticeRequest("mitte", "AG Mitte", "12 C" + format + " 345/26",
          "2026-03-02", household(), "Wohnbau" + format + " GmbH", null, null);
      assertThat(fields(validator.validate(court))).containsExactly("courtFileNumber", "landlord");
      var bailiff = new BailiffNoticeRequest("mitte", "DR II" + format + " 123/26", "2026-03-02",
          "2026-05-12T09:00", household(), null, null);
      assertThat(fields(validator.validate(bailiff))).containsExactly("bailiffReference");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD800", "\uDBFF", "\uDC00", "\uDFFF"})
    void loneSurrogatesAreRefused(String surrogate) {
      var violations = validator.validate(withName("Erika" + surrogate));
      assertThat(fields(violations)).containsExactly("household.name");
      assertThat(violations.get(0).message()).contains("Surrogat");
      // a pair is one character (here an emoji) and fine as far as characters go
      assertThat(validator.validate(withName("Erika \uD83D\uDE00"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\t", "\r", "\u007F", "\u0085", "\u009B", "\u2028", "\u2029"})
    void controlCharactersAndLineSeparatorsAreRefused(String control) {
      var violations = validator.validate(withName("Erika" + control + "Mustermann"));
      assertThat(fields(violations)).containsExactly("household.name");
      assertThat(violations.get(0).message()).contains("Steuerzeichen");
    }

    @Test
    void theLengthCountsTheNormalisedFormTheDuplicateKeyUses() {
      // "ﷺ" is one character and 18 in NFKC: ten of them are 180, too long for a court file number
      var violations = validator.validate(new CourtNoticeRequest("mitte", "AG Mitte",
          "\uFDFA".repeat(10), "2026-03-02", household(), null, null, null));
      assertThat(fields(violations)).containsExactly("courtFileNumber");
      assertThat(violations.get(0).message()).contains("zu lang");
    }

    @Test
    void messagesDoNotEchoFormatCharacters() {
      var violations = validator.validate(new CourtNoticeRequest("mit\u202Ete", "AG Mitte",
          "1 C 1/26", "2026-03-02", household(), null, null, "2026\u202E-01-01"));
      assertThat(fields(violations)).containsExactly("district", "hearingOn");
      assertThat(violations).allSatisfy(v -> assertThat(v.message()).doesNotContain("\u202E"));
    }

    private CourtNoticeRequest withName(String name) {
      return new CourtNoticeRequest("mitte", "AG Mitte", "1 C 1/26", "2026-03-02",
          new HouseholdData(name, "Musterstraße 1", "10115", null, null, null), null, null, null);
    }
  }
}
