package de.berlin.sozwohn.wohnraumerhalt.impact;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code wohnraumerhalt.impact.*}: the rates of the cost estimate of "Wirkung und Kosten" and the
 * source of each value, printed with every report. The defaults are documented assumptions, to be
 * replaced by the district's figures of the cost and activity accounting (KLR):
 *
 * @param staffCostPerMinute euros per staff minute, default 0.63: 60,000 euros personnel cost of
 *     a social worker's post per year (the FES guide "Wirkungsorientierte Steuerung": two social
 *     workers 120,000 euros a year) ÷ 95,400 net annual working minutes (KGSt, as {@code
 *     wohnraumerhalt.ppbe.net-annual-minutes}); without material and overhead costs
 * @param placementCostPerDay euros per day of one household's ASOG placement, default 35: an
 *     assumption in the range of Berlin's hostel day rates (25 to 45 euros per person, 2015)
 * @param placementDays average days of such a placement, default 365 (one year; Berlin's
 *     placements often last longer)
 */
@ConfigurationProperties("wohnraumerhalt.impact")
public record ImpactProperties(
    @DefaultValue("0.63") BigDecimal staffCostPerMinute,
    @DefaultValue(STAFF_SOURCE) String staffCostPerMinuteSource,
    @DefaultValue("35") BigDecimal placementCostPerDay,
    @DefaultValue(PLACEMENT_SOURCE) String placementCostPerDaySource,
    @DefaultValue("365") BigDecimal placementDays,
    @DefaultValue(DAYS_SOURCE) String placementDaysSource) {

  static final String STAFF_SOURCE = "Annahme: 60.000 € Personalkosten je Stelle Sozialarbeit und "
      + "Jahr (FES-Arbeitshilfe „Wirkungsorientierte Steuerung“: zwei Sozialarbeiter 120.000 € "
      + "p. a.) ÷ 95.400 Netto-Jahresarbeitsminuten (KGSt, wie wohnraumerhalt.ppbe); ohne Sach- "
      + "und Gemeinkosten – durch den Minutensatz der bezirklichen KLR ersetzen.";
  static final String PLACEMENT_SOURCE = "Annahme: Tagessatz je Haushalt in einer Unterbringung "
      + "nach ASOG, in der Größenordnung Berliner Tagessätze für Hostels und Pensionen (25 bis "
      + "45 € je Person, Berliner Morgenpost 2015) – durch den Wert des KLR-Produkts 80921 "
      + "„Unterbringung zur Beseitigung von Obdachlosigkeit“ ersetzen.";
  static final String DAYS_SOURCE = "Annahme: ein Jahr; Unterbringungen nach ASOG dauern in Berlin "
      + "oft länger – durch die mittlere Verweildauer der bezirklichen Unterbringungsstatistik "
      + "ersetzen.";

  /** The rates with German labels; fails at start on a negative rate or zero days. */
  public ImpactRates rates() {
    return new ImpactRates(
        new ImpactRates.Rate("staffCostPerMinute", "Personalkosten je Arbeitsminute",
            staffCostPerMinute, "€ je Minute", staffCostPerMinuteSource),
        new ImpactRates.Rate("placementCostPerDay",
            "Kosten einer Unterbringung nach ASOG je Tag und Haushalt", placementCostPerDay,
            "€ je Tag", placementCostPerDaySource),
        new ImpactRates.Rate("placementDays", "Durchschnittliche Dauer einer Unterbringung",
            placementDays, "Tage", placementDaysSource));
  }
}
