package de.berlin.sozwohn.wohnraumerhalt.intake;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.calendar.DateValues;
import de.berlin.sozwohn.wohnraumerhalt.process.GermanFormats;
import de.berlin.sozwohn.wohnraumerhalt.process.TextCharacters;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Checks a court or bailiff notice (SPEC §3 steps 1 and 6) and reports every bad field at once,
 * each with its JSON path ({@code household.postalCode}) and a German message. Plain Java: "today"
 * is passed in (the application passes the engine's clock in Europe/Berlin).
 *
 * <p>Rules beyond the obvious required fields:
 * <ul>
 *   <li>{@code receivedOn} is an ISO date (2026-03-02), not in the future and not more than
 *       {@code maxNoticeAge} (default one year) back – an older date is almost certainly a typo
 *       (wrong year) and would falsify indicator 1.1/1.3, so it is rejected, not just warned about;</li>
 *   <li>the postal code has five digits and lies in Berlin (10115–14199): the Fachstellen only
 *       work for Berlin households;</li>
 *   <li>{@code evictionAt} is an ISO local date-time (2026-05-12T09:00; seconds or an offset are
 *       accepted and normalised), not before {@code receivedOn} and at most {@link
 *       #EVICTION_AFTER_RECEIPT one year} after it: a bailiff announces an eviction weeks, rarely
 *       months ahead (§ 128 GVGA: at least three weeks); 9999-12-31 is a typo, and a postponement
 *       is a case event, not a new notice;</li>
 *   <li>{@code hearingOn} (optional) lies at most {@link #HEARING_BEFORE_RECEIPT one year} before
 *       and {@link #HEARING_AFTER_RECEIPT two years} after {@code receivedOn}: the court tells the
 *       Fachstelle about a lawsuit when it is filed, the hearing follows within months; a notice
 *       that arrives late may name a past hearing, but not one from 0001-01-01;</li>
 *   <li>{@code servedOn} (optional: when the lawsuit was served on the household) lies at most
 *       {@link #SERVICE_BEFORE_RECEIPT one year} before {@code receivedOn} and not after today;</li>
 *   <li>on a bailiff notice {@code court} and {@code courtFileNumber} come together or not at all;</li>
 *   <li>text fields have maximum lengths – counted also in NFKC, the form the duplicate keys use,
 *       so that a key always fits its column – and no control characters (no line breaks in a
 *       name), no lone surrogates and no format characters that change how text is shown (bidi
 *       overrides, isolates, …): see {@link TextCharacters}, which also says which invisible
 *       characters are allowed. A text of invisible characters only counts as missing;</li>
 *   <li>names – the household's name, street and city, the landlord, the court – contain at
 *       least one letter: "123", "---" or a zero-width space is no name.</li>
 * </ul>
 */
public final class NoticeValidator {

  public static final int MAX_TEXT = 200;
  public static final int MAX_REFERENCE = 100;
  public static final int MAX_CITY = 100;
  public static final int MAX_EMAIL = 254;
  public static final int MAX_PHONE = 30;
  public static final int BERLIN_POSTAL_CODE_MIN = 10115;
  public static final int BERLIN_POSTAL_CODE_MAX = 14199;
  public static final BigDecimal MAX_ARREARS = new BigDecimal("999999.99");
  /** How far before {@code receivedOn} a hearing may lie (a notice that arrived late). */
  public static final Period HEARING_BEFORE_RECEIPT = Period.ofYears(1);
  /** How far after {@code receivedOn} a hearing may lie. */
  public static final Period HEARING_AFTER_RECEIPT = Period.ofYears(2);
  /**
   * How far before {@code receivedOn} the lawsuit may have been served (the court tells the
   * Fachstelle about a lawsuit when it is filed, so service usually follows; a late notice comes
   * after it). It cannot lie in the future.
   */
  public static final Period SERVICE_BEFORE_RECEIPT = Period.ofYears(1);
  /** How far after the bailiff notice's {@code receivedOn} the eviction may lie. */
  public static final Period EVICTION_AFTER_RECEIPT = Period.ofYears(1);

  private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");
  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)*\\.[A-Za-z]{2,}");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()/\\-]+");

  private final Supplier<LocalDate> today;
  private final Period maxNoticeAge;
  private final DateValues dates;

  /**
   * @param today today's date (the application: engine clock in Europe/Berlin)
   * @param maxNoticeAge how far back {@code receivedOn} may lie
   * @param zone zone in which date-times with an offset are read
   */
  public NoticeValidator(Supplier<LocalDate> today, Period maxNoticeAge, ZoneId zone) {
    this.today = Objects.requireNonNull(today);
    this.maxNoticeAge = Objects.requireNonNull(maxNoticeAge);
    this.dates = new DateValues(Objects.requireNonNull(zone));
  }

  /** Today by the clock this validator was given. */
  public LocalDate today() {
    return today.get();
  }

  /**
   * The court notice read: text trimmed, dates parsed. Only for a notice {@link
   * #validate(CourtNoticeRequest)} found no fault with.
   *
   * @throws IllegalStateException when a date cannot be read (the notice was not validated)
   */
  public CourtNotice parse(CourtNoticeRequest notice) {
    return new CourtNotice(clean(notice.district()), clean(notice.court()),
        clean(notice.courtFileNumber()), required(parseDate(notice.receivedOn())),
        household(notice.household()), clean(notice.landlord()), notice.arrears(),
        parseDate(notice.hearingOn()).orElse(null), parseDate(notice.servedOn()).orElse(null));
  }

  /**
   * The bailiff notice read: text trimmed, dates parsed, the eviction in this zone to the minute.
   * Only for a notice {@link #validate(BailiffNoticeRequest)} found no fault with.
   *
   * @throws IllegalStateException when a date cannot be read (the notice was not validated)
   */
  public BailiffNotice parse(BailiffNoticeRequest notice) {
    return new BailiffNotice(clean(notice.district()), clean(notice.bailiffReference()),
        required(parseDate(notice.receivedOn())), required(parseDateTime(notice.evictionAt())),
        household(notice.household()), clean(notice.court()), clean(notice.courtFileNumber()));
  }

  private static HouseholdData household(HouseholdData household) {
    return new HouseholdData(clean(household.name()), clean(household.street()),
        clean(household.postalCode()), clean(household.city()), clean(household.phone()),
        clean(household.email()));
  }

  private static <T> T required(Optional<T> value) {
    return value.orElseThrow(() -> new IllegalStateException(
        "Mitteilung ungeprüft gelesen: ein Pflichtdatum fehlt oder ist ungültig"));
  }

  /**
   * A single receipt date, checked as the intake checks a notice's {@code receivedOn} (a
   * correction, a case event's day). Violations name the field {@code receivedOn}.
   */
  public Optional<LocalDate> receivedOn(String value, List<Violation> violations) {
    Checks checks = new Checks(today.get());
    Optional<LocalDate> date = checks.receivedOn(value);
    violations.addAll(checks.violations);
    return date;
  }

  /**
   * A new eviction date and time (case event "eviction-postponed"), as the intake checks a notice's
   * {@code evictionAt}: not before {@code earliest}, at most a year after it.
   */
  public Optional<LocalDateTime> evictionAt(String value, LocalDate earliest,
      List<Violation> violations) {
    Checks checks = new Checks(today.get());
    Optional<LocalDateTime> evictionAt = checks.evictionAt(value);
    if (evictionAt.isPresent()) {
      LocalDate day = evictionAt.get().toLocalDate();
      if (day.isBefore(earliest)) {
        checks.add("evictionAt", "Der neue Räumungstermin " + german(day) + " liegt vor "
            + german(earliest) + ".");
      } else if (day.isAfter(earliest.plus(EVICTION_AFTER_RECEIPT))) {
        checks.add("evictionAt", "Der neue Räumungstermin " + german(day)
            + " liegt mehr als ein Jahr nach " + german(earliest) + " – bitte das Jahr prüfen.");
      }
    }
    violations.addAll(checks.violations);
    return checks.violations.isEmpty() ? evictionAt : Optional.empty();
  }

  /** A required free text (a reason), checked as the intake checks a notice's texts. */
  public String requiredText(String field, String label, String value, int maxLength,
      List<Violation> violations) {
    Checks checks = new Checks(today.get());
    String text = checks.requiredText(field, label, value, maxLength);
    violations.addAll(checks.violations);
    return checks.violations.isEmpty() ? text : null;
  }

  public List<Violation> validate(CourtNoticeRequest notice) {
    Checks checks = new Checks(today.get());
    if (notice == null) {
      checks.add("", "Die Anfrage enthält keine Mitteilung.");
      return checks.violations;
    }
    checks.district(notice.district());
    checks.requiredName("court", "Gericht", notice.court(), MAX_TEXT);
    checks.requiredText("courtFileNumber", "Aktenzeichen", notice.courtFileNumber(), MAX_REFERENCE);
    Optional<LocalDate> receivedOn = checks.receivedOn(notice.receivedOn());
    checks.household(notice.household());
    checks.optionalName("landlord", "Vermieter", notice.landlord(), MAX_TEXT);
    checks.arrears(notice.arrears());
    Optional<LocalDate> hearingOn =
        checks.optionalDate("hearingOn", "Verhandlungstermin", notice.hearingOn());
    if (receivedOn.isPresent() && hearingOn.isPresent()) {
      checks.window("hearingOn", "Der Verhandlungstermin", hearingOn.get(),
          receivedOn.get().minus(HEARING_BEFORE_RECEIPT),
          receivedOn.get().plus(HEARING_AFTER_RECEIPT),
          "ein Jahr vor bis zwei Jahre nach dem Eingang der Mitteilung (" + german(receivedOn.get())
              + ")");
    }
    Optional<LocalDate> servedOn =
        checks.optionalDate("servedOn", "Zustellung der Klage", notice.servedOn());
    if (receivedOn.isPresent() && servedOn.isPresent()) {
      checks.window("servedOn", "Der Tag der Zustellung der Klage", servedOn.get(),
          receivedOn.get().minus(SERVICE_BEFORE_RECEIPT), today.get(),
          "ein Jahr vor dem Eingang der Mitteilung (" + german(receivedOn.get())
              + ") bis heute (" + german(today.get()) + ")");
    }
    return checks.violations;
  }

  public List<Violation> validate(BailiffNoticeRequest notice) {
    Checks checks = new Checks(today.get());
    if (notice == null) {
      checks.add("", "Die Anfrage enthält keine Mitteilung.");
      return checks.violations;
    }
    checks.district(notice.district());
    checks.requiredText("bailiffReference", "Aktenzeichen der Gerichtsvollzieherin",
        notice.bailiffReference(), MAX_REFERENCE);
    Optional<LocalDate> receivedOn = checks.receivedOn(notice.receivedOn());
    Optional<LocalDateTime> evictionAt = checks.evictionAt(notice.evictionAt());
    if (receivedOn.isPresent() && evictionAt.isPresent()) {
      LocalDate evictionDay = evictionAt.get().toLocalDate();
      LocalDate latest = receivedOn.get().plus(EVICTION_AFTER_RECEIPT);
      if (evictionDay.isBefore(receivedOn.get())) {
        checks.add("evictionAt", "Der Räumungstermin " + german(evictionDay)
            + " liegt vor dem Eingang der Mitteilung (" + german(receivedOn.get()) + ").");
      } else if (evictionDay.isAfter(latest)) {
        checks.add("evictionAt", "Der Räumungstermin " + german(evictionDay) + " liegt mehr als ein"
            + " Jahr nach dem Eingang der Mitteilung (spätestens " + german(latest) + ") – bitte das"
            + " Jahr prüfen.");
      }
    }
    checks.household(notice.household());
    boolean hasCourt = clean(notice.court()) != null;
    boolean hasFile = clean(notice.courtFileNumber()) != null;
    if (hasCourt && !hasFile) {
      checks.add("courtFileNumber",
          "Aktenzeichen fehlt: Gericht und Aktenzeichen nur gemeinsam angeben.");
    } else if (hasFile && !hasCourt) {
      checks.add("court", "Gericht fehlt: Gericht und Aktenzeichen nur gemeinsam angeben.");
    }
    checks.optionalName("court", "Gericht", notice.court(), MAX_TEXT);
    checks.optionalText("courtFileNumber", "Aktenzeichen", notice.courtFileNumber(), MAX_REFERENCE);
    return checks.violations;
  }

  /** A date as a message shows it: 2.3.2026. */
  private static String german(LocalDate date) {
    return GermanFormats.date(date);
  }

  /** Trimmed text, or null when null or blank. */
  public static String clean(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  /** An ISO date ("2026-03-02") or empty when absent or not a date ({@link DateValues}). */
  public static Optional<LocalDate> parseDate(String value) {
    return DateValues.parseDate(value);
  }

  /**
   * An ISO local date-time ("2026-05-12T09:00", seconds allowed) or one with an offset, read in
   * this validator's zone, to the minute; empty when absent or not a date-time.
   */
  public Optional<LocalDateTime> parseDateTime(String value) {
    return dates.parseDateTime(value).map(t -> t.truncatedTo(ChronoUnit.MINUTES));
  }

  /** The form format of a date-time: "2026-05-12T09:00". */
  public static String formatDateTime(LocalDateTime value) {
    return DateValues.formatDateTime(value);
  }

  private final class Checks {

    private final List<Violation> violations = new ArrayList<>();
    private final LocalDate today;

    private Checks(LocalDate today) {
      this.today = today;
    }

    void add(String field, String message) {
      violations.add(new Violation(field, message));
    }

    void district(String value) {
      String district = clean(value);
      if (district == null) {
        add("district", "Pflichtangabe „Bezirk“ fehlt.");
      } else if (!Districts.isKnown(district)) {
        add("district", "Unbekannter Bezirk „" + shorten(district) + "“. Erlaubt sind: "
            + String.join(", ", Districts.IDS) + ".");
      }
    }

    /** Checks a required text; returns the cleaned text when present. */
    String requiredText(String field, String label, String value, int maxLength) {
      String text = clean(value);
      if (text == null) {
        add(field, "Pflichtangabe „" + label + "“ fehlt.");
        return null;
      }
      return text(field, label, text, maxLength);
    }

    String optionalText(String field, String label, String value, int maxLength) {
      String text = clean(value);
      return text == null ? null : text(field, label, text, maxLength);
    }

    /** A name: a text with at least one letter. */
    String requiredName(String field, String label, String value, int maxLength) {
      return letters(field, label, requiredText(field, label, value, maxLength));
    }

    String optionalName(String field, String label, String value, int maxLength) {
      return letters(field, label, optionalText(field, label, value, maxLength));
    }

    private String letters(String field, String label, String text) {
      if (text != null && !TextCharacters.hasLetter(text)) {
        add(field, "„" + label + "“ muss mindestens einen Buchstaben enthalten.");
        return null;
      }
      return text;
    }

    private String text(String field, String label, String text, int maxLength) {
      // NFKC may make a text longer ("ﷺ" is 18 characters): the duplicate keys must fit their column
      int length = Math.max(text.length(), Normalizer.normalize(text, Normalizer.Form.NFKC).length());
      if (length > maxLength) {
        add(field, "„" + label + "“ ist zu lang (" + length + " Zeichen, höchstens "
            + maxLength + ").");
        return null;
      }
      Optional<String> characters = TextCharacters.problem(text, false);
      if (characters.isPresent()) {
        add(field, "„" + label + "“ " + characters.get() + ".");
        return null;
      }
      if (!TextCharacters.hasVisible(text)) {
        add(field, "„" + label + "“ enthält nur unsichtbare Zeichen – bitte ausfüllen.");
        return null;
      }
      return text;
    }

    /** A date that must lie between {@code earliest} and {@code latest} (both included). */
    void window(String field, String label, LocalDate date, LocalDate earliest, LocalDate latest,
        String window) {
      if (date.isBefore(earliest) || date.isAfter(latest)) {
        add(field, label + " " + german(date) + " ist unplausibel: erlaubt ist " + window
            + ", also " + german(earliest) + " bis " + german(latest) + " – bitte das Jahr prüfen.");
      }
    }

    Optional<LocalDate> receivedOn(String value) {
      Optional<LocalDate> date = requiredDate("receivedOn", "Eingangsdatum", value);
      if (date.isEmpty()) {
        return date;
      }
      if (date.get().isAfter(today)) {
        add("receivedOn", "Das Eingangsdatum " + german(date.get()) + " liegt in der Zukunft (heute"
            + " ist der " + german(today) + ") – bitte den Tag des Eingangs eintragen.");
        return Optional.empty();
      }
      LocalDate earliest = today.minus(maxNoticeAge);
      if (date.get().isBefore(earliest)) {
        add("receivedOn", "Das Eingangsdatum " + german(date.get()) + " liegt zu weit zurück"
            + " (frühestens " + german(earliest) + ") – bitte das Jahr prüfen.");
        return Optional.empty();
      }
      return date;
    }

    private Optional<LocalDate> requiredDate(String field, String label, String value) {
      if (clean(value) == null) {
        add(field, "Pflichtangabe „" + label + "“ fehlt.");
        return Optional.empty();
      }
      return date(field, label, value);
    }

    Optional<LocalDate> optionalDate(String field, String label, String value) {
      return clean(value) == null ? Optional.empty() : date(field, label, value);
    }

    private Optional<LocalDate> date(String field, String label, String value) {
      Optional<LocalDate> date = parseDate(value);
      if (date.isEmpty()) {
        add(field, "„" + label + "“ ist kein gültiges Datum: „" + shorten(clean(value))
            + "“. Erwartet wird JJJJ-MM-TT, z. B. 2026-03-02.");
      }
      return date;
    }

    Optional<LocalDateTime> evictionAt(String value) {
      if (clean(value) == null) {
        add("evictionAt", "Pflichtangabe „Räumungstermin“ fehlt.");
        return Optional.empty();
      }
      Optional<LocalDateTime> dateTime = parseDateTime(value);
      if (dateTime.isEmpty()) {
        add("evictionAt", "„Räumungstermin“ ist kein gültiger Zeitpunkt: „" + shorten(clean(value))
            + "“. Erwartet wird JJJJ-MM-TTTHH:MM, z. B. 2026-05-12T09:00.");
      }
      return dateTime;
    }

    void household(HouseholdData household) {
      if (household == null) {
        add("household", "Pflichtangabe „Haushalt“ fehlt (Name, Straße, Postleitzahl).");
        return;
      }
      requiredName("household.name", "Name", household.name(), MAX_TEXT);
      requiredName("household.street", "Straße und Hausnummer", household.street(), MAX_TEXT);
      postalCode(household.postalCode());
      optionalName("household.city", "Ort", household.city(), MAX_CITY);
      phone(household.phone());
      email(household.email());
    }

    private void postalCode(String value) {
      String code = clean(value);
      if (code == null) {
        add("household.postalCode", "Pflichtangabe „Postleitzahl“ fehlt.");
      } else if (!FIVE_DIGITS.matcher(code).matches()) {
        add("household.postalCode", "Die Postleitzahl „" + shorten(code)
            + "“ muss aus fünf Ziffern bestehen, z. B. 10115.");
      } else {
        int number = Integer.parseInt(code);
        if (number < BERLIN_POSTAL_CODE_MIN || number > BERLIN_POSTAL_CODE_MAX) {
          add("household.postalCode", "Die Postleitzahl " + code + " liegt nicht in Berlin ("
              + BERLIN_POSTAL_CODE_MIN + "–" + BERLIN_POSTAL_CODE_MAX
              + "); die Fachstellen sind für Berliner Haushalte zuständig.");
        }
      }
    }

    private void phone(String value) {
      String phone = optionalText("household.phone", "Telefonnummer", value, MAX_PHONE);
      if (phone == null) {
        return;
      }
      long digits = phone.chars().filter(Character::isDigit).count();
      if (!PHONE.matcher(phone).matches() || digits < 6 || digits > 15) {
        add("household.phone", "Die Telefonnummer „" + phone + "“ ist ungültig: erlaubt sind "
            + "6 bis 15 Ziffern mit Leerzeichen, +, (, ), / und -, z. B. 030 9018-12345.");
      }
    }

    private void email(String value) {
      String email = optionalText("household.email", "E-Mail-Adresse", value, MAX_EMAIL);
      if (email != null && !EMAIL.matcher(email).matches()) {
        add("household.email", "Die E-Mail-Adresse „" + email
            + "“ ist ungültig, z. B. name@beispiel.de.");
      }
    }

    void arrears(BigDecimal arrears) {
      if (arrears == null) {
        return;
      }
      if (arrears.signum() < 0) {
        add("arrears", "Der Mietrückstand darf nicht negativ sein.");
      } else if (arrears.compareTo(MAX_ARREARS) > 0) {
        add("arrears", "Der Mietrückstand ist unplausibel hoch (höchstens 999.999,99 €).");
      } else if (arrears.stripTrailingZeros().scale() > 2) {
        add("arrears", "Der Mietrückstand hat höchstens zwei Nachkommastellen (Euro und Cent).");
      }
    }
  }

  /**
   * Echoes user input in messages only briefly, and without characters that would garble the
   * message (controls, format characters, lone surrogates become "�").
   */
  private static String shorten(String text) {
    String shown = text.length() <= 40 ? text : text.substring(0, 40) + "…";
    StringBuilder safe = new StringBuilder(shown.length());
    shown.codePoints().forEach(c -> {
      int type = Character.getType(c);
      safe.appendCodePoint(type == Character.CONTROL || type == Character.FORMAT
          || type == Character.SURROGATE ? 0xFFFD : c);
    });
    return safe.toString();
  }
}
