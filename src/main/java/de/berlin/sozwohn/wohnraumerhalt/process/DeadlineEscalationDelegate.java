package de.berlin.sozwohn.wohnraumerhalt.process;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.notification.DeadlineEscalationMail;
import de.berlin.sozwohn.wohnraumerhalt.notification.DeadlineEscalationMail.Escalation;
import de.berlin.sozwohn.wohnraumerhalt.notification.DeadlineEscalationMail.Recipients;
import de.berlin.sozwohn.wohnraumerhalt.notification.EscalationProperties;
import de.berlin.sozwohn.wohnraumerhalt.notification.MailGateway;
import de.berlin.sozwohn.wohnraumerhalt.notification.OutgoingMail;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Fristüberschreitung melden" (SPEC §3 "Missed deadlines"): runs behind the non-interrupting timer
 * of a deadline task ({@code SendCourtLetter}, {@code HomeVisit1}, {@code SendEvictionLetter},
 * {@code AttendEviction}). It marks the still open task as overdue (task-local variable
 * {@link CaseVariables#OVERDUE} = true, raised priority) and sends one mail to the district's team
 * lead group. Nothing is cancelled.
 *
 * <p>Model contract: service task with {@code camunda:delegateExpression="${deadlineEscalation}"},
 * {@code camunda:asyncBefore="true"}, a {@code failedJobRetryTimeCycle}, and the input parameter
 * {@link CaseVariables#DEADLINE_TASK} holding the deadline task's key.
 *
 * <p>Which task: the one with that key that is a child of the same scope instance as this service
 * task — the boundary event's flow scope is the task's flow scope. So for {@code SendEvictionLetter},
 * of which a case may have several open (one per bailiff notice, each in its own instance of the
 * event subprocess), the task of <em>this</em> notice is escalated, not a sibling's. When that task
 * has already been completed (it was done between the timer firing and this job running), no mail
 * is sent; nor when it is already marked overdue.
 *
 * <p>Failures: a mail that cannot be sent throws; the transaction — including the overdue mark —
 * rolls back, the job is retried per the retry cycle and finally becomes an incident in Cockpit.
 * The mail goes out inside the job's transaction, so delivery is at-least-once: only if the commit
 * itself fails after a successful send would a retry send a second mail.
 *
 * <p>Runs in the job executor without an authenticated user, so authorization and tenant checks do
 * not restrict the look-ups.
 */
@Component(DeadlineEscalationDelegate.BEAN)
public class DeadlineEscalationDelegate implements JavaDelegate {

  public static final String BEAN = "deadlineEscalation";

  private static final Logger LOG = LoggerFactory.getLogger(DeadlineEscalationDelegate.class);

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final MailGateway mailGateway;
  private final String fallbackAddress;
  private final int overduePriority;
  private final String baseUrl;
  private final ZoneId zone;
  private final CaseFiles caseFiles;

  public DeadlineEscalationDelegate(RuntimeService runtimeService, TaskService taskService,
      IdentityService identityService, MailGateway mailGateway, EscalationProperties escalation,
      ProcessProperties process, CalendarProperties calendar, CaseFiles caseFiles) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.mailGateway = mailGateway;
    this.fallbackAddress = escalation.fallbackAddress();
    this.overduePriority = escalation.overduePriority();
    String baseUrl = process.baseUrl();
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.zone = calendar.zone();
    this.caseFiles = caseFiles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFile file = caseFiles.of(execution);
    // a modelling error: fail loudly (incident) instead of escalating nothing
    String taskKey = file.deadlineTask().orElseThrow(() -> new IllegalStateException(
        "Input parameter '" + CaseVariables.DEADLINE_TASK + "' fehlt an '"
            + execution.getCurrentActivityId() + "'"));
    String caseId = file.caseId().orElseGet(() -> execution.getProcessBusinessKey() != null
        ? execution.getProcessBusinessKey() : execution.getProcessInstanceId());

    List<Task> open = openTasksInScope(execution, taskKey);
    if (open.isEmpty()) {
      LOG.info("Fall {}: Aufgabe {} ist bereits erledigt – keine Fristüberschreitung zu melden",
          caseId, taskKey);
      return;
    }
    // normally exactly one; should a model ever allow more, escalate the one due first
    Optional<Task> unreported = open.stream()
        .filter(t -> !caseFiles.taskLocal(taskService, t.getId()).overdue())
        .min(Comparator.comparing(Task::getDueDate, Comparator.nullsLast(Comparator.naturalOrder())));
    if (unreported.isEmpty()) {
      LOG.info("Fall {}: Aufgabe {} ist bereits als überfällig gemeldet", caseId, taskKey);
      return;
    }
    Task task = unreported.get();

    taskService.setVariableLocal(task.getId(), CaseVariables.OVERDUE, true);
    if (task.getPriority() < overduePriority) {
      taskService.setPriority(task.getId(), overduePriority);
    }

    String district = file.district().orElseThrow(() -> new IllegalStateException(
        "Fall ohne Bezirk: Variable '" + CaseVariables.DISTRICT + "' fehlt in Prozessinstanz "
            + execution.getProcessInstanceId()));
    Recipients recipients = DeadlineEscalationMail.recipients(teamLeadAddresses(district), district,
        fallbackAddress);
    if (recipients.fallback()) {
      LOG.warn("Gruppe {} hat kein Mitglied mit E-Mail-Adresse – Fristüberschreitung geht an {}",
          Districts.teamLeadGroup(district), recipients.addresses());
    }
    OutgoingMail mail = DeadlineEscalationMail.compose(new Escalation(caseId,
        Districts.displayName(district).orElse(district),
        task.getName() != null ? task.getName() : taskKey,
        task.getDueDate() == null ? null : ZonedDateTime.ofInstant(task.getDueDate().toInstant(), zone),
        baseUrl + "/camunda/app/tasklist/default/#/?task=" + task.getId()),
        recipients.addresses());
    mailGateway.send(mail);
    LOG.info("Fall {}: Fristüberschreitung {} ({}) an {} gemeldet", caseId, taskKey, task.getId(),
        recipients.addresses());
  }

  /**
   * The open tasks with the given key in the scope instance of this execution (see class comment);
   * empty when the task has been completed.
   */
  private List<Task> openTasksInScope(DelegateExecution execution, String taskKey) {
    ActivityInstance tree = runtimeService.getActivityInstance(execution.getProcessInstanceId());
    ActivityInstance scope = find(tree, execution.getParentActivityInstanceId());
    if (scope == null) {
      return List.of();
    }
    List<String> taskInstances = new ArrayList<>();
    for (ActivityInstance child : scope.getChildActivityInstances()) {
      if (taskKey.equals(child.getActivityId())) {
        taskInstances.add(child.getId());
      }
    }
    if (taskInstances.isEmpty()) {
      return List.of();
    }
    return taskService.createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskKey)
        .activityInstanceIdIn(taskInstances.toArray(String[]::new))
        .list();
  }

  private static ActivityInstance find(ActivityInstance instance, String id) {
    if (instance == null || id == null) {
      return null;
    }
    if (id.equals(instance.getId())) {
      return instance;
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      ActivityInstance found = find(child, id);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private List<String> teamLeadAddresses(String district) {
    return identityService.createUserQuery()
        .memberOfGroup(Districts.teamLeadGroup(district))
        .list().stream()
        .map(User::getEmail)
        .toList();
  }
}
