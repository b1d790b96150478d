package de.berlin.sozwohn.wohnraumerhalt.flow;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of the instances that ended in a period (finished or deleted), newest first: the list
 * of finished instances that the Community Edition's Cockpit does not have. Ids, case numbers,
 * dates and the way the case ended; no personal data.
 *
 * @param total how many match the filter
 * @param endEvents the end events cases of the period ended in, for the filter, with their names
 * @param outcomeNames the German names of the outcome codes
 */
public record FinishedCases(long total, int page, int size, List<EndEvent> endEvents,
    Map<String, String> outcomeNames, List<Case> cases) {

  /** An end event of the model. */
  public record EndEvent(String activityId, String name) {}

  /**
   * One ended instance.
   *
   * @param caseId the case number, null when the case registry no longer has it
   * @param durationDays calendar days from start to end
   * @param endEvent the end event it finished in, null when deleted
   * @param outcome the outcome recorded when the case was closed, null without one
   * @param deadlineMissed whether a deadline timer fired in it
   * @param deleted deleted by an administrator, not worked to its end
   * @param historyAvailable whether Camunda's history of the instance still exists (after the
   *     history cleanup only the recorded flow remains)
   */
  public record Case(String processInstanceId, String caseId, String district,
      LocalDate startedOn, LocalDate endedOn, long durationDays, String endEvent,
      String endEventName, String outcome, boolean deadlineMissed, boolean deleted,
      boolean historyAvailable) {}
}
