package de.berlin.sozwohn.wohnraumerhalt.ppbe;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * The divisor of the PPBE formula: net annual working minutes of one full-time post and the
 * distribution-time surcharge (Verteilzeit) on the processing times — configurable so that a
 * surcharge already deducted in the annual minutes is never counted twice.
 */
public record StaffingBasis(double netAnnualMinutes, double distributionTimeSurchargePercent) {

  public StaffingBasis {
    if (!(netAnnualMinutes > 0)) {
      throw new IllegalArgumentException(
          "wohnraumerhalt.ppbe.net-annual-minutes muss größer als 0 sein: " + netAnnualMinutes);
    }
    if (!(distributionTimeSurchargePercent >= 0)) {
      throw new IllegalArgumentException("wohnraumerhalt.ppbe.distribution-time-surcharge-percent "
          + "darf nicht negativ sein: " + distributionTimeSurchargePercent);
    }
  }

  /** VZÄ = minutes × (1 + surcharge) ÷ (net annual minutes × share of the year). */
  public double fte(double minutes, double shareOfYear) {
    if (shareOfYear <= 0) {
      return 0;
    }
    return minutes * (1 + distributionTimeSurchargePercent / 100) / (netAnnualMinutes * shareOfYear);
  }

  /** Which basis applied, in German, for the report. */
  public String note() {
    NumberFormat number = NumberFormat.getNumberInstance(Locale.GERMANY);
    String minutes = number.format(netAnnualMinutes);
    if (distributionTimeSurchargePercent == 0) {
      return "VZÄ = Bearbeitungsminuten ÷ " + minutes + " Netto-Jahresarbeitsminuten je Vollzeitstelle "
          + "(anteilig für den Zeitraum). Kein Verteilzeitzuschlag (0 %): die Jahresarbeitsminuten "
          + "enthalten die Verteilzeit bereits.";
    }
    return "VZÄ = Bearbeitungsminuten × (1 + " + number.format(distributionTimeSurchargePercent)
        + " % Verteilzeitzuschlag) ÷ " + minutes + " Netto-Jahresarbeitsminuten je Vollzeitstelle "
        + "(anteilig für den Zeitraum). Die Jahresarbeitsminuten dürfen die Verteilzeit daher nicht "
        + "schon enthalten.";
  }
}
