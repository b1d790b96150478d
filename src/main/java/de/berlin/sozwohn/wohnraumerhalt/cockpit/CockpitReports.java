package de.berlin.sozwohn.wohnraumerhalt.cockpit;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.CohortFigures;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Corridor;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Period;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Standard;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Targets;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiAccessDeniedException;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiJson;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiScope;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiService;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.PpbeAccess;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.PpbeService;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.StaffingReport;
import de.berlin.sozwohn.wohnraumerhalt.process.TaskInputRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The data of the two Cockpit pages, from the same services and with the same access rules as
 * {@code /api/kpi} ({@link KpiScope}) and {@code /api/ppbe} ({@link PpbeAccess}); no rule of its
 * own.
 */
@Component
public class CockpitReports {

  /** How many half-years the trend shows, the current one included. */
  public static final int HALF_YEARS = 4;

  private final KpiService kpiService;
  private final PpbeService ppbeService;

  public CockpitReports(KpiService kpiService, PpbeService ppbeService) {
    this.kpiService = kpiService;
    this.ppbeService = ppbeService;
  }

  /** A district for the selection list. */
  public record District(String id, String name) {}

  /**
   * A standard with its corridor of the current half-year's agreement, for the headings: target
   * and minimum each with how binding it is ({@code agreed}, {@code proposed}, {@code none}, as
   * {@code targetStatus}/{@code minimumStatus} in {@code /api/kpi}), and what the page says when
   * a unit has no value ({@link Standard#noValueText()}).
   */
  public record StandardInfo(String id, String title, Integer target, String targetStatus,
      Integer minimum, String minimumStatus, String noValueText) {

    static StandardInfo of(Standard standard, Corridor corridor) {
      return new StandardInfo(standard.id(), standard.title(), corridor.target(),
          corridor.targetStatus().code(), corridor.minimum(), corridor.minimumStatus().code(),
          standard.noValueText());
    }
  }

  /** One half-year of the trend; {@code current} is the one still running. */
  public record HalfYear(String label, String from, String to, boolean current, KpiJson report,
      Map<String, CohortFigures> cohorts) {}

  /**
   * The page "Kennzahlen": the last half-years, oldest first.
   *
   * @param berlin whether the reader sees the Berlin values (everyone who sees indicators at all)
   * @param berlinWide whether the reader sees every district; otherwise Berlin stands beside the
   *     reader's own district(s) for comparison
   * @param agreement the agreement the current half-year's targets come from
   */
  public record Indicators(String today, boolean berlin, boolean berlinWide,
      List<District> districts, String agreement, List<StandardInfo> standards,
      Map<String, String> outcomeNames, List<HalfYear> halfYears) {}

  /** The page "Personalbedarf": the report and the districts the reader may choose. */
  public record Staffing(List<District> districts, StaffingReport report) {}

  /**
   * @param district one district, or null for all the reader may see
   * @throws KpiAccessDeniedException the reader may not see it
   * @throws IllegalArgumentException unknown district
   */
  public Indicators indicators(Collection<String> groups, String district) {
    Optional<String> requested = Optional.ofNullable(district).filter(d -> !d.isBlank());
    requested.ifPresent(CockpitReports::known);
    KpiScope scope = KpiScope.of(groups, requested);
    KpiScope all = KpiScope.of(groups, Optional.empty());
    LocalDate today = kpiService.now().toLocalDate();
    LocalDate currentStart = LocalDate.of(today.getYear(), today.getMonthValue() <= 6 ? 1 : 7, 1);
    List<HalfYear> halfYears = new ArrayList<>();
    Period current = null;
    for (int i = HALF_YEARS - 1; i >= 0; i--) {
      LocalDate from = currentStart.minusMonths(6L * i);
      LocalDate to = from.plusMonths(6).minusDays(1);
      String label = (from.getMonthValue() == 1 ? "1." : "2.") + " Halbjahr " + from.getYear();
      Period period = new Period(from, to);
      current = period;
      halfYears.add(new HalfYear(label, from.toString(), to.toString(), i == 0,
          KpiJson.of(kpiService.report(period, scope)), kpiService.cohortFigures(period, scope)));
    }
    Targets targets = kpiService.targets(current);
    List<StandardInfo> standards = List.of(Standard.values()).stream()
        .map(s -> StandardInfo.of(s, targets.corridor(s))).toList();
    boolean berlinWide = all.districts().size() == Districts.IDS.size();
    return new Indicators(today.toString(), all.berlin(), berlinWide, districts(all.districts()),
        targets.agreement(), standards, TaskInputRules.OUTCOMES, halfYears);
  }

  /**
   * @param casesPerYear "what if" yearly cases per district, or null for the model's plan
   * @throws KpiAccessDeniedException the reader may not see it (message in German)
   * @throws IllegalArgumentException bad period or unknown district
   */
  public Staffing staffing(Collection<String> groups, LocalDate from, LocalDate to,
      String district, Double casesPerYear) {
    List<String> allowed = PpbeAccess.allowedDistricts(groups);
    if (allowed.isEmpty()) {
      throw new KpiAccessDeniedException(null, "Die Personalbedarfsermittlung sehen GPM, "
          + "Prozessverantwortung, Administration und die Fachstellenleitung für ihren Bezirk.");
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "Das Ende des Zeitraums (" + to + ") liegt vor seinem Beginn (" + from + ").");
    }
    if (casesPerYear != null && (casesPerYear < 0 || casesPerYear.isNaN())) {
      throw new IllegalArgumentException("Die Fallzahl muss eine Zahl ab 0 sein.");
    }
    List<String> districts = allowed;
    if (district != null && !district.isBlank()) {
      known(district);
      if (!allowed.contains(district)) {
        throw new KpiAccessDeniedException(district, "Sie sehen die Personalbedarfsermittlung nur "
            + "für " + String.join(", ", allowed) + ".");
      }
      districts = List.of(district);
    }
    boolean withBerlin = districts.size() == Districts.IDS.size();
    return new Staffing(districts(allowed),
        ppbeService.report(from, to, districts, casesPerYear, withBerlin));
  }

  /** "Today" on the engine's clock, for the default period of the page. */
  public LocalDate today() {
    return kpiService.now().toLocalDate();
  }

  private static void known(String district) {
    if (!Districts.isKnown(district)) {
      throw new IllegalArgumentException("Unbekannter Bezirk „" + district + "“.");
    }
  }

  private static List<District> districts(List<String> ids) {
    return ids.stream().map(id -> new District(id, Districts.displayName(id).orElse(id))).toList();
  }
}
