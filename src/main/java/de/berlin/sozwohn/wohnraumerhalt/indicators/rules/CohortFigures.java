package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Figures beside the standards for the court-notice cases received in a period (the period's
 * cohort): how many home visits were made in pairs, how the cases closed so far ended, and how many
 * 12-month follow-ups found the household still housed. Counts as of now; not a standard, no
 * target.
 *
 * @param cases court-notice cases received in the period
 * @param visits home visits made in these cases
 * @param visitsInPairs of them made by two staff members
 * @param pairsPercent visitsInPairs ÷ visits × 100 (one decimal), null without visits
 * @param closed cases already closed
 * @param outcomes closed cases by outcome code, in order of first appearance
 * @param followUps 12-month follow-ups recorded
 * @param stillHoused of them with the household still housed
 * @param stillHousedPercent stillHoused ÷ followUps × 100, null without follow-ups
 */
public record CohortFigures(int cases, int visits, int visitsInPairs, BigDecimal pairsPercent,
    int closed, Map<String, Integer> outcomes, int followUps, int stillHoused,
    BigDecimal stillHousedPercent) {

  /** The figures of the cases of one district (or of all given cases when district is null). */
  public static CohortFigures of(Period period, Collection<CaseFacts> facts, String district) {
    List<CaseFacts> cohort = facts.stream()
        .filter(c -> district == null || district.equals(c.district()))
        .filter(c -> period.contains(c.courtReceivedOn()))
        .toList();
    int visits = 0;
    int inPairs = 0;
    int closed = 0;
    int followUps = 0;
    int stillHoused = 0;
    Map<String, Integer> outcomes = new LinkedHashMap<>();
    for (CaseFacts c : cohort) {
      visits += c.visits().size();
      inPairs += (int) c.visits().stream().filter(HomeVisit::inPairs).count();
      if (c.closedOn() != null) {
        closed++;
        outcomes.merge(Objects.requireNonNullElse(c.outcome(), "other"), 1, Integer::sum);
      }
      if (c.followUpOn() != null && c.stillHoused() != null) {
        followUps++;
        if (c.stillHoused()) {
          stillHoused++;
        }
      }
    }
    return new CohortFigures(cohort.size(), visits, inPairs, percent(inPairs, visits), closed,
        outcomes, followUps, stillHoused, percent(stillHoused, followUps));
  }

  private static BigDecimal percent(int part, int whole) {
    return whole == 0 ? null : BigDecimal.valueOf(part * 100L)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
