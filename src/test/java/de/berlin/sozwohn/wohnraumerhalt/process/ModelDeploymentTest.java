package de.berlin.sozwohn.wohnraumerhalt.process;

import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The application deploys the model with every form its tasks reference (SPEC §3, §6). */
@AppTest
class ModelDeploymentTest {

  @Autowired RepositoryService repositoryService;

  @Test
  void theMainModelIsDeployedWithAllItsForms() {
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.PROCESS).latestVersion().withoutTenantId().singleResult();
    assertThat(definition).isNotNull();
    assertThat(definition.getHistoryTimeToLive()).isPositive();
    assertThat(definition.getVersionTag()).isNotBlank();

    List<String> resources = repositoryService.getDeploymentResourceNames(definition.getDeploymentId());
    var model = repositoryService.getBpmnModelInstance(definition.getId());
    var userTasks = model.getModelElementsByType(UserTask.class);
    assertThat(userTasks).extracting(UserTask::getId).contains(
        ProcessKeys.TASK_SEND_COURT_LETTER, ProcessKeys.TASK_RECORD_CONTACT, ProcessKeys.TASK_HOME_VISIT_1,
        ProcessKeys.TASK_HOME_VISIT_2, ProcessKeys.TASK_COUNSELLING, ProcessKeys.TASK_SEND_EVICTION_LETTER,
        ProcessKeys.TASK_DECIDE_EVICTION_ATTENDANCE, ProcessKeys.TASK_ATTEND_EVICTION,
        ProcessKeys.TASK_CLOSE_CASE, ProcessKeys.TASK_FOLLOW_UP);
    for (UserTask task : userTasks) {
      assertThat(task.getCamundaFormRef()).as("form of %s", task.getId()).isNotBlank();
      assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
      assertThat(task.getCamundaCandidateGroups()).startsWith("fachkraft-${district}");
    }
    assertThat(resources).anyMatch(name -> name.endsWith(".form"));
    var formIds = resources.stream().filter(name -> name.endsWith(".form"))
        .map(name -> formId(definition.getDeploymentId(), name)).toList();
    assertThat(formIds).containsAll(userTasks.stream().map(UserTask::getCamundaFormRef).toList());
  }

  private String formId(String deploymentId, String resource) {
    try (var in = repositoryService.getResourceAsStream(deploymentId, resource)) {
      var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
      return json.path("id").asText();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
