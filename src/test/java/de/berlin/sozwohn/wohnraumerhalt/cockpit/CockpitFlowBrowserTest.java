package de.berlin.sozwohn.wohnraumerhalt.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import de.berlin.sozwohn.wohnraumerhalt.intake.CaseOpened;
import de.berlin.sozwohn.wohnraumerhalt.intake.CourtNoticeRequest;
import de.berlin.sozwohn.wohnraumerhalt.intake.HouseholdData;
import de.berlin.sozwohn.wohnraumerhalt.intake.NoticeIntake;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.support.BrowserOnTest;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TasklistBrowser;
import de.berlin.sozwohn.wohnraumerhalt.support.TestClock;
import de.berlin.sozwohn.wohnraumerhalt.support.Webapps;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The history views of issue 15 in Cockpit, in a real browser as the process owner
 * ({@code prozess}): three court cases of Lichtenberg, received on a Monday five weeks ago – two
 * letters sent two working days later, one case then entered in error (it ends), one letter left
 * until its deadline fired. The tab "Verlauf" of the definition page puts the counts on the
 * diagram (the letter task passed twice, its incoming flow three times, the end event once, the
 * letters' median two working days, both in time); "Engpässe" lists the overdue letter with a link
 * to its instance and the escalation in its month; "Abgeschlossene Fälle" lists the ended case,
 * whose "Fallverlauf" shows its steps without users (the process owner sees none).
 *
 * <p>Dates relative to today, so that everything lies in the views' default twelve months; the
 * views are narrowed to Lichtenberg and the cases' weeks, where no other test of this (own, fresh)
 * context has cases. Its own Spring context, as the webapps need (see CockpitPluginTest).
 * Screenshots go to {@code target/screenshots/}; the definition page also to
 * {@code /tmp/p15/shot-verlauf.png} when that folder exists.
 */
@AppTest
@TestPropertySource(properties = {
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true"})
@DirtiesContext
class CockpitFlowBrowserTest {

  static final String DISTRICT = "lichtenberg";
  static final ZoneId BERLIN = TestClock.BERLIN;
  static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired NoticeIntake intake;
  @Autowired WorkingDayCalendar calendar;

  @RegisterExtension final BrowserOnTest browsers = new BrowserOnTest();

  final String suffix = UUID.randomUUID().toString().substring(0, 6);

  @BeforeEach
  void freshWebapps() {
    Webapps.freshRuntimeDelegates();
    ClockUtil.reset();
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void processOwnerSeesHowCasesFlowedWhereTheyWaitAndHowFinishedOnesWent() throws Exception {
    LocalDate today = LocalDate.now(BERLIN);
    // a working Monday (or the next working day) five weeks ago; letters two working days later
    LocalDate monday = today.minusWeeks(5).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    while (!calendar.isWorkingDay(monday)) {
      monday = monday.plusDays(1);
    }
    LocalDate received = monday;
    LocalDate letterDay = calendar.addWorkingDays(received, 2);
    LocalDate voidDay = letterDay.plusDays(1);

    TestClock.at(received + "T09:00");
    CaseOpened ended = courtNotice(received, "A");
    CaseOpened waiting = courtNotice(received, "B");
    CaseOpened late = courtNotice(received, "C");
    sendCourtLetter(ended, letterDay);
    sendCourtLetter(waiting, letterDay);
    TestClock.onDay(voidDay.toString());
    runtimeService.createMessageCorrelation(ProcessKeys.MSG_CASE_ENTERED_IN_ERROR)
        .processInstanceId(ended.processInstanceId()).correlate();
    // the third letter's deadline passes: its timer fires the next morning, the escalation runs
    Task lateLetter = letterTask(late);
    LocalDate due = lateLetter.getDueDate().toInstant().atZone(BERLIN).toLocalDate();
    LocalDate escalated = due.plusDays(1);
    TestClock.at(escalated + "T09:00");
    runDueJobs(late.processInstanceId());
    ClockUtil.reset();
    assertThat(escalated).isBefore(today);

    // entered in error: the case ends in the end event of the event subprocess "Fall stornieren"
    String endActivity = "CaseVoided";
    assertThat(historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(ended.processInstanceId()).activityId(endActivity).count()).isOne();
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.PROCESS).list().stream()
        .max(Comparator.comparingInt(ProcessDefinition::getVersion)).orElseThrow();
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
    FlowNode letterNode = model.getModelElementById(ProcessKeys.TASK_SEND_COURT_LETTER);
    List<String> incoming = letterNode.getIncoming().stream().map(SequenceFlow::getId).toList();
    assertThat(incoming).hasSize(1);
    String endName = ((FlowElement) model.getModelElementById(endActivity)).getName();
    assertThat(endName).isEqualTo("Fall storniert");

    TasklistBrowser browser = browsers.start(port, engine.getName(), 1600, 1100);
    WebDriver driver = browser.driver();
    String cockpit = "http://localhost:" + port + "/camunda/app/cockpit/" + engine.getName() + "/";
    loginToCockpit(browser, cockpit, "prozess", "demo");

    // ---- the definition page: tab "Verlauf", narrowed to Lichtenberg and the cases' weeks
    driver.get(cockpit + "#/process-definition/" + definition.getId() + "/runtime");
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(".djs-container svg .djs-element[data-element-id='SendCourtLetter']")));
    browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
      d.findElement(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Verlauf']"))
          .click();
      return true;
    });
    WebElement form = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".wre-verlauf form")));
    browser.script("arguments[0].value = arguments[1]", form.findElement(By.name("from")),
        received.toString());
    new Select(form.findElement(By.name("district"))).selectByValue(DISTRICT);
    browser.waiting().until(d -> text(d.findElement(By.cssSelector(".wre-verlauf .wre-notes")))
        .contains("vom " + received.format(GERMAN)));
    // Cockpit's own view first: no history overlays on the diagram
    assertThat(driver.findElements(By.cssSelector(".wre-flow-overlay"))).isEmpty();
    click(browser, By.cssSelector(".wre-verlauf [data-mode='history']"));

    WebElement letter = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".wre-flow-overlay[data-activity-id='SendCourtLetter']")));
    assertThat(letter.findElement(By.cssSelector(".wre-count")).getText()).isEqualTo("2");
    assertThat(letter.getText()).contains("Ø 2 · P90 2 AT", "100 % fristgerecht");
    // three cases took the flow into the letter task; one case ended, in the end event it reached
    WebElement flow = driver.findElement(By.cssSelector(
        ".wre-transition-overlay[data-flow-id='" + incoming.get(0) + "']"));
    assertThat(flow.getText()).isEqualTo("3");
    WebElement end = driver.findElement(By.cssSelector(
        ".wre-end-overlay[data-activity-id='" + endActivity + "']"));
    assertThat(end.getText()).isEqualTo("1 Fall");
    // heat: the letter task was passed by two of three cases, the most passed activities by three
    assertThat(driver.findElement(By.cssSelector(".wre-heat[data-activity-id='SendCourtLetter']"))
        .getAttribute("data-heat")).isEqualTo("0.667");
    assertThat(driver.findElement(By.cssSelector(".wre-diagram-legend")).getText())
        .contains("Verlauf " + received.format(GERMAN) + " – " + today.format(GERMAN),
            "Lichtenberg", "1 Fall abgeschlossen");
    WebElement row = driver.findElement(By.cssSelector(
        ".wre-flow-table tr[data-activity-id='SendCourtLetter']"));
    assertThat(cells(row)).containsExactly("Standardanschreiben versenden", "Benutzeraufgabe", "2",
        "0", "2", "2", "2 von 2 (100,0 %)");
    assertThat(cells(driver.findElement(By.cssSelector(
        ".wre-end-table tr[data-activity-id='" + endActivity + "']"))))
        .containsExactly(endName, "1");
    Path shot = browser.screenshot("cockpit-verlauf.png");
    if (Files.isDirectory(Path.of("/tmp/p15"))) {
      Files.copy(shot, Path.of("/tmp/p15/shot-verlauf.png"), StandardCopyOption.REPLACE_EXISTING);
    }
    // back to Cockpit's running instances: the history overlays go
    click(browser, By.cssSelector(".wre-verlauf [data-mode='running']"));
    browser.waiting().until(ExpectedConditions.numberOfElementsToBe(
        By.cssSelector(".wre-flow-overlay, .wre-transition-overlay, .wre-end-overlay"), 0));

    // ---- Engpässe: the overdue letter of case C and its escalation
    driver.get(cockpit + "#/engpaesse");
    new Select(browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".wre-bottlenecks select[name='district']")))).selectByValue(DISTRICT);
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(".wre-bottlenecks[data-district='" + DISTRICT + "']")));
    assertThat(driver.findElements(By.cssSelector(".wre-age-table tbody tr"))).allSatisfy(
        r -> assertThat(r.getAttribute("data-district")).isEqualTo(DISTRICT));
    int age = calendar.workingDaysBetween(received, today);
    int bucket = age <= 3 ? 0 : age <= 10 ? 1 : age <= 20 ? 2 : 3;
    List<String> letterRow = cells(driver.findElement(By.cssSelector(
        ".wre-age-table tr[data-task='SendCourtLetter']")));
    assertThat(letterRow.subList(0, 4)).containsExactly("Standardanschreiben versenden",
        "Lichtenberg", "1", "1");
    assertThat(letterRow.get(4 + bucket)).isEqualTo("1");
    assertThat(letterRow.get(8)).isEqualTo(String.valueOf(age));
    // "Kontakt erfassen" of the two open cases: no due date, never overdue
    assertThat(cells(driver.findElement(By.cssSelector(
        ".wre-age-table tr[data-task='RecordContact']"))).subList(2, 4)).containsExactly("2", "0");
    WebElement oldest = driver.findElement(By.xpath("//table[contains(@class,'wre-longest')]"
        + "//tr[@data-process-instance-id='" + late.processInstanceId() + "' and contains(., "
        + "'Standardanschreiben versenden')]"));
    WebElement instanceLink = oldest.findElement(By.cssSelector("th a"));
    assertThat(text(instanceLink)).isEqualTo(late.caseId());
    assertThat(instanceLink.getAttribute("href"))
        .endsWith("#/process-instance/" + late.processInstanceId() + "/runtime");
    assertThat(text(oldest)).contains(received.format(GERMAN), due.format(GERMAN), "überfällig");
    // the escalation in the month its deadline fired, in the table and in the Chart.js chart
    String month = escalated.format(DateTimeFormatter.ofPattern("yyyy-MM"));
    WebElement escalations = driver.findElement(By.cssSelector(
        ".wre-escalations tr[data-district='" + DISTRICT + "']"));
    assertThat(text(escalations.findElement(By.cssSelector("td[data-month='" + month + "']"))))
        .isEqualTo("1");
    assertThat(cells(escalations)).containsOnly("Lichtenberg", "0", "1")
        .filteredOn("1"::equals).hasSize(2); // the month and the sum
    // German month names ("Nov. 2026"), the first letters as in Java's German locale data
    assertThat(text(driver.findElement(By.cssSelector(".wre-escalations th[data-month='" + month
        + "']")))).startsWith(escalated.format(DateTimeFormatter.ofPattern("MMM",
            Locale.GERMAN)).substring(0, 3)).endsWith(" " + escalated.getYear());
    // the stacked bar chart (Chart.js): Lichtenberg's twelve months, the one escalation in them
    Object chart = browser.script("const c = window.Chart && Chart.getChart("
        + "document.querySelector('.wre-bottlenecks .wre-chart canvas'));"
        + "const d = c && c.data.datasets.find(s => s.label === 'Lichtenberg');"
        + "return d ? [d.data.length, d.data.reduce((a, b) => a + b, 0), c.config.type,"
        + " c.options.scales.y.stacked] : null");
    assertThat((List<?>) chart).map(String::valueOf).containsExactly("12", "1", "bar", "true");
    browser.screenshot("cockpit-engpaesse.png");
    // the link opens Cockpit's page of the instance; its tab "Fallverlauf" shows the running case
    browser.script("arguments[0].click()", instanceLink);
    // Cockpit may add query parameters (the tab, the search) to the instance page's address
    browser.waiting().until(d -> d.getCurrentUrl().contains(
        "#/process-instance/" + late.processInstanceId() + "/runtime"));
    click(browser, By.xpath(
        "//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Fallverlauf']"));
    WebElement running = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(".wre-timeline tr[data-activity-id='SendCourtLetter']")));
    assertThat(cells(running)).containsExactly("Standardanschreiben versenden", "Benutzeraufgabe",
        received.format(GERMAN) + ", 09:00", "läuft", String.valueOf(age));
    assertThat(text(driver.findElement(By.cssSelector(".wre-timeline .wre-state"))))
        .isEqualTo("läuft");

    // ---- Abgeschlossene Fälle: the ended case, then its timeline
    driver.get(cockpit + "#/abgeschlossene-faelle");
    String narrowed = ".wre-finished[data-district='" + DISTRICT + "'][data-from='" + received
        + "']";
    // the page draws itself anew whenever a list arrives (also a late first one): fill in and
    // send the filter again until the list shown is the narrowed one
    browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
      if (!d.findElements(By.cssSelector(narrowed)).isEmpty()) {
        return true;
      }
      WebElement filter = d.findElement(By.cssSelector(".wre-finished form"));
      browser.script("arguments[0].value = arguments[1]", filter.findElement(By.name("from")),
          received.toString());
      new Select(filter.findElement(By.name("district"))).selectByValue(DISTRICT);
      filter.findElement(By.cssSelector("button[type='submit']")).click();
      return false;
    });
    WebElement finished = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(narrowed + "[data-deadline-missed=''] .wre-finished-table "
            + "tr[data-process-instance-id='" + ended.processInstanceId() + "']")));
    assertThat(driver.findElements(By.cssSelector(".wre-finished-table tbody tr"))).hasSize(1);
    assertThat(cells(finished)).containsExactly(ended.caseId(), "Lichtenberg",
        received.format(GERMAN), voidDay.format(GERMAN),
        String.valueOf(voidDay.toEpochDay() - received.toEpochDay()), endName, "–", "nein", "");
    // "Frist versäumt: ja" – the ended case had no deadline pass
    new Select(driver.findElement(By.cssSelector(".wre-finished select[name='deadlineMissed']")))
        .selectByValue("true");
    driver.findElement(By.cssSelector(".wre-finished button[type='submit']")).click();
    assertThat(text(browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(narrowed + "[data-deadline-missed='true'] .wre-count-line")))))
        .isEqualTo("Keine Fälle");
    new Select(driver.findElement(By.cssSelector(".wre-finished select[name='deadlineMissed']")))
        .selectByValue("");
    driver.findElement(By.cssSelector(".wre-finished button[type='submit']")).click();
    click(browser, By.cssSelector(narrowed + "[data-deadline-missed=''] .wre-finished-table "
        + "tr[data-process-instance-id='" + ended.processInstanceId() + "'] th a"));

    WebElement timeline = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".wre-timeline")));
    assertThat(driver.getCurrentUrl()).endsWith("#/fallverlauf/" + ended.processInstanceId());
    assertThat(text(timeline.findElement(By.tagName("h2"))))
        .isEqualTo("Fallverlauf " + ended.caseId());
    assertThat(text(timeline.findElement(By.cssSelector(".wre-facts"))))
        .contains("Lichtenberg", "abgeschlossen", received.format(GERMAN), voidDay.format(GERMAN));
    assertThat(text(timeline.findElement(By.cssSelector(".wre-timeline-table thead"))))
        .doesNotContain("erledigt von");
    assertThat(timeline.findElements(By.cssSelector(".wre-history-deleted"))).isEmpty();
    List<String> step = cells(timeline.findElement(By.cssSelector(
        ".wre-timeline-table tr[data-activity-id='SendCourtLetter']")));
    assertThat(step).containsExactly("Standardanschreiben versenden", "Benutzeraufgabe",
        received.format(GERMAN) + ", 09:00", letterDay.format(GERMAN) + ", 12:00", "2");
    assertThat(timeline.findElements(By.cssSelector(
        ".wre-timeline-table tr[data-activity-id='" + endActivity + "']"))).hasSize(1);
    browser.screenshot("cockpit-fallverlauf.png");

    // ---- Kennzahlen: the throughput times of the half-year the letters went out in; both
    // letters took two days (Monday to Wednesday or two working days), so the median is 2
    driver.get(cockpit + "#/kennzahlen");
    Select half = new Select(browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("select[data-wre='half']"))));
    String halfLabel = (letterDay.getMonthValue() <= 6 ? "1." : "2.") + " Halbjahr "
        + letterDay.getYear();
    half.getOptions().stream().filter(o -> o.getText().startsWith(halfLabel)).findFirst()
        .orElseThrow().click();
    WebElement figures = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(".wre-figures tr[data-unit='" + DISTRICT + "']")));
    List<String> throughput = cells(figures);
    assertThat(throughput.get(0)).isEqualTo("Lichtenberg");
    WebElement letters = figures.findElements(By.tagName("td")).get(0);
    assertThat(text(letters.findElement(By.cssSelector(".wre-value"))))
        .isEqualTo((letterDay.toEpochDay() - received.toEpochDay()) + " Tage");
    assertThat(text(letters.findElement(By.cssSelector(".wre-base"))))
        .startsWith("2 Arbeitstage · ");
    // no home visit and no closure yet: no value
    assertThat(throughput.subList(2, 4)).containsExactly("–", "–");
    browser.script("arguments[0].scrollIntoView({block: 'center'})", figures);
    browser.screenshot("cockpit-durchlaufzeiten.png");
  }

  // ---- helpers ----------------------------------------------------------------------------------

  /** Cockpit's login form (as Tasklist's), then the dashboard. */
  static void loginToCockpit(TasklistBrowser browser, String cockpit, String user,
      String password) {
    browser.driver().get(cockpit);
    WebElement form = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("form[name='signinForm']")));
    WebElement name = form.findElement(By.cssSelector("input[type='text']"));
    WebElement secret = form.findElement(By.cssSelector("input[type='password']"));
    name.sendKeys(user);
    secret.click();
    secret.sendKeys(password);
    form.findElement(By.cssSelector("button[type='submit']")).click();
    browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(
        By.cssSelector("form[name='signinForm']")));
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//a[normalize-space(.)='Engpässe']")));
  }

  static void click(TasklistBrowser browser, By by) {
    browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
      browser.script("arguments[0].click()", d.findElement(by));
      return true;
    });
  }

  /** The texts of a row's cells, header cell included. */
  static List<String> cells(WebElement row) {
    return row.findElements(By.cssSelector("th, td")).stream().map(CockpitFlowBrowserTest::text)
        .toList();
  }

  /**
   * The text of an element, also where Cockpit's scrolling view hides it (WebDriver's getText
   * answers "" there); white space as the browser shows it.
   */
  static String text(WebElement element) {
    return String.valueOf(element.getDomProperty("textContent")).replace('\u00a0', ' ')
        .replaceAll("\\s+", " ").trim();
  }

  CaseOpened courtNotice(LocalDate receivedOn, String tag) {
    identityService.setAuthentication("fk." + DISTRICT, List.of(
        Districts.caseworkerGroup(DISTRICT)), List.of(DISTRICT));
    try {
      return intake.fileCourtNotice(new CourtNoticeRequest(DISTRICT, "Amtsgericht Lichtenberg",
          "9 C " + suffix + "-" + tag + "/26", receivedOn.toString(), new HouseholdData(
              "Verena Verlauf-" + suffix + tag, "Flussweg " + tag + " " + suffix, "10365",
              "Berlin", null, null),
          "Wohnbau GmbH", new BigDecimal("1800.00"), receivedOn.plusDays(60).toString()));
    } finally {
      identityService.clearAuthentication();
    }
  }

  Task letterTask(CaseOpened opened) {
    return taskService.createTaskQuery().processInstanceId(opened.processInstanceId())
        .taskDefinitionKey(ProcessKeys.TASK_SEND_COURT_LETTER).singleResult();
  }

  void sendCourtLetter(CaseOpened opened, LocalDate sentOn) {
    TestClock.onDay(sentOn.toString());
    taskService.complete(letterTask(opened).getId(),
        Map.of(CaseVariables.LETTER_SENT_ON, sentOn.toString()));
  }

  void runDueJobs(String instance) {
    for (int round = 0; round < 5; round++) {
      List<Job> due = managementService.createJobQuery().processInstanceId(instance).executable()
          .list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
  }
}
