package de.berlin.sozwohn.wohnraumerhalt.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.calendar.AppointmentSlots;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.security.IdentitySetup;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TestClock;
import de.berlin.sozwohn.wohnraumerhalt.support.TestNotices;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Duration;
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
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
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
 * completes – the letter is sent and the slot she picked is booked for the household. Screenshots
 * go to {@code target/screenshots/}.
 *
 * <p>Its own Spring context and Debian's {@code chromium} and {@code chromedriver}, for the reasons
 * given in {@code intake.TasklistNoticeEntryTest}; skipped where the browser is missing.
 */
@AppTest
@TestPropertySource(properties = {
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true"})
@DirtiesContext
class TasklistAppointmentTest {

  static final Path CHROMIUM =
      Path.of(System.getProperty("wohnraumerhalt.test.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("wohnraumerhalt.test.chromedriver", "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final Duration TIMEOUT = Duration.ofSeconds(30);
  static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ProcessEngine processEngine;
  @Autowired FilterService filterService;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();

  WebDriver driver;
  WebDriverWait wait;

  @BeforeEach
  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  /** On a failure, what the browser showed (before {@link #close} ends it). */
  @RegisterExtension
  final AfterTestExecutionCallback screenshotOnFailure = context -> {
    if (context.getExecutionException().isPresent() && driver != null) {
      screenshot("failed-" + context.getRequiredTestMethod().getName() + ".png");
    }
  };

  @AfterEach
  void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void aStaleAppointmentIsProposedAgainAndTheLetterGoesOutWithTheSlotPicked() throws Exception {
    startBrowser();
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    // the notice came two weeks ago; the letter task has waited since
    LocalDate receivedOn = today().minusDays(14);
    TestClock.at(receivedOn + "T09:00");
    Opened c = fileCourtNotice("44 C " + suffix + "/26", "Greta Gestern-" + suffix,
        "Terminweg 9 " + suffix, receivedOn);
    ClockUtil.reset();
    LocalDateTime stale = appointment(c);
    assertThat(stale).isBefore(LocalDateTime.now(BERLIN));

    login("fk.mitte", "demo");
    Task letter = taskService.createTaskQuery().processInstanceId(c.pid())
        .taskDefinitionKey(ProcessKeys.TASK_SEND_COURT_LETTER).singleResult();
    openTask(letter.getId());
    // take the task over ("Diese Aufgabe übernehmen"): only the assignee can complete it
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("(//*[contains(normalize-space(text()), 'Diese Aufgabe übernehmen')])[1]"))).click();
    wait.until(d -> "fk.mitte".equals(taskService.createTaskQuery().taskId(letter.getId())
        .singleResult().getAssignee()));

    // opening the form proposed a fresh appointment of the district calendar; the form shows it
    LocalDateTime fresh = wait.until(d -> {
      LocalDateTime now = appointment(c);
      return now.equals(stale) ? null : now;
    });
    assertThat(fresh).isAfter(LocalDateTime.now(BERLIN));
    String freshLabel = AppointmentSlots.label(fresh);
    wait.ignoring(StaleElementReferenceException.class).until(d ->
        appointmentDisplay().getText().contains(freshLabel));
    screenshot("tasklist-letter-appointment-proposed.png");

    // the list of free slots, in German; she picks the second
    List<String> offered = wait.ignoring(StaleElementReferenceException.class).until(d -> {
      appointmentDisplay().click();
      List<String> items = d.findElements(By.cssSelector(
              "[cam-tasklist-task] .fjs-form .fjs-dropdownlist-item")).stream()
          .map(e -> e.getText().trim()).filter(t -> !t.isEmpty()).toList();
      return items.size() >= 10 ? items : null;
    });
    assertThat(offered).contains(freshLabel).doesNotContain(AppointmentSlots.label(stale));
    assertThat(offered).allMatch(label ->
        label.matches("(Mo|Di|Mi|Do|Fr), \\d{1,2}\\.\\d{1,2}\\.20\\d\\d, \\d\\d:\\d\\d Uhr"));
    screenshot("tasklist-letter-appointment-slots.png");
    String picked = offered.get(1);
    // the list may reach below Tasklist's footer: scrolled into view before the click
    wait.ignoring(StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
          WebElement item = d.findElement(By.xpath(
              "//*[@cam-tasklist-task]//*[contains(@class,'fjs-dropdownlist-item')]"
                  + "[normalize-space(.)='" + picked + "']"));
          ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})",
              item);
          item.click();
          return true;
        });
    wait.until(d -> appointmentDisplay().getText().contains(picked));

    WebElement sentOn = taskField("letterSentOn-date");
    sentOn.sendKeys(today().format(GERMAN_DATE));
    sentOn.sendKeys(Keys.TAB);
    clickComplete();

    // sent: the task is done, the picked slot is booked for the household and the letter offers it
    wait.until(d -> taskService.createTaskQuery().taskId(letter.getId()).count() == 0);
    LocalDateTime booked = appointment(c);
    assertThat(AppointmentSlots.label(booked)).isEqualTo(picked);
    Map<String, Object> row = jdbc.queryForMap("SELECT slot_at, status FROM appointment_slot "
        + "WHERE process_instance_id = ?", c.pid());
    assertThat(row).containsEntry("slot_at", Timestamp.valueOf(booked))
        .containsEntry("status", "booked");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM case_letter WHERE case_id = ? "
        + "AND kind = 'court-letter'", Integer.class, c.caseId())).isEqualTo(1);
    screenshot("tasklist-letter-appointment-sent.png");
  }

  /**
   * Tasklist's "Speichern" keeps a Camunda Form in the browser (localStorage), not on the server,
   * and a saved value wins over the server's when the form is opened again. A saved appointment
   * that has become stale is no free slot, so the form does not show it: the field asks for a
   * choice, and the fresh proposal heads the list.
   */
  @Test
  void anAppointmentSavedInTheBrowserThatHasPassedIsNotShown() throws Exception {
    startBrowser();
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    LocalDate receivedOn = today().minusDays(14);
    TestClock.at(receivedOn + "T09:00");
    Opened c = fileCourtNotice("45 C " + suffix + "/26", "Sven Gespeichert-" + suffix,
        "Terminweg 10 " + suffix, receivedOn);
    ClockUtil.reset();
    LocalDateTime stale = appointment(c);
    Task letter = taskService.createTaskQuery().processInstanceId(c.pid())
        .taskDefinitionKey(ProcessKeys.TASK_SEND_COURT_LETTER).singleResult();
    taskService.claim(letter.getId(), "fk.mitte");

    login("fk.mitte", "demo");
    // as if she had saved the form two weeks ago, with the appointment of that day
    ((JavascriptExecutor) driver).executeScript("localStorage.setItem(arguments[0], arguments[1])",
        "camunda-form:" + letter.getId(), json.writeValueAsString(Map.of(
            CaseVariables.APPOINTMENT_AT, stale.toString().substring(0, 16))));
    openTask(letter.getId());

    LocalDateTime fresh = wait.until(d -> {
      LocalDateTime now = appointment(c);
      return now.equals(stale) ? null : now;
    });
    wait.ignoring(StaleElementReferenceException.class).until(d ->
        appointmentDisplay().getText().contains("Bitte auswählen"));
    assertThat(appointmentDisplay().getText()).doesNotContain(AppointmentSlots.label(stale));
    List<String> offered = wait.ignoring(StaleElementReferenceException.class).until(d -> {
      appointmentDisplay().click();
      List<String> items = d.findElements(By.cssSelector(
              "[cam-tasklist-task] .fjs-form .fjs-dropdownlist-item")).stream()
          .map(e -> e.getText().trim()).filter(t -> !t.isEmpty()).toList();
      return items.size() >= 10 ? items : null;
    });
    assertThat(offered.get(0)).isEqualTo(AppointmentSlots.label(fresh));
    assertThat(offered).doesNotContain(AppointmentSlots.label(stale));
    screenshot("tasklist-letter-appointment-saved-stale.png");
  }

  // ------------------------------------------------------------------ helpers

  record Opened(String caseId, String pid) {}

  LocalDateTime appointment(Opened c) {
    return LocalDateTime.parse((String) runtimeService.getVariable(c.pid(),
        CaseVariables.APPOINTMENT_AT));
  }

  WebElement appointmentDisplay() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
        "[cam-tasklist-task] .fjs-form [id$='-Field_appointmentAt-display']")));
  }

  WebElement taskField(String key) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[cam-tasklist-task] .fjs-form [id$='-Field_" + key + "']")));
  }

  /** "Abschließen"; Tasklist's notifications may lie over it, so the click goes to the button. */
  void clickComplete() {
    WebElement button = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//button[normalize-space(.)='Abschließen']")));
    ((JavascriptExecutor) driver).executeScript("arguments[0].click()", button);
  }

  /** The task opened from "Aufgaben meines Bezirks", as a bookmarked task link does. */
  void openTask(String taskId) {
    String filterId = filterService.createFilterQuery()
        .filterName(IdentitySetup.FILTER_DISTRICT_TASKS).singleResult().getId();
    driver.get("http://localhost:" + port + "/camunda/app/tasklist/" + processEngine.getName()
        + "/#/?filter=" + filterId + "&task=" + taskId);
    wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[cam-tasklist-task] .fjs-form")));
  }

  void startBrowser() {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Browser test skipped: needs Debian's chromium and chromedriver at " + CHROMIUM + " and "
            + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--window-size=1440,1000", "--lang=de-DE");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    // form-js reads typed dates in the locale of the browser's Intl API (dd.mm.yyyy in German)
    chrome.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "de-DE"));
    chrome.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/Berlin"));
    driver = chrome;
    wait = new WebDriverWait(driver, TIMEOUT);
  }

  void login(String user, String password) {
    driver.get("http://localhost:" + port + "/camunda/app/tasklist/" + processEngine.getName() + "/");
    // the login page may still be settling: type until both fields hold what was typed
    for (int attempt = 0; ; attempt++) {
      WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector("form[name='signinForm']")));
      WebElement name = form.findElement(By.cssSelector("input[type='text']"));
      WebElement secret = form.findElement(By.cssSelector("input[type='password']"));
      name.clear();
      name.sendKeys(user);
      secret.click();
      secret.clear();
      secret.sendKeys(password);
      if (user.equals(name.getAttribute("value")) && password.equals(secret.getAttribute("value"))) {
        form.findElement(By.cssSelector("button[type='submit']")).click();
        break;
      }
      assertThat(attempt).as("login form accepts the credentials").isLessThan(3);
    }
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tasks-list")));
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

  void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  static LocalDate today() {
    return LocalDate.now(BERLIN);
  }
}
