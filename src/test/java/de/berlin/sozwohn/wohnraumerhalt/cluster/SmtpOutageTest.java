package de.berlin.sozwohn.wohnraumerhalt.cluster;

import static de.berlin.sozwohn.wohnraumerhalt.cluster.ClusterCases.escalationSubject;
import static de.berlin.sozwohn.wohnraumerhalt.cluster.ClusterCases.subjects;
import static de.berlin.sozwohn.wohnraumerhalt.cluster.ClusterFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import de.berlin.sozwohn.wohnraumerhalt.cluster.ClusterCases.Case;
import de.berlin.sozwohn.wohnraumerhalt.cluster.ClusterNode.Answer;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.support.PostgresAvailable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The mail server is down when deadlines pass (issue 6, "SMTP down"), on PostgreSQL with the real
 * job executor: each escalation fails, is retried by the job executor every 10 minutes (the
 * model's {@code R5/PT10M}), and after the fifth failure shows as an incident. Nothing is marked
 * overdue without its mail. When the server is back, an escalation with retries left is delivered
 * by its next retry; one that became an incident is delivered once the operator retries it (what
 * Cockpit's "Retry" does: {@code PUT /engine-rest/job/{id}/retries}). Every mail arrives exactly
 * once. PostgreSQL suite only.
 */
@EnabledIf(value = "de.berlin.sozwohn.wohnraumerhalt.support.TestProfiles#onPostgres",
    disabledReason = "nur im PostgreSQL-Lauf (-Dwohnraumerhalt.test.db=postgres)")
@ExtendWith(PostgresAvailable.class)
class SmtpOutageTest {

  private static final int CASES_PER_GROUP = 6;
  private static final String ESCALATION = "EscalateSendCourtLetter";
  private static final String LETTER_TASK = "Standardanschreiben versenden";
  private static final Duration JOBS_TIMEOUT = Duration.ofMinutes(2);

  @RegisterExtension
  static final ClusterFixture fixture = new ClusterFixture("smtp", false);

  @Test
  void escalationsRetryBecomeIncidentsAndAreDeliveredOnceTheMailServerIsBack() {
    ClusterDatabase database = fixture.database();
    int smtpPort = fixture.smtpPort(); // nobody listens there yet: the mail server is down
    ClusterNode node = ClusterNode.start("node-smtp", database.schema, smtpPort,
        at("2026-03-02T09:00")).awaitReady();
    try (node) {
      ClusterCases.createCaseworkers(node);
      // group "early": notices of Monday 2 March (letter due Thursday 5 March, 23:59)
      List<Case> early = new ArrayList<>();
      for (int n = 0; n < CASES_PER_GROUP; n++) {
        early.add(ClusterCases.fileCourtNotice(node, n, "2026-03-02"));
      }
      // group "late": notices of Tuesday 3 March (letter due Friday 6 March, 23:59)
      node.moveClock(at("2026-03-03T09:00"));
      List<Case> late = new ArrayList<>();
      for (int n = CASES_PER_GROUP; n < 2 * CASES_PER_GROUP; n++) {
        late.add(ClusterCases.fileCourtNotice(node, n, "2026-03-03"));
      }

      // Friday 8:00: the early letters are overdue; each escalation fails, five times in all
      LocalDateTime friday = at("2026-03-06T08:00");
      for (int attempt = 1; attempt <= 5; attempt++) {
        LocalDateTime now = friday.plusMinutes(11L * (attempt - 1));
        node.moveClock(now);
        database.awaitJobsDone(now, JOBS_TIMEOUT);
        assertThat(failedEscalations(5 - attempt)).as("escalations after failure %d", attempt)
            .isEqualTo(CASES_PER_GROUP);
        for (Case c : early) {
          assertThat(ClusterCases.overdue(node, c, ProcessKeys.TASK_SEND_COURT_LETTER))
              .as("no overdue mark without its mail").isFalse();
        }
      }
      JsonNode incidents = node.get("/engine-rest/incident?incidentType=failedJob",
          ClusterCases.ADMIN).json();
      assertThat(incidents.size()).isEqualTo(CASES_PER_GROUP);
      for (JsonNode incident : incidents) {
        assertThat(incident.get("activityId").asText()).isEqualTo(ESCALATION);
        assertThat(incident.get("incidentMessage").asText()).contains("Mail server connection failed");
      }

      // Saturday 8:00: the late letters are overdue too; their first attempt fails as well
      LocalDateTime saturday = at("2026-03-07T08:00");
      node.moveClock(saturday);
      database.awaitJobsDone(saturday, JOBS_TIMEOUT);
      assertThat(failedEscalations(4)).isEqualTo(CASES_PER_GROUP);

      // the mail server is back: the next retry of the late group delivers on its own
      GreenMail mailServer = fixture.startMailServer();
      LocalDateTime retry = saturday.plusMinutes(11);
      node.moveClock(retry);
      database.awaitJobsDone(retry, JOBS_TIMEOUT);
      assertThat(subjects(mailServer.getReceivedMessages())).containsExactlyInAnyOrderElementsOf(
          late.stream().map(c -> escalationSubject(LETTER_TASK, c)).toList());
      assertThat(database.count("SELECT count(*) FROM $.act_ru_incident")).isEqualTo(CASES_PER_GROUP);

      // the early group waits as incidents until the operator retries them (Cockpit "Retry")
      for (JsonNode incident : incidents) {
        Answer retried = node.put("/engine-rest/job/" + incident.get("configuration").asText()
            + "/retries", ClusterCases.ADMIN, Map.of("retries", 1));
        assertThat(retried.status()).as(retried.body()).isEqualTo(204);
      }
      database.awaitJobsDone(retry.plusMinutes(1), JOBS_TIMEOUT);
      ClusterNode.sleep(3_000); // a few more acquisition cycles: nothing is sent again

      List<String> expected = new ArrayList<>();
      early.forEach(c -> expected.add(escalationSubject(LETTER_TASK, c)));
      late.forEach(c -> expected.add(escalationSubject(LETTER_TASK, c)));
      assertThat(subjects(mailServer.getReceivedMessages()))
          .as("every escalation delivered, each once").containsExactlyInAnyOrderElementsOf(expected);
      assertThat(database.count("SELECT count(*) FROM $.act_ru_incident")).isZero();
      for (Case c : early) {
        assertThat(ClusterCases.overdue(node, c, ProcessKeys.TASK_SEND_COURT_LETTER)).isTrue();
      }
      for (Case c : late) {
        assertThat(ClusterCases.overdue(node, c, ProcessKeys.TASK_SEND_COURT_LETTER)).isTrue();
      }
      assertThat(database.passed(ESCALATION)).isEqualTo(2L * CASES_PER_GROUP);
      assertThat(database.jobsExecutedTwice()).isEmpty();
      long failedRuns = database.count("SELECT count(*) FROM $.act_hi_job_log"
          + " WHERE job_state_ = 1 AND act_id_ = ?", ESCALATION);
      assertThat(failedRuns).isEqualTo(5L * CASES_PER_GROUP + CASES_PER_GROUP);
      System.out.printf("SmtpOutageTest: %d escalations while the mail server was down, %d failed "
          + "attempts, %d incidents, %d mails delivered after it came back (each once)%n",
          2 * CASES_PER_GROUP, failedRuns, incidents.size(), mailServer.getReceivedMessages().length);
    }
  }

  /** Escalation jobs that failed and have this many retries left (0: an incident). */
  private static long failedEscalations(int retriesLeft) {
    return fixture.database().jobsAt(ESCALATION,
        "j.retries_ = ? AND j.exception_msg_ IS NOT NULL", retriesLeft);
  }

}
