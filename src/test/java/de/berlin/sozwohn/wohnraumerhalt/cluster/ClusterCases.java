package de.berlin.sozwohn.wohnraumerhalt.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.cluster.ClusterNode.Answer;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.support.TestNotices;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Drives cases through the nodes as the Fachstellen would, over HTTP only: a caseworker account
 * per district (made by the administrator through Camunda's REST API), court notices filed by
 * them ({@code POST /api/notices/court}), tasks completed by them ({@code /engine-rest}).
 */
final class ClusterCases {

  static final String ADMIN = "admin";
  /** Password of the caseworker accounts the tests create ({@code cluster.<district>}). */
  private static final String CASEWORKER_PASSWORD = "Cluster-Test-2026";
  private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

  /** A case as the intake answered. */
  record Case(int number, String district, String caseId, String processInstanceId) {}

  static String caseworker(String district) {
    return "cluster." + district;
  }

  static String password(String user) {
    return ADMIN.equals(user) ? "admin" : CASEWORKER_PASSWORD;
  }

  /** One caseworker per district, member of {@code fachkraft-<district>} (that is the tenant). */
  static void createCaseworkers(ClusterNode node) {
    for (String district : Districts.IDS) {
      String user = caseworker(district);
      Answer created = node.post("/engine-rest/user/create", ADMIN, Map.of(
          "profile", Map.of("id", user, "firstName", "Test", "lastName", district,
              "email", user + "@wohnhilfe.example"),
          "credentials", Map.of("password", CASEWORKER_PASSWORD)));
      assertThat(created.status()).as("create %s: %s", user, created.body()).isEqualTo(204);
      Answer member = node.put("/engine-rest/group/" + Districts.caseworkerGroup(district)
          + "/members/" + user, ADMIN, null);
      assertThat(member.status()).as("membership of %s: %s", user, member.body()).isEqualTo(204);
    }
  }

  /** The district of case number {@code n}: round robin over the twelve. */
  static String district(int n) {
    return Districts.IDS.get(n % Districts.IDS.size());
  }

  /** Files a court notice (new household, new court file) for case number {@code n}; 201 expected. */
  static Case fileCourtNotice(ClusterNode node, int n, String receivedOn) {
    String district = district(n);
    Map<String, Object> notice = TestNotices.courtNotice(district, "7 C " + n + "-" + RUN + "/26",
        LocalDate.parse(receivedOn), "Haushalt " + n, "Clusterweg " + n + " " + RUN);
    Answer answer = node.post("/api/notices/court", caseworker(district), notice);
    assertThat(answer.status()).as("notice %d on %s: %s", n, node, answer.body()).isEqualTo(201);
    JsonNode body = answer.json();
    return new Case(n, district, body.get("caseId").asText(), body.get("processInstanceId").asText());
  }

  /** The id of the case's open task with this key, asked as the district's caseworker. */
  static String openTask(ClusterNode node, Case c, String taskKey) {
    Answer answer = node.get("/engine-rest/task?processInstanceId=" + c.processInstanceId()
        + "&taskDefinitionKey=" + taskKey, caseworker(c.district()));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode tasks = answer.json();
    assertThat(tasks.size()).as("open %s of %s on %s", taskKey, c.caseId(), node).isEqualTo(1);
    return tasks.get(0).get("id").asText();
  }

  /** "Standardanschreiben versenden": letter sent on {@code sentOn}, appointment offered. */
  static void sendCourtLetter(ClusterNode node, Case c, String sentOn, String appointmentAt) {
    String task = openTask(node, c, ProcessKeys.TASK_SEND_COURT_LETTER);
    Answer answer = node.post("/engine-rest/task/" + task + "/complete", caseworker(c.district()),
        Map.of("variables", Map.of(
            CaseVariables.LETTER_SENT_ON, Map.of("value", sentOn),
            CaseVariables.APPOINTMENT_AT, Map.of("value", appointmentAt))));
    assertThat(answer.status()).as("letter of %s on %s: %s", c.caseId(), node, answer.body())
        .isEqualTo(204);
  }

  /** Whether the open task of that key is marked overdue (task-local variable). */
  static boolean overdue(ClusterNode node, Case c, String taskKey) {
    String task = openTask(node, c, taskKey);
    Answer answer = node.get("/engine-rest/task/" + task + "/localVariables",
        caseworker(c.district()));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode overdue = answer.json().get(CaseVariables.OVERDUE);
    return overdue != null && overdue.get("value").asBoolean();
  }

  /** Runs the action for every item on {@code clients} threads (as that many users at once). */
  static <T> void inParallel(int clients, List<T> items, Consumer<T> action) {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (T item : items) {
        calls.add(pool.submit(() -> action.accept(item)));
      }
      for (Future<?> call : calls) {
        call.get();
      }
    } catch (Exception e) {
      throw new AssertionError(e.getCause() != null ? e.getCause() : e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The subject of each mail received. */
  static List<String> subjects(MimeMessage[] mails) {
    List<String> subjects = new ArrayList<>();
    for (MimeMessage mail : mails) {
      try {
        subjects.add(mail.getSubject());
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return subjects;
  }

  /** The subject of the escalation mail for this task of this case (DeadlineEscalationMail). */
  static String escalationSubject(String taskName, Case c) {
    return "Frist überschritten: " + taskName + " – Fall " + c.caseId() + " ("
        + Districts.displayName(c.district()).orElseThrow() + ")";
  }

  private ClusterCases() {}
}
