package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes the report of SPEC §4 from recorded facts: per district, and for Berlin pooled over all
 * districts' cases for 1.1–1.4 (numerators and denominators added up) and as the mean of the
 * districts for 1.5 and 2, as the Zielvereinbarung reports them.
 *
 * <p>Which self-report and survey apply to a period is decided by the year of the period's end: a
 * self-report (standard 1.5, asked for each January) covers its year; a staff survey (standard 2,
 * every two years) covers its year and the next one ("die in 2026 erreichten Werte werden auch für
 * das Jahr 2027 übernommen"). Districts without one have no value.
 */
public final class KpiCalculator {

  private static final int SCALE = 10;

  private final IndicatorRules rules;

  public KpiCalculator(WorkingDayCalendar calendar) {
    this.rules = new IndicatorRules(calendar);
  }

  /**
   * @param districts the districts to report, in this order
   * @param withBerlin whether to add the Berlin values (computed over every district in the facts)
   * @param now the engine's clock in Berlin local time
   */
  public KpiReport report(Period period, KpiFacts facts, List<String> districts, boolean withBerlin,
      LocalDateTime now) {
    Map<String, Map<Standard, Tally>> tallies = tallies(period, facts, now);
    Map<String, AccessStandards> selfReports = applicable(facts.selfReports(), period, 0,
        AccessStandards::district, AccessStandards::year);
    Map<String, StaffSurvey> surveys = applicable(facts.surveys(), period, 1,
        StaffSurvey::district, StaffSurvey::year);

    List<KpiReport.DistrictIndicators> rows = new ArrayList<>();
    for (String district : districts) {
      Map<Standard, Tally> counts = tallies.getOrDefault(district, Map.of());
      Map<String, IndicatorValue> values = new LinkedHashMap<>();
      for (Standard standard : caseStandards()) {
        values.put(standard.id(),
            IndicatorValue.ofTally(standard, counts.getOrDefault(standard, Tally.EMPTY)));
      }
      values.put(Standard.UNIFORM_ACCESS.id(), uniformAccess(selfReports.get(district)));
      values.put(Standard.STAFF_SATISFACTION.id(), staffSatisfaction(surveys.get(district)));
      rows.add(new KpiReport.DistrictIndicators(district, values));
    }
    Map<String, IndicatorValue> berlin = withBerlin ? berlin(tallies, selfReports, surveys) : null;
    return new KpiReport(period, rows, berlin);
  }

  private static List<Standard> caseStandards() {
    return List.of(Standard.COURT_NOTICE_LETTER, Standard.HOME_VISIT,
        Standard.BAILIFF_NOTICE_LETTER, Standard.EVICTION_ATTENDANCE);
  }

  /** district → standard → tally, for 1.1–1.4. */
  private Map<String, Map<Standard, Tally>> tallies(Period period, KpiFacts facts,
      LocalDateTime now) {
    var today = now.toLocalDate();
    Map<String, Map<Standard, Tally>> result = new LinkedHashMap<>();
    for (CaseFacts c : facts.cases()) {
      Map<Standard, Tally> counts = result.computeIfAbsent(c.district(), d -> new LinkedHashMap<>());
      counts.merge(Standard.COURT_NOTICE_LETTER,
          Tally.EMPTY.add(rules.courtNoticeLetter(c, period, today)), Tally::plus);
      counts.merge(Standard.HOME_VISIT, Tally.EMPTY.add(rules.homeVisit(c, period, today)),
          Tally::plus);
    }
    for (EvictionNoticeFacts n : facts.notices()) {
      Map<Standard, Tally> counts = result.computeIfAbsent(n.district(), d -> new LinkedHashMap<>());
      counts.merge(Standard.BAILIFF_NOTICE_LETTER,
          Tally.EMPTY.add(rules.bailiffNoticeLetter(n, period, today)), Tally::plus);
      counts.merge(Standard.EVICTION_ATTENDANCE,
          Tally.EMPTY.add(rules.evictionAttendance(n, period, now)), Tally::plus);
    }
    return result;
  }

  private Map<String, IndicatorValue> berlin(Map<String, Map<Standard, Tally>> tallies,
      Map<String, AccessStandards> selfReports, Map<String, StaffSurvey> surveys) {
    Map<String, IndicatorValue> values = new LinkedHashMap<>();
    for (Standard standard : caseStandards()) {
      Tally pooled = Tally.EMPTY;
      for (Map<Standard, Tally> counts : tallies.values()) {
        pooled = pooled.plus(counts.getOrDefault(standard, Tally.EMPTY));
      }
      values.put(standard.id(), IndicatorValue.ofTally(standard, pooled));
    }

    Collection<AccessStandards> reports = selfReports.values();
    int met = reports.stream().mapToInt(AccessStandards::standardsMet).sum();
    BigDecimal meanPercent = mean(reports.stream()
        .map(r -> percent(r.standardsMet(), AccessStandards.STANDARDS)).toList());
    values.put(Standard.UNIFORM_ACCESS.id(), IndicatorValue.ofPercent(Standard.UNIFORM_ACCESS,
        met, AccessStandards.STANDARDS * reports.size(), meanPercent));

    BigDecimal meanSatisfaction = mean(surveys.values().stream()
        .map(StaffSurvey::satisfaction).toList());
    values.put(Standard.STAFF_SATISFACTION.id(), IndicatorValue.ofPercent(
        Standard.STAFF_SATISFACTION,
        meanSatisfaction == null ? null : IndicatorValue.round(meanSatisfaction), null,
        meanSatisfaction));
    return values;
  }

  private static IndicatorValue uniformAccess(AccessStandards report) {
    if (report == null) {
      return IndicatorValue.ofTally(Standard.UNIFORM_ACCESS, Tally.EMPTY);
    }
    int met = report.standardsMet();
    return IndicatorValue.ofTally(Standard.UNIFORM_ACCESS,
        new Tally(met, AccessStandards.STANDARDS - met, 0));
  }

  private static IndicatorValue staffSatisfaction(StaffSurvey survey) {
    if (survey == null) {
      return IndicatorValue.ofPercent(Standard.STAFF_SATISFACTION, null, null, null);
    }
    return IndicatorValue.ofPercent(Standard.STAFF_SATISFACTION, survey.satisfaction(), null,
        survey.satisfaction());
  }

  /**
   * Per district the newest entry whose year covers the year of the period's end: years
   * {@code year(to) - extraYears … year(to)}.
   */
  private static <T> Map<String, T> applicable(List<T> entries, Period period, int extraYears,
      Function<T, String> district, Function<T, Integer> year) {
    int last = period.to().getYear();
    return entries.stream()
        .filter(e -> year.apply(e) <= last && year.apply(e) >= last - extraYears)
        .collect(Collectors.toMap(district, e -> e,
            (a, b) -> year.apply(a) >= year.apply(b) ? a : b, LinkedHashMap::new));
  }

  private static BigDecimal percent(int numerator, int denominator) {
    return BigDecimal.valueOf(numerator * 100L)
        .divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP);
  }

  private static BigDecimal mean(List<BigDecimal> values) {
    if (values.isEmpty()) {
      return null;
    }
    BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(values.size()), SCALE, RoundingMode.HALF_UP);
  }
}
