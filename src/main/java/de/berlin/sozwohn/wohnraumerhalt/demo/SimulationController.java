package de.berlin.sozwohn.wohnraumerhalt.demo;

import de.berlin.sozwohn.wohnraumerhalt.demo.SimulationClock.FailedJob;
import de.berlin.sozwohn.wohnraumerhalt.demo.SimulationClock.JobRun;
import de.berlin.sozwohn.wohnraumerhalt.process.CalendarProperties;
import de.berlin.sozwohn.wohnraumerhalt.security.CurrentUser;
import de.berlin.sozwohn.wohnraumerhalt.web.Problems;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The simulated clock (SPEC §7), only in the profile {@code simulation} and only for administrators
 * (group {@code camunda-admin}):
 * <ul>
 *   <li>{@code POST /api/simulation/clock {"now": "2026-03-02T09:00:00"}} sets the engine clock to
 *       that time in Berlin (an offset such as {@code Z} is converted) and answers after every job
 *       due then has run: {@code {now, zone, jobsExecuted, failedJobs, remainingDueJobs,
 *       incidents}};</li>
 *   <li>{@code DELETE /api/simulation/clock} returns to real time and runs what is due by then.</li>
 * </ul>
 * The clock stands still at the set time until the next call. In this profile the job executor is
 * off (application-simulation.yaml): timers fire only through this endpoint. While the demo
 * history is generated (first start) the answer is 409: the generator moves the clock itself.
 */
@RestController
@Profile("simulation")
@RequestMapping("/api/simulation")
public class SimulationController {

  static final URI NOT_AUTHORIZED = Problems.type("keine-berechtigung");
  static final URI DEMO_RUNNING = Problems.type("demo-wird-erzeugt");
  static final URI INVALID_TIME = Problems.type("ungueltige-uhrzeit");
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  /** Body of {@code POST /api/simulation/clock}. */
  public record ClockRequest(String now) {}

  /**
   * @param now the engine's time now, local time in {@code zone}
   * @param jobsExecuted jobs run successfully by this call
   * @param failedJobs jobs that failed in this call (with retries left, or now an incident)
   * @param remainingDueJobs jobs still due (failed ones waiting for their retry)
   * @param incidents open incidents in the engine after this call
   */
  public record ClockAnswer(String now, String zone, int jobsExecuted, List<FailedJob> failedJobs,
      long remainingDueJobs, long incidents) {}

  private final SimulationClock clock;
  private final CurrentUser currentUser;
  private final ZoneId zone;
  private final ObjectProvider<DemoHistory> demoHistory;

  public SimulationController(SimulationClock clock, CurrentUser currentUser,
      CalendarProperties calendar, ObjectProvider<DemoHistory> demoHistory) {
    this.clock = clock;
    this.currentUser = currentUser;
    this.zone = calendar.zone();
    this.demoHistory = demoHistory;
  }

  @PostMapping("/clock")
  public ResponseEntity<?> setClock(@RequestBody(required = false) ClockRequest request) {
    if (!currentUser.isAdmin()) {
      return forbidden();
    }
    if (demoRunning()) {
      return busy();
    }
    String text = request == null ? null : request.now();
    LocalDateTime now;
    try {
      now = parse(text);
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return Problems.response(HttpStatus.BAD_REQUEST, INVALID_TIME, "Ungültige Uhrzeit",
          text == null || text.isBlank()
              ? "„now“ fehlt: die Uhrzeit, auf die die Engine gestellt wird, z. B. 2026-03-02T09:00:00."
              : "„now“ ist keine gültige Uhrzeit: '" + text + "'. Erwartet wird z. B. 2026-03-02T09:00:00.",
          Map.of("errors", List.of(Map.of("field", "now", "message",
              "Datum und Uhrzeit im Format JJJJ-MM-TTThh:mm:ss (Ortszeit Berlin)"))));
    }
    return ResponseEntity.ok(answer(clock.advanceTo(now)));
  }

  @DeleteMapping("/clock")
  public ResponseEntity<?> resetClock() {
    if (!currentUser.isAdmin()) {
      return forbidden();
    }
    if (demoRunning()) {
      return busy();
    }
    return ResponseEntity.ok(answer(clock.resetToRealTime()));
  }

  private ClockAnswer answer(JobRun run) {
    return new ClockAnswer(clock.now().format(SECONDS), zone.getId(), run.executed(), run.failed(),
        run.remainingDue(), clock.openIncidents());
  }

  /** A local date-time (Berlin), with or without seconds, or one with an offset converted to Berlin. */
  private LocalDateTime parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("missing");
    }
    TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text.trim(),
        ZonedDateTime::from, LocalDateTime::from);
    if (parsed instanceof ZonedDateTime zoned) {
      return zoned.withZoneSameInstant(zone).toLocalDateTime();
    }
    return (LocalDateTime) parsed;
  }

  private boolean demoRunning() {
    DemoHistory history = demoHistory.getIfAvailable();
    return history != null && history.isGenerating();
  }

  /** The demo history moves the clock itself while it is generated (first start). */
  private static ResponseEntity<ProblemDetail> busy() {
    return Problems.response(HttpStatus.CONFLICT, DEMO_RUNNING, "Demo-Historie wird erzeugt",
        "Die Demo-Historie wird gerade erzeugt und stellt die Uhr selbst. Bitte warten, bis die "
            + "Anwendung bereit ist (/actuator/health/readiness).", Map.of());
  }

  private static ResponseEntity<ProblemDetail> forbidden() {
    return Problems.response(HttpStatus.FORBIDDEN, NOT_AUTHORIZED, "Keine Berechtigung",
        "Nur Administratorinnen und Administratoren (Gruppe camunda-admin) dürfen die Uhr der "
            + "Simulation stellen.", Map.of());
  }
}
