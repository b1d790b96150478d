package de.berlin.sozwohn.wohnraumerhalt.appointments;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.appointments.AppointmentCalendar.Booking;
import de.berlin.sozwohn.wohnraumerhalt.calendar.AppointmentSlots;
import de.berlin.sozwohn.wohnraumerhalt.calendar.DateValues;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.security.CurrentUser;
import de.berlin.sozwohn.wohnraumerhalt.web.Problems;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The appointments of a district's day ({@code GET
 * /api/appointments?district=mitte&day=2026-12-08}), for the staff of the district and
 * administrators: every seat held, by time – {@code booked} once the letter offering it went out,
 * otherwise {@code proposed} in an open letter (no other household is offered it). {@code
 * district} may be left out by whoever works for one district only; {@code day} defaults to today.
 * The household's name comes with it where the engine lets the user read it.
 */
@RestController
@RequestMapping("/api/appointments")
public class AppointmentController {

  public static final URI BAD_REQUEST = Problems.type("ungueltige-terminabfrage");
  public static final URI NOT_ALLOWED = Problems.type("bezirk-nicht-erlaubt");

  /** One seat of the day. */
  public record Appointment(String at, String label, int seat, String status, String statusText,
      String caseId, String householdName) {}

  /** The district's day. */
  public record Day(String district, String districtName, LocalDate day, String officeHours,
      int seats, List<Appointment> appointments) {}

  private final AppointmentCalendar calendar;
  private final CurrentUser user;
  private final RuntimeService runtimeService;

  public AppointmentController(AppointmentCalendar calendar, CurrentUser user,
      RuntimeService runtimeService) {
    this.calendar = calendar;
    this.user = user;
    this.runtimeService = runtimeService;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> day(@RequestParam(required = false) String district,
      @RequestParam(required = false) String day) {
    Optional<String> chosen = Districts.ofEntry(district, user.districts());
    if (chosen.isEmpty()) {
      return Problems.response(HttpStatus.BAD_REQUEST, BAD_REQUEST, "Bezirk fehlt",
          "Bitte geben Sie den Bezirk an (district), z. B. district=mitte.", Map.of());
    }
    String id = chosen.get();
    if (!Districts.isKnown(id)) {
      return Problems.response(HttpStatus.BAD_REQUEST, BAD_REQUEST, "Unbekannter Bezirk",
          "Einen Bezirk „" + id + "“ gibt es nicht.", Map.of("district", id));
    }
    if (!user.isAdmin() && !user.groups().contains(Districts.caseworkerGroup(id))
        && !user.groups().contains(Districts.teamLeadGroup(id))) {
      return Problems.response(HttpStatus.FORBIDDEN, NOT_ALLOWED, "Nicht Ihr Bezirk",
          "Die Termine des Bezirks " + Districts.displayName(id).orElse(id)
              + " sehen nur seine Fachkräfte, seine Leitung und die Administration.",
          Map.of("district", id));
    }
    LocalDate date;
    if (day == null || day.isBlank()) {
      date = calendar.today();
    } else {
      Optional<LocalDate> parsed = DateValues.parseDate(day);
      if (parsed.isEmpty()) {
        return Problems.response(HttpStatus.BAD_REQUEST, BAD_REQUEST, "Ungültiger Tag",
            "Der Tag „" + day + "“ ist kein Datum; erwartet wird z. B. day=2026-12-08.",
            Map.of("day", day));
      }
      date = parsed.get();
    }
    List<Booking> bookings = calendar.day(id, date);
    Map<String, String> names = householdNames(bookings);
    List<Appointment> appointments = bookings.stream().map(b -> new Appointment(
            DateValues.formatDateTime(b.at()), AppointmentSlots.label(b.at()), b.seat(),
            b.booked() ? "booked" : "proposed",
            b.booked() ? "gebucht (Anschreiben versandt)" : "vorgemerkt (Anschreiben offen)",
            b.caseId(), names.get(b.processInstanceId())))
        .toList();
    var hours = calendar.officeHours(id);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new Day(id,
        Districts.displayName(id).orElse(id), date, hours.germanText(), hours.seats(),
        appointments));
  }

  /** Names of the households, as far as the engine lets the user read them. */
  private Map<String, String> householdNames(List<Booking> bookings) {
    Map<String, String> names = new HashMap<>();
    String[] instances = bookings.stream().map(Booking::processInstanceId).distinct()
        .toArray(String[]::new);
    if (instances.length == 0) {
      return names;
    }
    for (VariableInstance variable : runtimeService.createVariableInstanceQuery()
        .variableName(CaseVariables.HOUSEHOLD_NAME).processInstanceIdIn(instances).list()) {
      if (variable.getValue() instanceof String name) {
        names.put(variable.getProcessInstanceId(), name);
      }
    }
    return names;
  }
}
