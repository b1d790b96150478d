package de.berlin.sozwohn.wohnraumerhalt.indicators;

import java.util.List;

/** Bad request parameters (400); each violation names its parameter. */
public class KpiParameterException extends RuntimeException {

  /** One bad parameter: its name and a German message. */
  public record Violation(String field, String message) {}

  private final List<Violation> violations;

  public KpiParameterException(List<Violation> violations) {
    super(violations.toString());
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
