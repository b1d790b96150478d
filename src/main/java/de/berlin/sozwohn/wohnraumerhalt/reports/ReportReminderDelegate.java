package de.berlin.sozwohn.wohnraumerhalt.reports;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.notification.DeadlineEscalationMail;
import de.berlin.sozwohn.wohnraumerhalt.notification.DeadlineEscalationMail.Recipients;
import de.berlin.sozwohn.wohnraumerhalt.notification.EscalationProperties;
import de.berlin.sozwohn.wohnraumerhalt.notification.MailGateway;
import de.berlin.sozwohn.wohnraumerhalt.notification.ReportReminderMail;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessProperties;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * „Erinnerung versenden“: behind the non-interrupting timer „Abgabefrist verstrichen“ on the
 * approval (a {@code timeDate}, so it fires once, at the end of the 10th working day). While the
 * report still waits and no reminder went out, it sends one mail to the district's team leads
 * ({@code leitung-<d>}; without an address the fallback of {@code wohnraumerhalt.escalation}, as
 * the deadline escalation does) and records it ({@code reminded_at}). Once twice over: the timer
 * fires once, and the conditional update of {@link ReportStore#markReminded} lets only one run
 * send. No case data in the mail.
 *
 * <p>Model contract: {@code camunda:asyncBefore="true"} with a {@code failedJobRetryTimeCycle}.
 * The mark is written before the mail is sent; a mail that cannot be sent throws and rolls the
 * mark back, the job is retried and finally becomes an incident in Cockpit (at-least-once, as ADR
 * 0004 describes for the escalation).
 */
@Component("reportReminder")
public class ReportReminderDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(ReportReminderDelegate.class);

  private final ReportStore store;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final MailGateway mailGateway;
  private final String fallbackAddress;
  private final String baseUrl;

  public ReportReminderDelegate(ReportStore store, TaskService taskService,
      IdentityService identityService, MailGateway mailGateway, EscalationProperties escalation,
      ProcessProperties process) {
    this.store = store;
    this.taskService = taskService;
    this.identityService = identityService;
    this.mailGateway = mailGateway;
    this.fallbackAddress = escalation.fallbackAddress();
    String url = process.baseUrl();
    this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReportPeriod period = ReportFreezerDelegate.period(execution);
    String district = ReportFreezerDelegate.district(execution);
    Optional<ReportStore.Submission> submission = store.submission(period.code(), district);
    if (submission.isEmpty() || submission.get().isSubmitted()
        || submission.get().remindedAt() != null) {
      LOG.info("Bericht {} {}: keine Erinnerung (abgegeben oder schon erinnert)", period.code(),
          district);
      return;
    }
    Task task = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(ProcessKeys.TASK_APPROVE_REPORT).singleResult();
    if (task == null) {
      LOG.info("Bericht {} {}: Freigabe schon erledigt – keine Erinnerung", period.code(),
          district);
      return;
    }
    if (!store.markReminded(period.code(), district, ClockUtil.getCurrentTime().toInstant())) {
      return;
    }
    Recipients recipients = DeadlineEscalationMail.recipients(teamLeadAddresses(district),
        district, fallbackAddress);
    if (recipients.fallback()) {
      LOG.warn("Gruppe {} hat kein Mitglied mit E-Mail-Adresse – Erinnerung geht an {}",
          Districts.teamLeadGroup(district), recipients.addresses());
    }
    mailGateway.send(ReportReminderMail.compose(Districts.displayName(district).orElse(district),
        period.label(), submission.get().dueOn(),
        baseUrl + "/camunda/app/tasklist/default/#/?task=" + task.getId(),
        recipients.addresses()));
    LOG.info("Bericht {} {}: Erinnerung an {} versandt", period.code(), district,
        recipients.addresses());
  }

  private List<String> teamLeadAddresses(String district) {
    return identityService.createUserQuery().memberOfGroup(Districts.teamLeadGroup(district))
        .list().stream().map(User::getEmail).toList();
  }
}
