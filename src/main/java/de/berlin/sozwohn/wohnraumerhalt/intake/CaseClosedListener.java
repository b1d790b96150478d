package de.berlin.sozwohn.wohnraumerhalt.intake;

import de.berlin.sozwohn.wohnraumerhalt.process.CaseFiles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Marks the case closed in the registry when the case work ends, so that a later bailiff notice
 * opens a new case instead of joining this one. Attached in the BPMN to the end of the case-work
 * scope: {@code <camunda:executionListener event="end" delegateExpression="${caseClosedListener}"/>}.
 * Runs in the engine's transaction.
 */
@Component("caseClosedListener")
public class CaseClosedListener implements ExecutionListener {

  private final CaseRegistry registry;
  private final CaseFiles caseFiles;

  public CaseClosedListener(CaseRegistry registry, CaseFiles caseFiles) {
    this.registry = registry;
    this.caseFiles = caseFiles;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String id = caseFiles.of(execution).caseId().orElseGet(execution::getProcessBusinessKey);
    if (id != null) {
      registry.markClosed(id);
    }
  }
}
