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
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "wohnraumerhalt.demo.users", havingValue = "true")
public class DemoUsers implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  record DemoUser(String id, String password, String firstName, String lastName, List<String> groups) {}

  static final List<DemoUser> USERS = List.of(
      new DemoUser("admin", "admin", "Ada", "Administratorin", List.of(Roles.ADMIN)),
      new DemoUser("fk.mitte", "demo", "Fatma", "Kaya", List.of(Districts.caseworkerGroup("mitte"))),
      new DemoUser("fk.neukoelln", "demo", "Jonas", "Neumann",
          List.of(Districts.caseworkerGroup("neukoelln"))),
      new DemoUser("leitung.mitte", "demo", "Lena", "Schulz", List.of(Districts.teamLeadGroup("mitte"))),
      new DemoUser("prozess", "demo", "Paul", "Richter", List.of(Roles.PROCESS_OWNER)),
      new DemoUser("gpm", "demo", "Greta", "Peters", List.of(Roles.GPM)),
      new DemoUser("monitoring", "demo", "Mona", "Weber", List.of(Roles.MONITORING)));

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
        user.setEmail(demo.id() + "@wohnhilfe.example");
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
