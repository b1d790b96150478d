package de.berlin.sozwohn.wohnraumerhalt.support;

import java.time.LocalDate;
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

  private TestNotices() {}
}
