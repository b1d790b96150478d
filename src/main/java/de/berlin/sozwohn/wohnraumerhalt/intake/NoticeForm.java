package de.berlin.sozwohn.wohnraumerhalt.intake;

import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.ARREARS;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.BAILIFF_REFERENCE;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.COURT;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.COURT_FILE_NUMBER;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.DISTRICT;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.EVICTION_AT;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.HEARING_ON;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.HOUSEHOLD_CITY;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.HOUSEHOLD_EMAIL;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.HOUSEHOLD_NAME;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.HOUSEHOLD_PHONE;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.HOUSEHOLD_POSTAL_CODE;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.HOUSEHOLD_STREET;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.LANDLORD;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.RECEIVED_ON;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.SERVED_ON;

import de.berlin.sozwohn.wohnraumerhalt.process.StartForms;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The start forms of Tasklist as notices: maps the flat values a Camunda Form submits
 * ({@code householdPostalCode}, {@code arrears} as a number, dates as ISO strings) to the same
 * {@link CourtNoticeRequest} / {@link BailiffNoticeRequest} that the REST API reads, so that both
 * doors are checked and filed by the one {@link NoticeIntake}. Plain Java.
 *
 * <p>Field keys are the variable names of the case ({@code CaseVariables}); the request's nested
 * {@code household.*} paths correspond to {@code household*} keys, see {@link #formField}. What
 * cannot be mapped (a value of the wrong type) is reported as a {@link Violation} naming the form
 * key, like the REST API reports a JSON type error.
 */
public final class NoticeForm {

  /** The keys of the court notice form, in form order ({@link StartForms}). */
  public static final List<String> COURT_FIELDS = StartForms.COURT_NOTICE_FIELDS;
  /** The keys of the bailiff notice form, in form order ({@link StartForms}). */
  public static final List<String> BAILIFF_FIELDS = StartForms.BAILIFF_NOTICE_FIELDS;

  private static final Map<String, String> FORM_FIELD_OF_PATH = Map.of(
      "household.name", HOUSEHOLD_NAME,
      "household.street", HOUSEHOLD_STREET,
      "household.postalCode", HOUSEHOLD_POSTAL_CODE,
      "household.city", HOUSEHOLD_CITY,
      "household.phone", HOUSEHOLD_PHONE,
      "household.email", HOUSEHOLD_EMAIL,
      "household", HOUSEHOLD_NAME);

  /** A notice read from a form, and what could not be read (empty when all was readable). */
  public record Mapped<T>(T notice, List<Violation> violations) {}

  /**
   * @param values the submitted values
   * @param district the district of the notice (chosen in the form or the user's own), may be null
   */
  public static Mapped<CourtNoticeRequest> courtNotice(Map<String, ?> values, String district) {
    Reader in = new Reader(values);
    CourtNoticeRequest notice = new CourtNoticeRequest(district,
        in.text(COURT, "Gericht"),
        in.text(COURT_FILE_NUMBER, "Aktenzeichen"),
        in.text(RECEIVED_ON, "Eingangsdatum"),
        in.household(),
        in.text(LANDLORD, "Vermieter"),
        in.amount(ARREARS, "Mietrückstand"),
        in.text(HEARING_ON, "Verhandlungstermin"),
        in.text(SERVED_ON, "Zustellung der Klage"));
    return new Mapped<>(notice, in.violations);
  }

  /** See {@link #courtNotice}. */
  public static Mapped<BailiffNoticeRequest> bailiffNotice(Map<String, ?> values, String district) {
    Reader in = new Reader(values);
    BailiffNoticeRequest notice = new BailiffNoticeRequest(district,
        in.text(BAILIFF_REFERENCE, "Aktenzeichen der Gerichtsvollzieherin"),
        in.text(RECEIVED_ON, "Eingangsdatum"),
        in.text(EVICTION_AT, "Räumungstermin"),
        in.household(),
        in.text(COURT, "Gericht"),
        in.text(COURT_FILE_NUMBER, "Aktenzeichen"));
    return new Mapped<>(notice, in.violations);
  }

  /**
   * The form key of a field that the validator names by its request path: household.name →
   * householdName.
   */
  public static String formField(String requestPath) {
    return FORM_FIELD_OF_PATH.getOrDefault(requestPath, requestPath);
  }

  /** The chosen district as text, null when none was chosen or it is not text. */
  public static String chosenDistrict(Map<String, ?> values) {
    return values.get(DISTRICT) instanceof String district ? NoticeValidator.clean(district) : null;
  }

  private static final class Reader {

    private final Map<String, ?> values;
    private final List<Violation> violations = new ArrayList<>();

    private Reader(Map<String, ?> values) {
      this.values = values == null ? Map.of() : values;
    }

    HouseholdData household() {
      return new HouseholdData(
          text(HOUSEHOLD_NAME, "Name"),
          text(HOUSEHOLD_STREET, "Straße und Hausnummer"),
          text(HOUSEHOLD_POSTAL_CODE, "Postleitzahl"),
          text(HOUSEHOLD_CITY, "Ort"),
          text(HOUSEHOLD_PHONE, "Telefonnummer"),
          text(HOUSEHOLD_EMAIL, "E-Mail-Adresse"));
    }

    /** Text as submitted; a whole number (a postal code sent as number) is read as its digits. */
    String text(String key, String label) {
      Object value = values.get(key);
      if (value == null || value instanceof String) {
        return (String) value;
      }
      if (value instanceof Integer || value instanceof Long || value instanceof Short
          || value instanceof BigInteger) {
        return value.toString();
      }
      violations.add(
          new Violation(key, "„" + label + "“ hat den falschen Typ: erwartet ein Text."));
      return null;
    }

    /** An amount in euros: a number, or text such as "2450.00" or "2450,00". */
    BigDecimal amount(String key, String label) {
      Object value = values.get(key);
      try {
        if (value == null) {
          return null;
        }
        if (value instanceof BigDecimal decimal) {
          return decimal;
        }
        if (value instanceof Double || value instanceof Float) {
          double number = ((Number) value).doubleValue();
          if (!Double.isFinite(number)) {
            throw new NumberFormatException();
          }
          return new BigDecimal(value.toString());
        }
        if (value instanceof Number number) {
          return new BigDecimal(number.toString());
        }
        if (value instanceof String text) {
          String clean = NoticeValidator.clean(text);
          if (clean == null) {
            return null;
          }
          return new BigDecimal(clean.contains(".") ? clean : clean.replace(',', '.'));
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      String shown = String.valueOf(value);
      violations.add(new Violation(key, "„" + label + "“ ist keine Zahl: „"
          + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown)
          + "“. Erwartet wird ein Betrag in Euro, z. B. 2450.00."));
      return null;
    }
  }

  private NoticeForm() {}
}
