package de.berlin.sozwohn.wohnraumerhalt.security;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
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

  /**
   * May the user file notices and work cases of this district? Administrators, the district's
   * caseworkers and team lead, and any other member of the district's tenant (the engine's
   * authorizations still decide) – except process owners: they belong to every tenant to read the
   * flows in Cockpit, and work no cases.
   */
  public boolean worksFor(String district) {
    if (isAdmin()) {
      return true;
    }
    List<String> groups = groups();
    if (district == null || !districts().contains(district)) {
      return false;
    }
    return groups.contains(Districts.caseworkerGroup(district))
        || groups.contains(Districts.teamLeadGroup(district))
        || !groups.contains(Roles.PROCESS_OWNER);
  }
}
