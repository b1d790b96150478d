package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import java.util.Optional;

/**
 * The quality standards of the Zielvereinbarung SozWohn 2026–2027 that are measured (SPEC §4) and,
 * for the three deadline standards, their working days. Their targets and minimums are not here:
 * they carry a status (agreed, proposed, none) and change with the agreement, so they come from
 * {@link Targets} per period. The id is the external contract ({@code "1.1"} … {@code
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
  COURT_NOTICE_LETTER("1.1", "Sofortiges Tätigwerden bei Räumungsklagen", 3, "keine Fälle"),
  HOME_VISIT("1.2", "Aktive Kontaktaufnahme inklusive aufsuchender Arbeit", 10, "keine Fälle"),
  BAILIFF_NOTICE_LETTER("1.3", "Sofortiges Tätigwerden – Anschreiben Zwangsräumungen", 3,
      "keine Fälle"),
  EVICTION_ATTENDANCE("1.4", "Begleitung Zwangsräumungen", null, "keine Fälle"),
  UNIFORM_ACCESS("1.5", "Einheitlicher Zugang zu den Sozialen Wohnhilfen", null,
      "keine Selbstauskunft"),
  STAFF_SATISFACTION("2", "Mitarbeitendenzufriedenheit", null, "keine Befragung");

  private final String id;
  private final String title;
  private final Integer workingDays;
  private final String noValueText;

  Standard(String id, String title, Integer workingDays, String noValueText) {
    this.id = id;
    this.title = title;
    this.workingDays = workingDays;
    this.noValueText = noValueText;
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

  /**
   * What the outputs say when a district has no value: „keine Fälle“ (1.1–1.4), „keine
   * Selbstauskunft“ (1.5), „keine Befragung“ (2).
   */
  public String noValueText() {
    return noValueText;
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
