package de.berlin.sozwohn.wohnraumerhalt.impact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the impact report knows of one case: its indicator facts ({@code kpi_case_fact}, never
 * personal data) and its bailiff notices. Cases entered in error are not among them.
 *
 * @param origin {@code court}, {@code bailiff} or {@code transfer}
 * @param openedOn the receipt of the court notice, or (bailiff notice, transfer) the day the case
 *     was opened
 * @param outcome the outcome code of the closure ({@code TaskInputRules.OUTCOMES}, {@code
 *     transferred}); null while open
 * @param outreachEndedBy the case event that ended the outreach ({@code lawsuit-withdrawn},
 *     {@code arrears-settled}, {@code household-moved}, {@code transferred}), with its day
 * @param stillHoused the answer of the 12-month follow-up, on {@code followUpOn}
 * @param rentDebtTakenOver the rent debt taken over, recorded with the counselling on {@code
 *     rentDebtTakenOverOn}; null when none was recorded
 */
public record ImpactCase(String caseKey, String district, String origin, LocalDate openedOn,
    LocalDate closedOn, String outcome, LocalDate outreachEndedOn, String outreachEndedBy,
    LocalDate followUpOn, Boolean stillHoused, BigDecimal rentDebtTakenOver,
    LocalDate rentDebtTakenOverOn, List<Notice> notices) {

  public ImpactCase {
    notices = notices == null ? List.of() : List.copyOf(notices);
  }

  /**
   * A bailiff notice of the case.
   *
   * @param evictionOn the day of the eviction (the last date known, after postponements)
   * @param calledOffOn the day the eviction was recorded as called off (case event); null if not
   * @param carriedOut what {@code AttendEviction} recorded: true carried out, false not carried
   *     out, null not recorded (yet)
   */
  public record Notice(LocalDate evictionOn, LocalDate calledOffOn, Boolean carriedOut) {}
}
