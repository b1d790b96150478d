package de.berlin.sozwohn.wohnraumerhalt.modelcheck;

/** How bad a finding is: errors stop a deployment and fail the command, warnings are advice. */
public enum Severity {
  ERROR("FEHLER"),
  WARNING("WARNUNG");

  private final String german;

  Severity(String german) {
    this.german = german;
  }

  public String german() {
    return german;
  }
}
