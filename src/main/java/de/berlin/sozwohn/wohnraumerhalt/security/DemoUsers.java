package de.berlin.sozwohn.wohnraumerhalt.security;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo users of SPEC §8 (listed in the README). Only where {@code wohnraumerhalt.demo.users}
 * is true: the embedded default; the production profile switches it off.
 *
 * <p>Every district of the demo world has a team lead with an e-mail address ({@code
 * leitung.<district>}), so the deadline escalations of its demo cases reach a person (on the
 * embedded default: the log) instead of the district's fallback address with a warning.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "wohnraumerhalt.demo.users", havingValue = "true")
public class DemoUsers implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  /** The e-mail domain of the demo users ({@code fk.mitte@wohnhilfe.example}). */
  static final String MAIL_DOMAIN = "wohnhilfe.example";

  /**
   * @param role what the user is, in German, for the ready line ({@link ReadyLine})
   */
  record DemoUser(String id, String password, String firstName, String lastName, String role,
      List<String> groups) {

    String email() {
      return id + "@" + MAIL_DOMAIN;
    }

    boolean teamLead() {
      return groups.stream().anyMatch(g -> g.startsWith(Districts.teamLeadGroup("")));
    }
  }

  static final List<DemoUser> USERS = List.of(
      new DemoUser("fk.mitte", "demo", "Fatma", "Kaya", "Fachkraft Mitte",
          List.of(Districts.caseworkerGroup("mitte"))),
      new DemoUser("fk.neukoelln", "demo", "Jonas", "Neumann", "Fachkraft Neukölln",
          List.of(Districts.caseworkerGroup("neukoelln"))),
      teamLead("mitte", "Lena", "Schulz"),
      teamLead("neukoelln", "Katrin", "Wolff"),
      teamLead("friedrichshain-kreuzberg", "Tobias", "Hartmann"),
      teamLead("spandau", "Sabine", "Krüger"),
      teamLead("lichtenberg", "Anja", "Lehmann"),
      teamLead("marzahn-hellersdorf", "Martin", "Vogel"),
      new DemoUser("prozess", "demo", "Paul", "Richter", "Prozessverantwortung",
          List.of(Roles.PROCESS_OWNER)),
      new DemoUser("gpm", "demo", "Greta", "Peters", "GPM-Beratung", List.of(Roles.GPM)),
      new DemoUser("monitoring", "demo", "Mona", "Weber", "Monitoring", List.of(Roles.MONITORING)),
      new DemoUser("admin", "admin", "Ada", "Administratorin", "Administration",
          List.of(Roles.ADMIN)));

  private static DemoUser teamLead(String district, String firstName, String lastName) {
    return new DemoUser("leitung." + district, "demo", firstName, lastName,
        "Fachstellenleitung " + Districts.displayName(district).orElseThrow(),
        List.of(Districts.teamLeadGroup(district)));
  }

  private final IdentityService identityService;

  public DemoUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (DemoUser demo : USERS) {
      if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setPassword(demo.password());
        user.setEmail(demo.email());
        identityService.saveUser(user);
      }
      for (String group : demo.groups()) {
        if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
          identityService.createMembership(demo.id(), group);
        }
      }
    }
    if (identityService.createTenantQuery().userMember("admin").count() == 0) {
      Districts.IDS.forEach(d -> identityService.createTenantUserMembership(d, "admin"));
    }
    LOG.warn("Demo-Benutzer aktiv (admin/admin, fk.mitte/demo, …) – nie in Produktion verwenden");
  }
}
