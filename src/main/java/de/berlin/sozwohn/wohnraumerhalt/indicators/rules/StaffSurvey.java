package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The result of the staff survey (every two years, Amt für Statistik) for one district: the mean
 * overall satisfaction on a scale of 0 to 100 (standard 2 of the Zielvereinbarung).
 */
public record StaffSurvey(String district, int year, BigDecimal satisfaction) {

  public static final BigDecimal MIN = BigDecimal.ZERO;
  public static final BigDecimal MAX = BigDecimal.valueOf(100);

  public StaffSurvey {
    Objects.requireNonNull(district, "district");
    Objects.requireNonNull(satisfaction, "satisfaction");
    if (satisfaction.compareTo(MIN) < 0 || satisfaction.compareTo(MAX) > 0) {
      throw new IllegalArgumentException("satisfaction must be 0…100, was " + satisfaction);
    }
  }
}
