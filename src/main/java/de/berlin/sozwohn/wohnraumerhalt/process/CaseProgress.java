package de.berlin.sozwohn.wohnraumerhalt.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Small state changes the model asks for by expression ({@code ${caseProgress.…}}), named once. */
@Component("caseProgress")
public class CaseProgress {

  /**
   * The household was not reached by the visits: "Fall abschließen" now waits next to "Kontakt
   * erfassen". Remembered so that a later contact leads to counselling without a second closure task.
   */
  public void closureOpened(DelegateExecution execution) {
    execution.getProcessInstance().setVariable(CaseVariables.CLOSURE_OPEN, true);
  }
}
