package de.berlin.sozwohn.wohnraumerhalt.casework;

import static de.berlin.sozwohn.wohnraumerhalt.process.StartForms.EVENT_ON;
import static de.berlin.sozwohn.wohnraumerhalt.process.StartForms.EVENT_TYPE;
import static de.berlin.sozwohn.wohnraumerhalt.process.StartForms.REASON;
import static de.berlin.sozwohn.wohnraumerhalt.process.StartForms.TO_DISTRICT;

import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The start form "Fallereignis erfassen" in Tasklist (process {@code caseEventEntry}, model
 * {@code bpmn/fallereignis-erfassen.bpmn}, form {@code forms/case-event-entry.form}): its only
 * service task ({@code ${caseEventFormEntry}}) hands the submitted event to {@link CaseEvents} –
 * the same checks and effects as {@code POST /api/cases/{caseId}/events}, in the engine's
 * transaction that starts the entry instance.
 *
 * <p>A refusal is thrown as {@link CaseFormEntryRejectedException}: the engine rolls back the
 * whole start (no entry instance, no change to the case) and Tasklist shows the German message
 * naming the field. On success the entry instance forgets what was entered and keeps only the
 * case it went to ({@link CaseVariables#ENTERED_CASE_ID}).
 */
@Component
public class CaseEventFormEntry implements JavaDelegate {

  static final String WHAT = "Das Fallereignis";

  /** The form's labels, for messages that name a field. */
  static final Map<String, String> LABELS = Map.of(
      CaseFormEntryValues.CASE_ID, "Fallnummer",
      EVENT_TYPE, "Ereignis",
      EVENT_ON, "Datum des Ereignisses",
      TO_DISTRICT, "Neuer Bezirk",
      CaseVariables.BAILIFF_REFERENCE, "Aktenzeichen der Gerichtsvollzieherin",
      CaseVariables.EVICTION_AT, "Neuer Räumungstermin",
      REASON, "Begründung");

  private final CaseEvents events;

  public CaseEventFormEntry(CaseEvents events) {
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFormEntryValues in = new CaseFormEntryValues(execution.getVariables(), LABELS);
    String caseId = in.caseId();
    CaseEventRequest event = new CaseEventRequest(in.text(EVENT_TYPE), in.text(EVENT_ON),
        in.text(TO_DISTRICT), in.text(CaseVariables.BAILIFF_REFERENCE),
        in.text(CaseVariables.EVICTION_AT), in.text(REASON));
    in.rejectUnreadable(WHAT);
    CaseState state;
    try {
      state = events.record(caseId, event);
    } catch (RuntimeException e) {
      // an entered-in-error by a caseworker is refused for the event chosen
      throw CaseFormEntryRejectedException.translated(e, caseId, WHAT, LABELS, EVENT_TYPE);
    }
    CaseFormEntryValues.remember(execution, state.caseId(), state.processInstanceId());
  }
}
