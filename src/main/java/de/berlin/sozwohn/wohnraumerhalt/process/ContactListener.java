package de.berlin.sozwohn.wohnraumerhalt.process;

import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.CONTACT_ESTABLISHED;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.CONTACT_MADE;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.CONTACT_ON;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.COUNSELLING_ON;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.FIRST_CONTACT_ON;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.VISITED_ON;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the case-level contact facts ({@code contactEstablished}, {@code firstContactOn}) when a
 * task that can establish contact is completed: a recorded contact, a home visit with contact, or
 * counselling (which presupposes contact). The eviction steps ask these facts (SPEC §3 step 6).
 */
@Component("contactListener")
public class ContactListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String contactDate = switch (task.getTaskDefinitionKey()) {
      case ProcessKeys.TASK_RECORD_CONTACT -> string(task.getVariable(CONTACT_ON));
      case ProcessKeys.TASK_HOME_VISIT_1, ProcessKeys.TASK_HOME_VISIT_2 ->
          Boolean.TRUE.equals(task.getVariable(CONTACT_MADE)) ? string(task.getVariable(VISITED_ON)) : null;
      case ProcessKeys.TASK_COUNSELLING -> string(task.getVariable(COUNSELLING_ON));
      default -> null;
    };
    boolean contact = contactDate != null
        || ProcessKeys.TASK_RECORD_CONTACT.equals(task.getTaskDefinitionKey())
        || ProcessKeys.TASK_COUNSELLING.equals(task.getTaskDefinitionKey());
    if (!contact) {
      return;
    }
    var instance = task.getExecution().getProcessInstance();
    instance.setVariable(CONTACT_ESTABLISHED, true);
    if (contactDate != null && instance.getVariable(FIRST_CONTACT_ON) == null) {
      instance.setVariable(FIRST_CONTACT_ON, contactDate);
    }
  }

  private static String string(Object value) {
    return value == null ? null : value.toString();
  }
}
