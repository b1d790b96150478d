package de.berlin.sozwohn.wohnraumerhalt.letters;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.security.CurrentUser;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The case behind a letter request and who may see it. A case is the process instance whose
 * business key is the case id; its district is the instance's tenant.
 *
 * <p>Access is decided here, in one rule: the caseworkers and the team lead of the case's district
 * ({@code fachkraft-<district>}, {@code leitung-<district>}) and administrators
 * ({@code camunda-admin}). Everyone else gets the same answer as for a case that does not exist
 * (404): case ids are easy to guess, and that a household of a district is threatened with
 * eviction is itself personal data. The engine lookups therefore run without the user's engine
 * checks (tenant, authorizations) — they only find the case, the rule above decides.
 */
@Component
public class LetterCases {

  /** A case as the letter endpoints see it. */
  public record CaseRef(String caseId, String processInstanceId, String district) {}

  private final HistoryService historyService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final CurrentUser currentUser;

  public LetterCases(HistoryService historyService, TaskService taskService,
      IdentityService identityService, CurrentUser currentUser) {
    this.historyService = historyService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.currentUser = currentUser;
  }

  /** The case if it exists and the current user may read its letters. */
  public Optional<CaseRef> readable(String caseId) {
    if (caseId == null || caseId.isBlank()) {
      return Optional.empty();
    }
    List<HistoricProcessInstance> instances = lookup(() -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseId).orderByProcessInstanceStartTime().asc().list());
    return instances.stream().findFirst()
        .map(instance -> new CaseRef(caseId, instance.getId(), instance.getTenantId()))
        .filter(ref -> mayRead(ref.district()));
  }

  boolean mayRead(String district) {
    if (currentUser.isAdmin()) {
      return true;
    }
    List<String> groups = currentUser.groups();
    return district != null && (groups.contains(Districts.caseworkerGroup(district))
        || groups.contains(Districts.teamLeadGroup(district)));
  }

  /**
   * The open task that sends a letter of this kind in a readable case: the given one, or the
   * newest (a case may have several bailiff notices).
   */
  public Optional<Task> openTask(CaseRef ref, LetterKind kind, String taskId) {
    return lookup(() -> {
      var query = taskService.createTaskQuery().processInstanceId(ref.processInstanceId())
          .taskDefinitionKey(kind.taskKey()).active();
      if (taskId != null && !taskId.isBlank()) {
        query.taskId(taskId);
      }
      return query.list().stream().max(Comparator.comparing(Task::getCreateTime).thenComparing(Task::getId));
    });
  }

  /** The variables visible from the task (its own, its scope's and the case's). */
  public Map<String, Object> variables(Task task) {
    return lookup(() -> taskService.getVariables(task.getId()));
  }

  /** Runs an engine lookup without the current user's engine checks, then restores the user. */
  private <T> T lookup(Supplier<T> work) {
    Authentication user = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (user != null) {
        identityService.setAuthentication(user);
      }
    }
  }
}
