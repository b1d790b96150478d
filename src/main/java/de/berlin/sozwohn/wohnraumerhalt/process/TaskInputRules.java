package de.berlin.sozwohn.wohnraumerhalt.process;

import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.*;

import de.berlin.sozwohn.wohnraumerhalt.calendar.DateValues;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a caseworker may submit when completing a user task of {@code wohnraumerhalt}: the rules
 * behind the forms in {@code forms/}, checked on the server because form-js cannot express "not in
 * the future" or cross-field rules and {@code /engine-rest/task/{id}/submit-form} bypasses the form.
 *
 * <p>Plain Java, no Camunda types. Values are what the REST API delivers: dates are ISO-8601
 * strings ({@code "2026-03-02"}), date-times ISO local date-times without zone ({@code
 * "2026-05-12T09:00"}, as Camunda Forms submits with {@code timeSerializingFormat: no_timezone}),
 * booleans are {@link Boolean}s.
 *
 * <p><b>Staff counts</b> ({@code visitStaffCount}, {@code evictionStaffCount}) must be the number 1
 * or 2. A JSON number arrives as Integer, Long or Double depending on the client, so any whole
 * number is accepted (1, 2L, 2.0) and normalised to an Integer; fractions (1.5), other values (0,
 * 3) and strings ("2") are rejected — a string means the client does not follow the contract.
 *
 * <p><b>Defaults</b> (returned as {@link Evaluation#completions()}, to be stored with the task's
 * variables): an empty {@code letterSentOn} or {@code closedOn} becomes today; an optional checkbox
 * that was not submitted (a hidden {@code secondVisitWanted}, the counselling flags) becomes false.
 * Checkboxes that steer the process ({@code contactMade}, {@code attendEviction}, …) have no
 * default: a REST client must state them (Camunda Forms always submits a visible checkbox).
 *
 * <p><b>Date windows.</b> Every date has a lower and an upper bound, so that a wrong year (0001,
 * 9999, last year's date typed in January) is refused instead of falsifying deadlines and the
 * indicators. What was done – {@code letterSentOn}, {@code contactOn}, {@code visitedOn}, {@code
 * counsellingOn}, {@code evictionLetterSentOn}, {@code closedOn} – lies not in the future and not
 * before the event it follows:
 * <ul>
 *   <li>{@code letterSentOn}, {@code contactOn}, {@code counsellingOn}, {@code closedOn}: not
 *       before the case's {@code receivedOn} (a case starts with its notice; SPEC §3: a contact
 *       may be recorded from the start of a case);</li>
 *   <li>{@code visitedOn} (both visits): not before {@code letterSentOn} – visits follow the
 *       letter that went unanswered – or, without a letter, {@code receivedOn};</li>
 *   <li>{@code evictionLetterSentOn}: not before the bailiff notice's {@code bailiffReceivedOn};</li>
 *   <li>{@code appointmentAt}, the one date ahead: not before {@code letterSentOn} and at most
 *       {@link #APPOINTMENT_AFTER_LETTER three months} after it – the letter offers an appointment
 *       within days, months later nobody would keep it.</li>
 * </ul>
 * Where the case does not know the date a rule starts from (not on cases opened by the intake),
 * the lower bound is {@link #FALLBACK_EARLIEST two years} before today.
 *
 * <p><b>Amounts</b> ({@code rentDebtTakenOver}, the rent debt taken over, in euros): optional; a
 * number of any numeric type (Camunda Forms submits a JSON number) from 0 to {@link #MAX_AMOUNT}
 * with at most two decimals, normalised to a Double (the engine's number type); strings are
 * rejected. An amount above 0 needs the box {@code rentDebtTakeover} ticked – the form shows the
 * field only then.
 *
 * <p><b>Text</b> ({@code counsellingNotes}, the reasons {@code comment1_1} … {@code comment2} of
 * the half-year report): at most {@value #MAX_TEXT_LENGTH} characters, line
 * breaks allowed, otherwise the characters of {@link TextCharacters} – no control characters, lone
 * surrogates or bidi overrides.
 *
 * <p><b>Messages</b> are for the caseworker in Tasklist: each names the field by its label in the
 * form ("Versanddatum: …", never {@code letterSentOn}), says what to do, and writes dates the German
 * way ({@link GermanFormats}: 2.3.2026). Only the wire format a REST client must send is shown in
 * ISO. The field key travels with each violation, so that Tasklist can mark the field.
 */
public final class TaskInputRules {

  /** Longest text Camunda stores in a String variable on every supported database. */
  public static final int MAX_TEXT_LENGTH = 4000;

  /** How long after the letter the offered appointment may lie. */
  public static final Period APPOINTMENT_AFTER_LETTER = Period.ofMonths(3);

  /** Largest amount in euros a form accepts (as the intake's {@code arrears}). */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999.99");

  /** Lower bound of a date whose anchor date the case does not have. */
  public static final Period FALLBACK_EARLIEST = Period.ofYears(2);

  public static final Map<String, String> CONTACT_CHANNELS = orderedMap(
      "phone", "Telefon",
      "email", "E-Mail",
      "letter", "Brief",
      "office", "Vorsprache in der Fachstelle",
      "home-visit", "Hausbesuch");

  public static final Map<String, String> OUTCOMES = orderedMap(
      "housing-retained", "Wohnung erhalten",
      "eviction-carried-out", "Zwangsräumung durchgeführt",
      "moved-out", "Ausgezogen",
      "no-contact", "Kein Kontakt zustande gekommen",
      "other", "Sonstiges");

  /**
   * One rule broken by one field: its key in the form ({@code letterSentOn}), its label in the form
   * ({@code Versanddatum}; null where there is none) and what is wrong and what to do. {@link
   * #text()} is what the caseworker reads: "Versanddatum: Der 6.3.2026 liegt in der Zukunft …".
   */
  public record Violation(String field, String label, String message) {
    /** A violation without a form label (the message names the field itself). */
    public Violation(String field, String message) {
      this(field, null, message);
    }

    public String text() {
      return label == null ? message : label + ": " + message;
    }

    @Override
    public String toString() {
      return text();
    }
  }

  /**
   * The result of checking one submission: the violations (empty when the input is fine) and the
   * values to store in addition to the submitted ones (defaults and normalised numbers).
   */
  public record Evaluation(List<Violation> violations, Map<String, Object> completions) {
    public boolean valid() {
      return violations.isEmpty();
    }
  }

  /** The kinds of fields, each with what a caseworker does to fill it. */
  private enum Kind {
    DATE("bitte das Datum eintragen"),
    DATE_TIME("bitte Datum und Uhrzeit eintragen"),
    BOOLEAN("bitte mit ja oder nein beantworten"),
    STAFF_COUNT("bitte 1 oder 2 eintragen"),
    CHOICE("bitte auswählen"),
    AMOUNT("bitte den Betrag in Euro eintragen"),
    TEXT("bitte ausfüllen");

    final String todo;

    Kind(String todo) {
      this.todo = todo;
    }
  }

  private enum Default { NONE, TODAY, FALSE }

  private record Field(String key, Kind kind, String label, boolean required, boolean notInFuture,
      Default fallback, Map<String, String> choices) {}

  private static final Map<String, List<Field>> FIELDS = Map.ofEntries(Map.entry(
      ProcessKeys.TASK_SEND_COURT_LETTER, List.of(
          dateTime(APPOINTMENT_AT, "Termin für das Gespräch"),
          date(LETTER_SENT_ON, "Versanddatum", Default.TODAY))), Map.entry(
      ProcessKeys.TASK_RECORD_CONTACT, List.of(
          date(CONTACT_ON, "Datum des Kontakts", Default.NONE),
          choice(CONTACT_CHANNEL, "Kontaktweg", CONTACT_CHANNELS))), Map.entry(
      ProcessKeys.TASK_HOME_VISIT_1, List.of(
          date(VISITED_ON, "Datum des Hausbesuchs", Default.NONE),
          staffCount(VISIT_STAFF_COUNT, "Anzahl der Mitarbeitenden", true),
          flag(CONTACT_MADE, "Kontakt mit dem Haushalt hergestellt", Default.NONE),
          flag(SECOND_VISIT_WANTED, "Zweiter Hausbesuch vorgesehen", Default.FALSE))), Map.entry(
      ProcessKeys.TASK_HOME_VISIT_2, List.of(
          date(VISITED_ON, "Datum des Hausbesuchs", Default.NONE),
          staffCount(VISIT_STAFF_COUNT, "Anzahl der Mitarbeitenden", true),
          flag(CONTACT_MADE, "Kontakt mit dem Haushalt hergestellt", Default.NONE))), Map.entry(
      ProcessKeys.TASK_COUNSELLING, List.of(
          date(COUNSELLING_ON, "Datum der Beratung", Default.NONE),
          flag(RENT_DEBT_TAKEOVER, "Mietschuldenübernahme beantragt oder bewilligt", Default.FALSE),
          amount(RENT_DEBT_TAKEN_OVER, "Übernommene Mietschulden (€)"),
          flag(HELP_67, "Hilfe nach § 67 SGB XII eingeleitet", Default.FALSE),
          flag(LANDLORD_AGREEMENT, "Vereinbarung mit dem Vermieter getroffen", Default.FALSE),
          new Field(COUNSELLING_NOTES, Kind.TEXT, "Notizen (freiwillig)", false, false,
              Default.NONE, null))), Map.entry(
      ProcessKeys.TASK_SEND_EVICTION_LETTER, List.of(
          date(EVICTION_LETTER_SENT_ON, "Versanddatum", Default.NONE))), Map.entry(
      ProcessKeys.TASK_DECIDE_EVICTION_ATTENDANCE, List.of(
          flag(ATTEND_EVICTION, "Die Fachstelle begleitet die Zwangsräumung", Default.NONE))), Map.entry(
      ProcessKeys.TASK_ATTEND_EVICTION, List.of(
          flag(EVICTION_ATTENDED, "Die Fachstelle hat die Zwangsräumung begleitet", Default.NONE),
          // required only when evictionAttended is true: see crossFieldRules
          staffCount(EVICTION_STAFF_COUNT, "Anzahl der Mitarbeitenden vor Ort", false),
          flag(EVICTION_CARRIED_OUT, "Räumung wurde durchgeführt", Default.NONE))), Map.entry(
      ProcessKeys.TASK_CLOSE_CASE, List.of(
          choice(OUTCOME, "Ergebnis", OUTCOMES),
          new Field(CLOSED_ON, Kind.DATE, "Abschlussdatum", false, true, Default.TODAY, null))), Map.entry(
      ProcessKeys.TASK_FOLLOW_UP, List.of(
          flag(STILL_HOUSED_AFTER_12_MONTHS,
              "Haushalt wohnt 12 Monate nach Abschluss noch in der Wohnung", Default.NONE))),
      // process selbstauskunft (standard 1.5): a standard not ticked is not met
      Map.entry(ProcessKeys.TASK_SUBMIT_SELF_REPORT, List.of(
          flag(SHARED_MAIL_ADDRESS, "1) Einheitliche Sammel-Mailadresse", Default.FALSE),
          flag(SHARED_PHONE_NUMBER, "2) Sammel-Telefonnummer", Default.FALSE),
          flag(OPEN_CONSULTATION, "3) Angebot der offenen Sprechstunde", Default.FALSE),
          flag(OPEN_CONSULTATION_TUE_THU,
              "4) Offene Sprechstunde dienstags und donnerstags von 9 bis 12 Uhr", Default.FALSE),
          flag(PHONE_CONSULTATION_HOURS,
              "5) Telefonische Sprechstunde Mo–Do 9–15 Uhr und Fr 9–13 Uhr", Default.FALSE),
          flag(UNIFORM_FLYER, "6) Verwendung des einheitlichen Informationsflyers", Default.FALSE))),
      // process halbjahresbericht: a reason per standard, optional here; the listener
      // ${reportApproval} requires it for a value below the minimum (it knows the values)
      Map.entry(ProcessKeys.TASK_APPROVE_REPORT, List.of(
          reason(COMMENT_1_1, "Begründung zu 1.1"),
          reason(COMMENT_1_2, "Begründung zu 1.2"),
          reason(COMMENT_1_3, "Begründung zu 1.3"),
          reason(COMMENT_1_4, "Begründung zu 1.4"),
          reason(COMMENT_1_5, "Begründung zu 1.5"),
          reason(COMMENT_2, "Begründung zu 2"))));

  private TaskInputRules() {}

  /** The form fields of a user task (task definition key); empty for tasks without rules. */
  public static Set<String> fieldsOf(String taskKey) {
    Set<String> keys = new LinkedHashSet<>();
    FIELDS.getOrDefault(taskKey, List.of()).forEach(f -> keys.add(f.key()));
    return keys;
  }

  /** The German label of a task's field as its form shows it; empty for unknown fields. */
  public static Optional<String> labelOf(String taskKey, String field) {
    return FIELDS.getOrDefault(taskKey, List.of()).stream().filter(f -> f.key().equals(field))
        .map(Field::label).findFirst();
  }

  /** Shortcut for {@code evaluate(...).violations()}. */
  public static List<Violation> check(String taskKey, Map<String, ?> submitted,
      Map<String, ?> existing, LocalDate today) {
    return evaluate(taskKey, submitted, existing, today).violations();
  }

  /**
   * Checks a submission.
   *
   * @param taskKey task definition key, e.g. {@code SendCourtLetter}; unknown keys have no rules
   * @param submitted the submitted values (form field key → value)
   * @param existing the case's values before the submission ({@code receivedOn}, {@code
   *     bailiffReceivedOn}, a proposed {@code appointmentAt}, …); a field missing from {@code
   *     submitted} is taken from here
   * @param today the engine's today in the district's zone (for "not in the future" and defaults)
   */
  public static Evaluation evaluate(String taskKey, Map<String, ?> submitted,
      Map<String, ?> existing, LocalDate today) {
    List<Field> fields = FIELDS.getOrDefault(taskKey, List.of());
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, Object> completions = new LinkedHashMap<>();
    for (Field field : fields) {
      Object value = submitted.containsKey(field.key()) ? submitted.get(field.key())
          : existing.get(field.key());
      if (isBlank(value) && field.fallback() != Default.NONE) {
        value = field.fallback() == Default.TODAY ? today.toString() : Boolean.FALSE;
        completions.put(field.key(), value);
      }
      values.put(field.key(), value);
    }

    List<Violation> violations = new ArrayList<>();
    for (Field field : fields) {
      Object value = values.get(field.key());
      if (isBlank(value)) {
        if (field.required()) {
          violations.add(violation(field, "Die Angabe fehlt – " + field.kind().todo + "."));
        }
        continue;
      }
      checkValue(field, value, today, violations, completions);
    }
    crossFieldRules(taskKey, values, existing, today, violations, completions);
    return new Evaluation(List.copyOf(violations), completions);
  }

  private static void checkValue(Field field, Object value, LocalDate today,
      List<Violation> violations, Map<String, Object> completions) {
    String key = field.key();
    switch (field.kind()) {
      case DATE -> {
        LocalDate date = parseDate(value);
        if (date == null) {
          violations.add(violation(field, "„" + shown(value) + "“ ist kein Datum – bitte ein Datum"
              + " eintragen (über die REST-Schnittstelle im Format JJJJ-MM-TT, z. B. 2026-03-02)."));
        } else if (field.notInFuture() && date.isAfter(today)) {
          violations.add(violation(field, "Der " + day(date) + " liegt in der Zukunft (heute ist der "
              + day(today) + ") – bitte den Tag eintragen, an dem es geschehen ist."));
        }
      }
      case DATE_TIME -> {
        if (parseDateTime(value) == null) {
          violations.add(violation(field, "„" + shown(value) + "“ ist kein Zeitpunkt – bitte"
              + " Datum und Uhrzeit eintragen (über die REST-Schnittstelle im Format"
              + " JJJJ-MM-TTThh:mm, z. B. 2026-05-12T09:00)."));
        }
      }
      case BOOLEAN -> {
        if (!(value instanceof Boolean)) {
          violations.add(violation(field, "Die Angabe muss ja oder nein sein (true oder false)."));
        }
      }
      case STAFF_COUNT -> {
        Integer count = wholeNumber(value);
        if (count == null || count < 1 || count > 2) {
          violations.add(violation(field, "„" + shown(value) + "“ geht nicht – bitte 1 oder 2"
              + " eintragen (ganze Zahl)."));
        } else if (!(value instanceof Integer)) {
          completions.put(key, count);
        }
      }
      case CHOICE -> {
        if (!(value instanceof String s) || !field.choices().containsKey(s)) {
          violations.add(violation(field, "„" + shown(value) + "“ ist keine der Möglichkeiten –"
              + " bitte auswählen. Erlaubt: " + describe(field.choices()) + "."));
        }
      }
      case AMOUNT -> {
        BigDecimal amount = decimal(value);
        if (amount == null) {
          violations.add(violation(field, "„" + shown(value) + "“ ist kein Betrag – bitte den"
              + " Betrag in Euro als Zahl eintragen, z. B. 1850.00."));
        } else if (amount.signum() < 0) {
          violations.add(violation(field, "Der Betrag darf nicht negativ sein – bitte 0 oder mehr"
              + " eintragen."));
        } else if (amount.compareTo(MAX_AMOUNT) > 0) {
          violations.add(violation(field, "Der Betrag ist unplausibel hoch (höchstens"
              + " 999.999,99 €) – bitte prüfen."));
        } else if (amount.stripTrailingZeros().scale() > 2) {
          violations.add(violation(field, "Der Betrag hat höchstens zwei Nachkommastellen (Euro"
              + " und Cent)."));
        } else if (!(value instanceof Double)) {
          completions.put(key, amount.doubleValue());
        }
      }
      case TEXT -> {
        if (!(value instanceof String s)) {
          violations.add(violation(field, "Die Angabe muss ein Text sein."));
        } else if (s.length() > MAX_TEXT_LENGTH) {
          violations.add(violation(field, "Der Text ist zu lang (" + s.length() + " Zeichen) –"
              + " bitte auf höchstens " + MAX_TEXT_LENGTH + " Zeichen kürzen."));
        } else {
          TextCharacters.problem(s, true).ifPresent(problem ->
              violations.add(violation(field, "Der Text " + problem + ".")));
        }
      }
    }
  }

  private static void crossFieldRules(String taskKey, Map<String, Object> values,
      Map<String, ?> existing, LocalDate today, List<Violation> violations,
      Map<String, Object> completions) {
    LocalDate receivedOn = parseDate(existing.get(RECEIVED_ON));
    switch (taskKey) {
      case ProcessKeys.TASK_SEND_COURT_LETTER -> {
        LocalDate sentOn = parseDate(values.get(LETTER_SENT_ON));
        notBefore(taskKey, LETTER_SENT_ON, sentOn, receivedOn, "dem Eingang der Mitteilung",
            today, violations);
        LocalDateTime appointmentAt = parseDateTime(values.get(APPOINTMENT_AT));
        if (appointmentAt != null && sentOn != null) {
          LocalDate latest = sentOn.plus(APPOINTMENT_AFTER_LETTER);
          if (appointmentAt.toLocalDate().isBefore(sentOn)) {
            violations.add(violation(taskKey, APPOINTMENT_AT, "Der Termin am "
                + GermanFormats.dateTime(appointmentAt) + " liegt vor dem Versanddatum des"
                + " Anschreibens (" + day(sentOn) + ") – bitte einen späteren Termin wählen."));
          } else if (appointmentAt.toLocalDate().isAfter(latest)) {
            violations.add(violation(taskKey, APPOINTMENT_AT, "Der Termin am "
                + GermanFormats.dateTime(appointmentAt) + " liegt mehr als drei Monate nach dem"
                + " Versanddatum des Anschreibens (" + day(sentOn) + ") – bitte einen Termin"
                + " bis spätestens " + day(latest) + " wählen."));
          }
        }
      }
      case ProcessKeys.TASK_SEND_EVICTION_LETTER -> notBefore(taskKey, EVICTION_LETTER_SENT_ON,
          parseDate(values.get(EVICTION_LETTER_SENT_ON)),
          parseDate(existing.get(BAILIFF_RECEIVED_ON)),
          "dem Eingang der Mitteilung der Gerichtsvollzieherin", today, violations);
      case ProcessKeys.TASK_RECORD_CONTACT -> notBefore(taskKey, CONTACT_ON,
          parseDate(values.get(CONTACT_ON)), receivedOn, "dem Eingang der Mitteilung", today,
          violations);
      case ProcessKeys.TASK_COUNSELLING -> {
        notBefore(taskKey, COUNSELLING_ON, parseDate(values.get(COUNSELLING_ON)), receivedOn,
            "dem Eingang der Mitteilung", today, violations);
        BigDecimal amount = decimal(values.get(RENT_DEBT_TAKEN_OVER));
        if (amount != null && amount.signum() > 0
            && !Boolean.TRUE.equals(values.get(RENT_DEBT_TAKEOVER))) {
          violations.add(violation(taskKey, RENT_DEBT_TAKEN_OVER, "Ein Betrag gehört zu einer"
              + " Mietschuldenübernahme – bitte „Mietschuldenübernahme beantragt oder bewilligt“"
              + " ankreuzen oder den Betrag entfernen."));
        }
      }
      case ProcessKeys.TASK_CLOSE_CASE -> notBefore(taskKey, CLOSED_ON,
          parseDate(values.get(CLOSED_ON)), receivedOn, "dem Eingang der Mitteilung", today,
          violations);
      case ProcessKeys.TASK_HOME_VISIT_2 -> visitAfterLetter(taskKey, values, existing, receivedOn,
          today, violations);
      case ProcessKeys.TASK_HOME_VISIT_1 -> {
        visitAfterLetter(taskKey, values, existing, receivedOn, today, violations);
        if (Boolean.TRUE.equals(values.get(CONTACT_MADE))
            && Boolean.TRUE.equals(values.get(SECOND_VISIT_WANTED))) {
          violations.add(violation(taskKey, SECOND_VISIT_WANTED, "Ein zweiter Hausbesuch ist nur"
              + " vorgesehen, wenn kein Kontakt hergestellt wurde – bitte das Häkchen entfernen."));
        }
      }
      case ProcessKeys.TASK_ATTEND_EVICTION -> {
        if (Boolean.TRUE.equals(values.get(EVICTION_ATTENDED))) {
          if (isBlank(values.get(EVICTION_STAFF_COUNT))) {
            violations.add(violation(taskKey, EVICTION_STAFF_COUNT, "Die Angabe fehlt – bei einer"
                + " begleiteten Zwangsräumung bitte 1 oder 2 eintragen."));
          }
        } else {
          // not attended: a count means nothing; it is neither checked nor normalised
          violations.removeIf(v -> v.field().equals(EVICTION_STAFF_COUNT));
          completions.remove(EVICTION_STAFF_COUNT);
        }
      }
      default -> { }
    }
  }

  /** A home visit follows the letter that went unanswered; without a letter, the notice. */
  private static void visitAfterLetter(String taskKey, Map<String, Object> values,
      Map<String, ?> existing, LocalDate receivedOn, LocalDate today, List<Violation> violations) {
    LocalDate visitedOn = parseDate(values.get(VISITED_ON));
    LocalDate letterSentOn = parseDate(existing.get(LETTER_SENT_ON));
    if (letterSentOn != null) {
      notBefore(taskKey, VISITED_ON, visitedOn, letterSentOn, "dem Versand des Anschreibens",
          today, violations);
    } else {
      notBefore(taskKey, VISITED_ON, visitedOn, receivedOn, "dem Eingang der Mitteilung", today,
          violations);
    }
  }

  /**
   * The lower bound of a date: not before {@code earliest} (the event it follows), or – when the
   * case does not know that date – not more than {@link #FALLBACK_EARLIEST} before today.
   */
  private static void notBefore(String taskKey, String key, LocalDate date, LocalDate earliest,
      String event, LocalDate today, List<Violation> violations) {
    if (date == null) {
      return;
    }
    if (earliest != null) {
      if (date.isBefore(earliest)) {
        violations.add(violation(taskKey, key, "Der " + day(date) + " liegt vor " + event + " am "
            + day(earliest) + " – bitte ein Datum ab dem " + day(earliest) + " eintragen."));
      }
    } else if (date.isBefore(today.minus(FALLBACK_EARLIEST))) {
      LocalDate earliestAllowed = today.minus(FALLBACK_EARLIEST);
      violations.add(violation(taskKey, key, "Der " + day(date) + " liegt mehr als zwei Jahre"
          + " zurück – bitte das Jahr prüfen (frühestens " + day(earliestAllowed) + ")."));
    }
  }

  private static Violation violation(Field field, String message) {
    return new Violation(field.key(), field.label(), message);
  }

  private static Violation violation(String taskKey, String key, String message) {
    return new Violation(key, labelOf(taskKey, key).orElse(null), message);
  }

  /** A date for a message: 2.3.2026. */
  private static String day(LocalDate date) {
    return GermanFormats.date(date);
  }

  /** A submitted value as a message quotes it, shortened. */
  private static String shown(Object value) {
    String text = String.valueOf(value);
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  // ---- parsing -------------------------------------------------------------------------------

  static LocalDate parseDate(Object value) {
    return value instanceof String s ? DateValues.parseDate(s).orElse(null) : null;
  }

  static LocalDateTime parseDateTime(Object value) {
    return value instanceof String s ? DateValues.parseLocalDateTime(s).orElse(null) : null;
  }

  /** A whole number of any numeric type as Integer; null for fractions, strings and others. */
  static Integer wholeNumber(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte || value instanceof BigInteger) {
      long n = ((Number) value).longValue();
      return n == (int) n ? (int) n : null;
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE
          ? (int) d : null;
    }
    if (value instanceof BigDecimal b) {
      try {
        return b.intValueExact();
      } catch (ArithmeticException e) {
        return null;
      }
    }
    return null;
  }

  /**
   * A number of any numeric type as an exact decimal; null for strings, booleans, NaN and
   * infinities. A Double is taken by its shortest decimal form (1850.1 stays 1850.1).
   */
  static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal b) {
      return b;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    if (value instanceof Double d) {
      return Double.isFinite(d) ? new BigDecimal(Double.toString(d)) : null;
    }
    if (value instanceof Float f) {
      return Float.isFinite(f) ? new BigDecimal(Float.toString(f)) : null;
    }
    return null;
  }

  private static boolean isBlank(Object value) {
    return value == null || value instanceof String s && s.isBlank();
  }

  private static String describe(Map<String, String> choices) {
    List<String> parts = new ArrayList<>();
    choices.forEach((value, label) -> parts.add(value + " (" + label + ")"));
    return String.join(", ", parts);
  }

  // ---- field declarations --------------------------------------------------------------------

  private static Field date(String key, String label, Default fallback) {
    return new Field(key, Kind.DATE, label, true, true, fallback, null);
  }

  private static Field dateTime(String key, String label) {
    return new Field(key, Kind.DATE_TIME, label, true, false, Default.NONE, null);
  }

  private static Field flag(String key, String label, Default fallback) {
    return new Field(key, Kind.BOOLEAN, label, fallback == Default.NONE, false, fallback, null);
  }

  private static Field staffCount(String key, String label, boolean required) {
    return new Field(key, Kind.STAFF_COUNT, label, required, false, Default.NONE, null);
  }

  /** An optional amount in euros. */
  private static Field amount(String key, String label) {
    return new Field(key, Kind.AMOUNT, label, false, false, Default.NONE, null);
  }

  /** An optional free text (a reason), checked like every text. */
  private static Field reason(String key, String label) {
    return new Field(key, Kind.TEXT, label, false, false, Default.NONE, null);
  }

  private static Field choice(String key, String label, Map<String, String> choices) {
    return new Field(key, Kind.CHOICE, label, true, false, Default.NONE, choices);
  }

  private static Map<String, String> orderedMap(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }
}
