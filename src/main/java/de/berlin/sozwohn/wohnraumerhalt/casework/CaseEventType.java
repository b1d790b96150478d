package de.berlin.sozwohn.wohnraumerhalt.casework;

import java.util.Arrays;
import java.util.Optional;

/**
 * What happens to a case outside its tasks (SPEC §3 step 8), with the code of the external contract
 * ({@code type} of {@code POST /api/cases/{caseId}/events}) and the German label of the form.
 */
public enum CaseEventType {
  LAWSUIT_WITHDRAWN("lawsuit-withdrawn", "Klage zurückgenommen", "housing-retained"),
  ARREARS_SETTLED("arrears-settled", "Mietrückstand ausgeglichen", "housing-retained"),
  HOUSEHOLD_MOVED("household-moved", "Haushalt ausgezogen", "moved-out"),
  TRANSFERRED("transferred", "an anderen Bezirk abgegeben", "transferred"),
  EVICTION_CALLED_OFF("eviction-called-off", "Räumung abgesagt", null),
  EVICTION_POSTPONED("eviction-postponed", "Räumung verschoben", null),
  ENTERED_IN_ERROR("entered-in-error", "irrtümlich erfasst", null);

  private final String code;
  private final String label;
  private final String suggestedOutcome;

  CaseEventType(String code, String label, String suggestedOutcome) {
    this.code = code;
    this.label = label;
    this.suggestedOutcome = suggestedOutcome;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** The outcome "Fall abschließen" proposes after the event ({@code outcome}); null: none. */
  public String suggestedOutcome() {
    return suggestedOutcome;
  }

  /**
   * The lawsuit's procedure is over for the Fachstelle's outreach: letter, waiting and visits end
   * (lawsuit withdrawn, arrears settled, household moved).
   */
  public boolean settlesCase() {
    return this == LAWSUIT_WITHDRAWN || this == ARREARS_SETTLED || this == HOUSEHOLD_MOVED;
  }

  /** The event concerns one bailiff notice, named by {@code bailiffReference}. */
  public boolean concernsEviction() {
    return this == EVICTION_CALLED_OFF || this == EVICTION_POSTPONED;
  }

  public static Optional<CaseEventType> ofCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }
}
