package de.berlin.sozwohn.wohnraumerhalt.process;

import static de.berlin.sozwohn.wohnraumerhalt.process.EscalationTestProcesses.DUE_AT;
import static de.berlin.sozwohn.wohnraumerhalt.process.EscalationTestProcesses.REPORT_OVERDUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TestClock;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Deadline escalation against a real SMTP server (GreenMail).
 *
 * <p>The mail host makes this a Spring context of its own. Two Camunda engines named "default" (or
 * two process applications of the same name) cannot live in one JVM — the engine registers itself
 * in a static container — so this context gets unique names (the starter's documented test
 * switches) and is closed after the class.
 */
@AppTest
@TestPropertySource(properties = {
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true"})
@DirtiesContext
class DeadlineEscalationSmtpTest {

  private static final int SMTP_PORT = freePort();

  @RegisterExtension
  static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.port(SMTP_PORT));

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  private static final String LEITUNG_MITTE = "leitung.mitte@wohnhilfe.example";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  private String deploymentId;

  @BeforeEach
  void deploy() {
    deploymentId = repositoryService.createDeployment()
        .addModelInstance("escalation-court-letter.bpmn", EscalationTestProcesses.courtLetter())
        .addModelInstance("escalation-eviction-letters.bpmn", EscalationTestProcesses.evictionLetters())
        .deploy().getId();
    setClock("2026-03-02T09:00");
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @Test
  void aMissedDeadlineMailsTheTeamLeadOnceAndMarksTheTaskOverdue() throws Exception {
    ProcessInstance instance = startCourtLetterCase("mitte", "C-2026-0001");
    Task task = openTask(instance, ProcessKeys.TASK_SEND_COURT_LETTER);
    assertThat(task.getPriority()).isEqualTo(50);

    setClock("2026-03-06T08:00");
    fireTimerAndRunEscalation(instance);

    MimeMessage[] mails = greenMail.getReceivedMessages();
    assertThat(mails).hasSize(1);
    MimeMessage mail = mails[0];
    assertThat(mail.getRecipients(RecipientType.TO)).extracting(Object::toString)
        .containsExactly(LEITUNG_MITTE);
    assertThat(mail.getSubject())
        .isEqualTo("Frist überschritten: Standardanschreiben versenden – Fall C-2026-0001 (Mitte)");
    String text = (String) mail.getContent();
    assertThat(text)
        .contains("Fall:      C-2026-0001")
        .contains("Fachstelle Soziale Wohnhilfe Mitte")
        .contains("Aufgabe:   Standardanschreiben versenden")
        .contains("Fällig am: Donnerstag, 05.03.2026, 23:59 Uhr")
        .contains("http://localhost:8080/camunda/app/tasklist/default/#/?task=" + task.getId())
        .doesNotContain("Erika").doesNotContain("Mustermann").doesNotContain("Musterstraße")
        .doesNotContain("10115");

    Task overdue = openTask(instance, ProcessKeys.TASK_SEND_COURT_LETTER);
    assertThat(taskService.getVariableLocal(overdue.getId(), CaseVariables.OVERDUE)).isEqualTo(true);
    assertThat(overdue.getPriority()).isEqualTo(80);
    // nothing is cancelled: the task is still open, the escalation path has ended
    assertThat(overdue.getId()).isEqualTo(task.getId());
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count()).isZero();

    // later on, nothing else sends a second mail
    setClock("2026-04-30T08:00");
    managementService.createJobQuery().list().forEach(job -> managementService.executeJob(job.getId()));
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
  }

  @Test
  void withoutATeamLeadAddressTheMailGoesToTheDistrictsFallbackAddress() throws Exception {
    // no demo user is a member of leitung-pankow
    ProcessInstance instance = startCourtLetterCase("pankow", "C-2026-0002");

    setClock("2026-03-06T08:00");
    fireTimerAndRunEscalation(instance);

    MimeMessage[] mails = greenMail.getReceivedMessages();
    assertThat(mails).hasSize(1);
    assertThat(mails[0].getRecipients(RecipientType.TO)).extracting(Object::toString)
        .containsExactly("fachstelle-pankow@bezirksamt.example");
    assertThat(mails[0].getSubject()).endsWith("Fall C-2026-0002 (Pankow)");
  }

  @Test
  void aTaskCompletedBeforeTheEscalationJobRunsIsNotReported() {
    ProcessInstance instance = startCourtLetterCase("mitte", "C-2026-0003");
    setClock("2026-03-06T08:00");
    managementService.executeJob(timerJob(instance).getId());
    // the caseworker completes the letter task before the escalation job gets its turn
    taskService.complete(openTask(instance, ProcessKeys.TASK_SEND_COURT_LETTER).getId());

    managementService.executeJob(escalationJob(instance).getId());

    assertThat(greenMail.getReceivedMessages()).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .isZero();
  }

  @Test
  void onlyTheTaskOfTheSameBailiffNoticeIsEscalated() throws Exception {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(
        EscalationTestProcesses.EVICTION_LETTER_PROCESS, "C-2026-0004",
        Map.of(CaseVariables.DISTRICT, "mitte", CaseVariables.CASE_ID, "C-2026-0004"));
    runtimeService.createMessageCorrelation(ProcessKeys.MSG_BAILIFF_NOTICE)
        .processInstanceId(instance.getId()).setVariablesLocal(Map.of(DUE_AT, "2026-03-05T23:59:00"))
        .correlate();
    setClock("2026-03-04T10:00");
    runtimeService.createMessageCorrelation(ProcessKeys.MSG_BAILIFF_NOTICE)
        .processInstanceId(instance.getId()).setVariablesLocal(Map.of(DUE_AT, "2026-03-09T23:59:00"))
        .correlate();
    var letters = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ProcessKeys.TASK_SEND_EVICTION_LETTER).orderByDueDate().asc().list();
    assertThat(letters).hasSize(2);
    Task first = letters.get(0);
    Task second = letters.get(1);
    assertThat(first.getDueDate()).isBefore(second.getDueDate());

    // the first notice's deadline passes; its letter is sent before the escalation job runs
    setClock("2026-03-06T08:00");
    Job firstTimer = managementService.createJobQuery().processInstanceId(instance.getId()).timers()
        .duedateLowerThan(ClockUtil.getCurrentTime()).singleResult();
    managementService.executeJob(firstTimer.getId());
    taskService.complete(first.getId());
    managementService.executeJob(escalationJob(instance).getId());

    // the other notice's open (and not yet due) letter is none of that escalation's business
    assertThat(greenMail.getReceivedMessages()).isEmpty();
    assertThat(taskService.getVariableLocal(second.getId(), CaseVariables.OVERDUE)).isNull();

    // then its own deadline passes
    setClock("2026-03-10T08:00");
    managementService.executeJob(timerJob(instance).getId());
    managementService.executeJob(escalationJob(instance).getId());

    MimeMessage[] mails = greenMail.getReceivedMessages();
    assertThat(mails).hasSize(1);
    assertThat(mails[0].getSubject())
        .isEqualTo("Frist überschritten: Anschreiben Zwangsräumung versenden – Fall C-2026-0004 (Mitte)");
    assertThat((String) mails[0].getContent()).contains("?task=" + second.getId())
        .contains("09.03.2026");
    assertThat(taskService.getVariableLocal(second.getId(), CaseVariables.OVERDUE)).isEqualTo(true);
  }

  @Test
  void aFailingMailServerMeansRetriesThenAnIncidentAndNeverALostMail() throws Exception {
    ProcessInstance instance = startCourtLetterCase("mitte", "C-2026-0005");
    setClock("2026-03-06T08:00");
    managementService.executeJob(timerJob(instance).getId());
    String jobId = escalationJob(instance).getId();

    greenMail.stop();
    for (int expectedRetriesLeft = 4; expectedRetriesLeft >= 0; expectedRetriesLeft--) {
      assertThatThrownBy(() -> managementService.executeJob(jobId))
          .hasMessageContaining("Mail server connection failed");
      Job job = managementService.createJobQuery().jobId(jobId).singleResult();
      assertThat(job.getRetries()).isEqualTo(expectedRetriesLeft);
      assertThat(job.getExceptionMessage()).contains("Mail server connection failed");
    }
    // the overdue mark was rolled back with the failed mail, and Cockpit shows an incident
    Task task = openTask(instance, ProcessKeys.TASK_SEND_COURT_LETTER);
    assertThat(taskService.getVariableLocal(task.getId(), CaseVariables.OVERDUE)).isNull();
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance.getId())
        .singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo(REPORT_OVERDUE);
    assertThat(incident.getConfiguration()).isEqualTo(jobId);

    // the mail server is back; the operator retries the job (Cockpit "Retry")
    greenMail.start();
    managementService.setJobRetries(jobId, 1);
    managementService.executeJob(jobId);

    MimeMessage[] mails = greenMail.getReceivedMessages();
    assertThat(mails).hasSize(1);
    assertThat(mails[0].getSubject()).endsWith("Fall C-2026-0005 (Mitte)");
    assertThat(taskService.getVariableLocal(task.getId(), CaseVariables.OVERDUE)).isEqualTo(true);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  private ProcessInstance startCourtLetterCase(String district, String caseId) {
    return runtimeService.startProcessInstanceByKey(EscalationTestProcesses.COURT_LETTER_PROCESS,
        caseId, Map.of(CaseVariables.DISTRICT, district, CaseVariables.CASE_ID, caseId,
            CaseVariables.HOUSEHOLD_NAME, "Erika Mustermann",
            CaseVariables.HOUSEHOLD_STREET, "Musterstraße 1",
            CaseVariables.HOUSEHOLD_POSTAL_CODE, "10115",
            DUE_AT, "2026-03-05T23:59:00"));
  }

  private void fireTimerAndRunEscalation(ProcessInstance instance) {
    managementService.executeJob(timerJob(instance).getId());
    assertThat(greenMail.getReceivedMessages()).isEmpty(); // the mail is sent by the async job
    managementService.executeJob(escalationJob(instance).getId());
  }

  private Job timerJob(ProcessInstance instance) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).timers()
        .duedateLowerThan(ClockUtil.getCurrentTime()).singleResult();
  }

  private Job escalationJob(ProcessInstance instance) {
    return managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(REPORT_OVERDUE).singleResult();
  }

  private Task openTask(ProcessInstance instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  private static void setClock(String localDateTime) {
    TestClock.at(localDateTime);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
