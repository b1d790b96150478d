package de.berlin.sozwohn.wohnraumerhalt.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In the {@code production} profile the application refuses to start with demo users, default
 * passwords or the embedded H2 database. Passwords are compared with the stored hashes directly, so
 * the check never counts as a failed login (no lockouts).
 */
@Component
@Profile("production")
@Order(1)
public class ProductionGuard implements ApplicationRunner {

  static final Set<String> WELL_KNOWN_PASSWORDS =
      Set.of("admin", "demo", "password", "passwort", "changeme", "camunda", "test");

  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl configuration;
  private final boolean demoUsers;
  private final String datasourceUrl;

  public ProductionGuard(IdentityService identityService, ProcessEngineConfiguration configuration,
      @Value("${wohnraumerhalt.demo.users:false}") boolean demoUsers,
      @Value("${spring.datasource.url:}") String datasourceUrl) {
    this.identityService = identityService;
    this.configuration = (ProcessEngineConfigurationImpl) configuration;
    this.demoUsers = demoUsers;
    this.datasourceUrl = datasourceUrl;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> problems = findProblems();
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Start im Produktionsprofil verweigert: "
          + String.join("; ", problems));
    }
  }

  List<String> findProblems() {
    List<String> problems = new ArrayList<>();
    if (demoUsers) {
      problems.add("wohnraumerhalt.demo.users ist eingeschaltet (Demo-Benutzer sind in Produktion verboten)");
    }
    if (datasourceUrl.startsWith("jdbc:h2:")) {
      problems.add("eingebettete H2-Datenbank (" + datasourceUrl + ") – Produktion braucht PostgreSQL "
          + "(Profil postgres, DB_URL)");
    }
    for (User user : identityService.createUserQuery().list()) {
      if (user instanceof UserEntity entity && entity.getPassword() != null) {
        for (String candidate : candidates(entity.getId())) {
          if (matches(candidate, entity)) {
            problems.add("Benutzer „" + entity.getId() + "“ hat ein Standardpasswort – bitte ändern oder löschen");
            break;
          }
        }
      }
    }
    return problems;
  }

  private static List<String> candidates(String userId) {
    List<String> candidates = new ArrayList<>(WELL_KNOWN_PASSWORDS);
    candidates.add(userId);
    return candidates;
  }

  private boolean matches(String password, UserEntity user) {
    String salted = EncryptionUtil.saltPassword(password, user.getSalt());
    return configuration.getPasswordManager().check(salted, user.getPassword());
  }
}
