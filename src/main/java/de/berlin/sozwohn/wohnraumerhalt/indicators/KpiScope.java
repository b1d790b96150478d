package de.berlin.sozwohn.wohnraumerhalt.indicators;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.security.Roles;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What a reader of {@code /api/kpi} may see – aggregated numbers only, never cases:
 * <ul>
 *   <li>{@code monitoring}, {@code prozessverantwortung}, {@code camunda-admin}: every district
 *       and Berlin;
 *   <li>{@code fachkraft-<d>}, {@code leitung-<d>}: their own district(s) and Berlin beside the
 *       district – the Berlin value is aggregated over all districts (pooled cases, means of the
 *       self-reports and survey results) and holds no personal data, so a district can compare
 *       itself with Berlin; other districts' values stay hidden;
 *   <li>everyone else ({@code gpm}, users without a group): nothing.
 * </ul>
 *
 * @param districts the districts of the report, in the order of {@link Districts#IDS}
 * @param berlin whether the Berlin values are part of it
 */
public record KpiScope(List<String> districts, boolean berlin) {

  public static final List<String> BERLIN_WIDE_GROUPS =
      List.of(Roles.MONITORING, Roles.PROCESS_OWNER, Roles.ADMIN);

  /**
   * @param groups the reader's groups
   * @param requested the district asked for ({@code district=}), already checked to be known
   * @throws KpiAccessDeniedException the reader may not see it
   */
  public static KpiScope of(Collection<String> groups, Optional<String> requested) {
    boolean berlinWide = groups.stream().anyMatch(BERLIN_WIDE_GROUPS::contains);
    List<String> own = Districts.IDS.stream().filter(d -> groups.contains(Districts.caseworkerGroup(d))
        || groups.contains(Districts.teamLeadGroup(d))).toList();
    if (requested.isPresent()) {
      String district = requested.get();
      if (!berlinWide && !own.contains(district)) {
        throw new KpiAccessDeniedException(district);
      }
      // Berlin beside the district, for district staff too
      return new KpiScope(List.of(district), true);
    }
    if (berlinWide) {
      return new KpiScope(Districts.IDS, true);
    }
    if (own.isEmpty()) {
      throw new KpiAccessDeniedException(null);
    }
    return new KpiScope(own, true);
  }

  /** Monitoring and administrators enter survey results and ask for self-reports. */
  public static boolean mayManageBerlinWide(Collection<String> groups) {
    return groups.contains(Roles.MONITORING) || groups.contains(Roles.ADMIN);
  }
}
