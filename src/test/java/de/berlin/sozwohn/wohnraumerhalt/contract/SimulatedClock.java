package de.berlin.sozwohn.wohnraumerhalt.contract;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Stands in for {@code POST /api/simulation/clock} (SPEC §7) until that endpoint exists: sets the
 * engine clock and runs the jobs that are due at that time. The only engine Java API the contract
 * tests use. Unlike the endpoint it runs only the jobs of the cases it was told about: the tests
 * share one engine with other test classes whose timers are not theirs to fire.
 */
final class SimulatedClock {

  private final ManagementService managementService;
  private final List<String> processInstanceIds = new ArrayList<>();

  SimulatedClock(ManagementService managementService) {
    this.managementService = managementService;
  }

  /** From now on the due jobs of this case run when the clock moves. */
  void watch(String processInstanceId) {
    processInstanceIds.add(processInstanceId);
  }

  /** Sets the engine clock to this local time in Berlin and runs every job of the watched cases due then. */
  void set(String localDateTime) {
    ClockUtil.setCurrentTime(Date.from(
        LocalDateTime.parse(localDateTime).atZone(ApiClient.BERLIN).toInstant()));
    for (int round = 0; round < 10; round++) {
      List<Job> due = new ArrayList<>();
      for (String id : processInstanceIds) {
        due.addAll(managementService.createJobQuery().processInstanceId(id).executable().list());
      }
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
    throw new IllegalStateException("jobs still due after 10 rounds at " + localDateTime);
  }

  void reset() {
    ClockUtil.reset();
    processInstanceIds.clear();
  }
}
