package de.berlin.sozwohn.wohnraumerhalt.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.support.BrowserOnTest;
import de.berlin.sozwohn.wohnraumerhalt.calendar.AppointmentSlots;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.security.IdentitySetup;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TasklistBrowser;
import de.berlin.sozwohn.wohnraumerhalt.support.TestClock;
import de.berlin.sozwohn.wohnraumerhalt.support.TestNotices;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The letter's appointment in a real browser (issue 14): a letter task has waited two weeks and
 * the appointment it was created with has passed. A caseworker ({@code fk.mitte}) opens it in
 * Tasklist – the form shows a fresh appointment of the district calendar and lists the next free
 * slots in German ("Di, 8.12.2026, 10:00 Uhr"); she picks another of them, enters the dispatch date,
 * completes – the letter is sent and the slot she picked is booked for the household. A stale
 * appointment kept by Tasklist's "Speichern" in the browser shows as "Bitte auswählen" (not
 * form-js's "Select"): the letter cannot go out until a slot is chosen. Screenshots go to {@code
 * target/screenshots/}.
 *
 * <p>Its own Spring context and Debian's {@code chromium} and {@code chromedriver}
 * ({@link TasklistBrowser}), for the reasons given in {@code intake.TasklistNoticeEntryTest};
 * skipped where the browser is missing.
 */
