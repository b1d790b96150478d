package de.berlin.sozwohn.wohnraumerhalt.casework;

import static de.berlin.sozwohn.wohnraumerhalt.casework.RefusalTexts.assertNoIsoDate;
import static de.berlin.sozwohn.wohnraumerhalt.casework.RefusalTexts.german;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.support.BrowserOnTest;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.security.IdentitySetup;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TasklistBrowser;
import de.berlin.sozwohn.wohnraumerhalt.support.TestNotices;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * "Fallereignis erfassen" in a real browser: a caseworker ({@code fk.mitte}) opens Tasklist,
 * "Prozess starten" → "Fallereignis erfassen" (and does not find "Korrektur erfassen", which is
 * for team leads), chooses "Klage zurückgenommen" in the select that asks "Bitte auswählen", types
 * the case number and the day, starts – Tasklist names the case, the case's letter and contact
 * tasks are gone, "Fall abschließen" waits in the district's list. A day before the notice arrived
 * is refused with the German message naming the field by its label and writing the dates German
 * (never ISO), the field is marked, and nothing changes. Screenshots go to {@code
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
class TasklistCaseEventTest {

  static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired ProcessEngine processEngine;
  @Autowired FilterService filterService;
  final ObjectMapper json = new ObjectMapper();

  TasklistBrowser browser;

  @BeforeEach
  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @RegisterExtension final BrowserOnTest browsers = new BrowserOnTest();

  @Test
  void aCaseworkerRecordsAWithdrawnLawsuitAndTheCasesTasksEnd() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    LocalDate receivedOn = today().minusDays(1);
    Opened c = fileCourtNotice("43 C " + suffix + "/26", "Karl Klage-" + suffix,
        "Rücknahmeweg 5 " + suffix, receivedOn);
    assertThat(taskKeys(c.pid())).containsExactly(ProcessKeys.TASK_RECORD_CONTACT,
        ProcessKeys.TASK_SEND_COURT_LETTER);

    browser = browsers.start(port, processEngine.getName(), 1440, 1000);
    browser.login("fk.mitte", "demo");
    List<String> startable = browser.openStartForm("Fallereignis erfassen");
    assertThat(startable).contains("Mitteilung über Räumungsklage erfassen")
        .doesNotContain("Korrektur erfassen");

    // the event's select asks for a choice in German (form-js writes "Select")
    WebElement type = browser.startField("type-display");
    browser.waiting().ignoring(StaleElementReferenceException.class).until(d ->
        browser.startField("type-display").getText().contains("Bitte auswählen"));
    assertThat(type.getText()).doesNotContain("Select");

    // a day before the notice arrived: refused, naming the field; the case stays as it was
    browser.startField("caseId").sendKeys(c.caseId());
    assertThat(browser.openSelect(type, 7)).contains("Klage zurückgenommen",
        "Mietrückstand ausgeglichen", "irrtümlich erfasst");
    browser.choose("Klage zurückgenommen");
    browser.waiting().until(d -> browser.startField("type-display").getText()
        .contains("Klage zurückgenommen"));
    assertThat(browser.startField("type-display").getText()).doesNotContain("Bitte auswählen");
    WebElement on = browser.startField("on-date");
    on.sendKeys(receivedOn.minusDays(1).format(TYPED_DATE));
    on.sendKeys(Keys.TAB);
    browser.clickStart();
    String reason = "Das Datum " + german(receivedOn.minusDays(1)) + " liegt vor dem Eingang "
        + "der Mitteilung am " + german(receivedOn) + ".";
    WebElement alert = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".modal .alert-danger")));
    browser.waiting().until(ExpectedConditions.textToBePresentInElement(alert,
        "Datum des Ereignisses"));
    assertThat(alert.getText()).contains("Der Prozess konnte nicht gestartet werden")
        .contains("Das Fallereignis wurde nicht gespeichert: Datum des Ereignisses: " + reason)
        .doesNotContain("„on“", " on:");
    assertNoIsoDate(alert.getText());
    // the field is marked, with the reason below it
    WebElement dateField = browser.refusedField(browser.startField("on-date"));
    assertThat(dateField.getText()).contains(reason);
    assertNoIsoDate(dateField.getText());
    browser.screenshot("tasklist-case-event-refused.png");
    assertThat(taskKeys(c.pid())).containsExactly(ProcessKeys.TASK_RECORD_CONTACT,
        ProcessKeys.TASK_SEND_COURT_LETTER);

    // the right day: the mark goes, the dialog closes, Tasklist names the case, the outreach ends
    on = browser.startField("on-date");
    on.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    on.sendKeys(today().format(TYPED_DATE));
    on.sendKeys(Keys.TAB);
    browser.waiting().until(d ->
        !browser.wrapper(browser.startField("on-date")).getAttribute("class")
            .contains("wohnraumerhalt-refused"));
    browser.clickStart();
    browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(
        By.cssSelector(".modal-dialog")));
    browser.waiting().until(d -> browser.notifications().stream()
        .anyMatch(n -> n.contains("Fallereignis zu Fall " + c.caseId() + " erfasst.")));
    browser.waiting().until(d -> taskKeys(c.pid()).equals(List.of(ProcessKeys.TASK_CLOSE_CASE)));

    browser.openFilterSearching(filterId(IdentitySetup.FILTER_DISTRICT_TASKS),
        CaseVariables.CASE_ID, c.caseId());
    String task = browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
      List<String> texts = d.findElements(By.cssSelector(".tasks-list li.task")).stream()
          .map(WebElement::getText).filter(t -> t.contains(c.caseId())).toList();
      return texts.size() == 1 && texts.get(0).contains("Fall abschließen") ? texts.get(0) : null;
    });
    assertThat(task).doesNotContain("Standardanschreiben versenden")
        .doesNotContain("Kontakt erfassen");
    browser.screenshot("tasklist-case-event-recorded.png");
  }

  // ------------------------------------------------------------------ helpers

  record Opened(String caseId, String pid) {}

  String filterId(String name) {
    return filterService.createFilterQuery().filterName(name).singleResult().getId();
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

  List<String> taskKeys(String pid) {
    return taskService.createTaskQuery().processInstanceId(pid).list().stream()
        .map(Task::getTaskDefinitionKey).sorted().toList();
  }

  static LocalDate today() {
    return LocalDate.now(BERLIN);
  }
}
