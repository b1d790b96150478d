package de.berlin.sozwohn.wohnraumerhalt.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The one reminder to a district's team lead when the half-year report (process {@code
 * halbjahresbericht}) has not been approved by its due day. Data-minimal on purpose: district,
 * period, due day and a link – no indicator values, no case numbers, nothing about a household;
 * whoever needs them opens the task in Tasklist.
 */
public final class ReportReminderMail {

  private static final DateTimeFormatter DUE = DateTimeFormatter
      .ofPattern("EEEE, dd.MM.yyyy", Locale.GERMANY);

  /**
   * @param districtName the district as people write it ("Neukölln")
   * @param periodLabel the period as {@code reports.ReportPeriod#label()} writes it: "1. Halbjahr
   *     2026" or "Jahr 2026" (the annual report)
   * @param dueOn the last day of the deadline (the 10th working day after the request)
   * @param taskLink the task in Tasklist
   * @param to the team lead group's addresses or the district's fallback address ({@link
   *     DeadlineEscalationMail#recipients})
   */
  public static OutgoingMail compose(String districtName, String periodLabel, LocalDate dueOn,
      String taskLink, List<String> to) {
    Objects.requireNonNull(districtName, "districtName");
    Objects.requireNonNull(periodLabel, "periodLabel");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(taskLink, "taskLink");
    String report = reportName(periodLabel);
    String subject = "Erinnerung: " + report + " – " + districtName + " noch nicht freigegeben";
    List<String> lines = new ArrayList<>();
    lines.add("Guten Tag,");
    lines.add("");
    lines.add("die Frist für den Bericht der Fachstelle Soziale Wohnhilfe " + districtName
        + " an die Monitoringstelle (SenASGIVA) ist abgelaufen. Der Bericht ist noch nicht"
        + " freigegeben.");
    lines.add("");
    lines.add("Bericht:    " + report);
    lines.add("Bezirk:     " + districtName);
    lines.add("Abgabe bis: " + DUE.format(dueOn));
    lines.add("");
    lines.add("Bitte prüfen Sie die Kennzahlen in der Tasklist, begründen Sie jeden Wert unter dem "
        + "Mindestwert und geben Sie den Bericht frei. Die Aufgabe bleibt offen; diese Erinnerung "
        + "wird nur einmal versandt.");
    lines.add("");
    lines.add("Zur Aufgabe in der Tasklist:");
    lines.add(taskLink);
    lines.add("");
    lines.add("-- ");
    lines.add("Diese Nachricht wurde automatisch von Wohnraumerhalt versandt. Sie enthält bewusst "
        + "keine Kennzahlen und keine Falldaten.");
    return new OutgoingMail(to, subject, String.join("\n", lines) + "\n");
  }

  /** "Halbjahresbericht 1. Halbjahr 2026"; for the whole year "Jahresbericht 2026". */
  static String reportName(String periodLabel) {
    return periodLabel.startsWith("Jahr ")
        ? "Jahresbericht " + periodLabel.substring("Jahr ".length())
        : "Halbjahresbericht " + periodLabel;
  }

  private ReportReminderMail() {}
}
