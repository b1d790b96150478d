package de.berlin.sozwohn.wohnraumerhalt.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The history of a case is kept as long as the configuration says (10 years here), not as the
 * model says (5 years): for the deployed model, for a version set otherwise meanwhile, and for the
 * removal time of a case that ends.
 */
@AppTest
@TestPropertySource(properties = {
    "wohnraumerhalt.retention.history-time-to-live=P3650D",
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true"})
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryRetentionTest {

  /** {@code wohnraumerhalt.retention.history-time-to-live} of every other test: P1825D. */
  static final int DEFAULT_DAYS = 1825;

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired HistoryRetention retention;

  /**
   * On the shared PostgreSQL test schema the other test classes' engines see this class's
   * definition change: the default period (P1825D) goes back, or their history cleanup would wait
   * 10 years.
   */
  @AfterAll
  void restoreTheDefaultPeriod() {
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.PROCESS).list()) {
      repositoryService.updateProcessDefinitionHistoryTimeToLive(definition.getId(),
          DEFAULT_DAYS);
    }
  }

  @Test
  void theConfiguredPeriodOverridesTheModel() {
    ProcessDefinition definition = latest();
    assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650);

    // someone set another value (Cockpit, REST): the next start brings it back
    repositoryService.updateProcessDefinitionHistoryTimeToLive(definition.getId(), 30);
    retention.run(null);
    assertThat(latest().getHistoryTimeToLive()).isEqualTo(3650);

    // a case that ends now is removed 3650 days after its end
    ProcessInstance instance = runtimeService.createMessageCorrelation(ProcessKeys.MSG_COURT_NOTICE)
        .processInstanceBusinessKey("RT-1")
        .setVariables(Map.of(CaseVariables.DISTRICT, "mitte", CaseVariables.CASE_ID, "RT-1",
            CaseVariables.CASE_ORIGIN, "court", CaseVariables.RECEIVED_ON, "2026-03-02",
            CaseVariables.CONTACT_ESTABLISHED, false, CaseVariables.CLOSURE_OPEN, false))
        .correlateStartMessage();
    runtimeService.deleteProcessInstance(instance.getId(), "Test");
    HistoricProcessInstance ended = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(instance.getId()).singleResult();
    assertThat(ChronoUnit.DAYS.between(ended.getEndTime().toInstant(),
        ended.getRemovalTime().toInstant())).isEqualTo(3650);
  }

  @Test
  void onlyWholeDaysAreAccepted() {
    assertThat(HistoryRetention.days(Period.ofDays(1825))).isEqualTo(1825);
    assertThatThrownBy(() -> HistoryRetention.days(Period.ofYears(5)))
        .hasMessageContaining("P1825D");
    assertThatThrownBy(() -> HistoryRetention.days(Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }

  private ProcessDefinition latest() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.PROCESS)
        .latestVersion().singleResult();
  }
}
