package de.berlin.sozwohn.wohnraumerhalt.letters;

import de.berlin.sozwohn.wohnraumerhalt.process.CaseFile;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseFiles;
import de.berlin.sozwohn.wohnraumerhalt.process.TaskInputInvalidException;
import de.berlin.sozwohn.wohnraumerhalt.process.TaskInputRules.Violation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Task listener on {@code complete} of {@code SendCourtLetter} and {@code SendEvictionLetter}:
 * writes the letter from the case's variables and keeps it with the case, in the transaction that
 * completes the task. If the letter cannot be written (data missing), the completion fails like a
 * failed input validation ({@link TaskInputInvalidException}: the REST API answers 400 with German
 * messages naming each field) and nothing is stored — no task done without its letter, no letter
 * without its task.
 *
 * <pre>{@code <camunda:taskListener delegateExpression="${letterListener}" event="complete" />}</pre>
 *
 * Variables are read through the task, which resolves them up the scope hierarchy: the bailiff
 * data local to the eviction subprocess instance are found as well as the case data.
 */
@Component("letterListener")
public class LetterListener implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(LetterListener.class);

  private final Letters letters;
  private final CaseFiles caseFiles;

  public LetterListener(Letters letters, CaseFiles caseFiles) {
    this.letters = letters;
    this.caseFiles = caseFiles;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
      throw new IllegalStateException("letterListener gehört an das Ereignis „complete“, nicht „"
          + task.getEventName() + "“ (Aufgabe " + task.getTaskDefinitionKey() + ")");
    }
    LetterKind kind = LetterKind.byTaskKey(task.getTaskDefinitionKey())
        .orElseThrow(() -> new IllegalStateException("letterListener an Aufgabe „"
            + task.getTaskDefinitionKey() + "“, die kein Anschreiben versendet"));
    CaseFile file = caseFiles.of(task);
    String caseId = task.getExecution().getProcessBusinessKey();
    if (caseId == null) {
      caseId = file.caseId().orElse(null);
    }
    String district = file.district().orElse(null);
    StoredLetter letter;
    try {
      letter = letters.create(kind, caseId, district, task::getVariable, task.getProcessInstanceId(), task.getId(),
          task.getAssignee());
    } catch (LetterDataIncompleteException e) {
      // the same answer as the input validation: task stays open, REST 400 naming each field
      throw new TaskInputInvalidException(kind.taskName(), e.gaps().stream()
          .map(gap -> new Violation(gap.field(), gap.label() + " " + gap.problem()
              + " – ohne diese Angabe kann das " + kind.title() + " nicht erstellt werden."))
          .toList());
    }
    LOG.info("{} für Fall {} erstellt (Anschreiben {})", kind.title(), caseId, letter.id());
  }
}
