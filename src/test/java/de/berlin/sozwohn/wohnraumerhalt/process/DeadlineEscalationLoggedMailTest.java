package de.berlin.sozwohn.wohnraumerhalt.process;

import static de.berlin.sozwohn.wohnraumerhalt.process.EscalationTestProcesses.DUE_AT;
import static de.berlin.sozwohn.wohnraumerhalt.process.EscalationTestProcesses.REPORT_OVERDUE;
import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.notification.LoggingMailGateway;
import de.berlin.sozwohn.wohnraumerhalt.notification.MailGateway;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TestClock;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;

/** The embedded default has no mail server: escalation mails are logged in full, not lost. */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class DeadlineEscalationLoggedMailTest {

  @Autowired MailGateway mailGateway;
  @Autowired ObjectProvider<JavaMailSender> mailSender;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  private String deploymentId;

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    if (deploymentId != null) {
      repositoryService.deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void withoutMailHostNoMailSenderExistsAndTheLogGatewayIsUsed() {
    assertThat(mailSender.getIfAvailable()).isNull();
    assertThat(mailGateway).isInstanceOf(LoggingMailGateway.class);
  }

  @Test
  void theEscalationMailIsWrittenToTheMailLogger(CapturedOutput output) {
    deploymentId = repositoryService.createDeployment()
        .addModelInstance("escalation-court-letter.bpmn", EscalationTestProcesses.courtLetter())
        .deploy().getId();
    setClock("2026-03-02T09:00");
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(
        EscalationTestProcesses.COURT_LETTER_PROCESS, "C-2026-0100",
        Map.of(CaseVariables.DISTRICT, "mitte", CaseVariables.CASE_ID, "C-2026-0100",
            CaseVariables.HOUSEHOLD_NAME, "Erika Mustermann", DUE_AT, "2026-03-05T23:59:00"));

    setClock("2026-03-06T08:00");
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
        .timers().singleResult().getId());
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(REPORT_OVERDUE).singleResult().getId());

    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(taskService.getVariableLocal(task.getId(), CaseVariables.OVERDUE)).isEqualTo(true);
    String log = output.getOut();
    assertThat(log)
        .contains(LoggingMailGateway.LOGGER)
        .contains("An: leitung.mitte@wohnhilfe.example")
        .contains("Standardanschreiben versenden")
        .contains("Fall C-2026-0100 (Mitte)")
        .contains("?task=" + task.getId())
        .doesNotContain("Mustermann");
    // one mail, logged once
    assertThat(log.split("An: leitung.mitte@wohnhilfe.example", -1)).hasSize(2);
  }

  private static void setClock(String localDateTime) {
    TestClock.at(localDateTime);
  }
}
