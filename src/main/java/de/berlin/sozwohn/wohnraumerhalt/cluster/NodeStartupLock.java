package de.berlin.sozwohn.wohnraumerhalt.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One node at a time starts up on a shared PostgreSQL (Camunda homogeneous cluster).
 *
 * <p>A node's start writes to the shared database in ways that are not safe when two nodes do it
 * at the same moment: Camunda creates its tables when it finds none ({@code schema-update}), and
 * {@code IdentitySetup} / {@code DemoUsers} create groups, tenants, authorizations and Tasklist
 * filters after looking whether they exist – two nodes would both find nothing, and the filters,
 * which have no unique key, would exist twice. So before the engine is built (this plugin's
 * {@code preInit}, ahead of the schema check) the node takes a PostgreSQL advisory lock on a
 * connection of its own, and gives it back once the application is ready (models deployed, setup
 * done) or when it stops. A second node starting meanwhile waits at that point; a node that dies
 * while holding the lock loses its connection, and PostgreSQL releases the lock with it.
 *
 * <p>On other databases (the embedded H2: one node only) nothing is locked.
 */
@Component
public class NodeStartupLock extends AbstractProcessEnginePlugin implements DisposableBean {

  /**
   * The advisory lock's first key: "Wohn" in ASCII. The second is a hash of the connection's
   * schema, so installations in different schemas of one database do not wait for each other.
   */
  static final int LOCK_KEY = 0x576F686E;
  private static final String KEYS = LOCK_KEY + ", hashtext(current_schema())";

  private static final Logger LOG = LoggerFactory.getLogger(NodeStartupLock.class);

  private final DataSource dataSource;
  /** The connection holding the lock, or null. */
  private final AtomicReference<Connection> holder = new AtomicReference<>();

  public NodeStartupLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    acquire();
  }

  /**
   * Takes the lock (waiting for another starting node) when the database is PostgreSQL. Called
   * once, by the engine's start; no monitor is held while waiting.
   */
  void acquire() {
    if (holder.get() != null) {
      return;
    }
    try {
      Connection connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return;
      }
      connection.setAutoCommit(true);
      long started = System.nanoTime();
      try (Statement statement = connection.createStatement()) {
        if (!tryLock(statement)) {
          LOG.info("Ein anderer Knoten startet gerade auf dieser Datenbank – warte auf ihn");
          statement.execute("SELECT pg_advisory_lock(" + KEYS + ")");
          LOG.info("Startsperre nach {} ms erhalten", (System.nanoTime() - started) / 1_000_000);
        }
      } catch (SQLException e) {
        connection.close();
        throw e;
      }
      holder.set(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("Startsperre auf der Datenbank nicht erhalten", e);
    }
  }

  private static boolean tryLock(Statement statement) throws SQLException {
    try (var result = statement.executeQuery("SELECT pg_try_advisory_lock(" + KEYS + ")")) {
      return result.next() && result.getBoolean(1);
    }
  }

  /** Gives the lock back: the node is ready (after every runner: setup done). */
  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.HIGHEST_PRECEDENCE)
  public void release() {
    Connection held = holder.getAndSet(null);
    if (held == null) {
      return;
    }
    try (Connection connection = held; Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_advisory_unlock(" + KEYS + ")");
    } catch (SQLException e) {
      // the pool would keep the connection – and the lock with it: end the connection instead,
      // PostgreSQL releases a session's locks when it ends
      LOG.warn("Startsperre nicht ausdrücklich freigegeben, Verbindung wird beendet: {}", e.getMessage());
      try {
        held.abort(Runnable::run);
      } catch (SQLException ignored) {
        // already gone
      }
    }
  }

  /** Held until the application is ready – or until it stops, when its start failed. */
  boolean held() {
    return holder.get() != null;
  }

  @Override
  public void destroy() {
    release();
  }
}
