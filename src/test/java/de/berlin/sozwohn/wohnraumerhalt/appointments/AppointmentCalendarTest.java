package de.berlin.sozwohn.wohnraumerhalt.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.calendar.AppointmentSlots;
import de.berlin.sozwohn.wohnraumerhalt.calendar.OfficeHours;
import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TestClock;
import de.berlin.sozwohn.wohnraumerhalt.support.TestNotices;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appointments from the district calendar through the running application (issue 14), the way
 * caseworkers reach them: notices filed through {@code /api/notices/court}, the letter form opened
 * and submitted through {@code /engine-rest}, case events through {@code /api/cases/…/events}.
 *
 * <p>In districts no other test uses, with the production default of two seats per slot
 * ({@code application-test.yaml}); the PostgreSQL run shares its schema with earlier runs, so every
 * check looks at this run's cases or holds for every row.
 */
@AppTest
class AppointmentCalendarTest {

  static final String CW = "charlottenburg-wilmersdorf";
  static final String SZ = "steglitz-zehlendorf";
  static final String TS = "tempelhof-schoeneberg";
  static final String PASSWORD = "Termin-Test-2026";
  static final String RUN = UUID.randomUUID().toString().substring(0, 6);
  static final AtomicInteger NUMBERS = new AtomicInteger();
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final WorkingDayCalendar WORKING_DAYS = new WorkingDayCalendar();
  static final AppointmentSlots SLOTS = new AppointmentSlots(WORKING_DAYS, 5);
  /** Cases whose letter was recorded after the fact with a slot that was full (one seat more). */
  static final Set<String> OVERBOOKED = ConcurrentHashMap.newKeySet();
  /** The cases of this run (the PostgreSQL schema may hold earlier runs'). */
  static final Set<String> OURS = ConcurrentHashMap.newKeySet();

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired AppointmentCalendar calendar;
  @Autowired PlatformTransactionManager transactions;
  final ObjectMapper json = new ObjectMapper();

  record Opened(String caseId, String pid, String district) {}

