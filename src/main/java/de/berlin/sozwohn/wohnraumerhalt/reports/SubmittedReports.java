package de.berlin.sozwohn.wohnraumerhalt.reports;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiScope;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiService;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.BerlinAggregate;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.IndicatorValue;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.KpiReport;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Standard;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Targets;
import de.berlin.sozwohn.wohnraumerhalt.process.CalendarProperties;
import de.berlin.sozwohn.wohnraumerhalt.security.Roles;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The half-year and annual reports as Berlin receives them, for reading: per district whether it
 * was asked and has submitted, the values it submitted (frozen on approval, {@link ReportStore}),
 * beside them today's live values of the same period and the difference; for Berlin the figure
 * from the submitted values only ({@link BerlinAggregate} over the districts that submitted) and
 * today's over all twelve districts.
 *
 * <p>Aggregated numbers only. The one thing that identifies cases, the case numbers of a
 * district's pending cases, is looked up live (never frozen) and only for the district's own staff
 * and administrators ({@link #maySeePendingCases}); no Berlin-wide output and no CSV carries it.
 */
@Service
public class SubmittedReports {

  /** Where a district's report stands. */
  public enum Submission {
    NOT_REQUESTED("not-requested", "nicht angefordert"),
    REQUESTED("requested", "angefordert"),
    /** asked, not submitted, and the team lead has had the reminder */
    REMINDED("reminded", "erinnert"),
    SUBMITTED("submitted", "abgegeben");

    private final String code;
    private final String german;

    Submission(String code, String german) {
      this.code = code;
      this.german = german;
    }

    /** As in the JSON ({@code submission}). */
    public String code() {
      return code;
    }

    /** As in the CSV ({@code Abgabe}). */
    public String german() {
      return german;
    }
  }

  /**
   * A report of a period as one reader may see it.
   *
   * @param period the period's code ({@code 2026-H1}, {@code 2026})
   * @param label „1. Halbjahr 2026“, „Jahr 2026“
   * @param agreement the agreement the targets come from
   * @param asOf when the live values were computed (engine clock, Berlin time)
   * @param districts the districts the reader may see, in the order of {@link Districts#IDS}
   */
  public record Report(String period, String label, LocalDate from, LocalDate to,
      String agreement, LocalDateTime asOf, List<DistrictReport> districts, BerlinReport berlin) {

    /** Districts of Berlin that have submitted (all twelve, not only the visible ones). */
    public int submittedCount() {
      return berlin.fromDistricts().size();
    }

    public int districtCount() {
      return Districts.IDS.size();
    }
  }

  /**
   * One district's report.
   *
   * @param remindedOn the day the reminder went out; null without one
   * @param submittedOn the day the team lead approved it; null before
   * @param indicators by standard id, {@code "1.1"} … {@code "2"}
   * @param pendingCases case numbers of the pending cases by standard id – null unless asked for
   *     and the reader is the district's own staff or an administrator
   */
  public record DistrictReport(String district, String name, Submission submission,
      LocalDate requestedOn, LocalDate dueOn, LocalDate remindedOn, LocalDate submittedOn,
      Map<String, Row> indicators, Map<String, List<String>> pendingCases) {}

  /**
   * Berlin.
   *
   * @param fromDistricts the districts whose submitted values make up {@code submitted}
   */
  public record BerlinReport(List<String> fromDistricts, Map<String, Row> indicators) {}

  /**
   * One indicator: submitted (null before submission), live, the team lead's comment.
   */
  public record Row(IndicatorValue submitted, IndicatorValue live, String comment) {

    /** Today minus submitted; null before submission. */
    public Difference difference() {
      return Difference.between(submitted, live);
    }
  }

  /**
   * How much today's value differs from the submitted one (today minus submitted): a late act or
   * a correction for the period lands after the approval.
   *
   * @param numerator null when one side has none
   * @param denominator null when one side has none (standard 2)
   * @param percent in percentage points, one decimal; null when one side has no percent
   */
  public record Difference(Number numerator, Integer denominator, BigDecimal percent,
      int pending) {

    /** Null when nothing was submitted. */
    public static Difference between(IndicatorValue submitted, IndicatorValue live) {
      if (submitted == null || live == null) {
        return null;
      }
      return new Difference(minus(live.numerator(), submitted.numerator()),
          live.denominator() == null || submitted.denominator() == null ? null
              : live.denominator() - submitted.denominator(),
          live.percent() == null || submitted.percent() == null ? null
              : live.percent().subtract(submitted.percent()).setScale(1, RoundingMode.HALF_UP),
          live.pending() - submitted.pending());
    }

    private static Number minus(Number live, Number submitted) {
      if (live == null || submitted == null) {
        return null;
      }
      BigDecimal difference = decimal(live).subtract(decimal(submitted));
      if (isWhole(live) && isWhole(submitted)) {
        return difference.intValueExact();
      }
      return difference.setScale(1, RoundingMode.HALF_UP);
    }
  }

  private final ReportStore store;
  private final KpiService kpi;
  private final ZoneId zone;

  public SubmittedReports(ReportStore store, KpiService kpi, CalendarProperties calendar) {
    this.store = store;
    this.kpi = kpi;
    this.zone = calendar.zone();
  }

  /**
   * May a reader with these groups see the case numbers of the district's pending cases? Its
   * caseworkers and team lead, and administrators; never the Monitoringstelle or the process
   * owners.
   */
  public static boolean maySeePendingCases(Collection<String> groups, String district) {
    return groups.contains(Roles.ADMIN) || groups.contains(Districts.caseworkerGroup(district))
        || groups.contains(Districts.teamLeadGroup(district));
  }

  /**
   * The report of the period for the districts of the scope, Berlin always beside them.
   *
   * @param pendingCasesOf the district whose pending case numbers to add (the reader has been
   *     checked with {@link #maySeePendingCases}); null for none
   */
  @Transactional(readOnly = true)
  public Report report(ReportPeriod period, KpiScope scope, String pendingCasesOf) {
    LocalDateTime asOf = kpi.now().truncatedTo(ChronoUnit.SECONDS);
    KpiReport live = kpi.report(period.period(), new KpiScope(scope.districts(), true));
    Targets targets = live.targets();
    Map<String, ReportStore.Submission> submissions = store.submissions(period.code()).stream()
        .collect(Collectors.toMap(ReportStore.Submission::district, Function.identity()));
    Map<String, Map<String, ReportStore.Frozen>> frozen = store.frozen(period.code());

    List<DistrictReport> districts = new ArrayList<>();
    for (KpiReport.DistrictIndicators district : live.districts()) {
      String id = district.district();
      ReportStore.Submission submission = submissions.get(id);
      Map<String, ReportStore.Frozen> values = submitted(submission) ? frozen.get(id) : null;
      Map<String, Row> rows = new LinkedHashMap<>();
      district.indicators().forEach((standardId, value) -> {
        ReportStore.Frozen kept = values == null ? null : values.get(standardId);
        rows.put(standardId, new Row(kept == null ? null : kept.value(),
            value, kept == null ? null : kept.comment()));
      });
      districts.add(new DistrictReport(id, Districts.displayName(id).orElse(id),
          state(submission), submission == null ? null : submission.requestedOn(),
          submission == null ? null : submission.dueOn(),
          submission == null ? null : day(submission.remindedAt()),
          submitted(submission) ? day(submission.submittedAt()) : null, rows,
          id.equals(pendingCasesOf) ? pendingCases(period, id) : null));
    }

    // Berlin "submitted": the frozen values of every district that submitted, none else
    List<String> fromDistricts = Districts.IDS.stream()
        .filter(d -> submitted(submissions.get(d)) && frozen.containsKey(d)).toList();
    Map<String, IndicatorValue> berlinSubmitted = fromDistricts.isEmpty() ? Map.of()
        : BerlinAggregate.of(fromDistricts.stream().map(d -> values(frozen.get(d))).toList(),
            targets);
    Map<String, Row> berlin = new LinkedHashMap<>();
    live.berlin().forEach((standardId, value) ->
        berlin.put(standardId, new Row(berlinSubmitted.get(standardId), value, null)));

    return new Report(period.code(), period.label(), period.from(), period.to(),
        targets.agreement(), asOf, districts, new BerlinReport(fromDistricts, berlin));
  }

  /**
   * The case numbers of the district's pending cases now, by standard id, sorted: one entry per
   * pending act, as many as the live value's {@code pending} (a case with two bailiff notices
   * pending is listed twice). A case the registry does not know (started without the intake) is
   * listed by its process instance id.
   */
  private Map<String, List<String>> pendingCases(ReportPeriod period, String district) {
    Map<String, List<String>> keys = kpi.pendingCaseKeys(period.period(), district);
    Map<String, String> caseIds = store.caseIdsOf(keys.values().stream()
        .flatMap(List::stream).distinct().toList());
    Map<String, List<String>> result = new LinkedHashMap<>();
    for (Standard standard : Standard.values()) {
      result.put(standard.id(), keys.getOrDefault(standard.id(), List.of()).stream()
          .map(key -> caseIds.getOrDefault(key, key)).sorted().toList());
    }
    return result;
  }

  private static boolean submitted(ReportStore.Submission submission) {
    return submission != null && submission.isSubmitted();
  }

  private static Map<String, IndicatorValue> values(Map<String, ReportStore.Frozen> frozen) {
    Map<String, IndicatorValue> values = new LinkedHashMap<>();
    frozen.forEach((id, kept) -> values.put(id, kept.value()));
    return values;
  }

  private static Submission state(ReportStore.Submission submission) {
    if (submission == null) {
      return Submission.NOT_REQUESTED;
    }
    if (submitted(submission)) {
      return Submission.SUBMITTED;
    }
    return submission.remindedAt() == null ? Submission.REQUESTED : Submission.REMINDED;
  }

  private LocalDate day(Instant instant) {
    return instant == null ? null : LocalDate.ofInstant(instant, zone);
  }

  private static BigDecimal decimal(Number number) {
    return number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
  }

  /** A count (1.1–1.5), not a result on the percent scale (2, a decimal). */
  private static boolean isWhole(Number number) {
    return number instanceof Integer || number instanceof Long || number instanceof Short;
  }
}
