package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import java.util.Optional;

/**
 * The quality standards of the Zielvereinbarung SozWohn 2026–2027 that are measured (SPEC §4), with
 * their target and minimum (perspective values of the AG Fachstellenkonzept) and, for the three
 * deadline standards, their working days. The id is the external contract ({@code "1.1"} … {@code
 * "2"}).
 *
 * <p>The working days are the one place of the deadlines: the indicator rules count with them, the
 * models' due dates and timers take them by id ({@code ${deadlines.due('1.2', letterSentOn)}}), the
 * forms show the due day computed from them. 1.1: "innerhalb von 3 Arbeitstagen nach Eingang der
 * Mitteilung" (standard letter); 1.2: "innerhalb von 10 Arbeitstagen nach Versand des Anschreibens"
 * (first home visit without reaction); 1.3: "innerhalb von 3 Arbeitstagen nach Eingang der
 * Mitteilung der Gerichtsvollzieherin" (eviction letter).
 */
public enum Standard {
  COURT_NOTICE_LETTER("1.1", "Sofortiges Tätigwerden bei Räumungsklagen", 100, 80, 3),
  HOME_VISIT("1.2", "Aktive Kontaktaufnahme inklusive aufsuchender Arbeit", 90, 60, 10),
  BAILIFF_NOTICE_LETTER("1.3", "Sofortiges Tätigwerden – Anschreiben Zwangsräumungen", 100, 90, 3),
  EVICTION_ATTENDANCE("1.4", "Begleitung Zwangsräumungen", null, null, null),
  UNIFORM_ACCESS("1.5", "Einheitlicher Zugang zu den Sozialen Wohnhilfen", 100, 90, null),
  STAFF_SATISFACTION("2", "Mitarbeitendenzufriedenheit", 65, 59, null);

  private final String id;
  private final String title;
  private final Integer target;
  private final Integer minimum;
  private final Integer workingDays;

  Standard(String id, String title, Integer target, Integer minimum, Integer workingDays) {
    this.id = id;
    this.title = title;
    this.target = target;
    this.minimum = minimum;
    this.workingDays = workingDays;
  }

  /**
   * The deadline of a deadline standard (1.1, 1.2, 1.3) in working days.
   *
   * @throws IllegalStateException for a standard without a deadline
   */
  public int workingDays() {
    if (workingDays == null) {
      throw new IllegalStateException("Standard " + id + " hat keine Frist in Arbeitstagen.");
    }
    return workingDays;
  }

  /**
   * The deadline standard with this id ({@code "1.1"}, {@code "1.2"}, {@code "1.3"}).
   *
   * @throws IllegalArgumentException for another id – a model with a wrong id fails loudly
   */
  public static Standard deadline(String id) {
    return byId(id).filter(s -> s.workingDays != null).orElseThrow(() ->
        new IllegalArgumentException("Kein Qualitätsstandard mit Frist: „" + id
            + "“ (erwartet: 1.1, 1.2 oder 1.3)."));
  }

  public String id() {
    return id;
  }

  /** German title as in the Zielvereinbarung. */
  public String title() {
    return title;
  }

  /** Target value (percent, or the 0–100 scale for standard 2); null when none is agreed yet. */
  public Integer target() {
    return target;
  }

  /** Minimum value; null when none is agreed yet. */
  public Integer minimum() {
    return minimum;
  }

  public static Optional<Standard> byId(String id) {
    for (Standard standard : values()) {
      if (standard.id.equals(id)) {
        return Optional.of(standard);
      }
    }
    return Optional.empty();
  }
}
