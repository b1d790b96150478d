package de.berlin.sozwohn.wohnraumerhalt.impact;

import de.berlin.sozwohn.wohnraumerhalt.impact.ImpactReport.Averted;
import de.berlin.sozwohn.wohnraumerhalt.impact.ImpactReport.AvoidedCost;
import de.berlin.sozwohn.wohnraumerhalt.impact.ImpactReport.FollowUp;
import de.berlin.sozwohn.wohnraumerhalt.impact.ImpactReport.PreventionCost;
import de.berlin.sozwohn.wohnraumerhalt.impact.ImpactReport.RentDebt;
import de.berlin.sozwohn.wohnraumerhalt.impact.ImpactReport.Unit;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The arithmetic of "Wirkung und Kosten" (issue 17): plain Java, tested alone with dated cases.
 * How it reads the follow-on agreement's "abgewendete Räumungsklagen" and "Nachweis der
 * Kostenersparnis":
 *
 * <ul>
 *   <li><b>Cases by origin</b>: cases opened in the period (court cases by the receipt of the
 *       court notice, the others by the day they were opened); <b>by outcome</b>: cases closed in
 *       the period.</li>
 *   <li><b>Averted evictions</b> are counted per case, once, in the period of the first day the
 *       eviction was averted, by the event of that day: lawsuit withdrawn, arrears settled (case
 *       events), an eviction called off (case event, or {@code AttendEviction} recorded it as not
 *       carried out: on the eviction day), housing retained (the closure's outcome, on the closing
 *       day). On the same day the first of these in that order names the reason. A case never
 *       counts when the household lost the home after all: an eviction of the case carried out,
 *       closed as {@code eviction-carried-out} or {@code moved-out}, or ended by the event
 *       "household moved" (its call-offs follow from the move). Such a later loss takes the case
 *       out of earlier periods too: the report is recomputed from the facts.</li>
 *   <li><b>Evictions carried out</b>: bailiff notices recorded as carried out whose eviction day
 *       lies in the period.</li>
 *   <li><b>Follow-up</b>: the 12-month follow-ups made in the period; still housed as a share of
 *       the answered ones.</li>
 *   <li><b>Rent debt taken over</b>: amounts above 0 recorded with a counselling in the
 *       period.</li>
 *   <li><b>Prevention cost</b> = staff minutes × cost per minute + rent debt taken over. The
 *       staff minutes come from the PPBE: tasks completed in the period × their standard minutes
 *       ({@code ppbe:minutes} of the model), without distribution-time surcharge.</li>
 *   <li><b>Avoided cost</b> = averted evictions × cost per day of an ASOG placement × average
 *       days – the placement that an eviction into homelessness would have cost.</li>
 *   <li><b>Prevention factor</b> = avoided cost ÷ prevention cost, written {@code 1 : 2,8} as the
 *       municipal examples report it (every euro of prevention avoids 2,80 euros); none without
 *       prevention cost.</li>
 * </ul>
 * Money is rounded to cents (half up) per unit, the factor to two decimals (text: one). Berlin
 * pools every district's cases and minutes.
 */
public final class ImpactCalculator {

  public static final String LAWSUIT_WITHDRAWN = "lawsuit-withdrawn";
  public static final String ARREARS_SETTLED = "arrears-settled";
  public static final String EVICTION_CALLED_OFF = "eviction-called-off";
  public static final String HOUSING_RETAINED = "housing-retained";
  static final String HOUSEHOLD_MOVED = "household-moved";
  static final String EVICTION_CARRIED_OUT = "eviction-carried-out";
  static final String MOVED_OUT = "moved-out";
  public static final String TOTAL = "total";

  /** The reasons of an averted eviction, in the order that names a reason on a shared day. */
  public static final Map<String, String> AVERTED_BY = ordered(
      LAWSUIT_WITHDRAWN, "Klage zurückgenommen",
      ARREARS_SETTLED, "Mietrückstand ausgeglichen",
      EVICTION_CALLED_OFF, "Räumung abgesagt",
      HOUSING_RETAINED, "Wohnung erhalten (Abschluss)");

  public static final Map<String, String> ORIGINS = ordered(
      "court", "Mitteilung über Räumungsklage",
      "bailiff", "Mitteilung über Zwangsräumung",
      "transfer", "Übernahme aus anderem Bezirk");

