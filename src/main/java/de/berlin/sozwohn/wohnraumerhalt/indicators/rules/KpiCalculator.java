package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes the report of SPEC §4 from recorded facts: per district, and for Berlin pooled over all
 * districts' cases for 1.1–1.4 (numerators and denominators added up) and as the mean of the
 * districts for 1.5 and 2, as the Zielvereinbarung reports them ({@link BerlinAggregate}). Each
 * value carries the target and minimum of the agreement that applies ({@link Targets}).
 *
 * <p>Which self-report and survey apply to a period is decided by the year of the period's end: a
 * self-report (standard 1.5, asked for each January) covers its year; a staff survey (standard 2,
 * every two years) covers its year and the next one ("die in 2026 erreichten Werte werden auch für
 * das Jahr 2027 übernommen"). Districts without one have no value.
 */
public final class KpiCalculator {

  /** The standards counted from cases (1.1–1.4), pooled for Berlin. */
  static final List<Standard> CASE_STANDARDS = List.of(Standard.COURT_NOTICE_LETTER,
      Standard.HOME_VISIT, Standard.BAILIFF_NOTICE_LETTER, Standard.EVICTION_ATTENDANCE);

  private final IndicatorRules rules;

  public KpiCalculator(WorkingDayCalendar calendar) {
    this.rules = new IndicatorRules(calendar);
  }

  /** {@link #report(Period, KpiFacts, List, boolean, LocalDateTime, Targets)} with the built-in
   * agreement ({@link Targets#builtIn()}). */
  public KpiReport report(Period period, KpiFacts facts, List<String> districts, boolean withBerlin,
      LocalDateTime now) {
    return report(period, facts, districts, withBerlin, now, Targets.builtIn());
  }

  /**
   * @param districts the districts to report, in this order
   * @param withBerlin whether to add the Berlin values (computed over every district in the facts,
   *     by {@link BerlinAggregate})
   * @param now the engine's clock in Berlin local time
   * @param targets the agreement that applies to the period
   */
  public KpiReport report(Period period, KpiFacts facts, List<String> districts, boolean withBerlin,
      LocalDateTime now, Targets targets) {
    Map<String, Map<Standard, Tally>> tallies = tallies(period, facts, now);
    Map<String, AccessStandards> selfReports = applicable(facts.selfReports(), period, 0,
        AccessStandards::district, AccessStandards::year);
    Map<String, StaffSurvey> surveys = applicable(facts.surveys(), period, 1,
        StaffSurvey::district, StaffSurvey::year);

    List<KpiReport.DistrictIndicators> rows = new ArrayList<>();
    for (String district : districts) {
      rows.add(new KpiReport.DistrictIndicators(district,
          values(district, tallies, selfReports, surveys, targets)));
    }
    Map<String, IndicatorValue> berlin = null;
    if (withBerlin) {
      Set<String> all = new LinkedHashSet<>(tallies.keySet());
      all.addAll(selfReports.keySet());
      all.addAll(surveys.keySet());
      List<Map<String, IndicatorValue>> every = new ArrayList<>();
      for (String district : all) {
        every.add(values(district, tallies, selfReports, surveys, targets));
      }
      berlin = BerlinAggregate.of(every, targets);
    }
    return new KpiReport(period, rows, berlin, targets);
  }

  /**
   * The cases of one district that are pending for a standard – deadline not passed, act not yet
   * done – by standard id ({@code "1.1"} … {@code "2"}, every id present; 1.5 and 2 never have
   * any). The keys are the cases' process instance ids ({@link CaseFacts#caseKey()},
   * {@link EvictionNoticeFacts#caseKey()}); one entry per pending assessment, so each list is as
   * long as the indicator's {@code pending} (a case with two pending notices appears twice).
   * For the district's own staff only: these are cases, not numbers.
   */
  public Map<String, List<String>> pendingKeys(Period period, KpiFacts facts, String district,
      LocalDateTime now) {
    LocalDate today = now.toLocalDate();
    Map<String, List<String>> keys = new LinkedHashMap<>();
    for (Standard standard : Standard.values()) {
      keys.put(standard.id(), new ArrayList<>());
    }
    for (CaseFacts c : facts.cases()) {
      if (!c.district().equals(district)) {
        continue;
      }
      if (rules.courtNoticeLetter(c, period, today) == Assessment.PENDING) {
        keys.get(Standard.COURT_NOTICE_LETTER.id()).add(c.caseKey());
      }
      if (rules.homeVisit(c, period, today) == Assessment.PENDING) {
        keys.get(Standard.HOME_VISIT.id()).add(c.caseKey());
      }
    }
    for (EvictionNoticeFacts n : facts.notices()) {
      if (!n.district().equals(district)) {
        continue;
      }
      String key = n.caseKey() == null ? n.noticeKey() : n.caseKey();
      if (rules.bailiffNoticeLetter(n, period, today) == Assessment.PENDING) {
        keys.get(Standard.BAILIFF_NOTICE_LETTER.id()).add(key);
      }
      if (rules.evictionAttendance(n, period, now) == Assessment.PENDING) {
        keys.get(Standard.EVICTION_ATTENDANCE.id()).add(key);
      }
    }
    Map<String, List<String>> result = new LinkedHashMap<>();
    keys.forEach((id, list) -> result.put(id, List.copyOf(list)));
    return result;
  }

  private static Map<String, IndicatorValue> values(String district,
      Map<String, Map<Standard, Tally>> tallies, Map<String, AccessStandards> selfReports,
      Map<String, StaffSurvey> surveys, Targets targets) {
    Map<Standard, Tally> counts = tallies.getOrDefault(district, Map.of());
    Map<String, IndicatorValue> values = new LinkedHashMap<>();
    for (Standard standard : CASE_STANDARDS) {
      values.put(standard.id(), IndicatorValue.ofTally(targets.corridor(standard),
          counts.getOrDefault(standard, Tally.EMPTY)));
    }
    values.put(Standard.UNIFORM_ACCESS.id(),
        uniformAccess(selfReports.get(district), targets.corridor(Standard.UNIFORM_ACCESS)));
    values.put(Standard.STAFF_SATISFACTION.id(), staffSatisfaction(surveys.get(district),
        targets.corridor(Standard.STAFF_SATISFACTION)));
    return values;
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

  private static IndicatorValue uniformAccess(AccessStandards report, Corridor corridor) {
    if (report == null) {
      return IndicatorValue.ofTally(corridor, Tally.EMPTY);
    }
    int met = report.standardsMet();
    return IndicatorValue.ofTally(corridor, new Tally(met, AccessStandards.STANDARDS - met, 0));
  }

  private static IndicatorValue staffSatisfaction(StaffSurvey survey, Corridor corridor) {
    if (survey == null) {
      return IndicatorValue.ofPercent(corridor, null, null, null);
    }
    return IndicatorValue.ofPercent(corridor, survey.satisfaction(), null, survey.satisfaction());
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
}
