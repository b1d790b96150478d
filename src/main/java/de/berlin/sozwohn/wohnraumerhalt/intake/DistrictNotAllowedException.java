package de.berlin.sozwohn.wohnraumerhalt.intake;

/** The user does not work for the notice's district (HTTP 403). */
public class DistrictNotAllowedException extends RuntimeException {

  private final String district;

  public DistrictNotAllowedException(String district) {
    super("Kein Zugriff auf Bezirk " + district);
    this.district = district;
  }

  public String district() {
    return district;
  }
}
