package de.berlin.sozwohn.wohnraumerhalt.cluster;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.LocalDateTime;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a cluster test class shares: a fresh PostgreSQL schema (dropped afterwards) and a mail
 * server (GreenMail on 127.0.0.1), started with the class or – to begin with it down – by the test
 * itself ({@link #startMailServer()}). {@code @RegisterExtension static ClusterFixture …}.
 */
final class ClusterFixture implements BeforeAllCallback, AfterAllCallback {

  private final String schemaPrefix;
  private final boolean mailServerUp;
  private final int smtpPort = ClusterNode.freePort();
  private ClusterDatabase database;
  private GreenMail mailServer;

  /**
   * @param schemaPrefix the schema's name begins with it
   * @param mailServerUp whether the mail server runs from the start
   */
  ClusterFixture(String schemaPrefix, boolean mailServerUp) {
    this.schemaPrefix = schemaPrefix;
    this.mailServerUp = mailServerUp;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    database = ClusterDatabase.fresh(schemaPrefix);
    if (mailServerUp) {
      startMailServer();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (mailServer != null) {
      mailServer.stop();
    }
    if (database != null) {
      database.close();
    }
  }

  ClusterDatabase database() {
    return database;
  }

  /** The mail server's port: nobody listens there until the server is started. */
  int smtpPort() {
    return smtpPort;
  }

  GreenMail startMailServer() {
    mailServer = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
    mailServer.start();
    return mailServer;
  }

  GreenMail mailServer() {
    return mailServer;
  }

  /** A Berlin local time such as {@code 2026-03-02T09:00}. */
  static LocalDateTime at(String berlinTime) {
    return LocalDateTime.parse(berlinTime);
  }
}
