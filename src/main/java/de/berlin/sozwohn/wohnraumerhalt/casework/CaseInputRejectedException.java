package de.berlin.sozwohn.wohnraumerhalt.casework;

import de.berlin.sozwohn.wohnraumerhalt.intake.Violation;
import java.util.List;

/** Bad fields of a case event or correction (400); nothing was changed. */
public class CaseInputRejectedException extends RuntimeException {

  private final List<Violation> violations;

  public CaseInputRejectedException(List<Violation> violations) {
    super(violations.toString());
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
