package de.berlin.sozwohn.wohnraumerhalt.letters;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Fachstelle Soziale Wohnhilfe of one district as its letters show it: letterhead, address,
 * the shared phone number and mail address, and the uniform access hours of standard 1.5 (phone
 * consultation Mon–Thu 9–15 and Fri 9–13, open consultation Tue and Thu 9–12), which are the
 * defaults when a district does not configure its own.
 *
 * @param letterhead lines at the top of the letter, e.g. "Bezirksamt Mitte von Berlin",
 *     "Abteilung Soziales", "Fachstelle Soziale Wohnhilfe"
 * @param street street and number of the office (also where appointments take place)
 * @param postalCode postal code of the office
 * @param city city of the office
 * @param phone the Fachstelle's shared phone number (Sammel-Telefonnummer)
 * @param email the Fachstelle's shared mail address (Sammel-Mailadresse)
 * @param phoneHours phone consultation hours as printed
 * @param openConsultationDays days of the open consultation (offene Sprechstunde)
 * @param openConsultationFrom start of the open consultation
 * @param openConsultationUntil end of the open consultation
 * @param privacyNoticeUrl where the district's full data-protection notice (Art. 13 GDPR) is
 *     published; the letters' short notice links it
 */
public record DistrictOffice(
    List<String> letterhead,
    String street,
    String postalCode,
    String city,
    String phone,
    String email,
    String phoneHours,
    List<DayOfWeek> openConsultationDays,
    LocalTime openConsultationFrom,
    LocalTime openConsultationUntil,
    String privacyNoticeUrl) {

  public static final String STANDARD_PHONE_HOURS =
      "Montag bis Donnerstag 9 bis 15 Uhr, Freitag 9 bis 13 Uhr";
  public static final List<DayOfWeek> STANDARD_OPEN_CONSULTATION_DAYS =
      List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
  public static final LocalTime STANDARD_OPEN_CONSULTATION_FROM = LocalTime.of(9, 0);
  public static final LocalTime STANDARD_OPEN_CONSULTATION_UNTIL = LocalTime.of(12, 0);

  public DistrictOffice {
    letterhead = letterhead == null ? List.of() : List.copyOf(letterhead);
    phoneHours = isBlank(phoneHours) ? STANDARD_PHONE_HOURS : phoneHours;
    openConsultationDays = openConsultationDays == null || openConsultationDays.isEmpty()
        ? STANDARD_OPEN_CONSULTATION_DAYS : List.copyOf(openConsultationDays.stream().sorted().distinct().toList());
    openConsultationFrom = openConsultationFrom == null ? STANDARD_OPEN_CONSULTATION_FROM : openConsultationFrom;
    openConsultationUntil = openConsultationUntil == null ? STANDARD_OPEN_CONSULTATION_UNTIL : openConsultationUntil;
  }

  /** "Dienstag und Donnerstag, 9 bis 12 Uhr". */
  public String openConsultationHours() {
    return germanDays(openConsultationDays) + ", " + hour(openConsultationFrom) + " bis "
        + hour(openConsultationUntil) + " Uhr";
  }

  /** "Karl-Marx-Allee 31, 10178 Berlin". */
  public String addressLine() {
    return street + ", " + postalCode + " " + city;
  }

  /** Names of the properties that are missing (empty when the office can sign a letter). */
  public List<String> missing() {
    List<String> missing = new ArrayList<>();
    if (letterhead.isEmpty() || letterhead.stream().allMatch(DistrictOffice::isBlank)) {
      missing.add("letterhead");
    }
    if (isBlank(street)) {
      missing.add("street");
    }
    if (isBlank(postalCode)) {
      missing.add("postal-code");
    }
    if (isBlank(city)) {
      missing.add("city");
    }
    if (isBlank(phone)) {
      missing.add("phone");
    }
    if (isBlank(email)) {
      missing.add("email");
    }
    if (isBlank(privacyNoticeUrl)) {
      missing.add("privacy-notice-url");
    }
    if (!openConsultationFrom.isBefore(openConsultationUntil)) {
      missing.add("open-consultation-until (nach open-consultation-from)");
    }
    return missing;
  }

  static String germanDays(List<DayOfWeek> days) {
    List<String> names = days.stream().map(d -> d.getDisplayName(TextStyle.FULL, Locale.GERMAN)).toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " und " + names.get(names.size() - 1);
  }

  /** 9:00 → "9", 9:30 → "9:30". */
  static String hour(LocalTime time) {
    return time.getMinute() == 0 ? Integer.toString(time.getHour())
        : time.getHour() + ":" + String.format("%02d", time.getMinute());
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
