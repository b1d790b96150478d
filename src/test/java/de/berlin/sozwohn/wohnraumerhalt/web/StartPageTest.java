package de.berlin.sozwohn.wohnraumerhalt.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TasklistBrowser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The start page at {@code /}: Wohnraumerhalt in German, no login, the webapps under the names
 * the users know (Aufgaben, Prozessübersicht, Verwaltung), and no link that ends in a 404.
 *
 * <p>An own context, as every test that follows links into the webapps (see CockpitPluginTest):
 * the starter initialises the webapps' filters from the context started last.
 */
@AppTest
@TestPropertySource(properties = {
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true"})
@DirtiesContext
class StartPageTest {

  private static final Pattern ANCHOR = Pattern.compile(
      "<a\\s[^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>", Pattern.DOTALL);
  private static final Pattern LINK_ELEMENT = Pattern.compile("<link\\s[^>]*href=\"([^\"]*)\"");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  private final HttpClient anonymous = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NORMAL).build();
  private HttpResponse<String> page;

  @BeforeEach
  void openTheStartPage() throws Exception {
    page = get(base().resolve("/"));
  }

  @Test
  void theStartPageIsOursInGermanWithoutLogin() {
    assertThat(page.statusCode()).isEqualTo(200);
    // our page itself, not a redirect to Camunda's welcome app (index-redirect-enabled: false)
    assertThat(page.uri().getPath()).isEqualTo("/");
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
        assertThat(type).startsWith("text/html"));
    String html = page.body();
    // Tomcat names no charset for a German browser (Boot maps only en and fr to UTF-8): the page
    // declares it where browsers look for it, within its first 1024 bytes
    assertThat(html.substring(0, 1024)).contains("<meta charset=\"utf-8\">");
    assertThat(html).contains("<html lang=\"de\">");
    assertThat(text(first(html, "<title>(.*?)</title>"))).startsWith("Wohnraumerhalt");
    assertThat(text(first(html, "<h1>(.*?)</h1>"))).isEqualTo("Wohnraumerhalt");
    assertThat(text(first(html, "<p class=\"untertitel\">(.*?)</p>"))).isEqualTo(
        "Fachstellen Soziale Wohnhilfe – Verfahren nach der Zielvereinbarung SozWohn 2026–2027");
    // nothing runs on it, and its policy says so
    assertThat(html).doesNotContain("<script");
    assertThat(html).contains("content=\"default-src 'none'; style-src 'self'; img-src 'self';");
  }

  @Test
  void namesTheWebappsAsOurUsersKnowThemAndWhoWorksInEach() {
    Map<String, String> links = anchors(page.body());

    assertThat(links.get("camunda/app/tasklist/")).startsWith("Aufgaben ")
        .contains("Fachkräfte der Sozialen Wohnhilfe");
    assertThat(links.get("camunda/app/cockpit/")).startsWith("Prozessübersicht ")
        .contains("Prozessverantwortlichen");
    assertThat(links.get("camunda/app/admin/")).startsWith("Verwaltung ")
        .contains("Administration");
    assertThat(links).containsEntry("camunda/app/cockpit/#/kennzahlen", "Kennzahlen")
        .containsEntry("camunda/app/cockpit/#/personalbedarf", "Personalbedarf")
        .containsEntry("camunda/app/welcome/", "Mein Profil");
    assertThat(links).hasSize(6);
  }

  @Test
  void everyLinkLeadsToAPageNotToA404() throws Exception {
    List<String> targets = new ArrayList<>(anchors(page.body()).keySet());
    Matcher m = LINK_ELEMENT.matcher(page.body());
    while (m.find()) {
      targets.add(m.group(1));
    }
    assertThat(targets).contains("startseite/startseite.css", "startseite/icon.svg");

    for (String target : targets) {
      HttpResponse<String> answer = get(page.uri().resolve(withoutFragment(target)));
      // the webapps answer their page (the login form is part of it), never 404
      assertThat(answer.statusCode()).as(target).isEqualTo(200);
    }
  }

  /**
   * Camunda sends {@code /camunda/app/tasklist/} on to the default engine's Tasklist – in
   * production this application's only engine; in the test suite whichever engine of the JVM's
   * registry is the default, which need not be this context's (hence any engine name here).
   */
  @Test
  void theWebappLinksOpenTheWebapps() throws Exception {
    Map<String, String> apps = Map.of("camunda/app/tasklist/", "tasklist",
        "camunda/app/cockpit/", "cockpit", "camunda/app/admin/", "admin",
        "camunda/app/welcome/", "welcome");
    for (Map.Entry<String, String> app : apps.entrySet()) {
      HttpResponse<String> answer = get(page.uri().resolve(app.getKey()));
      assertThat(answer.uri().getPath()).as(app.getKey())
          .matches("/camunda/app/" + app.getValue() + "/[\\w-]+/");
      assertThat(answer.body()).as(app.getKey()).contains("app-name=\"" + app.getValue() + "\"");
    }
    // the pages behind the Cockpit links are routes of our Cockpit plugin
    HttpResponse<String> plugin = get(base().resolve(
        "/camunda/api/cockpit/plugin/wohnraumerhalt/static/app/plugin.js"));
    assertThat(plugin.body()).contains("'/kennzahlen'", "'/personalbedarf'");
  }

  @Test
  void theStylesheetAndIconAreServedAsSuch() throws Exception {
    assertThat(get(base().resolve("/startseite/startseite.css")).headers()
        .firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
    assertThat(get(base().resolve("/startseite/icon.svg")).headers()
        .firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
  }

  /**
   * In a browser: the page as it looks (screenshot {@code target/screenshots/startseite.png}),
   * "Kennzahlen" leads through Cockpit's login straight to the indicators, and "Mein Profil" links
   * back. Skipped without Chromium.
   */
  @Test
  void kennzahlenLeadsThroughTheLoginToTheIndicatorsAndTheProfileLinksBack() throws Exception {
    try (TasklistBrowser browser = TasklistBrowser.start(port, engine.getName(), 1280, 1000)) {
      browser.driver().get(base().resolve("/").toString());
      assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Wohnraumerhalt");
      Path shot = browser.screenshot("startseite.png");
      assertThat(Files.size(shot)).isPositive();

      browser.driver().findElement(By.linkText("Kennzahlen")).click();
      WebElement form = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector("form[name='signinForm']")));
      form.findElement(By.cssSelector("input[type='text']")).sendKeys("prozess");
      form.findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
      form.findElement(By.cssSelector("button[type='submit']")).click();

      browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
          By.tagName("body"), "Kennzahlen der Qualitätsstandards"));
      assertThat(browser.driver().getCurrentUrl()).matches(".*/camunda/app/cockpit/[\\w-]+/#/kennzahlen");

      // "Mein Profil" (Camunda's welcome app, same login) links back here instead of to Camunda's docs
      browser.driver().get(base().resolve("/camunda/app/welcome/").toString());
      WebElement back = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
          By.linkText("Startseite Wohnraumerhalt")));
      assertThat(back.getAttribute("href")).isEqualTo(base().resolve("/").toString());
      assertThat(browser.driver().findElement(By.tagName("body")).getText())
          .contains("Passwort ändern").doesNotContain("Camunda Webapps Benutzerdokumentation");
    }
  }

  private URI base() {
    return URI.create("http://localhost:" + port + "/");
  }

  private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return anonymous.send(HttpRequest.newBuilder(uri).header("Accept-Language", "de-DE").GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** href → the link's visible text, in page order. */
  private static Map<String, String> anchors(String html) {
    Map<String, String> links = new LinkedHashMap<>();
    Matcher m = ANCHOR.matcher(html);
    while (m.find()) {
      links.put(m.group(1), text(m.group(2)));
    }
    return links;
  }

  private static String first(String html, String regex) {
    Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
    assertThat(m.find()).as(regex).isTrue();
    return m.group(1);
  }

  /** The text a reader sees: without tags, whitespace collapsed. */
  private static String text(String html) {
    return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
  }

  private static String withoutFragment(String href) {
    int hash = href.indexOf('#');
    return hash < 0 ? href : href.substring(0, hash);
  }
}
