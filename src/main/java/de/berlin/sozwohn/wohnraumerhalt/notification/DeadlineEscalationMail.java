package de.berlin.sozwohn.wohnraumerhalt.notification;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The mail to a district's team lead when a deadline task is overdue (SPEC §3 "Missed deadlines").
 * Data-minimal on purpose: case id, district, task, due date and a link — never the household's
 * name, address or contact data; whoever needs those opens the case in Tasklist.
 */
public final class DeadlineEscalationMail {

  private static final DateTimeFormatter DUE = DateTimeFormatter
      .ofPattern("EEEE, dd.MM.yyyy, HH:mm 'Uhr'", Locale.GERMANY);

  /**
   * What the mail reports.
   *
   * @param dueAt the task's due date in the office's zone, or null when the task has none
   */
  public record Escalation(String caseId, String districtName, String taskName, ZonedDateTime dueAt,
      String taskLink) {

    public Escalation {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(districtName, "districtName");
      Objects.requireNonNull(taskName, "taskName");
      Objects.requireNonNull(taskLink, "taskLink");
    }
  }

  /** Who receives it, and whether that is the district's fallback address. */
  public record Recipients(List<String> addresses, boolean fallback) {}

  /**
   * The team lead group's addresses (blank ones skipped, duplicates removed); when there are none,
   * the fallback pattern with {@code {district}} replaced by the district id.
   */
  public static Recipients recipients(List<String> teamLeadAddresses, String district,
      String fallbackPattern) {
    LinkedHashSet<String> addresses = new LinkedHashSet<>();
    for (String address : teamLeadAddresses) {
      if (address != null && !address.isBlank()) {
        addresses.add(address.trim());
      }
    }
    if (!addresses.isEmpty()) {
      return new Recipients(List.copyOf(addresses), false);
    }
    return new Recipients(List.of(fallbackPattern.replace("{district}", district)), true);
  }

  public static OutgoingMail compose(Escalation escalation, List<String> to) {
    String subject = "Frist überschritten: " + escalation.taskName() + " – Fall "
        + escalation.caseId() + " (" + escalation.districtName() + ")";
    List<String> lines = new ArrayList<>();
    lines.add("Guten Tag,");
    lines.add("");
    lines.add("in der Fachstelle Soziale Wohnhilfe " + escalation.districtName()
        + " ist die Frist einer Aufgabe abgelaufen, ohne dass sie erledigt wurde.");
    lines.add("");
    lines.add("Fall:      " + escalation.caseId());
    lines.add("Aufgabe:   " + escalation.taskName());
    lines.add("Fällig am: " + (escalation.dueAt() == null ? "ohne Fälligkeitsdatum"
        : DUE.format(escalation.dueAt())));
    lines.add("");
    lines.add("Die Aufgabe ist in der Tasklist als überfällig markiert und mit hoher Priorität "
        + "eingestuft. Sie bleibt offen, der Fall läuft weiter.");
    lines.add("");
    lines.add("Zur Aufgabe in der Tasklist:");
    lines.add(escalation.taskLink());
    lines.add("");
    lines.add("-- ");
    lines.add("Diese Nachricht wurde automatisch von Wohnraumerhalt versandt. Sie enthält bewusst "
        + "keine Angaben zum Haushalt.");
    return new OutgoingMail(to, subject, String.join("\n", lines) + "\n");
  }

  private DeadlineEscalationMail() {}
}
