package de.berlin.sozwohn.wohnraumerhalt.appointments;

import de.berlin.sozwohn.wohnraumerhalt.calendar.AppointmentSlots;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.FormInputRejectedException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The letter cannot offer this appointment: it has passed, is no slot of the district's office
 * hours, or another household has it. Thrown when {@code SendCourtLetter} is completed; the engine
 * rolls the completion back, the task stays open, and the REST API (and with it Tasklist) answers
 * with the German message naming the field by its label – 400, or 409 for a slot taken meanwhile
 * ({@code process.FormInputErrorMapper}).
 */
public class AppointmentRefusedException extends FormInputRejectedException {

  private static final long serialVersionUID = 1L;

  /** The label of {@code appointmentAt} in the letter form. */
  public static final String FIELD_LABEL = "Termin für das Gespräch";
  private static final String TASK_NAME = "Standardanschreiben versenden";

  AppointmentRefusedException(int status, String problem) {
    super(status, "Die Eingaben zu „" + TASK_NAME + "“ sind nicht gültig: " + FIELD_LABEL + ": "
        + problem,
        List.of(new FieldError(CaseVariables.APPOINTMENT_AT, problem)),
        Map.of("task", TASK_NAME));
  }

  static AppointmentRefusedException passed(LocalDateTime at, Optional<LocalDateTime> instead) {
    return new AppointmentRefusedException(400, "Der Termin " + AppointmentSlots.label(at)
        + " liegt in der Vergangenheit. " + choose(instead));
  }

  static AppointmentRefusedException noSlot(LocalDateTime at, Optional<LocalDateTime> instead) {
    return new AppointmentRefusedException(400, AppointmentSlots.label(at)
        + " ist kein Termin in den Sprechzeiten der Fachstelle. " + choose(instead));
  }

  static AppointmentRefusedException taken(LocalDateTime at, Optional<LocalDateTime> instead) {
    return new AppointmentRefusedException(409, "Der Termin " + AppointmentSlots.label(at)
        + " ist inzwischen an einen anderen Haushalt vergeben. " + choose(instead));
  }

  private static String choose(Optional<LocalDateTime> instead) {
    return instead
        .map(slot -> "Bitte wählen Sie einen freien Termin aus der Liste, z. B. "
            + AppointmentSlots.label(slot) + ".")
        .orElse("Bitte wählen Sie einen freien Termin aus der Liste.");
  }
}
