package de.berlin.sozwohn.wohnraumerhalt.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.berlin.sozwohn.wohnraumerhalt.modelcheck.ModelCheckProperties.OnDeploy;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.PpbeAttributes;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Test;

/** The check at deployment, per mode, without an engine. */
class ModelCheckDeployerTest {

  static DeploymentEntity deployment(boolean isNew, String name, BpmnModelInstance model) {
    DeploymentEntity deployment = new DeploymentEntity();
    deployment.setNew(isNew);
    ResourceEntity resource = new ResourceEntity();
    resource.setName(name);
    resource.setBytes(Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
    deployment.addResource(resource);
    ResourceEntity form = new ResourceEntity();
    form.setName("forms/antrag.form");
    form.setBytes("{}".getBytes(StandardCharsets.UTF_8));
    deployment.addResource(form);
    return deployment;
  }

  static BpmnModelInstance withError() {
    BpmnModelInstance model = TestModels.clean();
    TestModels.property(model, "Flow_No", PpbeAttributes.PROBABILITY, "20");
    return model;
  }

  @Test
  void enforceRefusesAModelWithErrorsNamingTheFindingsInGerman() {
    var deployer = new ModelCheckDeployer(() -> OnDeploy.ENFORCE);
    assertThatThrownBy(() -> deployer.deploy(deployment(true, "bpmn/antrag.bpmn", withError())))
        .isInstanceOf(ModelCheckFailedException.class)
        .hasMessageContaining("Bereitstellung abgelehnt")
        .hasMessageContaining("Modell „bpmn/antrag.bpmn“ (1 Fehler):")
        .hasMessageContaining("FEHLER [ppbe-wahrscheinlichkeit] Exklusives Gateway „Antrag "
            + "vollständig?“ (GW_Complete): die Wahrscheinlichkeiten (ppbe:probability) der "
            + "ausgehenden Flüsse ergeben 90 % statt 100 %.")
        .satisfies(e -> assertThat(((ModelCheckFailedException) e).findings()).hasSize(1));
  }

  @Test
  void warningsNeverStopADeployment() {
    BpmnModelInstance model = TestModels.clean();
    ((FlowNode) model.getModelElementById("Check")).setName("Prüfung");
    var deployer = new ModelCheckDeployer(() -> OnDeploy.ENFORCE);
    assertThatCode(() -> deployer.deploy(deployment(true, "antrag.bpmn20.xml", model)))
        .doesNotThrowAnyException();
  }

  @Test
  void warnAndOffDeployModelsWithErrors() {
    assertThatCode(() -> new ModelCheckDeployer(() -> OnDeploy.WARN)
        .deploy(deployment(true, "antrag.bpmn", withError()))).doesNotThrowAnyException();
    assertThatCode(() -> new ModelCheckDeployer(() -> OnDeploy.OFF)
        .deploy(deployment(true, "antrag.bpmn", withError()))).doesNotThrowAnyException();
  }

  @Test
  void deploymentsLoadedAgainFromTheDatabaseAreNotChecked() {
    assertThatCode(() -> new ModelCheckDeployer(() -> OnDeploy.ENFORCE)
        .deploy(deployment(false, "antrag.bpmn", withError()))).doesNotThrowAnyException();
  }
}
