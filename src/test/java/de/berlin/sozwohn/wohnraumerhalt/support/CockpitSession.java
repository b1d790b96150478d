package de.berlin.sozwohn.wohnraumerhalt.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser's session with the Camunda webapps of the running test application: its own cookies,
 * logged in to Cockpit as the login page does it (the XSRF cookie first, then the form POST), or
 * anonymous.
 */
public final class CockpitSession {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
  private final int port;

  private CockpitSession(int port) {
    this.port = port;
  }

  /** A session that has not logged in. */
  public static CockpitSession anonymous(int port) {
    return new CockpitSession(port);
  }

  /** A session logged in to Cockpit of {@code engine}; fails the test if the login fails. */
  public static CockpitSession login(int port, String engine, String user, String password)
      throws IOException, InterruptedException {
    CockpitSession session = new CockpitSession(port);
    session.get("/camunda/app/cockpit/" + engine + "/");
    String token = session.cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst()
        .orElse("");
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> response = session.client.send(HttpRequest.newBuilder(
            session.uri("/camunda/api/admin/auth/user/" + engine + "/login/cockpit"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return session;
  }

  public URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** GET as the webapp's scripts ask: JSON preferred, anything else accepted. */
  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json, */*")
        .GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
