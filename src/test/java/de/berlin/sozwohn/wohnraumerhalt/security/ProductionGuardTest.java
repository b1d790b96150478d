package de.berlin.sozwohn.wohnraumerhalt.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;

/** The production profile refuses demo users, default passwords and H2 (issue: no default passwords). */
@AppTest
class ProductionGuardTest {

  @Autowired IdentityService identityService;
  @Autowired ProcessEngineConfiguration configuration;
  @Autowired ApplicationContext context;

  @Test
  void isNotActiveOutsideTheProductionProfile() {
    assertThat(context.getBeansOfType(ProductionGuard.class)).isEmpty();
  }

  @Test
  void refusesTheDemoUsersTheirPasswordsAndH2() {
    var guard = new ProductionGuard(identityService, configuration, true, "jdbc:h2:file:./data/x");
    assertThatThrownBy(() -> guard.run(new DefaultApplicationArguments()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Start im Produktionsprofil verweigert")
        .hasMessageContaining("„admin“ hat ein Standardpasswort")
        .hasMessageContaining("„fk.mitte“ hat ein Standardpasswort")
        .hasMessageContaining("demo.users")
        .hasMessageContaining("H2");
  }

  @Test
  void acceptsStrongPasswordsOnPostgres() {
    var guard = new ProductionGuard(identityService, configuration, false,
        "jdbc:postgresql://db/wohnraumerhalt");
    var problems = guard.findProblems();
    // the demo users of the shared test context are the only findings; a strong password is none
    assertThat(problems).allMatch(p -> p.contains("Standardpasswort"));
    var user = identityService.newUser("strong.user");
    user.setPassword("k7#Vq9!mW2zL");
    identityService.saveUser(user);
    try {
      assertThat(guard.findProblems()).noneMatch(p -> p.contains("strong.user"));
    } finally {
      identityService.deleteUser("strong.user");
    }
  }
}
