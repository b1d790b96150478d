package de.berlin.sozwohn.wohnraumerhalt.ppbe;

import de.berlin.sozwohn.wohnraumerhalt.process.CalendarProperties;
import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.StaffingReport.ModelInfo;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

/**
 * Engine side of the PPBE report: the latest deployed model of {@code wohnraumerhalt} and the
 * completed tasks per district from history; the arithmetic is {@link StaffingCalculator}'s.
 * Engine queries run without the caller's authentication (aggregated counts only, no case data);
 * who may see which districts is decided before, in {@link PpbeController}.
 */
@Service
public class PpbeService {

  /** Delete reason of a task that was completed (not cancelled by a terminate or boundary event). */
  static final String COMPLETED = "completed";

  private final RepositoryService repositoryService;
  private final HistoryService historyService;
  private final IdentityService identityService;
  private final PpbeProperties properties;
  private final ZoneId zone;

  public PpbeService(RepositoryService repositoryService, HistoryService historyService,
      IdentityService identityService, PpbeProperties properties, CalendarProperties calendar) {
    this.repositoryService = repositoryService;
    this.historyService = historyService;
    this.identityService = identityService;
    this.properties = properties;
    this.zone = calendar.zone();
    properties.basis(); // fail at start on a bad configuration
  }

  /**
   * @param districts the districts of the report, in order
   * @param casesPerYear "what if" yearly cases per district, or null for the model's plan
   * @param withBerlin add the sum of all districts
   */
  public StaffingReport report(LocalDate from, LocalDate to, List<String> districts,
      Double casesPerYear, boolean withBerlin) {
    return withoutAuthentication(() -> {
      ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
          .processDefinitionKey(ProcessKeys.PROCESS).withoutTenantId().latestVersion().singleResult();
      if (definition == null) {
        throw new PpbeModelException(ProcessKeys.PROCESS,
            "Das Modell " + ProcessKeys.PROCESS + " ist nicht bereitgestellt.");
      }
      ProcessGraph graph = ProcessGraphReader.read(
          repositoryService.getBpmnModelInstance(definition.getId()), ProcessKeys.PROCESS);
      Map<String, Map<String, Long>> history = new LinkedHashMap<>();
      for (String district : districts) {
        history.put(district, completedTasks(graph, district, from, to));
      }
      ModelInfo model = new ModelInfo(definition.getKey(), definition.getVersion(),
          definition.getVersionTag());
      return StaffingCalculator.report(from, to, graph, model, properties.basis(), casesPerYear,
          history, d -> Districts.displayName(d).orElse(d), withBerlin);
    });
  }

  /** Tasks of the district completed from the start of {@code from} to the end of {@code to}. */
  private Map<String, Long> completedTasks(ProcessGraph graph, String district, LocalDate from,
      LocalDate to) {
    Date start = Date.from(from.atStartOfDay(zone).toInstant());
    Date end = Date.from(to.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1));
    Map<String, Long> counts = new LinkedHashMap<>();
    for (ProcessGraph.Node task : graph.userTasks()) {
      counts.put(task.id(), historyService.createHistoricTaskInstanceQuery()
          .processDefinitionKey(ProcessKeys.PROCESS)
          .taskDefinitionKey(task.id())
          .tenantIdIn(district)
          .finished()
          .taskDeleteReason(COMPLETED)
          .finishedAfter(start)
          .finishedBefore(end)
          .count());
    }
    return counts;
  }

  private <T> T withoutAuthentication(Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
