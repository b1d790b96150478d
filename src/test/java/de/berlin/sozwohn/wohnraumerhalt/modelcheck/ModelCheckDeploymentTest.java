package de.berlin.sozwohn.wohnraumerhalt.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.berlin.sozwohn.wohnraumerhalt.ppbe.PpbeAttributes;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The check at deployment as production runs it ({@code on-deploy: enforce}; the shared test
 * context only warns): the application's own models pass at start, a model with errors is refused
 * through the Java API and through the REST API that Camunda Modeler deploys with.
 */
@AppTest
@TestPropertySource(properties = {
    "wohnraumerhalt.model-check.on-deploy=enforce",
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true"})
@DirtiesContext
class ModelCheckDeploymentTest {

  @Autowired RepositoryService repositoryService;
  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;

  static BpmnModelInstance withError(String key) {
    BpmnModelInstance model = TestModels.clean();
    model.getModelElementById("antrag").setAttributeValue("id", key, true);
    TestModels.property(model, "Flow_No", PpbeAttributes.PROBABILITY, "20");
    return model;
  }

  @Test
  void theApplicationsOwnModelPassedTheCheckAtStart() {
    assertThat(repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.PROCESS).count()).isPositive();
  }

  @Test
  void aModelWithErrorsIsRefused() {
    assertThatThrownBy(() -> repositoryService.createDeployment().name("refused")
        .addModelInstance("antrag-fehler.bpmn", withError("antragFehler")).deploy())
        .isInstanceOf(ModelCheckFailedException.class)
        .hasMessageContaining("FEHLER [ppbe-wahrscheinlichkeit] Exklusives Gateway „Antrag "
            + "vollständig?“ (GW_Complete)");
    assertThat(repositoryService.createDeploymentQuery().deploymentName("refused").count()).isZero();
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("antragFehler")
        .count()).isZero();
  }

  @Test
  void cleanModelsDeploy() {
    BpmnModelInstance model = TestModels.clean();
    model.getModelElementById("antrag").setAttributeValue("id", "antragOk", true);
    var deployment = repositoryService.createDeployment().name("accepted")
        .addModelInstance("antrag-ok.bpmn", model).deploy();
    assertThat(repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId())
        .count()).isOne();
    repositoryService.deleteDeployment(deployment.getId(), true);
  }

  @Test
  void camundaModelerGetsTheFindingsFromTheRestApi() {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", "modeler");
    body.add("deployment-source", "Camunda Modeler");
    byte[] xml = Bpmn.convertToString(withError("antragModeler")).getBytes(StandardCharsets.UTF_8);
    body.add("antrag.bpmn", new ByteArrayResource(xml) {
      @Override
      public String getFilename() {
        return "antrag.bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> response = rest.withBasicAuth("gpm", "demo").postForEntity(
        "/engine-rest/engine/" + engine.getName() + "/deployment/create", new HttpEntity<>(body, headers), String.class);

    // this context's engine has a unique name, hence /engine/{name}; Modeler uses /deployment/create
    assertThat(response.getStatusCode().is4xxClientError() || response.getStatusCode().is5xxServerError())
        .as(response.getStatusCode() + " " + response.getBody()).isTrue();
    assertThat(response.getBody()).contains("Bereitstellung abgelehnt")
        .contains("ppbe-wahrscheinlichkeit").contains("90 % statt 100 %");
    assertThat(repositoryService.createDeploymentQuery().deploymentName("modeler").count()).isZero();
  }
}
