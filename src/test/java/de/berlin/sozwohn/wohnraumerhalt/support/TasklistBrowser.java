package de.berlin.sozwohn.wohnraumerhalt.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

/**
 * Tasklist in a German headless Chromium (Debian's {@code chromium} and {@code chromedriver};
 * paths: system properties {@code wohnraumerhalt.test.chromium}, {@code
 * wohnraumerhalt.test.chromedriver}) for browser tests: log in, open a filter with a search or a
 * task by its link, read the list and the forms, choose in form-js selects, start a start form,
 * take screenshots. A test that starts it is skipped where the browser is missing. The driver path
 * is set explicitly, so Selenium Manager never runs.
 */
public final class TasklistBrowser implements AutoCloseable {

  public static final Path CHROMIUM =
      Path.of(System.getProperty("wohnraumerhalt.test.chromium", "/usr/bin/chromium"));
  public static final Path CHROMEDRIVER =
      Path.of(System.getProperty("wohnraumerhalt.test.chromedriver", "/usr/bin/chromedriver"));
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final String tasklist;

  private TasklistBrowser(ChromeDriver driver, String tasklist) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, TIMEOUT);
    this.tasklist = tasklist;
  }

  /** Starts the browser (or skips the test) for the Tasklist of that engine on that port. */
  public static TasklistBrowser start(int port, String engine, int width, int height) {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Browser test skipped: needs Debian's chromium and chromedriver at " + CHROMIUM + " and "
            + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--window-size=" + width + "," + height, "--lang=de-DE");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    // a German browser in Berlin, as in the Bezirksämter
    chrome.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "de-DE"));
    chrome.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/Berlin"));
    return new TasklistBrowser(chrome, "http://localhost:" + port + "/camunda/app/tasklist/" + engine + "/");
  }

  public WebDriver driver() {
    return driver;
  }

  public WebDriverWait waiting() {
    return wait;
  }

  /** Logs in through Tasklist's login form and waits for the task list. */
  public void login(String user, String password) {
    driver.get(tasklist);
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

  /** A filter with Tasklist's search for a process variable in the address, as a bookmark. */
  public void openFilterSearching(String filterId, String variable, String value) {
    String search = "[{\"type\":\"processVariables\",\"operator\":\"eq\",\"value\":\""
        + value + "\",\"name\":\"" + variable + "\"}]";
    driver.get(tasklist + "#/?filter=" + filterId + "&searchQuery="
        + URLEncoder.encode(search, StandardCharsets.UTF_8).replace("+", "%20"));
  }

  /** A task opened by its link in a filter, as a bookmarked task link does; waits for its form. */
  public void openTaskById(String filterId, String taskId) {
    driver.get(tasklist + "#/?filter=" + filterId + "&task=" + taskId);
    wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[cam-tasklist-task] .fjs-form")));
  }

  /** The cards of the list, once the list shows {@code count} of them (read afresh). */
  public List<WebElement> cards(int count) {
    return wait.ignoring(StaleElementReferenceException.class).until(d -> {
      List<WebElement> cards = d.findElements(By.cssSelector(".tasks-list li.task"));
      return cards.size() == count ? cards : null;
    });
  }

  /** Clicks the task of that name whose card shows the text, until the click lands. */
  public void openTask(String taskName, String cardText) {
    wait.ignoring(StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
          WebElement link = d.findElements(By.cssSelector(".tasks-list li.task")).stream()
              .filter(t -> t.getText().contains(cardText) && t.getText().contains(taskName))
              .findFirst().orElseThrow()
              .findElement(By.cssSelector("h4 a"));
          script("arguments[0].scrollIntoView({block: 'center'})", link);
          link.click();
          return true;
        });
  }

  /** "Diese Aufgabe übernehmen": only the assignee completes a task. */
  public void claim() {
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("(//*[contains(normalize-space(text()), 'Diese Aufgabe übernehmen')])[1]"))).click();
  }

  /** The text of the open task's form, once it contains the given text. */
  public String taskFormText(String containing) {
    return wait.ignoring(StaleElementReferenceException.class).until(d -> {
      String text = d.findElement(By.cssSelector("[cam-tasklist-task] .fjs-form")).getText();
      return text.contains(containing) ? text : null;
    });
  }

  /** A form-js input of the open task's form by its key (ids end in "-Field_&lt;key&gt;"). */
  public WebElement taskField(String key) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[cam-tasklist-task] .fjs-form [id$='-Field_" + key + "']")));
  }

  /** A form-js input of the start form dialog by its key. */
  public WebElement startField(String key) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".modal .fjs-form [id$='-Field_" + key + "']")));
  }

  /** The form-js field (label, input, messages) of an input. */
  public WebElement wrapper(WebElement input) {
    return input.findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field')][1]"));
  }

  /** "Abschließen"; Tasklist's notifications may lie over it, so the click goes to the button. */
  public void clickComplete() {
    WebElement button = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//button[normalize-space(.)='Abschließen']")));
    script("arguments[0].click()", button);
  }

  /**
   * "Prozess starten" → the start form of that name; answers the names the list offered (what the
   * user may start).
   */
  public List<String> openStartForm(String name) {
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//a[contains(normalize-space(.), 'Prozess starten')]"))).click();
    List<String> names = wait.ignoring(StaleElementReferenceException.class).until(d -> {
      List<String> texts = d.findElements(By.cssSelector("ul.processes a")).stream()
          .map(e -> e.getText().trim()).filter(t -> !t.isEmpty()).toList();
      return texts.contains(name) ? texts : null;
    });
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//ul[contains(@class,'processes')]//a[normalize-space(.)='" + name + "']"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal .fjs-form")));
    return names;
  }

  /** "Starten"; the click goes to the button, whatever lies over it. */
  public void clickStart() {
    WebElement button = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("button[ng-click='startProcessInstance()']")));
    script("arguments[0].click()", button);
  }

  /**
   * Opens a form-js select (its display, key "&lt;key&gt;-display") and answers the labels of its
   * list, once it lists at least {@code atLeast}. The display is clicked (scrolled into view, the
   * focus taken from wherever it is) until the list is open; a click on an open list would close
   * it again.
   */
  public List<String> openSelect(WebElement display, int atLeast) {
    WebDriverWait listed = new WebDriverWait(driver, Duration.ofSeconds(5));
    for (int attempt = 1; ; attempt++) {
      if (optionsShown(driver).isEmpty()) {
        script("arguments[0].scrollIntoView({block: 'center'})", display);
        // a select whose (hidden) input has the focus while its list is closed takes the click
        // as "close": the focus goes first
        script("document.activeElement && document.activeElement.blur()");
        display.click();
      }
      try {
        return listed.ignoring(StaleElementReferenceException.class).until(d -> {
          List<String> labels = optionsShown(d).stream()
              .map(e -> String.valueOf(e.getDomProperty("textContent")).trim())
              .filter(t -> !t.isEmpty()).toList();
          return labels.size() >= atLeast ? labels : null;
        });
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /** Chooses the entry of that label in the open select's list (scrolled into view first). */
  public void choose(String label) {
    wait.ignoring(StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
          WebElement item = d.findElement(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')]"
              + "[normalize-space(.)='" + label + "']"));
          script("arguments[0].scrollIntoView({block: 'center'})", item);
          item.click();
          return true;
        });
  }

  private static List<WebElement> optionsShown(WebDriver d) {
    return d.findElements(By.cssSelector(".fjs-form .fjs-dropdownlist-item"));
  }

  /**
   * The form-js field of an input once the server's refusal has marked it (red, the message below;
   * {@code german-form-messages.js}).
   */
  public WebElement refusedField(WebElement input) {
    WebElement field = wrapper(input);
    wait.until(d -> field.getAttribute("class").contains("wohnraumerhalt-refused"));
    return field;
  }

  /** The texts of Tasklist's notifications on the page. */
  public List<String> notifications() {
    return driver.findElements(By.cssSelector(".page-notifications .alert")).stream()
        .map(WebElement::getText).toList();
  }

  public Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** A screenshot of the browser window under {@code target/screenshots/}. */
  public Path screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Path target = SCREENSHOTS.resolve(name);
    Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
