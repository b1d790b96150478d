package de.berlin.sozwohn.wohnraumerhalt.modelcheck;

/**
 * One finding of the model check: the rule, the element (id and name, as far as it has them) and a
 * German message that names the element.
 */
public record Finding(Rule rule, String elementId, String elementName, String message) {

  public Severity severity() {
    return rule.severity();
  }

  public boolean isError() {
    return rule.severity() == Severity.ERROR;
  }

  /** "FEHLER [ppbe-minuten] Benutzeraufgabe „Kontakt erfassen“ (RecordContact): … " */
  public String toGerman() {
    return rule.severity().german() + " [" + rule.id() + "] " + message;
  }

  /** The message followed by the rule's explanation, for the command line. */
  public String toGermanWithExplanation() {
    return toGerman() + System.lineSeparator() + "        → " + rule.explanation();
  }
}
