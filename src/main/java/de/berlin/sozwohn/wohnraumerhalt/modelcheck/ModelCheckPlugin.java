package de.berlin.sozwohn.wohnraumerhalt.modelcheck;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.stereotype.Component;

/**
 * Registers the {@link ModelCheckDeployer} as a pre-deployer of the engine, so that no model
 * with errors is deployed ({@code wohnraumerhalt.model-check.on-deploy}, default enforce).
 */
@Component
public class ModelCheckPlugin extends AbstractProcessEnginePlugin {

  private final ModelCheckProperties properties;

  public ModelCheckPlugin(ModelCheckProperties properties) {
    this.properties = properties;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> preDeployers = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPreDeployers());
    preDeployers.add(new ModelCheckDeployer(properties::onDeploy));
    configuration.setCustomPreDeployers(preDeployers);
  }
}
