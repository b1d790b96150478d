package de.berlin.sozwohn.wohnraumerhalt.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The user of the current {@code /api} request, as authenticated by {@link EngineBasicAuthFilter}. */
@Component
public class CurrentUser {

  private final IdentityService identityService;

  public CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String id() {
    Authentication auth = identityService.getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }

  public List<String> groups() {
    Authentication auth = identityService.getCurrentAuthentication();
    return auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
  }

  /** Districts (tenants) the user works for. */
  public List<String> districts() {
    Authentication auth = identityService.getCurrentAuthentication();
    return auth == null || auth.getTenantIds() == null ? List.of() : auth.getTenantIds();
  }

  public boolean isAdmin() {
    return groups().contains(Roles.ADMIN);
  }

  /** May the user file notices and work cases of this district? */
  public boolean worksFor(String district) {
    return isAdmin() || districts().contains(district);
  }
}
