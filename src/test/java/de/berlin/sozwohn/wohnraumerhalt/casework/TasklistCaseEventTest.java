package de.berlin.sozwohn.wohnraumerhalt.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.security.IdentitySetup;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TestNotices;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
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
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * "Fallereignis erfassen" in a real browser: a caseworker ({@code fk.mitte}) opens Tasklist,
 * "Prozess starten" → "Fallereignis erfassen" (and does not find "Korrektur erfassen", which is
 * for team leads), chooses "Klage zurückgenommen", types the case number and the day, starts – and
 * the case's letter and contact tasks are gone, "Fall abschließen" waits in the district's list. A
 * day before the notice arrived is refused with the German message naming the field, and nothing
 * changes. Screenshots go to {@code target/screenshots/}.
 *
 * <p>Its own Spring context and Debian's {@code chromium} and {@code chromedriver}, for the reasons
 * given in {@code intake.TasklistNoticeEntryTest}; skipped where the browser is missing.
 */
@AppTest
@TestPropertySource(properties = {
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true"})
@DirtiesContext
class TasklistCaseEventTest {

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
  @Autowired ProcessEngine processEngine;
  @Autowired FilterService filterService;
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
  void aCaseworkerRecordsAWithdrawnLawsuitAndTheCasesTasksEnd() throws Exception {
    startBrowser();
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    LocalDate receivedOn = today().minusDays(1);
    Opened c = fileCourtNotice("43 C " + suffix + "/26", "Karl Klage-" + suffix,
        "Rücknahmeweg 5 " + suffix, receivedOn);
    assertThat(taskKeys(c.pid())).containsExactly(ProcessKeys.TASK_RECORD_CONTACT,
        ProcessKeys.TASK_SEND_COURT_LETTER);

    login("fk.mitte", "demo");
    List<String> startable = openStartForm("Fallereignis erfassen");
    assertThat(startable).contains("Mitteilung über Räumungsklage erfassen")
        .doesNotContain("Korrektur erfassen");

    // a day before the notice arrived: refused, naming the field; the case stays as it was
    fillEvent(c.caseId(), "Klage zurückgenommen", receivedOn.minusDays(1));
    clickStart();
    WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".modal .alert-danger")));
    wait.until(ExpectedConditions.textToBePresentInElement(alert, "Datum des Ereignisses"));
    assertThat(alert.getText()).contains("Der Prozess konnte nicht gestartet werden")
        .contains("Das Fallereignis wurde nicht gespeichert: Datum des Ereignisses: Das Datum "
            + receivedOn.minusDays(1) + " liegt vor dem Eingang der Mitteilung (" + receivedOn
            + ").");
    screenshot("tasklist-case-event-refused.png");
    assertThat(taskKeys(c.pid())).containsExactly(ProcessKeys.TASK_RECORD_CONTACT,
        ProcessKeys.TASK_SEND_COURT_LETTER);

    // the right day: the dialog closes, the outreach ends and the closure is proposed
    WebElement on = field("on-date");
    on.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    on.sendKeys(today().format(GERMAN_DATE));
    on.sendKeys(Keys.TAB);
    clickStart();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
    wait.until(d -> taskKeys(c.pid()).equals(List.of(ProcessKeys.TASK_CLOSE_CASE)));

    openDistrictListSearching(CaseVariables.CASE_ID, c.caseId());
    String task = wait.ignoring(StaleElementReferenceException.class).until(d -> {
      List<String> texts = d.findElements(By.cssSelector(".tasks-list li.task")).stream()
          .map(WebElement::getText).filter(t -> t.contains(c.caseId())).toList();
      return texts.size() == 1 && texts.get(0).contains("Fall abschließen") ? texts.get(0) : null;
    });
    assertThat(task).doesNotContain("Standardanschreiben versenden")
        .doesNotContain("Kontakt erfassen");
    screenshot("tasklist-case-event-recorded.png");
  }

  // ------------------------------------------------------------------ helpers

  record Opened(String caseId, String pid) {}

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

  /** "Prozess starten", the entry of that name; answers the names the list offered. */
  List<String> openStartForm(String name) {
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//a[contains(normalize-space(.), 'Prozess starten')]"))).click();
    By entries = By.cssSelector("ul.processes a");
    List<String> names = wait.ignoring(StaleElementReferenceException.class).until(d -> {
      List<String> texts = d.findElements(entries).stream()
          .map(e -> e.getText().trim()).filter(t -> !t.isEmpty()).toList();
      return texts.contains(name) ? texts : null;
    });
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//ul[contains(@class,'processes')]//a[normalize-space(.)='" + name + "']"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal .fjs-form")));
    return names;
  }

  void fillEvent(String caseId, String event, LocalDate on) {
    field("caseId").sendKeys(caseId);
    // form-js's select: a display that opens a list of the labels
    wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector(".modal .fjs-form [id$='-Field_type-display']"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'modal')]//*[contains(@class,'fjs-dropdownlist-item')]"
            + "[normalize-space(.)='" + event + "']"))).click();
    WebElement date = field("on-date");
    date.sendKeys(on.format(GERMAN_DATE));
    date.sendKeys(Keys.TAB);
  }

  void clickStart() {
    WebElement button = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("button[ng-click='startProcessInstance()']")));
    ((JavascriptExecutor) driver).executeScript("arguments[0].click()", button);
  }

  /** A form-js input by the key of its form field (ids end in "-Field_&lt;key&gt;"). */
  WebElement field(String key) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".modal .fjs-form [id$='-Field_" + key + "']")));
  }

  /** "Aufgaben meines Bezirks" searched for a case variable, as Tasklist's search pill does. */
  void openDistrictListSearching(String variable, String value) {
    String filterId = filterService.createFilterQuery()
        .filterName(IdentitySetup.FILTER_DISTRICT_TASKS).singleResult().getId();
    String search = "[{\"type\":\"processVariables\",\"operator\":\"eq\",\"value\":\""
        + value + "\",\"name\":\"" + variable + "\"}]";
    driver.get("http://localhost:" + port + "/camunda/app/tasklist/" + processEngine.getName()
        + "/#/?filter=" + filterId + "&searchQuery="
        + URLEncoder.encode(search, StandardCharsets.UTF_8).replace("+", "%20"));
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

  void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  static LocalDate today() {
    return LocalDate.now(BERLIN);
  }
}
