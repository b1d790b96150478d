package de.berlin.sozwohn.wohnraumerhalt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * The ready line's text (the line itself, logged after the demo history on the first start, is
 * tested in DemoHistoryTest).
 */
class ReadyLineTest {

  @Test
  void namesTheAddressAndTheDemoUsersWithTheirRoles() {
    String line = ReadyLine.line("http://localhost:8080", DemoUsers.USERS);
    assertThat(line).startsWith("Wohnraumerhalt ist bereit: http://localhost:8080 – Anmeldung als "
        + "fk.mitte / demo (Fachkraft Mitte), fk.neukoelln / demo (Fachkraft Neukölln), "
        + "leitung.mitte / demo (Fachstellenleitung Mitte; ebenso leitung.neukoelln, ")
        .contains("leitung.marzahn-hellersdorf)", "prozess / demo (Prozessverantwortung)",
            "monitoring / demo (Monitoring)")
        .endsWith("admin / admin (Administration)");
    // every demo user is named, with password and role unless a team lead after the first
    for (DemoUsers.DemoUser user : DemoUsers.USERS) {
      assertThat(line).contains(user.teamLead() && !user.id().equals("leitung.mitte")
          ? user.id() : user.id() + " / " + user.password() + " (" + user.role());
    }
  }

  @Test
  void withoutDemoUsersTheLineNamesNoUserAndNoPassword() {
    assertThat(ReadyLine.line("http://localhost:8080", List.of()))
        .isEqualTo("Wohnraumerhalt ist bereit: http://localhost:8080");
  }

  @Test
  void theAddressHasTheContextPathAndTheScheme() {
    MockEnvironment environment = new MockEnvironment();
    assertThat(new ReadyLine(environment).url(8080)).isEqualTo("http://localhost:8080");
    environment.setProperty("server.servlet.context-path", "/wohnhilfe/");
    environment.setProperty("server.ssl.enabled", "true");
    environment.setProperty("server.address", "10.1.2.3");
    assertThat(new ReadyLine(environment).url(8443)).isEqualTo("https://10.1.2.3:8443/wohnhilfe");
  }
}