  /** Not an outcome code: closed without an outcome. */
  public static final String NO_OUTCOME = "none";

  private ImpactCalculator() {}

  /**
   * @param cases the cases of every district in {@code districts} – all districts when {@code
   *     withBerlin}; cases of other districts only count for Berlin
   * @param staffMinutes staff minutes of the period per district (PPBE history); missing: 0
   * @param outcomes the outcome codes with their German labels, in report order
   * @param names district id → German name
   */
  public static ImpactReport report(Period period, List<ImpactCase> cases,
      Map<String, ? extends Number> staffMinutes, List<String> districts, boolean withBerlin,
      ImpactRates rates, Map<String, String> outcomes, Function<String, String> names) {
    List<Unit> units = new ArrayList<>();
    for (String district : districts) {
      List<ImpactCase> own = cases.stream().filter(c -> district.equals(c.district())).toList();
      units.add(unit(district, names.apply(district), period, own,
          minutes(staffMinutes.get(district)), rates, outcomes));
    }
    Unit berlin = null;
    if (withBerlin) {
      long minutes = staffMinutes.values().stream().mapToLong(ImpactCalculator::minutes).sum();
      berlin = unit(ImpactReport.BERLIN, "Berlin", period, cases, minutes, rates, outcomes);
    }
    return new ImpactReport(period.from(), period.to(), true, NOTE, rates.all(),
        new ImpactReport.Labels(ORIGINS, outcomesWithNone(outcomes), AVERTED_BY), units, berlin);
  }

  /** What the report says of itself, printed with every report. */
  public static final String NOTE = "Schätzung: Präventionskosten = Personalminuten (Standardzeiten "
      + "der PPBE × im Zeitraum erledigte Aufgaben) × Kostensatz je Minute + übernommene "
      + "Mietschulden; vermiedene Kosten = abgewendete Räumungen × Tagessatz einer Unterbringung "
      + "nach ASOG × durchschnittliche Unterbringungsdauer. Die Kostensätze sind Annahmen mit "
      + "Quellenangabe und ersetzen keine Kosten- und Leistungsrechnung; eine abgewendete Räumung "
      + "beweist nicht, dass ohne die Fachstelle eine Unterbringung gefolgt wäre.";

  static Unit unit(String id, String name, Period period, List<ImpactCase> cases,
      long staffMinutes, ImpactRates rates, Map<String, String> outcomes) {
    Map<String, Integer> byOrigin = zeros(ORIGINS.keySet());
    Map<String, Integer> byOutcome = zeros(outcomes.keySet());
    Map<String, Integer> averted = zeros(AVERTED_BY.keySet());
    int carriedOut = 0;
    int followedUp = 0;
    int stillHoused = 0;
    int notHoused = 0;
    int rentDebtCount = 0;
    BigDecimal rentDebtSum = BigDecimal.ZERO;
    for (ImpactCase c : cases) {
      if (period.contains(c.openedOn())) {
        byOrigin.merge(c.origin(), 1, Integer::sum);
      }
      if (period.contains(c.closedOn())) {
        byOutcome.merge(c.outcome() == null ? NO_OUTCOME : c.outcome(), 1, Integer::sum);
      }
      Optional<Averting> averting = averting(c);
      if (averting.isPresent() && period.contains(averting.get().on())) {
        averted.merge(averting.get().reason(), 1, Integer::sum);
      }
      for (ImpactCase.Notice notice : c.notices()) {
        if (Boolean.TRUE.equals(notice.carriedOut()) && period.contains(notice.evictionOn())) {
          carriedOut++;
        }
      }
      if (period.contains(c.followUpOn())) {
        followedUp++;
        if (Boolean.TRUE.equals(c.stillHoused())) {
          stillHoused++;
        } else if (Boolean.FALSE.equals(c.stillHoused())) {
          notHoused++;
        }
      }
      if (c.rentDebtTakenOver() != null && c.rentDebtTakenOver().signum() > 0
          && period.contains(c.rentDebtTakenOverOn())) {
        rentDebtCount++;
        rentDebtSum = rentDebtSum.add(c.rentDebtTakenOver());
      }
    }
    byOrigin.put(TOTAL, byOrigin.values().stream().mapToInt(Integer::intValue).sum());
    byOutcome.put(TOTAL, byOutcome.values().stream().mapToInt(Integer::intValue).sum());
    int avertedTotal = averted.values().stream().mapToInt(Integer::intValue).sum();

    BigDecimal staffCost = cents(rates.staffCostPerMinute().value()
        .multiply(BigDecimal.valueOf(staffMinutes)));
    BigDecimal rentDebt = cents(rentDebtSum);
    BigDecimal preventionTotal = staffCost.add(rentDebt);
    BigDecimal perEviction = cents(rates.placementCost());
    BigDecimal avoidedTotal = cents(rates.placementCost()
        .multiply(BigDecimal.valueOf(avertedTotal)));
    // the text from the exact ratio: 4.345 is "1 : 4,3", not the rounded factor 4.35's "4,4"
    BigDecimal ratio = preventionTotal.signum() == 0 ? null
        : avoidedTotal.divide(preventionTotal, 10, RoundingMode.HALF_UP);
    BigDecimal factor = ratio == null ? null : ratio.setScale(2, RoundingMode.HALF_UP);
    BigDecimal percent = stillHoused + notHoused == 0 ? null
        : BigDecimal.valueOf(stillHoused * 100L)
            .divide(BigDecimal.valueOf(stillHoused + notHoused), 1, RoundingMode.HALF_UP);
    return new Unit(id, name, byOrigin, byOutcome, new Averted(avertedTotal, averted), carriedOut,
        new FollowUp(followedUp, stillHoused, notHoused, percent),
        new RentDebt(rentDebtCount, rentDebt),
        new PreventionCost(staffMinutes, staffCost, rentDebt, preventionTotal),
        new AvoidedCost(avertedTotal, perEviction, avoidedTotal), factor, factorText(ratio));
  }

