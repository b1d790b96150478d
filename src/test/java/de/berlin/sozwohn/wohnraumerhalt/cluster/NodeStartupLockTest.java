package de.berlin.sozwohn.wohnraumerhalt.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.support.PostgresAvailable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The startup lock that lets one node at a time start on a shared PostgreSQL. */
class NodeStartupLockTest {

  @Test
  void onH2NothingIsLocked() {
    NodeStartupLock lock = new NodeStartupLock(
        new DriverManagerDataSource("jdbc:h2:mem:startup-lock;DB_CLOSE_DELAY=-1", "sa", ""));
    lock.acquire();
    assertThat(lock.held()).isFalse();
  }

  @Nested
  @ExtendWith(PostgresAvailable.class)
  class OnPostgres {

    @Test
    void aSecondNodeWaitsUntilTheFirstIsReady() throws Exception {
      NodeStartupLock first = new NodeStartupLock(dataSource());
      NodeStartupLock second = new NodeStartupLock(dataSource());
      first.acquire();
      assertThat(first.held()).isTrue();

      CompletableFuture<Void> secondStart = CompletableFuture.runAsync(second::acquire);
      try {
        secondStart.get(2, TimeUnit.SECONDS);
        throw new AssertionError("the second node did not wait for the first");
      } catch (TimeoutException expected) {
        assertThat(second.held()).isFalse();
      }

      first.release(); // the first node is ready
      secondStart.get(10, TimeUnit.SECONDS);
      assertThat(second.held()).isTrue();
      assertThat(first.held()).isFalse();
      second.destroy(); // a node stopping before it was ready gives the lock back too
      assertThat(second.held()).isFalse();
    }

    @Test
    void aNodeThatDiesWhileStartingLeavesNoLockBehind() throws Exception {
      DriverManagerDataSource dying = dataSource();
      NodeStartupLock crashed = new NodeStartupLock(dying);
      crashed.acquire();
      // the node's process ends: its connection is gone, and PostgreSQL frees the lock with it
      try (var admin = PostgresAvailable.connect(); var statement = admin.createStatement()) {
        statement.execute("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory'"
            + " AND classid = " + NodeStartupLock.LOCK_KEY + " AND objsubid = 2");
      }
      NodeStartupLock next = new NodeStartupLock(dataSource());
      CompletableFuture.runAsync(next::acquire).get(10, TimeUnit.SECONDS);
      assertThat(next.held()).isTrue();
      next.release();
    }

    private DriverManagerDataSource dataSource() {
      return new DriverManagerDataSource(PostgresAvailable.url(), PostgresAvailable.user(),
          PostgresAvailable.password());
    }
  }
}
