package de.berlin.sozwohn.wohnraumerhalt.indicators;

/** A self-report for this district and year already waits for the team lead (409). */
public class SelfReportAlreadyRunningException extends RuntimeException {

  private final String district;
  private final int year;
  private final String processInstanceId;

  public SelfReportAlreadyRunningException(String district, int year, String processInstanceId) {
    super("self-report " + year + " " + district + " running: " + processInstanceId);
    this.district = district;
    this.year = year;
    this.processInstanceId = processInstanceId;
  }

  public String district() {
    return district;
  }

  public int year() {
    return year;
  }

  public String processInstanceId() {
    return processInstanceId;
  }
}
