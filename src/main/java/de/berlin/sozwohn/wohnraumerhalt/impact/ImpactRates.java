package de.berlin.sozwohn.wohnraumerhalt.impact;

import java.math.BigDecimal;
import java.util.List;

/**
 * The three rates of the cost estimate, each with the source of its value – printed with every
 * report, because the factor is only as good as they are.
 *
 * @param staffCostPerMinute euros per minute of staff time (personnel cost of a caseworker's
 *     post ÷ net annual working minutes)
 * @param placementCostPerDay euros per day of one household's placement under the ASOG
 *     (Unterbringung nach ASOG)
 * @param placementDays average days such a placement lasts
 */
public record ImpactRates(Rate staffCostPerMinute, Rate placementCostPerDay, Rate placementDays) {

  /** One rate: key as in the JSON, German label, value, unit and source. */
  public record Rate(String key, String label, BigDecimal value, String unit, String source) {}

  public ImpactRates {
    positive(staffCostPerMinute, false);
    positive(placementCostPerDay, false);
    positive(placementDays, true);
  }

  /** The avoided cost of one averted eviction: cost per day × days. */
  public BigDecimal placementCost() {
    return placementCostPerDay.value().multiply(placementDays.value());
  }

  public List<Rate> all() {
    return List.of(staffCostPerMinute, placementCostPerDay, placementDays);
  }

  private static void positive(Rate rate, boolean strictly) {
    if (rate == null || rate.value() == null) {
      throw new IllegalArgumentException("Kostensatz fehlt: " + rate);
    }
    int sign = rate.value().signum();
    if (sign < 0 || strictly && sign == 0) {
      throw new IllegalArgumentException("wohnraumerhalt.impact." + rate.key() + " muss "
          + (strictly ? "größer als 0" : "mindestens 0") + " sein: " + rate.value());
    }
  }
}
