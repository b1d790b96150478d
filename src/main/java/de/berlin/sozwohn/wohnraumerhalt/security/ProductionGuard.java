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
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Second half of the production guard: in the {@code production} profile the application refuses to
 * start while any engine user has a default password. (The database and the demo-user switch are
 * checked earlier, on the data source as it is built: {@link ProductionDataSourceGuard}.)
 *
 * <p>The check needs the engine, so it runs once every bean is built – including users the Camunda
 * starter creates from {@code camunda.bpm.admin-user} – as a lifecycle bean in the first phase
 * ({@link #PHASE}): lifecycle beans start in ascending phase, and the web server starts listening
 * in its own lifecycle bean at {@code SmartLifecycle.DEFAULT_PHASE - 2048}. A refusal here fails the
 * context refresh, so the port is never opened and no application runner (setup, demo) runs.
 * Passwords are compared with the stored hashes directly, so the check never counts as a failed
 * login (no lockouts).
 */
@Component
@Profile("production")
public class ProductionGuard implements SmartLifecycle {

  /** Before every other lifecycle bean, in particular the web server's. */
  static final int PHASE = Integer.MIN_VALUE;

  static final Set<String> WELL_KNOWN_PASSWORDS =
      Set.of("admin", "demo", "password", "passwort", "changeme", "camunda", "test");

  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl configuration;
  private volatile boolean running;

  public ProductionGuard(IdentityService identityService, ProcessEngineConfiguration configuration) {
    this.identityService = identityService;
    this.configuration = (ProcessEngineConfigurationImpl) configuration;
  }

  @Override
  public void start() {
    List<String> problems = findProblems();
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Start im Produktionsprofil verweigert: "
          + String.join("; ", problems));
    }
    running = true;
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }

  List<String> findProblems() {
    List<String> problems = new ArrayList<>();
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
