package de.berlin.sozwohn.wohnraumerhalt.demo;

import de.berlin.sozwohn.wohnraumerhalt.process.CalendarProperties;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves the engine's clock ({@link ClockUtil}) and runs the jobs that are due then, one after the
 * other in the calling thread, as the job executor would: timers first by due date, and the
 * asynchronous steps they create (deadline escalations) right after. Used by the demo history and
 * by {@code POST /api/simulation/clock}.
 *
 * <p>A job that fails is reported and not tried again in the same run (the engine has counted the
 * failure and set its next retry); a run stops after {@code wohnraumerhalt.simulation.max-jobs}
 * jobs, so a model that keeps creating due jobs cannot loop forever. Jobs run without an
 * authenticated user, like in the job executor.
 *
 * <p>The real job executor must not run at the same time (the simulation profile switches it off;
 * the demo history runs before it starts).
 */
@Component
public class SimulationClock {

  private static final Logger LOG = LoggerFactory.getLogger(SimulationClock.class);

  /** A job that failed in this run; the engine keeps it with its remaining retries or as an incident. */
  public record FailedJob(String jobId, String processInstanceId, String tenantId,
      String activityId, int retriesLeft, String message) {}

  /**
   * @param executed jobs run successfully
   * @param failed jobs that threw
   * @param remainingDue jobs still due after the run (failed ones waiting for a retry, or more than
   *     the limit)
   */
  public record JobRun(int executed, List<FailedJob> failed, long remainingDue) {}

  private final ManagementService managementService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final ZoneId zone;
  private final int maxJobs;

  public SimulationClock(ManagementService managementService, RuntimeService runtimeService,
      IdentityService identityService, CalendarProperties calendar,
      SimulationProperties simulation) {
    this.managementService = managementService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.zone = calendar.zone();
    this.maxJobs = simulation.maxJobs();
  }

  /** Sets the engine clock to this local time in Berlin (it stands still there) and runs the due jobs. */
  public synchronized JobRun advanceTo(LocalDateTime berlinTime) {
    set(berlinTime);
    return runDueJobs(true);
  }

  /** Back to real time, then runs the jobs due by now. */
  public synchronized JobRun resetToRealTime() {
    ClockUtil.reset();
    return runDueJobs(true);
  }

  /** Sets the engine clock without running jobs. */
  public void set(LocalDateTime berlinTime) {
    ClockUtil.setCurrentTime(Date.from(berlinTime.atZone(zone).toInstant()));
  }

  /** The engine's "now" in Berlin. */
  public LocalDateTime now() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
  }

  /** Open incidents in the engine (all districts). */
  public long openIncidents() {
    return runtimeService.createIncidentQuery().count();
  }

  /** Runs every job due at the engine's current time, including jobs that those jobs create. */
  public JobRun runDueJobs() {
    return runDueJobs(true);
  }

  /**
   * As {@link #runDueJobs()}; without {@code countRemaining} the answer's {@code remainingDue} is
   * only counted when something failed or the limit was reached (one query less per run).
   */
  public synchronized JobRun runDueJobs(boolean countRemaining) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      Set<String> failedIds = new HashSet<>();
      List<FailedJob> failed = new ArrayList<>();
      int executed = 0;
      while (executed + failed.size() < maxJobs) {
        Job next = nextDue(failedIds);
        if (next == null) {
          break;
        }
        try {
          managementService.executeJob(next.getId());
          executed++;
        } catch (RuntimeException e) {
          Job after = managementService.createJobQuery().jobId(next.getId()).singleResult();
          if (after == null) {
            // gone: done or removed meanwhile (e.g. its scope ended) – nothing to report
            continue;
          }
          failedIds.add(next.getId());
          FailedJob failure = new FailedJob(after.getId(), after.getProcessInstanceId(),
              after.getTenantId(), after.getFailedActivityId(), after.getRetries(), message(e));
          failed.add(failure);
          LOG.warn("Job {} (Prozessinstanz {}, {}) fehlgeschlagen, noch {} Versuche: {}",
              failure.jobId(), failure.processInstanceId(), failure.activityId(),
              failure.retriesLeft(), failure.message());
        }
      }
      boolean limitReached = executed + failed.size() >= maxJobs;
      long remaining = countRemaining || limitReached || !failed.isEmpty() ? dueJobs().count() : 0;
      if (limitReached) {
        LOG.warn("Simulation: nach {} Jobs abgebrochen, {} weitere fällig", maxJobs, remaining);
      }
      return new JobRun(executed, List.copyOf(failed), remaining);
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  /** The due job with the earliest due date that has not failed in this run. */
  private Job nextDue(Set<String> failedIds) {
    List<Job> page = dueJobs().orderByJobDuedate().asc().listPage(0, failedIds.size() + 1);
    return page.stream().filter(job -> !failedIds.contains(job.getId())).findFirst().orElse(null);
  }

  private JobQuery dueJobs() {
    return managementService.createJobQuery().executable().active();
  }

  private static String message(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    return root == e ? message : e.getMessage() + " (" + message + ")";
  }
}
