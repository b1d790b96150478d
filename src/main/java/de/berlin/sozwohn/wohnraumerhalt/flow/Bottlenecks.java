package de.berlin.sozwohn.wohnraumerhalt.flow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Where cases wait now: the open user tasks by age and district, the longest waiting ones, and the
 * deadline escalations of the last twelve months. Ages in Berlin working days since the task was
 * created.
 *
 * @param today the engine's day the ages are counted to
 * @param districts the districts the reader may choose
 * @param buckets the names of the age buckets of {@link TaskGroup#byAge()}
 * @param tasks the open tasks per task key and district
 * @param longestHidden true when the reader sees no single task (GPM)
 * @param longest the oldest open tasks, oldest first (at most {@link #LONGEST})
 * @param escalations deadline events per district and month
 */
public record Bottlenecks(LocalDate today, List<FlowOverview.District> districts,
    List<String> buckets, List<TaskGroup> tasks, boolean longestHidden, List<WaitingTask> longest,
    Escalations escalations) {

  /** How many of the longest waiting tasks are listed. */
  public static final int LONGEST = 20;

  /** The age buckets in working days: 0–3, 4–10, 11–20, more than 20. */
  public static final List<String> BUCKETS = List.of("0–3", "4–10", "11–20", "über 20");

  /** The bucket of an age in working days, an index into {@link #BUCKETS}. */
  public static int bucket(int ageDays) {
    if (ageDays <= 3) {
      return 0;
    }
    if (ageDays <= 10) {
      return 1;
    }
    return ageDays <= 20 ? 2 : 3;
  }

  /**
   * The open tasks of one task key in one district.
   *
   * @param name the task's name in the model
   * @param overdue of them past their due date
   * @param byAge how many in each bucket of {@link Bottlenecks#BUCKETS}
   * @param medianAgeDays median age in working days
   */
  public record TaskGroup(String taskKey, String name, String district, long open, long overdue,
      List<Long> byAge, Double medianAgeDays) {}

  /**
   * One long waiting task.
   *
   * @param caseId the case number, null when the case registry has none
   * @param createdAt when the task was created (Berlin local time)
   * @param ageDays working days since then
   * @param due its due date (Berlin local time), null without one
   */
  public record WaitingTask(String processInstanceId, String caseId, String taskKey, String name,
      String district, LocalDateTime createdAt, int ageDays, LocalDateTime due, boolean overdue) {}

  /**
   * Deadline events (a deadline timer on a user task fired) per month.
   *
   * @param months the last twelve months, the current one last ({@code 2026-12})
   * @param districts one row per district of the answer, counts per month
   */
  public record Escalations(List<String> months, List<DistrictCounts> districts) {}

  /** One district's counts per month. */
  public record DistrictCounts(String id, String name, List<Long> counts) {}
}
