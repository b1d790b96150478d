package de.berlin.sozwohn.wohnraumerhalt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many court notices at once on PostgreSQL: {@value #CLIENTS} parallel HTTP clients file N notices
 * (default {@value #DEFAULT_NOTICES}, {@code -Dwohnraumerhalt.concurrent.notices=10000} for the big
 * run) over all 12 districts, with one in ten court files sent twice – the second copy in another
 * district, so that the two requests hold different district locks and only the primary key of
 * {@code court_notice} can stop the second case. Every court file must end as exactly one case
 * (one 201, the copy 409), nothing else is stored.
 *
 * <p>Runs in the PostgreSQL suite only ({@code -Dwohnraumerhalt.test.db=postgres}); on H2 it is
 * skipped: H2's locking says nothing about production.
 */
@AppTest
@EnabledIf(value = "de.berlin.sozwohn.wohnraumerhalt.support.TestProfiles#onPostgres",
    disabledReason = "nur im PostgreSQL-Lauf (-Dwohnraumerhalt.test.db=postgres)")
class ConcurrentIntakeTest {

  static final int CLIENTS = 16;
  static final int DEFAULT_NOTICES = 2_000;
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  record Notice(String fileNumber, String district, byte[] body) {}

  @Test
  void everyCourtFileBecomesExactlyOneCase() throws Exception {
    int n = Integer.getInteger("wohnraumerhalt.concurrent.notices", DEFAULT_NOTICES);
    String today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(),
        ZoneId.of("Europe/Berlin")).toString();
    List<String> districts = List.copyOf(Districts.IDS);
    List<Notice> notices = new ArrayList<>();
    int copies = 0;
    for (int i = 0; i < n; i++) {
      String file = "5 C " + i + "-" + RUN + "/26";
      String district = districts.get(i % districts.size());
      notices.add(notice(file, district, i, today));
      if (i % 10 == 0) { // the injected duplicate: same court file, another district and household
        notices.add(notice(file, districts.get((i + 1) % districts.size()), n + i, today));
        copies++;
      }
    }
    Collections.shuffle(notices, new Random(42));

    long instancesBefore = runtimeService.createProcessInstanceQuery().count();
    long rowsBefore = count("SELECT count(*) FROM case_registry");
    Map<String, List<Integer>> statusesByFile = new ConcurrentHashMap<>();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    String credentials = "Basic " + Base64.getEncoder()
        .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));

    long started = System.nanoTime();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> calls = new ArrayList<>();
    for (Notice notice : notices) {
      calls.add(clients.submit(() -> {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/notices/court"))
            .header("Authorization", credentials)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(120))
            .POST(HttpRequest.BodyPublishers.ofByteArray(notice.body())).build(),
            HttpResponse.BodyHandlers.ofString());
        statusesByFile.computeIfAbsent(notice.fileNumber(), f -> Collections.synchronizedList(
            new ArrayList<>())).add(response.statusCode());
        return null;
      }));
    }
    for (Future<?> call : calls) {
      call.get();
    }
    clients.shutdown();
    double seconds = (System.nanoTime() - started) / 1e9;

    assertThat(statusesByFile).hasSize(n);
    List<String> wrong = new ArrayList<>();
    statusesByFile.forEach((file, statuses) -> {
      List<Integer> sorted = statuses.stream().sorted().toList();
      boolean duplicated = statuses.size() == 2;
      if (!(duplicated ? sorted.equals(List.of(201, 409)) : sorted.equals(List.of(201)))) {
        wrong.add(file + " " + sorted);
      }
    });
    assertThat(wrong).as("court files without exactly one 201 (and 409 for the copy)").isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().count() - instancesBefore).isEqualTo(n);
    assertThat(count("SELECT count(*) FROM case_registry") - rowsBefore).isEqualTo(n);
    assertThat(count("SELECT count(*) FROM court_notice WHERE file_key LIKE '%" + RUN + "%'"))
        .isEqualTo(n);
    // what stops the copy is the database: the primary key of court_notice
    assertThat(count("SELECT count(*) FROM information_schema.table_constraints WHERE "
        + "lower(table_name) = 'court_notice' AND constraint_type = 'PRIMARY KEY' "
        + "AND table_schema = current_schema()")).isEqualTo(1);

    System.out.printf("ConcurrentIntakeTest: %d requests (%d notices, %d duplicates) from %d "
        + "clients in %.1f s = %.0f requests/s%n", notices.size(), n, copies, CLIENTS, seconds,
        notices.size() / seconds);
  }

  long count(String sql) {
    return jdbc.queryForObject(sql, Long.class);
  }

  static Notice notice(String fileNumber, String district, int household, String today) {
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("name", "Haushalt " + household);
    h.put("street", "Lastweg " + household + " " + RUN);
    h.put("postalCode", "10115");
    h.put("city", "Berlin");
    h.put("phone", null);
    h.put("email", null);
    Map<String, Object> notice = new LinkedHashMap<>();
    notice.put("district", district);
    notice.put("court", "Amtsgericht Mitte");
    notice.put("courtFileNumber", fileNumber);
    notice.put("receivedOn", today);
    notice.put("household", h);
    notice.put("landlord", "Wohnbau GmbH");
    notice.put("arrears", 1000.00);
    notice.put("hearingOn", null);
    try {
      return new Notice(fileNumber, district, JSON.writeValueAsBytes(notice));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
