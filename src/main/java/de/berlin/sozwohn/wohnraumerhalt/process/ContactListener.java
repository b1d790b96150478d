package de.berlin.sozwohn.wohnraumerhalt.process;

import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.CONTACT_ESTABLISHED;
import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.FIRST_CONTACT_ON;

import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the case-level contact facts ({@code contactEstablished}, {@code firstContactOn}) when a
 * task that can establish contact is completed: a recorded contact, a home visit with contact, or
 * counselling (which presupposes contact) – what each task means for contact is in the {@link
 * UserTaskCatalogue}. The eviction steps ask these facts (SPEC §3 step 6).
 */
@Component("contactListener")
public class ContactListener implements TaskListener {

  private final CaseFiles caseFiles;

  public ContactListener(CaseFiles caseFiles) {
    this.caseFiles = caseFiles;
  }

  @Override
  public void notify(DelegateTask task) {
    CaseFile file = caseFiles.of(task);
    Optional<UserTaskCatalogue> entry = UserTaskCatalogue.byKey(task.getTaskDefinitionKey());
    if (entry.isEmpty() || !entry.get().meansContact(file)) {
      return;
    }
    LocalDate contactDate = entry.get().contactDate(file).orElse(null);
    var instance = task.getExecution().getProcessInstance();
    instance.setVariable(CONTACT_ESTABLISHED, true);
    // the task sees the case's variables: its file holds the first contact, if any
    if (contactDate != null && file.firstContactOn().isEmpty()) {
      // stored as the forms write dates: ISO "2026-03-02"
      instance.setVariable(FIRST_CONTACT_ON, contactDate.toString());
    }
  }
}
