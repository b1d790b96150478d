package de.berlin.sozwohn.wohnraumerhalt.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Requests as a stranger would send them: JSON over HTTP Basic to {@code /api} and {@code
 * /engine-rest}, and a browser session of a Camunda webapp (login form, session cookie, CSRF
 * token) for what Tasklist and Cockpit call under {@code /camunda/api}.
 */
public final class HttpProbe {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestRestTemplate rest;
  private final int port;

  public HttpProbe(TestRestTemplate rest, int port) {
    this.rest = rest;
    this.port = port;
  }

  /** A JSON request with HTTP Basic ({@code user} null: anonymous); the body is written as JSON. */
  public ResponseEntity<String> call(String user, String password, HttpMethod method, String path,
      Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, password);
    return client.exchange(path, method, new HttpEntity<>(json(body), headers), String.class);
  }

  /**
   * The same as {@link #call} with the path sent exactly as written (no template expansion, no
   * encoding): {@code /engine-rest//message/}, {@code /engine-rest/%6Dessage}.
   */
  public HttpResponse<String> callVerbatim(String user, String password, String method,
      String path, Object body) throws IOException, InterruptedException {
    String content = json(body);
    String credentials = java.util.Base64.getEncoder().encodeToString(
        (user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + credentials)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .method(method, content == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(content)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A browser logged into a webapp ({@code tasklist}, {@code cockpit}, {@code admin}). */
  public Browser login(String user, String password, String app) throws IOException,
      InterruptedException {
    Browser browser = new Browser();
    int status = browser.login(user, password, app);
    if (status != 200) {
      throw new IllegalStateException(user + " cannot log into " + app + ": " + status);
    }
    return browser;
  }

  /** A browser without a session. */
  public Browser browser() {
    return new Browser();
  }

  private static String json(Object body) {
    try {
      return body == null ? null : body instanceof String text ? text : JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A browser: cookies, and the CSRF token the webapps hand out, sent with every change. */
  public final class Browser {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    private String token = "";

    private String base() {
      return "http://localhost:" + port + "/camunda";
    }

    /** Posts the login form as the browser does; returns the status. */
    public int login(String user, String password, String app) throws IOException,
        InterruptedException {
      get("/app/welcome/default/"); // session and CSRF token
      String form = user == null ? "username=&password="
          : "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
              + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
      int status = send(HttpRequest.newBuilder(URI.create(base() + "/api/admin/auth/user/default/login/" + app))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("X-XSRF-TOKEN", token)
          .POST(HttpRequest.BodyPublishers.ofString(form))).statusCode();
      get("/api/admin/auth/user/default"); // the logged-in session's CSRF token
      return status;
    }

    /** The browser's HTTP client (its cookies, no token), for requests a test builds by hand. */
    public HttpClient client() {
      return client;
    }

    /** GET {@code /camunda}{@code path}. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "application/json").GET());
    }

    /** A JSON request with the session's CSRF token. */
    public HttpResponse<String> send(String method, String path, Object body) throws IOException,
        InterruptedException {
      String content = json(body);
      return send(HttpRequest.newBuilder(URI.create(base() + path))
          .header("Content-Type", "application/json")
          .header("Accept", "application/json")
          .header("X-XSRF-TOKEN", token)
          .method(method, content == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(content)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException,
        InterruptedException {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      response.headers().firstValue("X-XSRF-TOKEN").filter(t -> !t.equals("Required"))
          .ifPresent(t -> token = t);
      for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
        if (cookie.getName().equals("XSRF-TOKEN")) {
          token = cookie.getValue();
        }
      }
      return response;
    }
  }
}
