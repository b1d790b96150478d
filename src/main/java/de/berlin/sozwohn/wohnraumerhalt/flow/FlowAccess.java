package de.berlin.sozwohn.wohnraumerhalt.flow;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiAccessDeniedException;
import de.berlin.sozwohn.wohnraumerhalt.security.Roles;
import java.util.Collection;
import java.util.List;

/**
 * Who sees which of the Cockpit history views, for which districts. Pure: the reader's groups in,
 * districts out.
 *
 * <table>
 *   <caption>Access</caption>
 *   <tr><th>view</th><th>camunda-admin</th><th>prozessverantwortung</th><th>gpm</th>
 *       <th>leitung-&lt;d&gt;</th><th>others</th></tr>
 *   <tr><td>overview (diagram)</td><td>all</td><td>all</td><td>all</td><td>own</td>
 *       <td>none</td></tr>
 *   <tr><td>bottlenecks</td><td>all</td><td>all</td><td>all, no single tasks</td><td>own</td>
 *       <td>none</td></tr>
 *   <tr><td>finished list, timeline</td><td>all</td><td>all</td><td>none</td><td>own</td>
 *       <td>none</td></tr>
 *   <tr><td>who completed a task</td><td>yes</td><td>no</td><td>–</td><td>own district</td>
 *       <td>–</td></tr>
 * </table>
 *
 * <p>Why: the GPM consultants compare counts and durations for the staffing needs (PPBE), so they
 * see the aggregates of every district but no single case; process owners follow single cases
 * by their ids and case numbers, but not who worked them – that is the team lead's business in
 * her own district (and the administrator's). Caseworkers and the Monitoringstelle work with the
 * indicators, not the flows. Nobody sees variable names or values in these views. A reader in
 * several groups gets the union of their rights.
 */
public final class FlowAccess {

  /** The history views. */
  public enum View {
    OVERVIEW, BOTTLENECKS, FINISHED, TIMELINE
  }

  /**
   * The districts of one answer.
   *
   * @param districts the districts, in the order of {@link Districts#IDS}
   * @param everything true when the reader asked for no district and may see all: no district
   *     filter at all (instances without a district included)
   */
  public record Scope(List<String> districts, boolean everything) {}

  private FlowAccess() {}

  /**
   * The districts the reader may see in the view, in the order of {@link Districts#IDS}; empty:
   * none.
   */
  public static List<String> allowedDistricts(Collection<String> groups, View view) {
    if (seesAllDistricts(groups, view)) {
      return Districts.IDS;
    }
    return Districts.IDS.stream().filter(d -> groups.contains(Districts.teamLeadGroup(d))).toList();
  }

  /**
   * The districts of the answer: the requested one, or all the reader may see.
   *
   * @param requested a district id, or null/blank for all
   * @throws IllegalArgumentException unknown district
   * @throws KpiAccessDeniedException the reader may not see the view, or not that district
   */
  public static Scope scope(Collection<String> groups, View view, String requested) {
    List<String> allowed = allowedDistricts(groups, view);
    if (allowed.isEmpty()) {
      throw new KpiAccessDeniedException(null, refusal(view));
    }
    if (requested == null || requested.isBlank()) {
      return new Scope(allowed, seesAllDistricts(groups, view));
    }
    String district = requested.strip();
    if (!Districts.isKnown(district)) {
      throw new IllegalArgumentException("Unbekannter Bezirk „" + district + "“.");
    }
    if (!allowed.contains(district)) {
      throw new KpiAccessDeniedException(district, "Sie sehen die Verlaufsdaten nur für "
          + names(allowed) + ".");
    }
    return new Scope(List.of(district), false);
  }

  /**
   * Whether the reader may see single cases of the district (finished list, timeline, the longest
   * waiting tasks): administrators and process owners everywhere, a team lead in her own
   * district. {@code district} null (an instance without a district): only the former.
   */
  public static boolean seesCases(Collection<String> groups, String district) {
    if (seesAllDistricts(groups, View.FINISHED)) {
      return true;
    }
    return district != null && groups.contains(Districts.teamLeadGroup(district));
  }

  /**
   * Checks that the reader may open the timeline of an instance of this district.
   *
   * @throws KpiAccessDeniedException she may not
   */
  public static void requireCase(Collection<String> groups, String district) {
    if (allowedDistricts(groups, View.TIMELINE).isEmpty()) {
      throw new KpiAccessDeniedException(null, refusal(View.TIMELINE));
    }
    if (!seesCases(groups, district)) {
      throw new KpiAccessDeniedException(district, "Diesen Fall sehen Sie nicht: er gehört "
          + (district == null ? "zu keinem Bezirk." : "zum Bezirk "
              + Districts.displayName(district).orElse(district) + "."));
    }
  }

  /**
   * Whether the timeline names who completed each task: administrators and the district's team
   * lead.
   */
  public static boolean showsUsers(Collection<String> groups, String district) {
    return groups.contains(Roles.ADMIN)
        || district != null && groups.contains(Districts.teamLeadGroup(district));
  }

  private static boolean seesAllDistricts(Collection<String> groups, View view) {
    if (groups.contains(Roles.ADMIN) || groups.contains(Roles.PROCESS_OWNER)) {
      return true;
    }
    return groups.contains(Roles.GPM) && (view == View.OVERVIEW || view == View.BOTTLENECKS);
  }

  private static String refusal(View view) {
    return switch (view) {
      case OVERVIEW, BOTTLENECKS -> "Die Verlaufsdaten sehen Prozessverantwortung, GPM, "
          + "Administration und die Fachstellenleitung für ihren Bezirk.";
      case FINISHED, TIMELINE -> "Einzelne Fälle sehen Prozessverantwortung, Administration und "
          + "die Fachstellenleitung für ihren Bezirk.";
    };
  }

  private static String names(List<String> districts) {
    return String.join(", ", districts.stream()
        .map(d -> Districts.displayName(d).orElse(d)).toList());
  }
}
