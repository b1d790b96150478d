package de.berlin.sozwohn.wohnraumerhalt.intake;

import java.util.List;

/** A notice with bad fields (HTTP 400); nothing was stored. */
public class NoticeRejectedException extends RuntimeException {

  private final List<Violation> violations;

  public NoticeRejectedException(List<Violation> violations) {
    super("Ungültige Mitteilung: " + violations.stream().map(Violation::field).toList());
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
