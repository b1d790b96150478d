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
    return worksFor(groups(), districts(), district);
  }

  /** {@link #worksFor(String)} for a user given by groups and tenants (a webapp session's). */
  public static boolean worksFor(List<String> groups, List<String> tenants, String district) {
    if (groups.contains(Roles.ADMIN)) {
      return true;
    }
    if (district == null || !tenants.contains(district)) {
      return false;
    }
    return groups.contains(Districts.caseworkerGroup(district))
        || groups.contains(Districts.teamLeadGroup(district))
        || !groups.contains(Roles.PROCESS_OWNER);
  }

  /**
   * May the user read the case data (variables) of every case the engine lets it see? Yes for
   * administrators and for the staff of the districts it belongs to; no for process owners (every
   * district's flows, no personal data), consultants and anybody who belongs to a district it
   * does not work for.
   */
  public static boolean readsCaseDataOfAllItSees(List<String> groups, List<String> tenants) {
    if (groups.contains(Roles.ADMIN)) {
      return true;
    }
    return !tenants.isEmpty() && tenants.stream().allMatch(district ->
        groups.contains(Districts.caseworkerGroup(district))
            || groups.contains(Districts.teamLeadGroup(district)));
  }
}