@AppTest
@TestPropertySource(properties = {
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true"})
@DirtiesContext
class TasklistAppointmentTest {

  static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final String SLOT_LABEL =
      "(Mo|Di|Mi|Do|Fr), \\d{1,2}\\.\\d{1,2}\\.20\\d\\d, \\d\\d:\\d\\d Uhr";
  /** What german-form-messages.js writes into an empty select instead of form-js's "Select". */
  static final String SELECT_PLACEHOLDER = "Bitte auswählen";

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ProcessEngine processEngine;
  @Autowired FilterService filterService;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();

  TasklistBrowser browser;

  @BeforeEach
  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @RegisterExtension final BrowserOnTest browsers = new BrowserOnTest();

  @Test
  void aStaleAppointmentIsProposedAgainAndTheLetterGoesOutWithTheSlotPicked() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    // the notice came two weeks ago; the letter task has waited since
    LocalDate receivedOn = today().minusDays(14);
    TestClock.at(receivedOn + "T09:00");
    Opened c = fileCourtNotice("44 C " + suffix + "/26", "Greta Gestern-" + suffix,
        "Terminweg 9 " + suffix, receivedOn);
    ClockUtil.reset();
    LocalDateTime stale = appointment(c);
    assertThat(stale).isBefore(LocalDateTime.now(BERLIN));

    browser = browsers.start(port, processEngine.getName(), 1440, 1000);
    browser.login("fk.mitte", "demo");
    Task letter = letterTask(c);
    browser.openTaskById(districtFilter(), letter.getId());
    // take the task over ("Diese Aufgabe übernehmen"): only the assignee can complete it
    browser.claim();
    browser.waiting().until(d -> "fk.mitte".equals(taskService.createTaskQuery()
        .taskId(letter.getId()).singleResult().getAssignee()));

    // opening the form proposed a fresh appointment of the district calendar; the form shows it
    LocalDateTime fresh = browser.waiting().until(d -> {
      LocalDateTime now = appointment(c);
      return now.equals(stale) ? null : now;
    });
    assertThat(fresh).isAfter(LocalDateTime.now(BERLIN));
    String freshLabel = AppointmentSlots.label(fresh);
    browser.waiting().ignoring(StaleElementReferenceException.class).until(d ->
        appointmentDisplay().getText().contains(freshLabel));
    assertThat(showsPlaceholder(appointmentDisplay())).isFalse();
    assertThat(appointmentDisplay().getText()).doesNotContain(SELECT_PLACEHOLDER);
    browser.screenshot("tasklist-letter-appointment-proposed.png");

    // the list of free slots, in German; she picks the second
    List<String> offered = browser.openSelect(appointmentDisplay(), 10);
    assertThat(offered).contains(freshLabel).doesNotContain(AppointmentSlots.label(stale));
    assertThat(offered).allMatch(label -> label.matches(SLOT_LABEL));
    browser.screenshot("tasklist-letter-appointment-slots.png");
    String picked = offered.get(1);
    assertThat(picked).isNotEqualTo(freshLabel);
    browser.choose(picked);
    browser.waiting().until(d -> appointmentDisplay().getText().contains(picked));

    WebElement sentOn = browser.taskField("letterSentOn-date");
    sentOn.sendKeys(today().format(TYPED_DATE));
    sentOn.sendKeys(Keys.TAB);
    browser.clickComplete();

    // sent: the task is done, the picked slot is booked for the household and the letter offers it
    browser.waiting().until(d -> taskService.createTaskQuery().taskId(letter.getId()).count() == 0);
    LocalDateTime booked = appointment(c);
    assertThat(AppointmentSlots.label(booked)).isEqualTo(picked);
    assertThat(runtimeService.getVariable(c.pid(), CaseVariables.LETTER_SENT_ON))
        .isEqualTo(today().toString());
    Map<String, Object> row = jdbc.queryForMap("SELECT slot_at, status FROM appointment_slot "
        + "WHERE process_instance_id = ?", c.pid());
    assertThat(row).containsEntry("slot_at", Timestamp.valueOf(booked))
        .containsEntry("status", "booked");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM case_letter WHERE case_id = ? "
        + "AND kind = 'court-letter'", Integer.class, c.caseId())).isEqualTo(1);
    browser.screenshot("tasklist-letter-appointment-sent.png");
  }

  /**
   * Tasklist's "Speichern" keeps a Camunda Form in the browser (localStorage), not on the server,
   * and a saved value wins over the server's when the form is opened again. A saved appointment
   * that has become stale is no free slot, so the form does not show it: the select is empty and
   * says "Bitte auswählen" (german-form-messages.js; form-js writes "Select"), the fresh proposal
   * heads the list, and the letter cannot be completed until a slot is chosen.
   */
  @Test
  void anAppointmentSavedInTheBrowserThatHasPassedIsNotShownAndMustBeChosen() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    LocalDate receivedOn = today().minusDays(14);
    TestClock.at(receivedOn + "T09:00");
    Opened c = fileCourtNotice("45 C " + suffix + "/26", "Sven Gespeichert-" + suffix,
        "Terminweg 10 " + suffix, receivedOn);
    ClockUtil.reset();
    LocalDateTime stale = appointment(c);
    Task letter = letterTask(c);
    taskService.claim(letter.getId(), "fk.mitte");

    browser = browsers.start(port, processEngine.getName(), 1440, 1000);
    browser.login("fk.mitte", "demo");
    // as if she had saved the form two weeks ago, with the appointment of that day
    browser.script("localStorage.setItem(arguments[0], arguments[1])",
        "camunda-form:" + letter.getId(), json.writeValueAsString(Map.of(
            CaseVariables.APPOINTMENT_AT, stale.toString().substring(0, 16))));
    browser.openTaskById(districtFilter(), letter.getId());

    LocalDateTime fresh = browser.waiting().until(d -> {
      LocalDateTime now = appointment(c);
      return now.equals(stale) ? null : now;
    });
    // the empty select (form-js marks its display as placeholder) asks for a choice, in German
    browser.waiting().ignoring(StaleElementReferenceException.class).until(d ->
        showsPlaceholder(appointmentDisplay())
            && SELECT_PLACEHOLDER.equals(appointmentDisplay().getText().trim()));
    assertThat(appointmentDisplay().getText()).doesNotContain("Select")
        .doesNotContain(AppointmentSlots.label(stale));
    List<String> offered = browser.openSelect(appointmentDisplay(), 10);
    assertThat(offered.get(0)).isEqualTo(AppointmentSlots.label(fresh));
    assertThat(offered).doesNotContain(AppointmentSlots.label(stale))
        .allMatch(label -> label.matches(SLOT_LABEL));
    browser.screenshot("tasklist-letter-appointment-saved-stale.png");

    // "Bitte auswählen" is no appointment: the field asks for one, in German, and the letter
    // cannot be completed – "Abschließen" stays disabled and nothing is sent
    WebElement sentOn = browser.taskField("letterSentOn-date");
    sentOn.sendKeys(today().format(TYPED_DATE));
    sentOn.sendKeys(Keys.TAB);
    String required = browser.waiting().ignoring(StaleElementReferenceException.class)
        .until(d -> {
          String text = browser.wrapper(appointmentDisplay()).getText();
          return text.contains("Pflichtfeld – bitte ausfüllen.") ? text : null;
        });
    assertThat(required).doesNotContain("Field is required");
    browser.waiting().ignoring(StaleElementReferenceException.class)
        .until(d -> !completeButton().isEnabled());
    browser.screenshot("tasklist-letter-appointment-must-be-chosen.png");
    assertThat(taskService.createTaskQuery().taskId(letter.getId()).count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM case_letter WHERE case_id = ?",
        Integer.class, c.caseId())).isZero();

    // chosen: the fresh proposal; the letter goes out with it
    browser.openSelect(appointmentDisplay(), 10);
    browser.choose(AppointmentSlots.label(fresh));
    browser.waiting().until(d -> appointmentDisplay().getText()
        .contains(AppointmentSlots.label(fresh)));
    assertThat(showsPlaceholder(appointmentDisplay())).isFalse();
    assertThat(appointmentDisplay().getText()).doesNotContain(SELECT_PLACEHOLDER);
    browser.waiting().ignoring(StaleElementReferenceException.class).until(d ->
        !browser.wrapper(appointmentDisplay()).getText().contains("Pflichtfeld")
            && completeButton().isEnabled());
    browser.clickComplete();
    browser.waiting().until(d -> taskService.createTaskQuery().taskId(letter.getId()).count() == 0);
    assertThat(appointment(c)).isEqualTo(fresh);
    assertThat(jdbc.queryForMap("SELECT slot_at, status FROM appointment_slot "
        + "WHERE process_instance_id = ?", c.pid()))
        .containsEntry("slot_at", Timestamp.valueOf(fresh)).containsEntry("status", "booked");
  }

  // ------------------------------------------------------------------ helpers

  record Opened(String caseId, String pid) {}

  LocalDateTime appointment(Opened c) {
    return LocalDateTime.parse((String) runtimeService.getVariable(c.pid(),
        CaseVariables.APPOINTMENT_AT));
  }

  Task letterTask(Opened c) {
    return taskService.createTaskQuery().processInstanceId(c.pid())
        .taskDefinitionKey(ProcessKeys.TASK_SEND_COURT_LETTER).singleResult();
  }

  /** The appointment select's display (what it shows, and where its list opens). */
  WebElement appointmentDisplay() {
    return browser.taskField(CaseVariables.APPOINTMENT_AT + "-display");
  }

  /** Tasklist's "Abschließen" of the open task. */
  WebElement completeButton() {
    return browser.driver().findElement(
        By.xpath("//button[normalize-space(.)='Abschließen']"));
  }

  /** Whether the select's display shows its placeholder (no value chosen). */
  static boolean showsPlaceholder(WebElement display) {
    return display.getAttribute("class").contains("fjs-select-placeholder");
  }

  String districtFilter() {
    return filterService.createFilterQuery().filterName(IdentitySetup.FILTER_DISTRICT_TASKS)
        .singleResult().getId();
  }

  /** Files a court notice for Mitte through the intake API, as {@code fk.mitte}. */
  Opened fileCourtNotice(String fileNumber, String household, String street, LocalDate receivedOn)
      throws Exception {
    String body = json.writeValueAsString(
        TestNotices.courtNotice("mitte", fileNumber, receivedOn, household, street));
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/notices/court"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            "fk.mitte:demo".getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode opened = json.readTree(response.body());
    return new Opened(opened.get("caseId").asText(), opened.get("processInstanceId").asText());
  }

  static LocalDate today() {
    return LocalDate.now(BERLIN);
  }
}
