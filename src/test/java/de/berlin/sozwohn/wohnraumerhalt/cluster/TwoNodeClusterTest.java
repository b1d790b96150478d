package de.berlin.sozwohn.wohnraumerhalt.cluster;

import static de.berlin.sozwohn.wohnraumerhalt.cluster.ClusterCases.escalationSubject;
import static de.berlin.sozwohn.wohnraumerhalt.cluster.ClusterCases.subjects;
import static de.berlin.sozwohn.wohnraumerhalt.cluster.ClusterFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import de.berlin.sozwohn.wohnraumerhalt.cluster.ClusterCases.Case;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.support.PostgresAvailable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two application nodes, one PostgreSQL (Camunda's homogeneous cluster; issue 6): each node in a
 * JVM of its own, on its own port, with its own job executor. {@value #DEFAULT_CASES} cases
 * ({@code -Dwohnraumerhalt.cluster.cases=N}) over the twelve districts are filed and worked on
 * through both nodes – each case's letter on the other node than its notice – while both job
 * executors fire three kinds of timers:
 * <ol>
 *   <li>the letter deadline (3 working days) of the cases whose letter is not sent: escalation
 *       mail;</li>
 *   <li>the appointment offered in the letter passes: the home visit begins;</li>
 *   <li>the visit deadline (10 working days after the letter): escalation mail.</li>
 * </ol>
 * Counted afterwards, in the database and at the mail server: every case there, every timer fired
 * once, every job run once, one mail per missed deadline, one letter per sent letter, no
 * incident, and both nodes did part of the work. PostgreSQL suite only.
 */
@EnabledIf(value = "de.berlin.sozwohn.wohnraumerhalt.support.TestProfiles#onPostgres",
    disabledReason = "nur im PostgreSQL-Lauf (-Dwohnraumerhalt.test.db=postgres)")
@ExtendWith(PostgresAvailable.class)
class TwoNodeClusterTest {

  static final int DEFAULT_CASES = 1_000;
  private static final int CLIENTS = 16;
  private static final Duration JOBS_TIMEOUT = Duration.ofMinutes(5);

  @RegisterExtension
  static final ClusterFixture fixture = new ClusterFixture("cluster", true);

  @Test
  void twoNodesRunEveryCaseAndEveryTimerExactlyOnce() {
    int caseCount = Integer.getInteger("wohnraumerhalt.cluster.cases", DEFAULT_CASES);
    ClusterDatabase database = fixture.database();
    GreenMail mailServer = fixture.mailServer();
    int smtp = fixture.smtpPort();
    LocalDateTime monday = at("2026-03-02T09:00");
    long started = System.nanoTime();

    // both nodes start at the same time on the empty database
    ClusterNode a = ClusterNode.start("node-a", database.schema, smtp, monday);
    ClusterNode b = ClusterNode.start("node-b", database.schema, smtp, monday);
    try (a; b) {
      a.awaitReady();
      b.awaitReady();
      double startSeconds = seconds(started);
      assertThat(database.count("SELECT count(*) FROM $.act_re_procdef WHERE key_ = ?",
          ProcessKeys.PROCESS)).as("one deployment of the model").isEqualTo(1);
      assertThat(database.count("SELECT count(*) FROM $.act_ru_filter")).as("one set of filters")
          .isEqualTo(4);
      ClusterCases.createCaseworkers(a);
      List<ClusterNode> nodes = List.of(a, b);

      // Monday: the notices, half through each node, 16 clients at once
      List<Integer> numbers = new ArrayList<>();
      for (int n = 0; n < caseCount; n++) {
        numbers.add(n);
      }
      List<Case> cases = Collections.synchronizedList(new ArrayList<>());
      long intakeStarted = System.nanoTime();
      ClusterCases.inParallel(CLIENTS, numbers, n ->
          cases.add(ClusterCases.fileCourtNotice(nodes.get(n % 2), n, "2026-03-02")));
      double intakeSeconds = seconds(intakeStarted);
      cases.sort((x, y) -> Integer.compare(x.number(), y.number()));

      // Tuesday: two of three letters go out, each through the other node than its notice
      LocalDateTime tuesday = at("2026-03-03T10:00");
      nodes.forEach(node -> node.moveClock(tuesday));
      List<Case> sent = cases.stream().filter(c -> c.number() % 3 != 0).toList();
      List<Case> unsent = cases.stream().filter(c -> c.number() % 3 == 0).toList();
      long lettersStarted = System.nanoTime();
      ClusterCases.inParallel(CLIENTS, sent, c -> ClusterCases.sendCourtLetter(
          nodes.get((c.number() + 1) % 2), c, "2026-03-03", "2026-03-10T10:00"));
      double letterSeconds = seconds(lettersStarted);

      // Friday: the letter deadline (Thursday, 23:59) has passed for the unsent letters
      long timersStarted = System.nanoTime();
      LocalDateTime friday = at("2026-03-06T08:00");
      nodes.forEach(node -> node.moveClock(friday));
      database.awaitJobsDone(friday, JOBS_TIMEOUT);
      // Wednesday after: the appointments (Tuesday 10 March) have passed – home visits begin
      LocalDateTime wednesday = at("2026-03-11T08:00");
      nodes.forEach(node -> node.moveClock(wednesday));
      database.awaitJobsDone(wednesday, JOBS_TIMEOUT);
      // Wednesday a week later: the visit deadline (Tuesday 17 March, 23:59) has passed
      LocalDateTime laterWednesday = at("2026-03-18T08:00");
      nodes.forEach(node -> node.moveClock(laterWednesday));
      database.awaitJobsDone(laterWednesday, JOBS_TIMEOUT);
      double timerSeconds = seconds(timersStarted);
      ClusterNode.sleep(3_000); // a few more acquisition cycles on both nodes: nothing runs again

      // every case, once
      assertThat(cases).hasSize(caseCount);
      assertThat(cases.stream().map(Case::caseId).distinct().count()).isEqualTo(caseCount);
      assertThat(database.count("SELECT count(*) FROM $.case_registry")).isEqualTo(caseCount);
      assertThat(database.count("SELECT count(*) FROM $.act_ru_execution e JOIN $.act_re_procdef d"
          + " ON e.proc_def_id_ = d.id_ WHERE e.parent_id_ IS NULL AND d.key_ = ?",
          ProcessKeys.PROCESS)).as("running cases").isEqualTo(caseCount);
      // every timer fired once, every job ran once
      assertThat(database.passed("SendCourtLetterDeadline")).isEqualTo(unsent.size());
      assertThat(database.passed("AppointmentPassed")).isEqualTo(sent.size());
      assertThat(database.passed("HomeVisit1Deadline")).isEqualTo(sent.size());
      assertThat(database.passed("EscalateSendCourtLetter")).isEqualTo(unsent.size());
      assertThat(database.passed("EscalateHomeVisit1")).isEqualTo(sent.size());
      assertThat(database.passedTwice("SendCourtLetterDeadline", "AppointmentPassed",
          "HomeVisit1Deadline", "EscalateSendCourtLetter", "EscalateHomeVisit1")).isEmpty();
      assertThat(database.jobsExecutedTwice()).isEmpty();
      assertThat(database.count("SELECT count(*) FROM $.act_ru_incident")).isZero();
      // one letter per letter sent
      assertThat(database.count("SELECT count(*) FROM $.case_letter")).isEqualTo(sent.size());
      assertThat(database.count("SELECT count(DISTINCT case_id) FROM $.case_letter"))
          .isEqualTo(sent.size());
      // one mail per missed deadline: the letter's or the visit's
      List<String> expected = new ArrayList<>();
      unsent.forEach(c -> expected.add(escalationSubject("Standardanschreiben versenden", c)));
      sent.forEach(c -> expected.add(escalationSubject("Hausbesuch durchführen", c)));
      assertThat(subjects(mailServer.getReceivedMessages()))
          .containsExactlyInAnyOrderElementsOf(expected);
      // both job executors took part
      Map<String, Long> perNode = database.jobsPerNode();
      assertThat(perNode.getOrDefault("node-a", 0L)).isPositive();
      assertThat(perNode.getOrDefault("node-b", 0L)).isPositive();
      long failedRuns = database.count("SELECT count(*) FROM $.act_hi_job_log WHERE job_state_ = 1");

      System.out.printf("TwoNodeClusterTest: %d cases (%d letters sent, %d not); both nodes up "
          + "in %.1f s; intake %.1f s (%.0f notices/s), letters %.1f s (%.0f/s), timers and "
          + "escalations %.1f s; timers fired %d, escalation mails %d, letters %d; successful job "
          + "runs per node %s, failed runs %d%n", caseCount, sent.size(), unsent.size(),
          startSeconds, intakeSeconds, caseCount / intakeSeconds, letterSeconds,
          sent.size() / letterSeconds, timerSeconds,
          database.passed("SendCourtLetterDeadline") + database.passed("AppointmentPassed")
              + database.passed("HomeVisit1Deadline"),
          mailServer.getReceivedMessages().length,
          database.count("SELECT count(*) FROM $.case_letter"), perNode, failedRuns);
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

}
