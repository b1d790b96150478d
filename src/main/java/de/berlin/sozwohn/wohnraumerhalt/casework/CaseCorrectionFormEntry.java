package de.berlin.sozwohn.wohnraumerhalt.casework;

import static de.berlin.sozwohn.wohnraumerhalt.process.StartForms.CORRECTED_FIELD;
import static de.berlin.sozwohn.wohnraumerhalt.process.StartForms.CORRECTED_VALUE;
import static de.berlin.sozwohn.wohnraumerhalt.process.StartForms.REASON;
import static de.berlin.sozwohn.wohnraumerhalt.process.StartForms.VISIT;

import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The start form "Korrektur erfassen" in Tasklist (process {@code caseCorrectionEntry}, model
 * {@code bpmn/korrektur-erfassen.bpmn}, form {@code forms/case-correction-entry.form}), for team
 * leads and administrators: its only service task ({@code ${caseCorrectionFormEntry}}) hands the
 * correction to {@link CaseCorrections} – the same checks and effects as {@code POST
 * /api/cases/{caseId}/corrections}, in the engine's transaction that starts the entry instance.
 * Caseworkers may not start the process at all (IdentitySetup grants CREATE_INSTANCE to team
 * leads only); the service checks the role again.
 *
 * <p>Refusals and what the entry instance keeps: as {@link CaseEventFormEntry}.
 */
@Component
public class CaseCorrectionFormEntry implements JavaDelegate {

  static final String WHAT = "Die Korrektur";

  /** The form's labels, for messages that name a field. */
  static final Map<String, String> LABELS = Map.of(
      CaseFormEntryValues.CASE_ID, "Fallnummer",
      CORRECTED_FIELD, "Feld",
      VISIT, "Hausbesuch",
      CaseVariables.BAILIFF_REFERENCE, "Aktenzeichen der Gerichtsvollzieherin",
      CORRECTED_VALUE, "Neuer Wert",
      REASON, "Begründung");

  private final CaseCorrections corrections;
  private final CaseAccess access;

  public CaseCorrectionFormEntry(CaseCorrections corrections, CaseAccess access) {
    this.corrections = corrections;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFormEntryValues in = new CaseFormEntryValues(execution.getVariables(), LABELS);
    String caseId = in.caseId();
    CaseCorrectionRequest correction = new CaseCorrectionRequest(in.text(CORRECTED_FIELD),
        in.text(CORRECTED_VALUE), in.text(REASON), in.number(VISIT),
        in.text(CaseVariables.BAILIFF_REFERENCE));
    in.rejectUnreadable(WHAT);
    String caseInstanceId;
    try {
      corrections.correct(caseId, correction);
      caseInstanceId = access.workedCase(caseId).processInstanceId();
    } catch (RuntimeException e) {
      throw CaseFormEntryRejectedException.translated(e, caseId, WHAT, LABELS, null);
    }
    CaseFormEntryValues.remember(execution, caseId, caseInstanceId);
  }
}
