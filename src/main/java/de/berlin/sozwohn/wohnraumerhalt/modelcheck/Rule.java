package de.berlin.sozwohn.wohnraumerhalt.modelcheck;

import static de.berlin.sozwohn.wohnraumerhalt.modelcheck.Severity.ERROR;
import static de.berlin.sozwohn.wohnraumerhalt.modelcheck.Severity.WARNING;

/**
 * The rules of the Berlin modelling convention as the model check enforces them (SPEC §6), each
 * with its severity, a German id and a short German explanation for the consultant.
 *
 * <p>Errors are what makes a model run wrongly, not run, unreadable in Camunda Modeler, or unusable
 * for staffing needs (PPBE); warnings are matters of style and documentation, including all name
 * checks (heuristics on German grammar that must never block a deployment).
 */
public enum Rule {

  START_AND_END(ERROR, "start-und-ende",
      "Jeder Prozess und Teilprozess beginnt mit einem Startereignis und endet mit mindestens einem "
          + "Endereignis – so ist erkennbar, wodurch er ausgelöst wird und wann er fertig ist."),
  NO_SCRIPTS(ERROR, "keine-skripte",
      "Skripte (Skriptaufgaben, Skript-Listener, Skript-Bedingungen) verstecken Fachlogik im Modell; "
          + "Logik gehört in getestete Java-Beans, die Ausdrücke wie ${deadlines…} aufrufen."),
  HISTORY_TIME_TO_LIVE(ERROR, "aufbewahrungsfrist",
      "Ausführbare Prozesse brauchen eine Aufbewahrungsfrist der Historie (historyTimeToLive), damit "
          + "personenbezogene Daten nach Fristablauf gelöscht werden."),
  DIAGRAM(ERROR, "diagramm",
      "Jedes Element braucht eine Form bzw. Kante im Diagramm, sonst ist es in Camunda Modeler "
          + "unsichtbar und das Modell nicht lesbar."),
  CANDIDATE_GROUPS(ERROR, "kandidatengruppe",
      "Jede Benutzeraufgabe nennt ihre Kandidatengruppe (Rolle), sonst sieht sie niemand in der "
          + "Tasklist."),
  PPBE_MINUTES(ERROR, "ppbe-minuten",
      "Jede Benutzeraufgabe trägt die mittlere Bearbeitungszeit in Minuten (Erweiterungseigenschaft "
          + "ppbe:minutes, Zahl größer 0) für die Personalbedarfsermittlung."),
  PPBE_PROBABILITY(ERROR, "ppbe-wahrscheinlichkeit",
      "Jeder ausgehende Fluss eines exklusiven Gateways trägt ppbe:probability in Prozent; zusammen "
          + "ergeben sie 100. Andere Wahrscheinlichkeiten liegen zwischen 0 und 100."),
  PPBE_CASES(ERROR, "ppbe-fallzahl",
      "Mindestens ein Startereignis des Prozesses trägt die geplante jährliche Fallzahl "
          + "(ppbe:casesPerYear, Zahl ab 0) für die Personalbedarfsermittlung."),
  PPBE_CASES_START(WARNING, "ppbe-fallzahl-start",
      "Ein Startereignis ohne ppbe:casesPerYear zählt in der Personalbedarfsermittlung mit 0 Fällen; "
          + "bei Ereignis-Teilprozessen ist es die Zahl der Auslösungen pro Jahr."),
  PPBE_BOUNDARY(WARNING, "ppbe-randereignis",
      "Aufgaben hinter einem Randereignis zählen in der Personalbedarfsermittlung nur, wenn das "
          + "Randereignis ppbe:probability trägt (Anteil der Fälle, in denen es eintritt) oder eine "
          + "Eskalation bzw. ein Fehler aus dem Teilprozess ist."),
  SPLIT_JOIN(ERROR, "verzweigung-zusammenfuehrung",
      "Eine Verzweigung wird durch ein Gateway desselben Typs zusammengeführt: parallel durch "
          + "parallel, exklusiv durch exklusiv. Sonst bleibt der Prozess hängen oder läuft doppelt."),
  SPLIT_IMPLICIT_JOIN(WARNING, "zusammenfuehrung-ohne-gateway",
      "Zweige einer exklusiven Verzweigung werden durch ein exklusives Gateway zusammengeführt, nicht "
          + "durch mehrere eingehende Flüsse an einer Aktivität oder einem Ereignis."),
  SPLIT_BRANCH_END(WARNING, "paralleler-zweig-ohne-abschluss",
      "Ein paralleler Zweig wird zusammengeführt oder endet bewusst mit einem Terminierungs-, "
          + "Eskalations- oder Fehler-Endereignis, nicht mit einem einfachen Endereignis."),
  GATEWAY_SPLIT_AND_JOIN(WARNING, "gateway-verzweigt-und-fuehrt-zusammen",
      "Ein Gateway verzweigt oder führt zusammen, nicht beides – zwei Gateways sind leichter zu lesen."),
  ACTIVITY_NAME(WARNING, "name-aktivitaet",
      "Aktivitäten heißen Objekt + Verb im Infinitiv, z. B. „Standardanschreiben versenden“."),
  EVENT_NAME(WARNING, "name-ereignis",
      "Ereignisse heißen Substantiv + Partizip Perfekt, z. B. „Räumungsklage eingegangen“."),
  NAME_LENGTH(WARNING, "name-kurz",
      "Namen sind kurz: höchstens 5 Wörter und 50 Zeichen."),
  NAME_MISSING(WARNING, "name-fehlt",
      "Aktivitäten und Ereignisse tragen einen Namen, damit das Diagramm ohne Erklärung lesbar ist."),
  GATEWAY_QUESTION(WARNING, "gateway-frage",
      "Ein exklusives Gateway, das verzweigt, ist als Frage benannt, z. B. „Termin angeboten?“."),
  FLOW_LABEL(WARNING, "fluss-beschriftung",
      "Jeder ausgehende Fluss eines verzweigenden exklusiven Gateways ist beschriftet (z. B. „ja“, "
          + "„nein“), damit die Antwort auf die Frage des Gateways lesbar ist."),
  LANES(WARNING, "eine-bahn-je-rolle",
      "Eine Bahn (Lane) je Rolle: Bahnnamen kommen nicht doppelt vor, und die Benutzeraufgaben einer "
          + "Bahn haben dieselbe Kandidatengruppe."),
  DOCUMENTATION(WARNING, "prozess-dokumentation",
      "Die Prozessdokumentation nennt Prozessverantwortung, Rechtsgrundlagen (§ 22 Abs. 9 SGB II, "
          + "§ 36 SGB XII, § 67 SGB XII), KLR-Produkt 80635 und die Version.");

  private final Severity severity;
  private final String id;
  private final String explanation;

  Rule(Severity severity, String id, String explanation) {
    this.severity = severity;
    this.id = id;
    this.explanation = explanation;
  }

  public Severity severity() {
    return severity;
  }

  /** Short German id, printed with each finding. */
  public String id() {
    return id;
  }

  /** One or two German sentences: what the rule asks and why. */
  public String explanation() {
    return explanation;
  }
}
