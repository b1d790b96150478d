package de.berlin.sozwohn.wohnraumerhalt.cluster;

import de.berlin.sozwohn.wohnraumerhalt.support.PostgresAvailable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The PostgreSQL schema of one cluster test, created fresh and dropped afterwards, and the
 * questions the tests ask it directly: what Camunda and the application wrote, counted in SQL so
 * that no node's API (and no authorization) stands between the test and the truth.
 */
final class ClusterDatabase implements AutoCloseable {

  final String schema;

  private ClusterDatabase(String schema) {
    this.schema = schema;
  }

  static ClusterDatabase fresh(String prefix) {
    ClusterDatabase database = new ClusterDatabase(
        prefix + "_" + UUID.randomUUID().toString().substring(0, 8));
    database.execute("CREATE SCHEMA " + database.schema);
    return database;
  }

  /** A number from SQL in which {@code $} stands for the schema, e.g. {@code $.act_ru_job}. */
  long count(String sql, Object... parameters) {
    return query(sql, parameters).stream().findFirst()
        .map(row -> ((Number) row.values().iterator().next()).longValue()).orElse(0L);
  }

  /** Rows (column label → value) from SQL in which {@code $} stands for the schema. */
  List<Map<String, Object>> query(String sql, Object... parameters) {
    try (Connection connection = PostgresAvailable.connect();
        PreparedStatement statement = connection.prepareStatement(sql.replace("$.", schema + "."))) {
      for (int i = 0; i < parameters.length; i++) {
        Object parameter = parameters[i];
        statement.setObject(i + 1, parameter instanceof LocalDateTime time
            ? Timestamp.valueOf(time) : parameter);
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int c = 1; c <= columns; c++) {
            row.put(result.getMetaData().getColumnLabel(c), result.getObject(c));
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /**
   * Jobs the job executors still have to do at the engine time {@code now} (Berlin local time, as
   * Camunda stores its timestamps with the nodes' time zone): due, with retries left, not
   * suspended – or locked by a node right now.
   */
  long pendingJobs(LocalDateTime now) {
    return count("SELECT count(*) FROM $.act_ru_job WHERE (retries_ > 0 AND suspension_state_ = 1"
        + " AND (duedate_ IS NULL OR duedate_ <= ?)) OR lock_owner_ IS NOT NULL", now);
  }

  /**
   * Waits until no job is pending at {@code now} – three checks in a row, half a second apart, so
   * that a job created by the last one is seen too.
   */
  void awaitJobsDone(LocalDateTime now, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    int quiet = 0;
    long pending = -1;
    while (System.nanoTime() < deadline) {
      pending = pendingJobs(now);
      quiet = pending == 0 ? quiet + 1 : 0;
      if (quiet == 3) {
        return;
      }
      ClusterNode.sleep(500);
    }
    throw new AssertionError(pending + " jobs still pending after " + timeout);
  }

  /** Successful executions per node (the engine host name in Camunda's job log). */
  Map<String, Long> jobsPerNode() {
    Map<String, Long> perNode = new LinkedHashMap<>();
    for (Map<String, Object> row : query("SELECT hostname_ AS node, count(*) AS jobs FROM"
        + " $.act_hi_job_log WHERE job_state_ = 2 GROUP BY hostname_ ORDER BY hostname_")) {
      perNode.put(String.valueOf(row.get("node")), ((Number) row.get("jobs")).longValue());
    }
    return perNode;
  }

  /**
   * Jobs of cases (timers, asynchronous steps) that Camunda's job log shows as executed
   * successfully more than once. The engine's own ever-living history cleanup job, which runs
   * again and again under one id, is not a case's job.
   */
  List<Map<String, Object>> jobsExecutedTwice() {
    return query("SELECT job_id_, act_id_, job_def_type_, count(*) AS runs FROM $.act_hi_job_log"
        + " WHERE job_state_ = 2 AND process_instance_id_ IS NOT NULL"
        + " GROUP BY job_id_, act_id_, job_def_type_ HAVING count(*) > 1");
  }

  /** Activities (e.g. a timer event) passed more than once in one process instance. */
  List<Map<String, Object>> passedTwice(String... activityIds) {
    return query("SELECT proc_inst_id_, act_id_, count(*) AS passed FROM $.act_hi_actinst"
        + " WHERE act_id_ IN ('" + String.join("', '", activityIds) + "')"
        + " GROUP BY proc_inst_id_, act_id_ HAVING count(*) > 1");
  }

  /** Waiting jobs of this activity (a timer event's id, or an asynchronous task's). */
  long jobsAt(String activityId) {
    return jobsAt(activityId, "TRUE");
  }

  /**
   * Waiting jobs of this activity that meet a further SQL condition on the job ({@code j}), e.g.
   * {@code j.lock_owner_ IS NOT NULL}; {@code ?} in it take the parameters.
   */
  long jobsAt(String activityId, String jobCondition, Object... parameters) {
    Object[] all = new Object[parameters.length + 1];
    all[0] = activityId;
    System.arraycopy(parameters, 0, all, 1, parameters.length);
    return count("SELECT count(*) FROM $.act_ru_job j JOIN $.act_ru_jobdef d"
        + " ON j.job_def_id_ = d.id_ WHERE d.act_id_ = ? AND (" + jobCondition + ")", all);
  }

  /** How often the activity has been entered, over all instances. */
  long passed(String activityId) {
    return count("SELECT count(*) FROM $.act_hi_actinst WHERE act_id_ = ?", activityId);
  }

  void execute(String sql) {
    try (Connection connection = PostgresAvailable.connect();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  @Override
  public void close() {
    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }
}
