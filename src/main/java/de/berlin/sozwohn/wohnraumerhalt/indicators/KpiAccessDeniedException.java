package de.berlin.sozwohn.wohnraumerhalt.indicators;

/** The user may not see or change the indicator data asked for (403). */
public class KpiAccessDeniedException extends RuntimeException {

  private final String district;
  private final String detail;

  /** @param district the district asked for, or null when the reader may see none at all */
  public KpiAccessDeniedException(String district) {
    this(district, null);
  }

  /**
   * @param district the district concerned, or null
   * @param detail the German message; null for the standard one
   */
  public KpiAccessDeniedException(String district, String detail) {
    super(district == null ? "no access" : "district " + district);
    this.district = district;
    this.detail = detail;
  }

  public String district() {
    return district;
  }

  /** The German message, or null for the standard one. */
  public String detail() {
    return detail;
  }
}
