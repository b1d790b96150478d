package de.berlin.sozwohn.wohnraumerhalt.indicators;

import java.util.Optional;

/**
 * The quality standards of the Zielvereinbarung SozWohn 2026–2027 that are measured (SPEC §4), with
 * their target and minimum (perspective values of the AG Fachstellenkonzept). The id is the
 * external contract ({@code "1.1"} … {@code "2"}).
 */
public enum Standard {
  COURT_NOTICE_LETTER("1.1", "Sofortiges Tätigwerden bei Räumungsklagen", 100, 80),
  HOME_VISIT("1.2", "Aktive Kontaktaufnahme inklusive aufsuchender Arbeit", 90, 60),
  BAILIFF_NOTICE_LETTER("1.3", "Sofortiges Tätigwerden – Anschreiben Zwangsräumungen", 100, 90),
  EVICTION_ATTENDANCE("1.4", "Begleitung Zwangsräumungen", null, null),
  UNIFORM_ACCESS("1.5", "Einheitlicher Zugang zu den Sozialen Wohnhilfen", 100, 90),
  STAFF_SATISFACTION("2", "Mitarbeitendenzufriedenheit", 65, 59);

  private final String id;
  private final String title;
  private final Integer target;
  private final Integer minimum;

  Standard(String id, String title, Integer target, Integer minimum) {
    this.id = id;
    this.title = title;
    this.target = target;
    this.minimum = minimum;
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
