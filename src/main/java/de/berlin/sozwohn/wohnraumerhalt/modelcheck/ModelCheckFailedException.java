package de.berlin.sozwohn.wohnraumerhalt.modelcheck;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;

/** A deployment refused by the model check; the message lists the German findings. */
public class ModelCheckFailedException extends ProcessEngineException {

  private final transient List<Finding> findings;

  public ModelCheckFailedException(String message, List<Finding> findings) {
    super(message);
    this.findings = List.copyOf(findings);
  }

  /** The errors (and warnings) of the refused models. */
  public List<Finding> findings() {
    return findings;
  }
}
