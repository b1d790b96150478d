package de.berlin.sozwohn.wohnraumerhalt.cluster;

import static de.berlin.sozwohn.wohnraumerhalt.cluster.ClusterCases.escalationSubject;
import static de.berlin.sozwohn.wohnraumerhalt.cluster.ClusterCases.subjects;
import static de.berlin.sozwohn.wohnraumerhalt.cluster.ClusterFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import de.berlin.sozwohn.wohnraumerhalt.cluster.ClusterCases.Case;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.support.PostgresAvailable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A deadline falls due while the application is down (issue 6, "restart"): after the restart the
 * escalation fires – exactly once, also across a further restart – and the process goes on.
 *
 * <p>The node runs in a JVM of its own and is killed (SIGKILL, no orderly shutdown) with cases
 * waiting; the deadline (Thursday 5 March 2026, end of day) passes while no node runs; a new
 * node starts on Friday morning.
 *
 * <p>And a node killed in the middle of sending escalation mails: the jobs it had locked are not
 * lost and not sent twice – the next node takes them over once their lock has expired.
 * PostgreSQL suite only.
 */
@EnabledIf(value = "de.berlin.sozwohn.wohnraumerhalt.support.TestProfiles#onPostgres",
    disabledReason = "nur im PostgreSQL-Lauf (-Dwohnraumerhalt.test.db=postgres)")
@ExtendWith(PostgresAvailable.class)
class RestartTest {

  private static final int CASES = 24;
  private static final Duration JOBS_TIMEOUT = Duration.ofMinutes(3);

  @RegisterExtension
  static final ClusterFixture fixture = new ClusterFixture("restart", true);

  @BeforeEach
  void noMailsYet() throws Exception {
    fixture.mailServer().purgeEmailFromAllMailboxes();
  }

  @Test
  void aDeadlineThatPassedWhileTheApplicationWasDownIsEscalatedOnceAfterTheRestart() {
    ClusterDatabase database = fixture.database();
    GreenMail mailServer = fixture.mailServer();
    int smtp = fixture.smtpPort();
    List<Case> cases = new ArrayList<>();
    List<Case> lettersSent = new ArrayList<>();
    List<Case> waiting = new ArrayList<>();

    // Monday 2 March 2026: the notices arrive; half of the letters go out on Tuesday
    ClusterNode first = ClusterNode.start("node-1", database.schema, smtp, at("2026-03-02T09:00"))
        .awaitReady();
    try {
      ClusterCases.createCaseworkers(first);
      for (int n = 0; n < CASES; n++) {
        cases.add(ClusterCases.fileCourtNotice(first, n, "2026-03-02"));
      }
      first.moveClock(at("2026-03-03T10:00"));
      for (Case c : cases) {
        if (c.number() % 2 == 0) {
          ClusterCases.sendCourtLetter(first, c, "2026-03-03", "2026-03-10T10:00");
          lettersSent.add(c);
        } else {
          waiting.add(c);
        }
      }
      assertThat(database.jobsAt("SendCourtLetterDeadline")).isEqualTo(waiting.size());
    } finally {
      first.kill();
    }
    assertThat(first.isAlive()).isFalse();
    assertThat(mailServer.getReceivedMessages()).isEmpty();

    // the deadline (Thursday 5 March, 23:59) passes with no node running; Friday 8:00 one starts
    LocalDateTime friday = at("2026-03-06T08:00");
    ClusterNode second = ClusterNode.start("node-2", database.schema, smtp, friday).awaitReady();
    try {
      database.awaitJobsDone(friday, JOBS_TIMEOUT);
      List<String> expected = waiting.stream()
          .map(c -> escalationSubject("Standardanschreiben versenden", c)).toList();
      assertThat(subjects(mailServer.getReceivedMessages()))
          .as("one mail per case whose letter is overdue, none for the others")
          .containsExactlyInAnyOrderElementsOf(expected);
      for (Case c : waiting) {
        assertThat(ClusterCases.overdue(second, c, ProcessKeys.TASK_SEND_COURT_LETTER)).isTrue();
      }
      assertThat(database.passed("SendCourtLetterDeadline")).isEqualTo(waiting.size());
      assertThat(database.passed("EscalateSendCourtLetter")).isEqualTo(waiting.size());
      // the offered appointments (Tuesday 10 March) are still ahead
      assertThat(database.jobsAt("AppointmentPassed")).isEqualTo(lettersSent.size());
    } finally {
      second.stop();
    }

    // another restart an hour later: nothing is reported twice; then the appointments pass
    ClusterNode third = ClusterNode.start("node-3", database.schema, smtp, at("2026-03-06T09:00"))
        .awaitReady();
    try {
      ClusterNode.sleep(3_000); // several acquisition cycles of the new job executor
      database.awaitJobsDone(at("2026-03-06T09:00"), JOBS_TIMEOUT);
      assertThat(mailServer.getReceivedMessages()).hasSize(waiting.size());

      LocalDateTime wednesday = at("2026-03-11T08:00");
      third.moveClock(wednesday);
      database.awaitJobsDone(wednesday, JOBS_TIMEOUT);
      assertThat(database.passed("AppointmentPassed")).isEqualTo(lettersSent.size());
      for (Case c : lettersSent) {
        ClusterCases.openTask(third, c, ProcessKeys.TASK_HOME_VISIT_1);
      }
      assertThat(mailServer.getReceivedMessages()).hasSize(waiting.size());
    } finally {
      third.stop();
    }

    assertThat(database.passedTwice("SendCourtLetterDeadline", "EscalateSendCourtLetter",
        "AppointmentPassed")).isEmpty();
    assertThat(database.jobsExecutedTwice()).isEmpty();
    assertThat(database.count("SELECT count(*) FROM $.act_ru_incident")).isZero();
    assertThat(database.count("SELECT count(*) FROM $.case_letter")).isEqualTo(lettersSent.size());
    System.out.printf("RestartTest: %d cases, %d deadlines passed while down, %d mails after the "
        + "restart, %d appointment timers after a second restart; jobs per node %s%n", CASES,
        waiting.size(), mailServer.getReceivedMessages().length, lettersSent.size(),
        database.jobsPerNode());
  }

