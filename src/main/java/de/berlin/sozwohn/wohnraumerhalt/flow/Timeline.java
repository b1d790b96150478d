package de.berlin.sozwohn.wohnraumerhalt.flow;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The activities of one instance in the order they started – the audit trail that the Community
 * Edition's Cockpit shows only for running instances. From Camunda's history while it exists,
 * afterwards from the recorded flow. Times in Berlin local time.
 *
 * @param caseId the case number, null when the case registry has none
 * @param state {@code running}, {@code finished} or {@code deleted}
 * @param historyAvailable false when the steps come from the recorded flow (Camunda's history of
 *     the instance was cleaned up)
 * @param showUsers whether {@link Step#completedBy()} is filled in for this reader
 */
public record Timeline(String processInstanceId, String caseId, String district,
    String processKey, String processName, String state, LocalDateTime startedAt,
    LocalDateTime endedAt, boolean historyAvailable, boolean showUsers, List<Step> steps) {

  public static final String RUNNING = "running";
  public static final String FINISHED = "finished";
  public static final String DELETED = "deleted";

  /**
   * One activity instance.
   *
   * @param name the activity's name in the model, null when it has none
   * @param endedAt null while it runs
   * @param workingDays Berlin working days from its start date to its end date (to today while it
   *     runs)
   * @param canceled ended by an interrupting event or a deletion, not completed
   * @param completedBy the user the completed task was assigned to; null for other activities and
   *     when the reader may not see it
   */
  public record Step(String activityId, String name, String activityType,
      LocalDateTime startedAt, LocalDateTime endedAt, Integer workingDays, boolean canceled,
      String completedBy) {}
}
