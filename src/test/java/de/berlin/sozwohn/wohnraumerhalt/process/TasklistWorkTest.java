package de.berlin.sozwohn.wohnraumerhalt.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.support.BrowserOnTest;
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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A caseworker's morning in Tasklist (issue 14), in a real browser as {@code fk.mitte}: the list
 * puts the overdue work on top, marked red with the word "überfällig", then the others by due date
 * (whatever the order they were entered in) and the tasks without a due date last, each card with
 * case number, household and court file number and without a bare priority number; a home visit
 * shows its case in German formats ("Frist in diesem Fall: 25.11.2026", "7.795,30 €") and a
 * refused date names its field by the label of the form and is marked at the field; after *Start*
 * of a notice the new case number; the district choice of the notice form for administrators
 * only.
 *
 * <p>Runs on H2 and in the PostgreSQL run ({@code -Dwohnraumerhalt.test.db=postgres}); each test
 * narrows the list to its own cases (a search in the address), as the database may hold others.
 * Its own Spring context, as the webapps need (see {@code intake.TasklistNoticeEntryTest}).
 * Screenshots go to {@code target/screenshots/}.
 */
@AppTest
@TestPropertySource(properties = {
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true"})
@DirtiesContext
class TasklistWorkTest {

  static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  static final String LETTER_TASK = "Standardanschreiben versenden";
  static final String CONTACT_TASK = "Kontakt erfassen";
  static final String VISIT_TASK = "Hausbesuch durchführen";

  @LocalServerPort int port;
  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired FilterService filterService;
  @Autowired Deadlines deadlines;
  final ObjectMapper json = new ObjectMapper();
  final LocalDate today = LocalDate.now(TestClock.BERLIN);
  final String suffix = UUID.randomUUID().toString().substring(0, 6);

  TasklistBrowser browser;

  @BeforeEach
  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @RegisterExtension final BrowserOnTest browsers = new BrowserOnTest();

  @Test
  void theListPutsOverdueTasksFirstMarkedThenByDueDateAndTasksWithoutDueDateLast()
      throws Exception {
    String street = "Fristweg 5 " + suffix;
    String late = "Olga Spät-" + suffix;
    String soon = "Susi Bald-" + suffix;
    String fresh = "Fritz Frisch-" + suffix;
    // three letters, entered neither in the order of their deadlines nor in its reverse (a list
    // in the order of entry, either way, fails): due soon, then due in three working days, then
    // received three weeks ago and overdue
    LocalDate soonReceived = receivedForADueDateBetweenTodayAnd(today);
    String soonFile = fileCourtNotice("fk.mitte", "mitte", soon, street, soonReceived, 1500.00);
    String freshFile = fileCourtNotice("fk.mitte", "mitte", fresh, street, today, 1500.00);
    String lateFile = fileCourtNotice("fk.mitte", "mitte", late, street, today.minusDays(21), 1500.00);
    Date lateDue = letterDue(lateFile);
    Date soonDue = letterDue(soonFile);
    Date freshDue = letterDue(freshFile);
    assertThat(lateDue).isBefore(new Date());
    assertThat(soonDue).isAfter(new Date()).isBefore(freshDue);

    browser = browsers.start(port, processEngine.getName(), 1440, 1000);
    browser.login("fk.mitte", "demo");
    browser.openFilterSearching(filterId(IdentitySetup.FILTER_DISTRICT_TASKS),
        CaseVariables.HOUSEHOLD_STREET, street);
    browser.waiting().until(d -> d.getCurrentUrl().contains("searchQuery")
        && d.getCurrentUrl().contains("dueDate"));
    // three letters with a due date, three "Kontakt erfassen" without
    List<String> cards = browser.waiting().until(d -> {
      List<String> texts = browser.cards(6).stream().map(WebElement::getText).toList();
      return List.of(late, soon, fresh).stream().allMatch(
          name -> texts.stream().anyMatch(t -> t.contains(name))) ? texts : null;
    });

    assertThat(cards.get(0)).contains(LETTER_TASK, late, "überfällig", lateFile);
    assertThat(cards.get(1)).contains(LETTER_TASK, soon, soonFile).doesNotContain("überfällig");
    assertThat(cards.get(2)).contains(LETTER_TASK, fresh, freshFile).doesNotContain("überfällig");
    assertThat(cards.subList(3, 6)).allSatisfy(card -> assertThat(card)
        .contains(CONTACT_TASK).doesNotContain("Fällig", "überfällig"));
    // the cards show the due dates in the list's order
    assertThat(cards.subList(0, 3)).allSatisfy(card -> assertThat(card).contains("Fällig"));

    List<WebElement> list = browser.cards(6);
    assertThat(list.get(0).getAttribute("class")).contains("wohnraumerhalt-overdue");
    assertThat(list.get(0).findElement(By.cssSelector(".wohnraumerhalt-overdue-badge")).getText())
        .isEqualTo("überfällig");
    assertThat(list.get(0).getCssValue("border-left-color")).isEqualTo("rgba(196, 0, 26, 1)");
    for (WebElement notOverdue : list.subList(1, 6)) {
      assertThat(notOverdue.getAttribute("class")).doesNotContain("wohnraumerhalt-overdue");
      assertThat(notOverdue.findElements(By.cssSelector(".wohnraumerhalt-overdue-badge")))
          .isEmpty();
    }
    // case number, household and court file number in full, in the text colour; no bare priority
    WebElement card = list.get(0);
    for (String value : List.of(caseIdOf(lateFile), late, lateFile)) {
      WebElement shown = card.findElements(By.cssSelector(".variable-value")).stream()
          .filter(v -> v.getText().equals(value)).findFirst().orElseThrow(
              () -> new AssertionError(value + " not on the card: " + card.getText()));
      assertThat(shown.isDisplayed()).as(value).isTrue();
      assertThat(shown.getCssValue("color")).as(value).isEqualTo("rgba(26, 26, 26, 1)");
    }
    assertThat(card.findElement(By.cssSelector(".priority")).isDisplayed()).isFalse();
    browser.screenshot("tasklist-list-overdue-first.png");
  }

  /**
   * A day of receipt whose letter is due after today but before the letter of a notice received
   * on {@code today} (weekends and holidays may give neighbouring days the same due day).
   */
  LocalDate receivedForADueDateBetweenTodayAnd(LocalDate today) {
    String latest = deadlines.dueDay("1.1", today.toString());
    for (int back = 1; back <= 10; back++) {
      LocalDate received = today.minusDays(back);
      String due = deadlines.dueDay("1.1", received.toString());
      if (due.compareTo(today.toString()) > 0 && due.compareTo(latest) < 0) {
        return received;
      }
    }
    throw new AssertionError("no day of receipt with a due day between " + today + " and " + latest);
  }

  Date letterDue(String fileNumber) {
    return taskService.createTaskQuery().processInstanceId(caseOf(fileNumber).getId())
        .taskDefinitionKey(ProcessKeys.TASK_SEND_COURT_LETTER).singleResult().getDueDate();
  }

  @Test
  void aHomeVisitShowsTheCaseInGermanFormatsAndARefusalNamesAndMarksTheField() throws Exception {
    String household = "Jürgen Hausbesuch-" + suffix;
    LocalDate receivedOn = today.minusDays(20);
    String fileNumber = fileCourtNotice("fk.mitte", "mitte", household, "Besuchsweg 7 " + suffix,
        receivedOn, 7795.30);
    ProcessInstance instance = caseOf(fileNumber);
    // the letter went out (with the appointment proposed for the case); nobody came
    LocalDate letterSentOn = receivedOn.plusDays(2);
    Task letter = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ProcessKeys.TASK_SEND_COURT_LETTER).singleResult();
    taskService.complete(letter.getId(), Map.of(CaseVariables.LETTER_SENT_ON, letterSentOn.toString()));
    managementService.executeJob(managementService.createJobQuery()
        .processInstanceId(instance.getId()).activityId("AppointmentPassed").timers()
        .singleResult().getId());
    String due = GermanFormats.date(LocalDate.parse(
        deadlines.dueDay("1.2", letterSentOn.toString())));

    browser = browsers.start(port, processEngine.getName(), 1440, 1400);
    browser.login("fk.mitte", "demo");
    browser.openFilterSearching(filterId(IdentitySetup.FILTER_DISTRICT_TASKS),
        CaseVariables.COURT_FILE_NUMBER, fileNumber);
    browser.cards(2);
    browser.openTask(VISIT_TASK, household);
    String form = browser.taskFormText(household);
    assertThat(form)
        .contains("Frist in diesem Fall: " + due + ".")
        .contains("Mietrückstand: 7.795,30 €")
        .contains("Mitteilung des Amtsgerichts eingegangen am: " + GermanFormats.date(receivedOn))
        .contains("Anschreiben versandt am: " + GermanFormats.date(letterSentOn))
        .containsPattern("Angebotener Termin: \\d{1,2}\\.\\d{1,2}\\.\\d{4}, \\d{2}:\\d{2} Uhr")
        .doesNotContain("7795.3");
    assertThat(ISO_DATE.matcher(form).find()).as(form).isFalse();
    browser.screenshot("tasklist-home-visit-german-formats.png");

    // a visit in the future is refused: the field by its label, the dates German, the field marked
    browser.claim();
    browser.waiting().until(d -> "fk.mitte".equals(taskService.createTaskQuery()
        .processInstanceId(instance.getId()).taskDefinitionKey(ProcessKeys.TASK_HOME_VISIT_1)
        .singleResult().getAssignee()));
    LocalDate future = today.plusDays(3);
    WebElement visitedOn = browser.taskField("visitedOn-date");
    visitedOn.sendKeys(future.format(TYPED_DATE));
    visitedOn.sendKeys(Keys.TAB);
    WebElement staff = browser.taskField("visitStaffCount");
    staff.sendKeys("2");
    staff.sendKeys(Keys.TAB);
    browser.clickComplete();
    String refusal = "Datum des Hausbesuchs: Der " + GermanFormats.date(future)
        + " liegt in der Zukunft (heute ist der " + GermanFormats.date(today) + ")";
    browser.waiting().until(d -> browser.notifications().stream().anyMatch(n -> n.contains(refusal)));
    assertThat(String.join("\n", browser.notifications())).doesNotContain("visitedOn");
    WebElement field = browser.wrapper(browser.taskField("visitedOn-date"));
    browser.waiting().until(d -> field.getAttribute("class").contains("wohnraumerhalt-refused"));
    assertThat(field.getText()).contains("liegt in der Zukunft", "bitte den Tag eintragen");
    browser.screenshot("tasklist-home-visit-refused.png");
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ProcessKeys.TASK_HOME_VISIT_1).count()).isEqualTo(1);

    // corrected: the mark goes, the visit is recorded
    WebElement date = browser.taskField("visitedOn-date");
    date.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    date.sendKeys(today.format(TYPED_DATE));
    date.sendKeys(Keys.TAB);
    browser.waiting().until(d -> d.findElements(By.cssSelector(".wohnraumerhalt-refusal")).isEmpty());
    browser.clickComplete();
    browser.waiting().until(d -> taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ProcessKeys.TASK_HOME_VISIT_1).count() == 0);
  }

  @Test
  void afterStartTheCaseworkerSeesTheCaseNumberAndOnlyAdministratorsChooseADistrict()
      throws Exception {
    String fileNumber = "43 C " + suffix + "/26";
    String household = "Erika Start-" + suffix;

    browser = browsers.start(port, processEngine.getName(), 1440, 1400);
    browser.login("fk.mitte", "demo");
    browser.openStartForm("Mitteilung über Räumungsklage erfassen");
    browser.waiting().until(d -> browser.script(
        "return document.documentElement.getAttribute('data-wohnraumerhalt-admin')") != null);
    assertThat(districtChoiceShown()).as("caseworkers do not choose a district").isFalse();
    browser.startField("court").sendKeys("Amtsgericht Mitte");
    browser.startField("courtFileNumber").sendKeys(fileNumber);
    WebElement receivedOn = browser.startField("receivedOn-date");
    receivedOn.sendKeys(today.plusDays(2).format(TYPED_DATE));
    receivedOn.sendKeys(Keys.TAB);
    browser.startField("householdName").sendKeys(household);
    browser.startField("householdStreet").sendKeys("Startweg 1 " + suffix);
    browser.startField("householdPostalCode").sendKeys("10115");
    browser.startField("landlord").sendKeys("Wohnbau GmbH");
    browser.startField("arrears").sendKeys("7795.30");

    // a date of receipt in the future: refused, German, at the field
    browser.clickStart();
    WebElement dateField = browser.wrapper(browser.startField("receivedOn-date"));
    browser.waiting().until(d -> dateField.getAttribute("class").contains("wohnraumerhalt-refused"));
    assertThat(dateField.getText()).contains("Das Eingangsdatum "
        + GermanFormats.date(today.plusDays(2)) + " liegt in der Zukunft");

    WebElement date = browser.startField("receivedOn-date");
    date.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    date.sendKeys(today.format(TYPED_DATE));
    date.sendKeys(Keys.TAB);
    browser.screenshot("tasklist-court-notice-form.png");
    browser.clickStart();
    browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(
        By.cssSelector(".modal-dialog")));
    browser.waiting().until(d -> casesOf(fileNumber).size() == 1);
    String caseId = caseIdOf(fileNumber);
    browser.waiting().until(d -> browser.notifications().stream()
        .anyMatch(n -> n.contains("Fall " + caseId + " angelegt")));
    assertThat(String.join("\n", browser.notifications())).contains("Fall " + caseId
        + " angelegt – die Aufgabe „Standardanschreiben versenden“ steht unter „Aufgaben meines"
        + " Bezirks“.");
    browser.screenshot("tasklist-court-notice-case-number.png");

    // an administrator works for all districts and chooses one (a browser of her own)
    browser.close();
    browser = browsers.start(port, processEngine.getName(), 1440, 1400);
    browser.login("admin", "admin");
    browser.openStartForm("Mitteilung über Räumungsklage erfassen");
    browser.waiting().until(d -> districtChoiceShown());
  }

  boolean districtChoiceShown() {
    return browser.driver().findElements(
        By.cssSelector(".modal .fjs-form [id$='-Field_enterForOtherDistrict']")).stream()
        .anyMatch(e -> browser.wrapper(e).isDisplayed());
  }

  /** Files a court notice through the intake API; returns its court file number. */
  String fileCourtNotice(String user, String district, String household, String street,
      LocalDate receivedOn, double arrears) throws Exception {
    String fileNumber = "44 C " + Math.abs(household.hashCode() % 1000) + "-" + suffix + "/26";
    Map<String, Object> notice = TestNotices.courtNotice(district, fileNumber, receivedOn,
        household, street);
    notice.put("arrears", arrears);
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/notices/court"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(notice))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return fileNumber;
  }

  String filterId(String name) {
    return filterService.createFilterQuery().filterName(name).singleResult().getId();
  }

  List<ProcessInstance> casesOf(String fileNumber) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.PROCESS)
        .variableValueEquals(CaseVariables.COURT_FILE_NUMBER, fileNumber).list();
  }

  ProcessInstance caseOf(String fileNumber) {
    List<ProcessInstance> cases = casesOf(fileNumber);
    assertThat(cases).hasSize(1);
    return cases.get(0);
  }

  String caseIdOf(String fileNumber) {
    return (String) runtimeService.getVariable(caseOf(fileNumber).getId(), CaseVariables.CASE_ID);
  }
}
