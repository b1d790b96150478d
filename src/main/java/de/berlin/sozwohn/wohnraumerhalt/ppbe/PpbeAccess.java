package de.berlin.sozwohn.wohnraumerhalt.ppbe;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.security.Roles;
import java.util.Collection;
import java.util.List;

/**
 * Who sees the staffing needs of which districts — shared by {@code /api/ppbe} and the Cockpit page
 * "Personalbedarf": all districts for GPM consultants, process owners and administrators, the own
 * district(s) for a team lead, nothing for everyone else.
 */
public final class PpbeAccess {

  private PpbeAccess() {}

  /** The districts the reader may see, in the order of {@link Districts#IDS}; empty: none. */
  public static List<String> allowedDistricts(Collection<String> groups) {
    if (groups.contains(Roles.GPM) || groups.contains(Roles.PROCESS_OWNER)
        || groups.contains(Roles.ADMIN)) {
      return Districts.IDS;
    }
    return Districts.IDS.stream().filter(d -> groups.contains(Districts.teamLeadGroup(d))).toList();
  }
}
