package de.berlin.sozwohn.wohnraumerhalt.security;

import de.berlin.sozwohn.wohnraumerhalt.security.DemoUsers.DemoUser;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The last line of the start: where the application answers and, on the embedded default, as whom
 * to log in – {@code Wohnraumerhalt ist bereit: http://localhost:8080 – Anmeldung als fk.mitte /
 * demo (Fachkraft Mitte), …}. Logged on {@link ApplicationReadyEvent}, which Spring Boot publishes
 * after every application runner has finished: after the groups, the demo users and the demo
 * history ({@code demo.DemoHistory}). Without demo users ({@code wohnraumerhalt.demo.users=false},
 * the production profile) the line names no user and no password.
 */
@Component
public class ReadyLine {

  private static final Logger LOG = LoggerFactory.getLogger(ReadyLine.class);

  private final Environment environment;

  public ReadyLine(Environment environment) {
    this.environment = environment;
  }

  @EventListener
  @Order(Ordered.LOWEST_PRECEDENCE)
  public void ready(ApplicationReadyEvent event) {
    if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)
        || web.getWebServer() == null || web.getWebServer().getPort() <= 0) {
      return; // no web server (a command such as --check-models): nothing to open
    }
    boolean demoUsers = environment.getProperty("wohnraumerhalt.demo.users", Boolean.class, false);
    LOG.info(line(url(web.getWebServer().getPort()), demoUsers ? DemoUsers.USERS : List.of()));
  }

  /** The address of the webapps as this node serves them (port and context path as started). */
  String url(int port) {
    boolean ssl = environment.getProperty("server.ssl.enabled", Boolean.class, false);
    String address = environment.getProperty("server.address", "");
    String host = address.isBlank() || address.equals("0.0.0.0") || address.equals("::")
        ? "localhost" : address;
    String contextPath = environment.getProperty("server.servlet.context-path", "");
    if (contextPath.endsWith("/")) {
      contextPath = contextPath.substring(0, contextPath.length() - 1);
    }
    return (ssl ? "https" : "http") + "://" + host + ":" + port + contextPath;
  }

  /**
   * The line: the address, and with demo users who they are – the team leads of the demo
   * districts in one entry after the first.
   */
  static String line(String url, List<DemoUser> users) {
    StringBuilder line = new StringBuilder("Wohnraumerhalt ist bereit: ").append(url);
    if (users.isEmpty()) {
      return line.toString();
    }
    List<String> entries = new ArrayList<>();
    List<String> otherTeamLeads = new ArrayList<>();
    DemoUser firstTeamLead = null;
    int firstTeamLeadAt = -1;
    for (DemoUser user : users) {
      if (user.teamLead() && firstTeamLead != null) {
        otherTeamLeads.add(user.id());
        continue;
      }
      if (user.teamLead()) {
        firstTeamLead = user;
        firstTeamLeadAt = entries.size();
        entries.add(null); // filled in below, once the other team leads are known
        continue;
      }
      entries.add(entry(user, null));
    }
    if (firstTeamLead != null) {
      entries.set(firstTeamLeadAt, entry(firstTeamLead,
          otherTeamLeads.isEmpty() ? null : "ebenso " + String.join(", ", otherTeamLeads)));
    }
    return line.append(" – Anmeldung als ").append(String.join(", ", entries)).toString();
  }

  private static String entry(DemoUser user, String more) {
    return user.id() + " / " + user.password() + " (" + user.role()
        + (more == null ? "" : "; " + more) + ")";
  }
}