  /** The day and reason a case's eviction was first averted; empty if never (or lost after). */
  record Averting(LocalDate on, String reason) {}

  static Optional<Averting> averting(ImpactCase c) {
    boolean lost = EVICTION_CARRIED_OUT.equals(c.outcome()) || MOVED_OUT.equals(c.outcome())
        || HOUSEHOLD_MOVED.equals(c.outreachEndedBy())
        || c.notices().stream().anyMatch(n -> Boolean.TRUE.equals(n.carriedOut()));
    if (lost) {
      return Optional.empty();
    }
    List<Averting> candidates = new ArrayList<>();
    if (c.outreachEndedOn() != null && (LAWSUIT_WITHDRAWN.equals(c.outreachEndedBy())
        || ARREARS_SETTLED.equals(c.outreachEndedBy()))) {
      candidates.add(new Averting(c.outreachEndedOn(), c.outreachEndedBy()));
    }
    for (ImpactCase.Notice notice : c.notices()) {
      if (notice.calledOffOn() != null) {
        candidates.add(new Averting(notice.calledOffOn(), EVICTION_CALLED_OFF));
      } else if (Boolean.FALSE.equals(notice.carriedOut()) && notice.evictionOn() != null) {
        candidates.add(new Averting(notice.evictionOn(), EVICTION_CALLED_OFF));
      }
    }
    if (HOUSING_RETAINED.equals(c.outcome()) && c.closedOn() != null) {
      candidates.add(new Averting(c.closedOn(), HOUSING_RETAINED));
    }
    List<String> order = List.copyOf(AVERTED_BY.keySet());
    return candidates.stream().min((a, b) -> {
      int byDay = a.on().compareTo(b.on());
      return byDay != 0 ? byDay : Integer.compare(order.indexOf(a.reason()),
          order.indexOf(b.reason()));
    });
  }

  /** {@code 1 : 2,8} (one decimal, half up); {@code –} without a factor. */
  public static String factorText(BigDecimal factor) {
    if (factor == null) {
      return "–";
    }
    DecimalFormat format = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.GERMANY));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return "1 : " + format.format(factor);
  }

  private static BigDecimal cents(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  private static long minutes(Number value) {
    return value == null ? 0 : Math.round(value.doubleValue());
  }

  private static Map<String, Integer> zeros(Iterable<String> keys) {
    Map<String, Integer> map = new LinkedHashMap<>();
    keys.forEach(k -> map.put(k, 0));
    return map;
  }

  private static Map<String, String> outcomesWithNone(Map<String, String> outcomes) {
    Map<String, String> labels = new LinkedHashMap<>(outcomes);
    labels.put(NO_OUTCOME, "ohne Ergebnis");
    return Collections.unmodifiableMap(labels);
  }

  private static Map<String, String> ordered(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }
}