  @Test
  void escalationsOfANodeThatDiesWhileSendingAreTakenOverOnceTheirLockExpires() throws Exception {
    try (ClusterDatabase crashDatabase = ClusterDatabase.fresh("crash");
        SilentSmtpServer hangingServer = new SilentSmtpServer()) {
      int escalations = 3; // the job executor's core threads: all are sending at the same moment
      // the mail server accepts the connection and then says nothing (a hang, not a refusal)
      ClusterNode first = ClusterNode.start("node-crash-1", crashDatabase.schema,
          hangingServer.port(), at("2026-03-02T09:00"),
          "--spring.mail.properties[mail.smtp.timeout]=600000",
          "--spring.mail.properties[mail.smtp.connectiontimeout]=600000").awaitReady();
      List<Case> cases = new ArrayList<>();
      try {
        ClusterCases.createCaseworkers(first);
        for (int n = 0; n < escalations; n++) {
          cases.add(ClusterCases.fileCourtNotice(first, n, "2026-03-02"));
        }
        first.moveClock(at("2026-03-06T08:00"));
        long deadline = System.nanoTime() + JOBS_TIMEOUT.toNanos();
        while (hangingServer.connections() < escalations || lockedEscalations(crashDatabase) < escalations) {
          assertThat(System.nanoTime()).as("escalations in flight on the first node").isLessThan(deadline);
          ClusterNode.sleep(200);
        }
      } finally {
        first.kill(); // in the middle of sending
      }
      assertThat(lockedEscalations(crashDatabase)).as("still locked by the dead node").isEqualTo(escalations);

      // a second node: it leaves the dead node's jobs alone until their lock (5 minutes) expires
      ClusterNode second = ClusterNode.start("node-crash-2", crashDatabase.schema,
          fixture.smtpPort(), at("2026-03-06T08:01")).awaitReady();
      GreenMail mailServer = fixture.mailServer();
      try (second) {
        ClusterNode.sleep(3_000);
        assertThat(mailServer.getReceivedMessages()).isEmpty();
        assertThat(lockedEscalations(crashDatabase)).isEqualTo(escalations);

        LocalDateTime afterLock = at("2026-03-06T08:10");
        second.moveClock(afterLock);
        crashDatabase.awaitJobsDone(afterLock, JOBS_TIMEOUT);
        List<String> sent = subjects(mailServer.getReceivedMessages());
        assertThat(sent).containsExactlyInAnyOrderElementsOf(cases.stream()
            .map(c -> escalationSubject("Standardanschreiben versenden", c)).toList());
        for (Case c : cases) {
          assertThat(ClusterCases.overdue(second, c, ProcessKeys.TASK_SEND_COURT_LETTER)).isTrue();
        }
        assertThat(crashDatabase.jobsExecutedTwice()).isEmpty();
        assertThat(crashDatabase.count("SELECT count(*) FROM $.act_hi_job_log WHERE job_state_ = 2"
            + " AND act_id_ = 'EscalateSendCourtLetter' AND hostname_ = 'node-crash-2'"))
            .as("all escalations done by the second node").isEqualTo(escalations);
        System.out.printf("RestartTest: %d escalations in flight when their node was killed, "
            + "taken over by the next node after the 5-minute lock, %d mails%n", escalations,
            sent.size());
      }
    }
  }

  private static long lockedEscalations(ClusterDatabase database) {
    return database.jobsAt("EscalateSendCourtLetter", "j.lock_owner_ IS NOT NULL");
  }

  /** An "SMTP server" that accepts connections and never answers: a sending thread hangs. */
  static final class SilentSmtpServer implements AutoCloseable {
    private final ServerSocket socket;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    SilentSmtpServer() throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread acceptor = new Thread(() -> {
        while (!socket.isClosed()) {
          try {
            accepted.add(socket.accept());
          } catch (IOException closed) {
            return;
          }
        }
      }, "silent-smtp");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    int connections() {
      return accepted.size();
    }

    @Override
    public void close() throws IOException {
      socket.close();
      for (Socket connection : accepted) {
        connection.close();
      }
    }
  }

}
