package de.berlin.sozwohn.wohnraumerhalt.security;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.context.ProcessEngineContext;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * Engine calls that our own code makes on a user's behalf after it has checked the user itself.
 *
 * <p>Caseworkers hold no engine permission to start, correlate into or modify a case
 * (IdentitySetup): the intake is the only door to a case, and it checks the district and the
 * fields before it opens one. The intake's engine calls therefore run without the engine's
 * authorization check – the same thing the engine does for delegates and listeners
 * ({@code authorizationEnabledForCustomCode=false}). The user stays authenticated, so the tenant
 * check still applies and the user operation log still names the user.
 */
@Component
public class EngineAuthority {

  private final CommandExecutor commandExecutor;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  public EngineAuthority(ProcessEngineConfiguration configuration,
      IdentityService identityService, AuthorizationService authorizationService) {
    this.commandExecutor =
        ((ProcessEngineConfigurationImpl) configuration).getCommandExecutorTxRequired();
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  /**
   * Who may file a notice is still the engine's authorizations' say: the user must be allowed to
   * start the notice's entry form ({@code CREATE_INSTANCE}), as in Tasklist.
   *
   * @throws AuthorizationException when the current user may not
   */
  public void requireStartPermission(String processDefinitionKey) {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null) {
      return; // the engine itself, a timer or a delegate without a user
    }
    if (!authorizationService.isUserAuthorized(user.getUserId(), user.getGroupIds(),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
        processDefinitionKey)) {
      throw new AuthorizationException(user.getUserId(),
          ProcessDefinitionPermissions.CREATE_INSTANCE.getName(),
          Resources.PROCESS_DEFINITION.resourceName(), processDefinitionKey);
    }
  }

  /**
   * Runs {@code call} in a command context of its own (in the surrounding transaction) whose
   * engine calls skip the authorization check; the tenant check stays.
   */
  public <T> T withoutAuthorizationCheck(Callable<T> call) {
    return inOwnContext(call, false);
  }

  /**
   * An engine call that reaches into another district on the engine's own authority: the case
   * event "transferred" opens the household's case in the receiving district. The caller has
   * checked the user's right to hand the case over.
   */
  public <T> T acrossDistricts(Callable<T> call) {
    return inOwnContext(call, true);
  }

  /**
   * A look-up that must see every district's objects (which district does this task belong to?),
   * for decisions made before the request reaches the engine. Never hand its result to the user.
   */
  public <T> T lookUp(Callable<T> call) {
    return inOwnContext(call, true);
  }

  private <T> T inOwnContext(Callable<T> call, boolean allTenants) {
    try {
      return ProcessEngineContext.withNewProcessEngineContext(() -> commandExecutor.execute(context -> {
        boolean authorizationCheck = context.isAuthorizationCheckEnabled();
        boolean tenantCheck = context.isTenantCheckEnabled();
        context.disableAuthorizationCheck();
        if (allTenants) {
          context.disableTenantCheck();
        }
        try {
          return call.call();
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        } finally {
          if (authorizationCheck) {
            context.enableAuthorizationCheck();
          }
          if (allTenants && tenantCheck) {
            context.enableTenantCheck();
          }
        }
      }));
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
