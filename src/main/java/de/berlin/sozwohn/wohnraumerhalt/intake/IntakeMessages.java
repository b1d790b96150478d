package de.berlin.sozwohn.wohnraumerhalt.intake;

import de.berlin.sozwohn.wohnraumerhalt.Districts;

/**
 * The German sentences the intake answers with, shared by both doors: the REST API ({@link
 * IntakeProblems}) and the start forms in Tasklist ({@link NoticeFormEntry}).
 */
final class IntakeMessages {

  static String duplicate(String existingCaseId) {
    return existingCaseId == null
        ? "Zu diesem Gericht und Aktenzeichen wird gerade ein Fall angelegt. Es wurde nichts gespeichert."
        : "Zu diesem Gericht und Aktenzeichen besteht bereits der Fall " + existingCaseId
            + ". Es wurde kein zweiter Fall angelegt.";
  }

  static String duplicateBailiff(String existingCaseId) {
    return existingCaseId == null
        ? "Zu diesem Aktenzeichen der Gerichtsvollzieherin wird gerade eine Mitteilung erfasst. "
            + "Es wurde nichts gespeichert."
        : "Die Mitteilung der Gerichtsvollzieherin mit diesem Aktenzeichen ist bereits im Fall "
            + existingCaseId + " erfasst. Sie wurde nicht noch einmal gespeichert.";
  }

  static String foreignDistrict(String district) {
    String name = Districts.displayName(district).orElse(district);
    return "Sie dürfen keine Mitteilungen für den Bezirk " + name + " („" + district
        + "“) erfassen, nur für Ihren eigenen Bezirk.";
  }

  static String notReceiving(String caseId) {
    return "Der offene Fall " + caseId + " kann die Mitteilung der Gerichtsvollzieherin derzeit "
        + "nicht aufnehmen. Es wurde nichts gespeichert; bitte wenden Sie sich an den Betrieb.";
  }

  private IntakeMessages() {}
}
