package de.berlin.sozwohn.wohnraumerhalt.support;

import de.berlin.sozwohn.wohnraumerhalt.intake.BailiffNotice;
import de.berlin.sozwohn.wohnraumerhalt.intake.CourtNotice;
import de.berlin.sozwohn.wohnraumerhalt.intake.HouseholdData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** Bodies of {@code POST /api/notices/court} in the shape of SPEC §7, for tests that need cases. */
public final class TestNotices {

  /**
   * A court notice for a household in Berlin (postal code 10115) with a landlord and arrears.
   *
   * @param name the household's name
   * @param street street and house number – with a run's suffix, a household of its own
   */
  public static Map<String, Object> courtNotice(String district, String courtFileNumber,
      LocalDate receivedOn, String name, String street) {
    Map<String, Object> household = new LinkedHashMap<>();
    household.put("name", name);
    household.put("street", street);
    household.put("postalCode", "10115");
    household.put("city", "Berlin");
    Map<String, Object> notice = new LinkedHashMap<>();
    notice.put("district", district);
    notice.put("court", "Amtsgericht Mitte");
    notice.put("courtFileNumber", courtFileNumber);
    notice.put("receivedOn", receivedOn.toString());
    notice.put("household", household);
    notice.put("landlord", "Wohnbau GmbH");
    notice.put("arrears", 1500.00);
    return notice;
  }

  /**
   * The same court notice as the intake reads it ({@code NoticeValidator.parse}), for tests that
   * start cases with {@code CaseStartVariables}.
   */
  public static CourtNotice readCourtNotice(String district, String courtFileNumber,
      LocalDate receivedOn, String name, String street) {
    return new CourtNotice(district, "Amtsgericht Mitte", courtFileNumber, receivedOn,
        household(name, street), "Wohnbau GmbH", new BigDecimal("1500.00"), null);
  }

  /** A bailiff notice as the intake reads it, for the same household. */
  public static BailiffNotice readBailiffNotice(String district, String reference,
      LocalDate receivedOn, String evictionAt, String name, String street) {
    return new BailiffNotice(district, reference, receivedOn, LocalDateTime.parse(evictionAt),
        household(name, street), "Amtsgericht Mitte", null);
  }

  private static HouseholdData household(String name, String street) {
    return new HouseholdData(name, street, "10115", "Berlin", null, null);
  }

  private TestNotices() {}
}
