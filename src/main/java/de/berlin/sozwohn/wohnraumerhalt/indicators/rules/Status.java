package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

/** How a value compares with the target and minimum of its standard (SPEC §4). */
public enum Status {
  /** at or above the target */
  MET("met", "Zielwert erreicht"),
  /** below the target, at or above the minimum */
  CORRIDOR("corridor", "im Korridor"),
  /** below the minimum */
  BELOW("below", "unter dem Mindestwert");

  private final String code;
  private final String german;

  Status(String code, String german) {
    this.code = code;
    this.german = german;
  }

  /** As in the JSON of {@code /api/kpi}. */
  public String code() {
    return code;
  }

  public String german() {
    return german;
  }
}
