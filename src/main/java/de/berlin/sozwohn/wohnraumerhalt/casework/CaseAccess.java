package de.berlin.sozwohn.wohnraumerhalt.casework;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.intake.CaseRegistry;
import de.berlin.sozwohn.wohnraumerhalt.intake.CaseRegistry.RegisteredCase;
import de.berlin.sozwohn.wohnraumerhalt.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Who may record events and corrections on which case. */
@Component
public class CaseAccess {

  private final CaseRegistry registry;
  private final CurrentUser currentUser;

  public CaseAccess(CaseRegistry registry, CurrentUser currentUser) {
    this.registry = registry;
    this.currentUser = currentUser;
  }

  /**
   * The case, when the user works for its district.
   *
   * @throws CaseNotFoundException unknown, or another district's (answered alike)
   */
  public RegisteredCase workedCase(String caseId) {
    return registry.find(caseId == null ? "" : caseId.trim())
        .filter(c -> c.processInstanceId() != null && currentUser.worksFor(c.district()))
        .orElseThrow(() -> new CaseNotFoundException(caseId));
  }

  /**
   * Entered-in-error and corrections: the district's team lead and administrators only.
   *
   * @throws TeamLeadOnlyException for anybody else
   */
  public void requireTeamLead(RegisteredCase c, String what) {
    if (!currentUser.isAdmin()
        && !currentUser.groups().contains(Districts.teamLeadGroup(c.district()))) {
      throw new TeamLeadOnlyException(what);
    }
  }

  public String userId() {
    return currentUser.id();
  }
}
