package de.berlin.sozwohn.wohnraumerhalt.impact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * "Wirkung und Kosten" of a period (both dates inclusive): one {@link Unit} per district of the
 * reader's scope and Berlin (all districts), the rates the estimate used, and German labels of the
 * codes. Serialised to JSON as it stands; {@link ImpactCsv} writes the same as CSV.
 *
 * @param estimate always true: the costs are estimates ("Schätzung"), see {@code note}
 */
public record ImpactReport(LocalDate from, LocalDate to, boolean estimate, String note,
    List<ImpactRates.Rate> rates, Labels labels, List<Unit> districts, Unit berlin) {

  public static final String BERLIN = "berlin";

  /** German labels of the codes used as keys in the units' maps. */
  public record Labels(Map<String, String> origins, Map<String, String> outcomes,
      Map<String, String> avertedBy) {}

  /**
   * The figures of one district or of Berlin.
   *
   * @param casesByOrigin cases opened in the period by origin (court, bailiff, transfer), and
   *     {@code total}
   * @param casesByOutcome cases closed in the period by outcome code, and {@code total}
   * @param evictionsCarriedOut evictions recorded as carried out with the eviction day in the
   *     period
   * @param factor avoided cost ÷ prevention cost, two decimals; null without prevention cost
   * @param factorText the factor as municipal reports write it, {@code 1 : 2,8} (prevention
   *     cost : avoided cost); {@code –} without prevention cost
   */
  public record Unit(String district, String name, Map<String, Integer> casesByOrigin,
      Map<String, Integer> casesByOutcome, Averted averted, int evictionsCarriedOut,
      FollowUp followUp, RentDebt rentDebtTakeovers, PreventionCost preventionCost,
      AvoidedCost avoidedCost, BigDecimal factor, String factorText) {}

  /** Evictions averted in the period: cases, by the event that first averted them. */
  public record Averted(int total, Map<String, Integer> byReason) {}

  /**
   * The 12-month follow-ups made in the period.
   *
   * @param percentStillHoused still housed among those answered, one decimal; null without any
   */
  public record FollowUp(int followedUp, int stillHoused, int notHoused,
      BigDecimal percentStillHoused) {}

  /** Rent debt taken over in the period (counselling day): cases with an amount above 0, sum. */
  public record RentDebt(int count, BigDecimal sum) {}

  /**
   * Staff minutes (PPBE standard times × tasks completed in the period) × cost per minute, plus
   * the rent debt taken over.
   */
  public record PreventionCost(long staffMinutes, BigDecimal staffCost, BigDecimal rentDebt,
      BigDecimal total) {}

  /** Averted evictions × cost per day of an ASOG placement × average days. */
  public record AvoidedCost(int avertedEvictions, BigDecimal costPerEviction, BigDecimal total) {}
}
