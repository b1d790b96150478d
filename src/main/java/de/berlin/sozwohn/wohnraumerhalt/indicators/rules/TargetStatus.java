package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

/**
 * How binding a target or minimum is, as the Zielvereinbarung states it: agreed ("vereinbart"),
 * proposed (a perspective value of the AG Fachstellenkonzept, "Ist für die Folgezielvereinbarung
 * zu definieren") or not set at all. A proposed value is never shown as a plain "Zielwert": every
 * output carries its status.
 */
public enum TargetStatus {
  AGREED("agreed", "vereinbart"),
  PROPOSED("proposed", "Vorschlag"),
  NONE("none", "nicht festgelegt");

  private final String code;
  private final String german;

  TargetStatus(String code, String german) {
    this.code = code;
    this.german = german;
  }

  /** As in the JSON ({@code targetStatus}, {@code minimumStatus}) and the configuration. */
  public String code() {
    return code;
  }

  /** As in the CSV and on the Cockpit page ("Zielwert 100 % (Vorschlag)"). */
  public String german() {
    return german;
  }

  /**
   * @throws IllegalArgumentException for an unknown code, with a German message naming it
   */
  public static TargetStatus ofCode(String code) {
    for (TargetStatus status : values()) {
      if (status.code.equals(code)) {
        return status;
      }
    }
    throw new IllegalArgumentException("Unbekannter Status „" + code
        + "“ (erlaubt: agreed, proposed, none).");
  }
}
