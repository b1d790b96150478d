package de.berlin.sozwohn.wohnraumerhalt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the flat values of a start form as the intake's notices (plain Java). */
class NoticeFormTest {

  static Map<String, Object> court() {
    Map<String, Object> values = new HashMap<>();
    values.put("court", "Amtsgericht Mitte");
    values.put("courtFileNumber", "12 C 345/26");
    values.put("receivedOn", "2026-03-02");
    values.put("hearingOn", null);
    values.put("householdName", "Erika Mustermann");
    values.put("householdStreet", "Musterstraße 1");
    values.put("householdPostalCode", "10115");
    values.put("householdCity", "Berlin");
    values.put("householdPhone", "");
    values.put("householdEmail", "");
    values.put("landlord", "");
    values.put("arrears", 2450.5);
    values.put("enterForOtherDistrict", false);
    return values;
  }

  @Test
  void aCourtNoticeIsTheSameRequestAsTheRestApiReads() {
    NoticeForm.Mapped<CourtNoticeRequest> mapped = NoticeForm.courtNotice(court(), "mitte");

    assertThat(mapped.violations()).isEmpty();
    assertThat(mapped.notice()).isEqualTo(new CourtNoticeRequest("mitte", "Amtsgericht Mitte",
        "12 C 345/26", "2026-03-02",
        new HouseholdData("Erika Mustermann", "Musterstraße 1", "10115", "Berlin", "", ""),
        "", new BigDecimal("2450.5"), null));
  }

  @Test
  void amountsAndNumbersAreReadAsSubmitted() {
    Map<String, Object> values = court();
    values.put("arrears", 2450);
    values.put("householdPostalCode", 10115);
    assertThat(NoticeForm.courtNotice(values, "mitte").notice().arrears())
        .isEqualByComparingTo("2450");
    assertThat(NoticeForm.courtNotice(values, "mitte").notice().household().postalCode())
        .isEqualTo("10115");
    values.put("arrears", "2450,75");
    assertThat(NoticeForm.courtNotice(values, "mitte").notice().arrears())
        .isEqualByComparingTo("2450.75");
    values.put("arrears", " ");
    assertThat(NoticeForm.courtNotice(values, "mitte").notice().arrears()).isNull();
  }

  @Test
  void valuesOfTheWrongTypeAreNamedByTheirFormKey() {
    Map<String, Object> values = court();
    values.put("arrears", "viel");
    values.put("court", true);
    values.put("householdName", List.of("Erika"));

    NoticeForm.Mapped<CourtNoticeRequest> mapped = NoticeForm.courtNotice(values, "mitte");

    assertThat(mapped.violations()).extracting(Violation::field)
        .containsExactlyInAnyOrder("arrears", "court", "householdName");
    assertThat(mapped.violations()).extracting(Violation::message).contains(
        "„Mietrückstand“ ist keine Zahl: „viel“. Erwartet wird ein Betrag in Euro, z. B. 2450.00.",
        "„Gericht“ hat den falschen Typ: erwartet ein Text.");
    assertThat(mapped.notice().arrears()).isNull();
  }

  @Test
  void aBailiffNoticeKeepsItsOptionalCourtFile() {
    Map<String, Object> values = court();
    values.put("bailiffReference", "DR II 123/26");
    values.put("evictionAt", "2026-05-12T09:00");
    values.put("court", "");
    values.put("courtFileNumber", null);

    BailiffNoticeRequest notice = NoticeForm.bailiffNotice(values, "neukoelln").notice();

    assertThat(notice).isEqualTo(new BailiffNoticeRequest("neukoelln", "DR II 123/26",
        "2026-03-02", "2026-05-12T09:00",
        new HouseholdData("Erika Mustermann", "Musterstraße 1", "10115", "Berlin", "", ""),
        "", null));
  }

  @Test
  void validatorPathsBecomeFormKeys() {
    assertThat(NoticeForm.formField("household.postalCode")).isEqualTo("householdPostalCode");
    assertThat(NoticeForm.formField("household.email")).isEqualTo("householdEmail");
    assertThat(NoticeForm.formField("receivedOn")).isEqualTo("receivedOn");
  }

  @Test
  void theDistrictIsTheChosenOneOrTheUsersOnlyOne() {
    assertThat(Districts.ofEntry(null, List.of("mitte"))).contains("mitte");
    assertThat(Districts.ofEntry(" ", List.of("mitte"))).contains("mitte");
    assertThat(Districts.ofEntry("neukoelln", List.of("mitte"))).contains("neukoelln");
    assertThat(Districts.ofEntry(null, Districts.IDS)).isEmpty();
    assertThat(Districts.ofEntry(null, List.of())).isEmpty();
    assertThat(NoticeForm.chosenDistrict(Map.of("district", " pankow "))).isEqualTo("pankow");
    assertThat(NoticeForm.chosenDistrict(Map.of("district", 7))).isNull();
  }
}
