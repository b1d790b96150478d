package de.berlin.sozwohn.wohnraumerhalt.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.support.PostgresAvailable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One application node in a JVM of its own ({@code de.berlin.sozwohn.testnode.NodeMain}, the
 * test classpath), on its own port, against a PostgreSQL schema that other nodes may share – as a
 * real installation runs it ({@code postgres} profile, job executor on). Mails go to the test's
 * SMTP server. The node's log is kept under {@code target/cluster-nodes/}.
 */
final class ClusterNode implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  /** An answer: status and body (parsed when it is JSON). */
  record Answer(int status, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("no JSON (" + status + "): " + body, e);
      }
    }
  }

  final String name;
  final int port;
  private final Process process;
  private final Path log;

  private ClusterNode(String name, int port, Process process, Path log) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts a node (without waiting for it: {@link #awaitReady()}).
   *
   * @param name also the engine's host name, which the job log records for each job
   * @param schema the PostgreSQL schema of the cluster
   * @param smtpPort the test's mail server on 127.0.0.1
   * @param clock the engine clock at start (Berlin local time), or null for real time
   * @param extraArguments further application arguments ({@code --key=value}), which win
   */
  static ClusterNode start(String name, String schema, int smtpPort, LocalDateTime clock,
      String... extraArguments) {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx600m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Duser.timezone=Europe/Berlin");
    if (clock != null) {
      command.add("-Dnode.clock=" + clock);
    }
    command.add("-cp");
    command.add(classpath());
    command.add("de.berlin.sozwohn.testnode.NodeMain");
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("spring.profiles.active", "postgres");
    arguments.put("server.port", port);
    arguments.put("spring.datasource.url", PostgresAvailable.urlWithSchema(schema));
    arguments.put("spring.datasource.username", PostgresAvailable.user());
    arguments.put("spring.datasource.password", PostgresAvailable.password());
    arguments.put("spring.datasource.hikari.maximum-pool-size", 10);
    arguments.put("spring.mail.host", "127.0.0.1");
    arguments.put("spring.mail.port", smtpPort);
    arguments.put("spring.mail.properties[mail.smtp.connectiontimeout]", 3000);
    arguments.put("spring.mail.properties[mail.smtp.timeout]", 3000);
    arguments.put("camunda.bpm.generic-properties.properties.hostname", name);
    // poll for due timers at least every second once idle (production default: up to a minute)
    arguments.put("camunda.bpm.job-execution.wait-time-in-millis", 500);
    arguments.put("camunda.bpm.job-execution.max-wait", 1000);
    arguments.put("wohnraumerhalt.base-url", "http://localhost:" + port);
    arguments.put("demo.history", false);
    // the cluster tests offer every household of a district the same appointment (Tue 10 March,
    // 10:00): room for all of them in that slot of the district calendar
    arguments.put("wohnraumerhalt.appointments.seats", 1000);
    for (String argument : extraArguments) { // a repeated --key would be joined with commas
      int equals = argument.indexOf('=');
      arguments.put(argument.substring(2, equals), argument.substring(equals + 1));
    }
    arguments.forEach((key, value) -> command.add("--" + key + "=" + value));
    try {
      Path dir = Path.of("target", "cluster-nodes");
      Files.createDirectories(dir);
      Path log = dir.resolve(name + "-" + System.currentTimeMillis() + ".log");
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      return new ClusterNode(name, port, process, log);
    } catch (IOException e) {
      throw new UncheckedIOException("node " + name + " did not start", e);
    }
  }

  /** Waits until the node reports readiness (engine up, models deployed, setup done). */
  ClusterNode awaitReady() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("node " + name + " ended with exit code " + process.exitValue()
            + "\n" + logTail());
      }
      try {
        if (get("/actuator/health/readiness", null).status() == 200) {
          return this;
        }
      } catch (UncheckedIOException notYet) {
        // not listening yet
      }
      sleep(500);
    }
    throw new AssertionError("node " + name + " not ready after " + START_TIMEOUT + "\n" + logTail());
  }

  /** Moves the node's engine clock to this Berlin local time; it runs on from there. */
  void moveClock(LocalDateTime berlinTime) {
    Answer answer = send("PUT", "/test-node/clock", null, berlinTime.toString(), "text/plain");
    if (answer.status() != 200) {
      throw new AssertionError("clock of " + name + ": " + answer);
    }
  }

  Answer get(String path, String user) {
    return send("GET", path, user, null, null);
  }

  Answer post(String path, String user, Object body) {
    return send("POST", path, user, toJson(body), "application/json");
  }

  Answer put(String path, String user, Object body) {
    return send("PUT", path, user, toJson(body), "application/json");
  }

  private Answer send(String method, String path, String user, String body, String contentType) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(120))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (user != null) {
      String password = ClusterCases.password(user);
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<String> response = HTTP.send(request.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " on " + name, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Shuts the node down as an operator would (SIGTERM: Spring's orderly shutdown). */
  void stop() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Kills the node without warning (SIGKILL), as a crash or a pulled plug would. */
  void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** The end of the node's log, for failure messages. */
  String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return "---- " + log + " (last lines) ----\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      stop();
    }
  }

  @Override
  public String toString() {
    return name + " (port " + port + ")";
  }

  /** The test's classpath: surefire names it in a property when it starts tests from a manifest jar. */
  private static String classpath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }

  private static String toJson(Object body) {
    try {
      return body == null ? null : JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