  @BeforeEach
  void caseworkers() {
    for (String district : List.of(CW, SZ, TS)) {
      caseworker("fk.termin-" + district, Districts.caseworkerGroup(district));
      caseworker("leitung.termin-" + district, Districts.teamLeadGroup(district));
    }
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  // ------------------------------------------------------------------ proposed at creation

  @Test
  void theLetterTaskOffersAFreeSlotOfTheDistrictHeldForTheCase() throws Exception {
    Opened c = courtCase(CW, today());

    LocalDateTime appointment = appointmentOf(c);
    assertThat(SLOTS.isSlot(OfficeHours.standard(), appointment)).as("%s", appointment).isTrue();
    assertThat(appointment.toLocalDate()).isAfterOrEqualTo(SLOTS.earliestDay(today()));
    assertThat(held(c)).containsEntry("slot_at", Timestamp.valueOf(appointment))
        .containsEntry("status", "proposed").containsEntry("case_id", c.caseId());

    // what Tasklist loads: the appointment and the free slots to choose from, German labels
    JsonNode form = formVariables(c);
    assertThat(form.path(CaseVariables.APPOINTMENT_AT).path("value").asText())
        .isEqualTo(iso(appointment));
    List<JsonNode> options = slotOptions(form);
    assertThat(options).hasSizeBetween(10, 11);
    assertThat(options).extracting(o -> o.path("value").asText()).contains(iso(appointment));
    assertThat(options.get(0).path("label").asText())
        .matches("(Mo|Di|Mi|Do|Fr), \\d{1,2}\\.\\d{1,2}\\.20\\d\\d, \\d\\d:\\d\\d Uhr");
    for (JsonNode option : options) {
      LocalDateTime slot = LocalDateTime.parse(option.path("value").asText());
      assertThat(SLOTS.isSlot(OfficeHours.standard(), slot)).isTrue();
      assertThat(option.path("label").asText()).isEqualTo(AppointmentSlots.label(slot));
    }
    assertNoSeatTwice();
  }

  @Test
  void eightParallelIntakesInOneDistrictNeverShareASeat() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Opened>> calls = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        Callable<Opened> intake = () -> courtCase(SZ, today());
        calls.add(pool.submit(intake));
      }
      List<Opened> cases = new ArrayList<>();
      for (Future<Opened> call : calls) {
        cases.add(call.get());
      }
      List<String> seats = new ArrayList<>();
      Map<LocalDateTime, Integer> perSlot = new LinkedHashMap<>();
      for (Opened c : cases) {
        Map<String, Object> row = held(c);
        LocalDateTime slot = ((Timestamp) row.get("slot_at")).toLocalDateTime();
        assertThat(appointmentOf(c)).as("the case's appointment is the slot it holds")
            .isEqualTo(slot);
        seats.add(slot + "#" + row.get("seat"));
        perSlot.merge(slot, 1, Integer::sum);
      }
      assertThat(seats).doesNotHaveDuplicates();
      assertThat(perSlot.values()).allMatch(n -> n <= 2);
      assertNoSeatTwice();
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The letter books the seat the case holds without waiting for the district calendar's lock: a
   * district's letters are not queued behind each other while their PDFs render (on H2 the queue
   * ran into the lock timeout – HTTP 500 – with eight letters at once).
   */
  @Test
  void theLetterBooksTheCasesOwnSeatWhileAnotherTransactionHoldsTheDistrictCalendar()
      throws Exception {
    Opened c = courtCase(SZ, today());
    LocalDateTime appointment = appointmentOf(c);
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<?> holder = threads.submit(() -> new TransactionTemplate(transactions)
          .executeWithoutResult(status -> {
            assertThat(jdbc.queryForList("SELECT district FROM appointment_calendar "
                + "WHERE district = ? FOR UPDATE", String.class, SZ)).hasSize(1);
            locked.countDown();
            try {
              release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }));
      assertThat(locked.await(30, TimeUnit.SECONDS)).as("calendar locked").isTrue();

      Future<ResponseEntity<String>> sent = threads.submit(
          () -> submit(c, iso(appointment), today()));
      ResponseEntity<String> response = sent.get(30, TimeUnit.SECONDS);
      assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(held(c)).containsEntry("slot_at", Timestamp.valueOf(appointment))
          .containsEntry("status", "booked");
      release.countDown();
      holder.get(30, TimeUnit.SECONDS);
    } finally {
      release.countDown();
      threads.shutdownNow();
    }
    assertNoSeatTwice();
  }

  // ------------------------------------------------------------------ proposed again

  @Test
  void aStaleAppointmentIsProposedAgainWhenTheFormIsOpenedAndTheLetterBooksIt() throws Exception {
    // the notice came two weeks ago; its letter task has waited since, its appointment has passed
    LocalDate twoWeeksAgo = today().minusDays(14);
    TestClock.at(twoWeeksAgo + "T09:00");
    Opened c = courtCase(TS, twoWeeksAgo);
    LocalDateTime stale = appointmentOf(c);
    ClockUtil.reset();
    assertThat(stale).isBefore(LocalDateTime.now(BERLIN));

    JsonNode form = formVariables(c);

    LocalDateTime fresh = LocalDateTime.parse(form.path(CaseVariables.APPOINTMENT_AT)
        .path("value").asText());
    assertThat(fresh).isAfter(LocalDateTime.now(BERLIN));
    assertThat(fresh.toLocalDate()).isAfterOrEqualTo(SLOTS.earliestDay(today()));
    assertThat(appointmentOf(c)).isEqualTo(fresh);
    assertThat(held(c)).containsEntry("slot_at", Timestamp.valueOf(fresh))
        .containsEntry("status", "proposed");
    assertThat(slotOptions(form)).extracting(o -> o.path("value").asText()).contains(iso(fresh));

    // opened again: the same appointment, nothing moves
    assertThat(formVariables(c).path(CaseVariables.APPOINTMENT_AT).path("value").asText())
        .isEqualTo(iso(fresh));

    // the letter goes out with it: booked, the letter offers it, the facts know its day
    var sent = submit(c, iso(fresh), today());
    assertThat(sent.getStatusCode()).as(sent.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(held(c)).containsEntry("slot_at", Timestamp.valueOf(fresh))
        .containsEntry("status", "booked");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM case_letter WHERE case_id = ? "
        + "AND kind = 'court-letter'", Integer.class, c.caseId())).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT appointment_on FROM kpi_case_fact WHERE case_key = ?",
        LocalDate.class, c.pid())).isEqualTo(fresh.toLocalDate());
  }

  @Test
  void anAppointmentSavedStaleOrTakenIsProposedAgainAndAFreeOneIsKept() throws Exception {
    Opened a = courtCase(CW, today());
    Opened b = courtCase(CW, today());
    Opened c = courtCase(CW, today());
    // b and c save the same free slot (through the API): both are kept, one seat each
    LocalDateTime slot = laterFreeSlot(a, appointmentOf(c));
    for (Opened saver : List.of(b, c)) {
      saveAppointment(saver, iso(slot));
      assertThat(formVariables(saver).path(CaseVariables.APPOINTMENT_AT).path("value").asText())
          .isEqualTo(iso(slot));
      assertThat(held(saver)).containsEntry("slot_at", Timestamp.valueOf(slot));
    }

    // a saves the now full slot: proposed again, a free slot
    saveAppointment(a, iso(slot));
    LocalDateTime ofA = LocalDateTime.parse(formVariables(a).path(CaseVariables.APPOINTMENT_AT)
        .path("value").asText());
    assertThat(ofA).isNotEqualTo(slot);
    assertThat(held(a)).containsEntry("slot_at", Timestamp.valueOf(ofA));

    // a saves yesterday's slot: proposed again
    saveAppointment(a, today().minusDays(1) + "T10:00");
    LocalDateTime again = LocalDateTime.parse(formVariables(a).path(CaseVariables.APPOINTMENT_AT)
        .path("value").asText());
    assertThat(again).isAfter(LocalDateTime.now(BERLIN));
    assertThat(held(a)).containsEntry("slot_at", Timestamp.valueOf(again));
    assertNoSeatTwice();
  }

  // ------------------------------------------------------------------ booked or refused

  @Test
  void aTakenStaleOrForeignSlotIsRefusedNamingTheFieldAndTheTaskStaysOpen() throws Exception {
    Opened a = courtCase(CW, today());
    Opened b = courtCase(CW, today());
    Opened c = courtCase(CW, today());
    LocalDateTime ofC = appointmentOf(c);
    // a and b send their letters for a slot of their choice: both seats of it
    LocalDateTime chosen = laterFreeSlot(c, ofC);
    assertThat(submit(a, iso(chosen), today()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(submit(b, iso(chosen), today()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(List.of(held(a).get("seat"), held(b).get("seat"))).containsExactlyInAnyOrder(1, 2);

    var taken = submit(c, iso(chosen), today());

    assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    JsonNode body = json.readTree(taken.getBody());
    assertThat(body.path("message").asText()).startsWith(
        "Die Eingaben zu „Standardanschreiben versenden“ sind nicht gültig: Termin für das "
            + "Gespräch: Der Termin " + AppointmentSlots.label(chosen)
            + " ist inzwischen an einen anderen Haushalt vergeben. Bitte wählen Sie einen freien"
            + " Termin aus der Liste, z. B. ");
    assertThat(body.path("errors").get(0).path("field").asText())
        .isEqualTo(CaseVariables.APPOINTMENT_AT);
    // nothing changed: the task is open, c keeps its proposal, no letter
    assertThat(letterTask(c)).isNotNull();
    assertThat(held(c)).containsEntry("slot_at", Timestamp.valueOf(ofC))
        .containsEntry("status", "proposed");
    assertThat(appointmentOf(c)).isEqualTo(ofC);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM case_letter WHERE case_id = ?",
        Integer.class, c.caseId())).isZero();

    // a slot that has begun, one outside the office hours: refused as well
    LocalDateTime nextMonday = today().with(java.time.temporal.TemporalAdjusters.next(
        java.time.DayOfWeek.MONDAY)).atTime(10, 15);
    JsonNode offGrid = json.readTree(submit(c, iso(nextMonday), today()).getBody());
    assertThat(offGrid.path("message").asText()).contains("Termin für das Gespräch: "
        + AppointmentSlots.label(nextMonday) + " ist kein Termin in den Sprechzeiten");
    TestClock.at(today() + "T11:10");
    var begun = submit(c, today() + "T11:00", today());
    assertThat(begun.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(begun.getBody()).path("message").asText())
        .contains("liegt in der Vergangenheit");
    ClockUtil.reset();

    // with its own proposal the letter goes out
    assertThat(submit(c, iso(ofC), today()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(held(c)).containsEntry("status", "booked");
    assertNoSeatTwice();
  }

  @Test
  void aLetterRecordedAfterTheFactKeepsTheAppointmentItOffered() throws Exception {
    // three letters went out three days ago; they are entered only now
    LocalDate sentOn = today().minusDays(3);
    Opened passed = courtCase(CW, today().minusDays(4));
    Opened full = courtCase(CW, today().minusDays(4));
    Opened b1 = courtCase(CW, today());
    Opened b2 = courtCase(CW, today());
    LocalDateTime slot = laterFreeSlot(b1, appointmentOf(b1));
    assertThat(submit(b1, iso(slot), today()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(submit(b2, iso(slot), today()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // its appointment has passed meanwhile: recorded, no seat held
    var late = submit(passed, iso(today().minusDays(1).atTime(10, 0)), sentOn);
    assertThat(late.getStatusCode()).as(late.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(heldRows(passed)).isZero();

    // it offered a slot that is full now: the household comes all the same – a third seat
    var overbooked = submit(full, iso(slot), sentOn);
    assertThat(overbooked.getStatusCode()).as(overbooked.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    OVERBOOKED.add(full.caseId());
    assertThat(held(full)).containsEntry("slot_at", Timestamp.valueOf(slot))
        .containsEntry("seat", 3).containsEntry("status", "booked");
    assertNoSeatTwice();
  }

  // ------------------------------------------------------------------ freed

  @Test
  void theSeatIsFreedWhenTheCaseEndsByAWithdrawnLawsuit() throws Exception {
    Opened booked = courtCase(TS, today());
    assertThat(submit(booked, iso(appointmentOf(booked)), today()).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Opened proposed = courtCase(TS, today());
    assertThat(heldRows(booked)).isEqualTo(1);
    assertThat(heldRows(proposed)).isEqualTo(1);

    for (Opened c : List.of(booked, proposed)) {
      var event = post("fk.termin-" + TS, "/api/cases/" + c.caseId() + "/events",
          Map.of("type", "lawsuit-withdrawn", "on", today().toString()));
      assertThat(event.getStatusCode()).as(event.getBody()).isEqualTo(HttpStatus.OK);
      assertThat(heldRows(c)).as("seat of %s", c.caseId()).isZero();
    }
  }

  @Test
  void theSeatIsFreedWhenTheCaseIsHandedOverOrEnteredInErrorOrAContactComesFirst()
      throws Exception {
    Opened moved = courtCase(TS, today());
    var transfer = post("fk.termin-" + TS, "/api/cases/" + moved.caseId() + "/events",
        Map.of("type", "transferred", "on", today().toString(), "toDistrict", SZ));
    assertThat(transfer.getStatusCode()).as(transfer.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(heldRows(moved)).isZero();
    // the case opened in the receiving district has its own appointment there
    String linked = json.readTree(transfer.getBody()).path("linkedCaseId").asText();
    assertThat(jdbc.queryForObject("SELECT district FROM appointment_slot WHERE case_id = ?",
        String.class, linked)).isEqualTo(SZ);

    Opened error = courtCase(TS, today());
    var voided = post("leitung.termin-" + TS, "/api/cases/" + error.caseId() + "/events",
        Map.of("type", "entered-in-error", "on", today().toString(), "reason", "doppelt"));
    assertThat(voided.getStatusCode()).as(voided.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(heldRows(error)).isZero();

    Opened called = courtCase(TS, today());
    Task contact = taskService.createTaskQuery().processInstanceId(called.pid())
        .taskDefinitionKey(ProcessKeys.TASK_RECORD_CONTACT).singleResult();
    taskService.complete(contact.getId(), Map.of(CaseVariables.CONTACT_ON, today().toString(),
        CaseVariables.CONTACT_CHANNEL, "phone"));
    assertThat(letterTask(called)).isNull();
    assertThat(heldRows(called)).isZero();
  }

  @Test
  void aSeatIsFreedWhenItsDayHasPassed() throws Exception {
    LocalDate monthAgo = today().minusDays(30);
    TestClock.at(monthAgo + "T09:00");
    Opened old = courtCase(CW, monthAgo);
    assertThat(submit(old, iso(appointmentOf(old)), monthAgo).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    ClockUtil.reset();
    assertThat(heldRows(old)).isEqualTo(1);

    courtCase(CW, today()); // the district's calendar is used again

    assertThat(heldRows(old)).isZero();
  }

  // ------------------------------------------------------------------ the district's day

  @Test
  void theDistrictSeesTheAppointmentsOfADay() throws Exception {
    Opened c = courtCase(SZ, today());
    LocalDateTime at = appointmentOf(c);
    assertThat(submit(c, iso(at), today()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    var day = get("fk.termin-" + SZ, "/api/appointments?day=" + at.toLocalDate());

    assertThat(day.getStatusCode()).as(day.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode body = json.readTree(day.getBody());
    assertThat(body.path("district").asText()).isEqualTo(SZ);
    assertThat(body.path("seats").asInt()).isEqualTo(2);
    JsonNode mine = null;
    for (JsonNode appointment : body.path("appointments")) {
      if (c.caseId().equals(appointment.path("caseId").asText())) {
        mine = appointment;
      }
    }
    assertThat(mine).as(day.getBody()).isNotNull();
    assertThat(mine.path("at").asText()).isEqualTo(iso(at));
    assertThat(mine.path("label").asText()).isEqualTo(AppointmentSlots.label(at));
    assertThat(mine.path("status").asText()).isEqualTo("booked");
    assertThat(mine.path("householdName").asText()).startsWith("Tara Termin");

    // the team lead and the administration too; another district's caseworker not
    assertThat(get("leitung.termin-" + SZ, "/api/appointments?district=" + SZ + "&day="
        + at.toLocalDate()).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/api/appointments?district="
        + SZ, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    var foreign = get("fk.termin-" + CW, "/api/appointments?district=" + SZ);
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(foreign.getBody()).path("detail").asText())
        .contains("Steglitz-Zehlendorf");
    assertThat(get("fk.termin-" + SZ, "/api/appointments?day=morgen").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/api/appointments",
        String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  // ------------------------------------------------------------------ helpers

  /** Files a court notice as the district's caseworker. */
  Opened courtCase(String district, LocalDate receivedOn) {
    int n = NUMBERS.incrementAndGet();
    var response = post("fk.termin-" + district, "/api/notices/court",
        TestNotices.courtNotice(district, "71 C " + n + "-" + RUN + "/26", receivedOn,
            "Tara Termin " + n, "Terminweg " + n + " " + RUN));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    try {
      JsonNode body = json.readTree(response.getBody());
      OURS.add(body.get("caseId").asText());
      return new Opened(body.get("caseId").asText(), body.get("processInstanceId").asText(),
          district);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  Task letterTask(Opened c) {
    return taskService.createTaskQuery().processInstanceId(c.pid())
        .taskDefinitionKey(ProcessKeys.TASK_SEND_COURT_LETTER).singleResult();
  }

  LocalDateTime appointmentOf(Opened c) {
    return LocalDateTime.parse((String) runtimeService.getVariable(c.pid(),
        CaseVariables.APPOINTMENT_AT));
  }

  /** GET …/form-variables as the district's caseworker: what Tasklist loads. */
  JsonNode formVariables(Opened c) throws Exception {
    var response = get("fk.termin-" + c.district(),
        "/engine-rest/task/" + letterTask(c).getId() + "/form-variables");
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  List<JsonNode> slotOptions(JsonNode form) throws Exception {
    JsonNode slots = form.path(CaseVariables.APPOINTMENT_SLOTS);
    assertThat(slots.path("type").asText()).isEqualTo("Object");
    assertThat(slots.path("valueInfo").path("serializationDataFormat").asText())
        .isEqualTo("application/json");
    List<JsonNode> options = new ArrayList<>();
    json.readTree(slots.path("value").asText()).forEach(options::add);
    return options;
  }

  /** The letter form submitted as the district's caseworker. */
  ResponseEntity<String> submit(Opened c, String appointmentAt, LocalDate sentOn) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(CaseVariables.APPOINTMENT_AT, Map.of("value", appointmentAt));
    variables.put(CaseVariables.LETTER_SENT_ON, Map.of("value", sentOn.toString()));
    return post("fk.termin-" + c.district(), "/engine-rest/task/" + letterTask(c).getId()
        + "/submit-form", Map.of("variables", variables));
  }

  /** An appointment stored on the case without completing the task (a save through the API). */
  void saveAppointment(Opened c, String value) {
    runtimeService.setVariable(c.pid(), CaseVariables.APPOINTMENT_AT, value);
  }

  /** A slot after {@code after} that the form lists for the case and nobody holds a seat of. */
  LocalDateTime laterFreeSlot(Opened c, LocalDateTime after) throws Exception {
    for (JsonNode option : slotOptions(formVariables(c))) {
      LocalDateTime slot = LocalDateTime.parse(option.path("value").asText());
      if (slot.isAfter(after) && jdbc.queryForObject("SELECT count(*) FROM appointment_slot "
          + "WHERE district = ? AND slot_at = ?", Integer.class, c.district(),
          Timestamp.valueOf(slot)) == 0) {
        return slot;
      }
    }
    throw new AssertionError("no free slot after " + after);
  }

  Map<String, Object> held(Opened c) {
    return jdbc.queryForMap("SELECT slot_at, seat, status, case_id, district FROM appointment_slot"
        + " WHERE process_instance_id = ?", c.pid());
  }

  int heldRows(Opened c) {
    return jdbc.queryForObject("SELECT count(*) FROM appointment_slot WHERE process_instance_id = ?",
        Integer.class, c.pid());
  }

  /**
   * Every seat of every district: at most one household; in this test's districts no slot with
   * more than its two seats – but for the letters recorded after the fact ({@link #OVERBOOKED}).
   */
  void assertNoSeatTwice() {
    assertThat(jdbc.queryForList("SELECT district, slot_at, seat FROM appointment_slot "
        + "GROUP BY district, slot_at, seat HAVING count(*) > 1")).isEmpty();
    List<String> beyond = jdbc.queryForList("SELECT case_id FROM appointment_slot WHERE district "
        + "IN (?, ?, ?) AND seat > 2", String.class, CW, SZ, TS).stream()
        .filter(OURS::contains).toList();
    assertThat(OVERBOOKED).containsAll(beyond);
  }

  void caseworker(String id, String group) {
    if (identityService.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identityService.newUser(id);
    user.setFirstName("Test");
    user.setLastName(group);
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(id, group);
  }

  ResponseEntity<String> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, PASSWORD).exchange(path, HttpMethod.POST,
        new HttpEntity<>(body, headers), String.class);
  }

  ResponseEntity<String> get(String user, String path) {
    return rest.withBasicAuth(user, PASSWORD).getForEntity(path, String.class);
  }

  static String iso(LocalDateTime at) {
    return at.toString().length() == 16 ? at.toString() : at.toString().substring(0, 16);
  }

  static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), BERLIN);
  }
}
