package de.berlin.sozwohn.wohnraumerhalt.ppbe;

import de.berlin.sozwohn.wohnraumerhalt.ppbe.ProcessGraph.Node;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.StaffingReport.Basis;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.StaffingReport.CaseVolume;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.StaffingReport.DistrictStaffing;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.StaffingReport.Figures;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.StaffingReport.ModelInfo;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.StaffingReport.TaskLine;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.StaffingReport.TaskPlan;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.StaffingReport.Totals;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The PPBE arithmetic (SPEC §5): {@code VZÄ = Σ (count × minutes) ÷ net annual minutes}, from the
 * model (planned cases per district × expected visits per case × minutes, scaled to the period)
 * and from history (tasks completed in the district in the period × minutes), and their difference
 * per task. Plain Java; the engine side delivers the graph and the history counts.
 */
public final class StaffingCalculator {

  static final double DAYS_PER_YEAR = 365;

  private StaffingCalculator() {}

  /**
   * @param history completed tasks per district (in report order) and task key in the period
   * @param casesPerYear another yearly case volume per district ("what if"), or null for the plan
   */
  public static StaffingReport report(LocalDate from, LocalDate to, ProcessGraph graph,
      ModelInfo model, StaffingBasis basis, Double casesPerYear,
      Map<String, Map<String, Long>> history, Function<String, String> districtNames,
      boolean withBerlin) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to before from");
    }
    int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
    double share = days / DAYS_PER_YEAR;
    ExpectedVisits.Result visits = ExpectedVisits.compute(graph, casesPerYear);

    List<Node> tasks = graph.userTasks();
    List<TaskPlan> plan = new ArrayList<>();
    for (Node task : tasks) {
      double perYear = visits.visitsPerYear(task.id());
      plan.add(new TaskPlan(task.id(), task.name(), task.minutes(),
          round(visits.visitsPerCase(task.id()), 4), round(perYear, 2),
          round(perYear * task.minutes(), 1)));
    }

    List<DistrictStaffing> districts = new ArrayList<>();
    Map<String, Long> berlinCounts = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Long>> district : history.entrySet()) {
      districts.add(district(district.getKey(), districtNames.apply(district.getKey()), tasks,
          visits, 1, district.getValue(), share, basis));
      district.getValue().forEach((task, count) -> berlinCounts.merge(task, count, Long::sum));
    }
    DistrictStaffing berlin = withBerlin
        ? district("berlin", "Berlin", tasks, visits, history.size(), berlinCounts, share, basis)
        : null;

    Basis basisInfo = new Basis(basis.netAnnualMinutes(), basis.distributionTimeSurchargePercent(),
        basis.note());
    CaseVolume volume = new CaseVolume(visits.plannedCasesPerYear(), visits.appliedCasesPerYear(),
        casesPerYear != null, caseNote(visits, casesPerYear != null));
    return new StaffingReport(from, to, days, round(share, 4), model, basisInfo, volume, plan,
        districts, berlin);
  }

  private static DistrictStaffing district(String id, String name, List<Node> tasks,
      ExpectedVisits.Result visits, int districtCount, Map<String, Long> counts, double share,
      StaffingBasis basis) {
    List<TaskLine> lines = new ArrayList<>();
    double modelMinutes = 0;
    double historyMinutes = 0;
    for (Node task : tasks) {
      double modelCount = visits.visitsPerYear(task.id()) * share * districtCount;
      double historyCount = counts.getOrDefault(task.id(), 0L);
      double m = modelCount * task.minutes();
      double h = historyCount * task.minutes();
      modelMinutes += m;
      historyMinutes += h;
      lines.add(new TaskLine(task.id(), task.name(), task.minutes(),
          new Figures(round(modelCount, 1), round(m, 0)),
          new Figures(historyCount, round(h, 0)),
          new Figures(round(historyCount - modelCount, 1), round(h - m, 0))));
    }
    double modelFte = basis.fte(modelMinutes, share);
    double historyFte = basis.fte(historyMinutes, share);
    return new DistrictStaffing(id, name, lines,
        new Totals(round(modelMinutes, 0), round(modelFte, 2)),
        new Totals(round(historyMinutes, 0), round(historyFte, 2)),
        new Totals(round(historyMinutes - modelMinutes, 0), round(historyFte - modelFte, 2)));
  }

  private static String caseNote(ExpectedVisits.Result visits, boolean whatIf) {
    NumberFormat number = NumberFormat.getNumberInstance(Locale.GERMANY);
    String planned = number.format(visits.plannedCasesPerYear());
    return whatIf
        ? "Was-wäre-wenn: " + number.format(visits.appliedCasesPerYear()) + " statt " + planned
            + " geplanter Fälle pro Jahr und Bezirk; alle Startereignisse (auch Mitteilungen über "
            + "Zwangsräumungen) im selben Verhältnis."
        : planned + " geplante Fälle pro Jahr und Bezirk laut Modell (ppbe:casesPerYear).";
  }

  static double round(double value, int digits) {
    double factor = Math.pow(10, digits);
    double rounded = Math.round(value * factor) / factor;
    return rounded == 0 ? 0 : rounded; // no -0.0
  }
}
