package de.berlin.sozwohn.wohnraumerhalt.flow;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import java.time.LocalDate;
import java.util.List;

/**
 * How the cases of a period went through one process model: the history overlays of the Cockpit
 * diagram, which the Community Edition lacks. Counts and durations only, no case.
 *
 * @param district the district asked for, or null for all the reader may see
 * @param districts the districts the reader may choose
 * @param activities steps ended in the period, by activity, ordered by activity id
 * @param flows sequence flows taken in the period, ordered by flow id
 * @param endEvents cases finished in the period (not deleted) by their end event, most first
 * @param outcomes those cases by the outcome recorded when they were closed (process
 *     {@code wohnraumerhalt} only, every outcome listed); empty for other models
 * @param finished cases finished in the period (not deleted)
 * @param deleted cases deleted in the period
 */
public record FlowOverview(String processKey, LocalDate from, LocalDate to, String district,
    List<District> districts, List<Activity> activities, List<Flow> flows,
    List<EndEvent> endEvents, List<Outcome> outcomes, long finished, long deleted) {

  /** A district for a selection list. */
  public record District(String id, String name) {

    static List<District> of(List<String> ids) {
      return ids.stream().map(id -> new District(id, Districts.displayName(id).orElse(id)))
          .toList();
    }
  }

  /**
   * The steps of one activity ended in the period.
   *
   * @param activityType Camunda's activity type ({@code userTask}, {@code serviceTask},
   *     {@code boundaryTimer}, …)
   * @param count all of them, canceled ones included
   * @param canceled ended by an interrupting event or a deletion
   * @param medianDays median working days of the completed ones (null without any)
   * @param p90Days 90th percentile (nearest rank) of the same
   * @param dueCount those with a due date
   * @param withinDue of them done by it
   * @param withinDuePercent withinDue ÷ dueCount × 100, one decimal; null when dueCount is 0
   * @param heat count ÷ the largest count of any activity, 0 to 1 (three decimals)
   */
  public record Activity(String activityId, String activityType, long count, long canceled,
      Double medianDays, Integer p90Days, long dueCount, long withinDue, Double withinDuePercent,
      double heat) {}

  /** A sequence flow and how often it was taken in the period. */
  public record Flow(String flowId, long count) {}

  /** An end event and how many cases finished in it in the period. */
  public record EndEvent(String activityId, long count) {}

  /** An outcome code, its German name and how many of the finished cases have it. */
  public record Outcome(String code, String name, long count) {}
}
