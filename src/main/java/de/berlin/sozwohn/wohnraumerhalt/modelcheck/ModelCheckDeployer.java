package de.berlin.sozwohn.wohnraumerhalt.modelcheck;

import de.berlin.sozwohn.wohnraumerhalt.modelcheck.ModelCheckProperties.OnDeploy;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.xml.ModelException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the model check on every BPMN resource of a new deployment, before the engine's own BPMN
 * deployer: from the process application, from Camunda Modeler or the REST API alike. With
 * {@link OnDeploy#ENFORCE} a model with errors fails the whole deployment with a
 * {@link ModelCheckFailedException} listing the German findings; warnings are only logged.
 * Deployments that are merely loaded again from the database (cache, other node) are not checked.
 */
public class ModelCheckDeployer implements Deployer {

  private static final Logger LOG = LoggerFactory.getLogger(ModelCheckDeployer.class);

  private final ModelChecker checker = new ModelChecker();
  private final Supplier<OnDeploy> mode;

  public ModelCheckDeployer(Supplier<OnDeploy> mode) {
    this.mode = mode;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    OnDeploy onDeploy = mode.get();
    if (!deployment.isNew() || onDeploy == OnDeploy.OFF) {
      return;
    }
    List<Finding> refused = new ArrayList<>();
    StringBuilder message = new StringBuilder();
    for (ResourceEntity resource : deployment.getResources().values()) {
      String name = resource.getName();
      if (!isBpmn(name)) {
        continue;
      }
      List<Finding> findings;
      try {
        findings = checker.check(new ByteArrayInputStream(resource.getBytes()));
      } catch (ModelException e) {
        // not readable as BPMN 2.0: the engine's BPMN parser reports the problem itself
        LOG.debug("Modellprüfung übersprungen, {} ist nicht lesbar: {}", name, e.getMessage());
        continue;
      }
      List<Finding> errors = findings.stream().filter(Finding::isError).toList();
      findings.stream().filter(f -> !f.isError())
          .forEach(f -> LOG.warn("Modellprüfung {}: {}", name, f.toGerman()));
      if (errors.isEmpty()) {
        continue;
      }
      if (onDeploy == OnDeploy.WARN) {
        errors.forEach(f -> LOG.warn("Modellprüfung {} (nur gewarnt): {}", name, f.toGerman()));
        continue;
      }
      refused.addAll(findings);
      message.append(System.lineSeparator()).append("Modell „").append(name).append("“ (")
          .append(errors.size()).append(errors.size() == 1 ? " Fehler):" : " Fehler):");
      errors.forEach(f -> message.append(System.lineSeparator()).append("  ").append(f.toGerman()));
    }
    if (!refused.isEmpty()) {
      String text = "Bereitstellung abgelehnt: die Modellprüfung nach der Berliner "
          + "Modellierungskonvention hat Fehler gefunden." + message + System.lineSeparator()
          + "Bitte die Fehler in Camunda Modeler beheben; prüfen lässt sich ein Modell mit "
          + "java -jar wohnraumerhalt.jar --check-models=<Datei>.";
      LOG.error(text);
      throw new ModelCheckFailedException(text, refused);
    }
  }

  static boolean isBpmn(String resourceName) {
    String name = resourceName == null ? "" : resourceName.toLowerCase(Locale.ROOT);
    return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml");
  }
}
