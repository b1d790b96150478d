package de.berlin.sozwohn.wohnraumerhalt.appointments;

import de.berlin.sozwohn.wohnraumerhalt.appointments.AppointmentCalendar.CaseRef;
import de.berlin.sozwohn.wohnraumerhalt.appointments.AppointmentCalendar.Offer;
import de.berlin.sozwohn.wohnraumerhalt.calendar.DateValues;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The calendar's part in {@code SendCourtLetter} (registered by {@link AppointmentPlugin}): on
 * {@code create} the case gets a free slot ({@code appointmentAt}), on {@code complete} the
 * letter's slot is booked – or the completion refused ({@link AppointmentRefusedException}) – and on {@code
 * delete} (no letter) the proposal is given up.
 */
class AppointmentTaskListener implements TaskListener {

  private final AppointmentCalendar calendar;

  AppointmentTaskListener(AppointmentCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> propose(task, calendar);
      case EVENTNAME_COMPLETE -> calendar.book(caseOf(task),
          task.getVariable(CaseVariables.APPOINTMENT_AT),
          task.getVariable(CaseVariables.LETTER_SENT_ON));
      case EVENTNAME_DELETE -> calendar.releaseProposal(task.getProcessInstanceId());
      default -> { }
    }
  }

  /** Proposes (again) and writes the appointment to the case where it changed. */
  static Offer propose(DelegateTask task, AppointmentCalendar calendar) {
    Object current = task.getVariable(CaseVariables.APPOINTMENT_AT);
    Offer offer = calendar.offer(caseOf(task), current);
    offer.appointment().map(DateValues::formatDateTime)
        .filter(value -> !Objects.equals(value, current))
        .ifPresent(value -> task.setVariable(CaseVariables.APPOINTMENT_AT, value));
    return offer;
  }

  /** The case of the task: its district is the tenant, its id the business key. */
  static CaseRef caseOf(DelegateTask task) {
    String district = task.getTenantId();
    if (district == null) {
      district = (String) task.getVariable(CaseVariables.DISTRICT);
    }
    String caseId = task.getExecution() == null ? null
        : task.getExecution().getProcessBusinessKey();
    if (caseId == null && task.getVariable(CaseVariables.CASE_ID) instanceof String id) {
      caseId = id;
    }
    return new CaseRef(district, caseId, task.getProcessInstanceId());
  }
}
