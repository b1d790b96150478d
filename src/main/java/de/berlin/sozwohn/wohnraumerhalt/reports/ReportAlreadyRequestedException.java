package de.berlin.sozwohn.wohnraumerhalt.reports;

/**
 * The district's report for the period was already requested – it waits for the team lead or has
 * been submitted (409 {@code bericht-bereits-angefordert}). A submitted report is never requested
 * again: a correction after submission is not supported (ADR 0017).
 */
public class ReportAlreadyRequestedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String periodCode;
  private final String district;
  private final boolean submitted;
  private final String processInstanceId;

  /**
   * @param submitted whether it has been submitted (otherwise it is waiting)
   * @param processInstanceId the district's instance, may be null
   */
  public ReportAlreadyRequestedException(String periodCode, String district, boolean submitted,
      String processInstanceId) {
    super("half-year report " + periodCode + " " + district + " already "
        + (submitted ? "submitted" : "requested") + ": " + processInstanceId);
    this.periodCode = periodCode;
    this.district = district;
    this.submitted = submitted;
    this.processInstanceId = processInstanceId;
  }

  public String periodCode() {
    return periodCode;
  }

  public String district() {
    return district;
  }

  public boolean submitted() {
    return submitted;
  }

  /** May be null (the row was being written at the same moment). */
  public String processInstanceId() {
    return processInstanceId;
  }
}
