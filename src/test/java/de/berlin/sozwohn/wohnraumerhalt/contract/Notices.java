package de.berlin.sozwohn.wohnraumerhalt.contract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Request bodies of {@code POST /api/notices/court} and {@code /bailiff}, and of a case's {@code
 * /events} and {@code /corrections}, as SPEC §7 shows them. Every household and court file is new (unique per run: the PostgreSQL suite keeps one schema for
 * all test classes and runs, and a notice for a known household or court file would join or
 * duplicate another test's case).
 */
final class Notices {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
  private static final AtomicInteger NUMBERS = new AtomicInteger();

  /** A household of its own: "Erika Mustermann, Musterstraße 17 a1b2c3, 10115 Berlin". */
  static Map<String, Object> household() {
    Map<String, Object> household = new LinkedHashMap<>();
    household.put("name", "Erika Mustermann");
    household.put("street", "Musterstraße " + NUMBERS.incrementAndGet() + " " + RUN);
    household.put("postalCode", "10115");
    household.put("city", "Berlin");
    household.put("phone", null);
    household.put("email", null);
    return household;
  }

  /** A court file number of its own, shaped like "12 C 345/26". */
  static String courtFileNumber() {
    return "12 C " + NUMBERS.incrementAndGet() + "-" + RUN + "/26";
  }

  /** The example of SPEC §7 for a new household and court file, received on {@code receivedOn}. */
  static Map<String, Object> courtNotice(String receivedOn) {
    Map<String, Object> notice = new LinkedHashMap<>();
    notice.put("district", "mitte");
    notice.put("court", "Amtsgericht Mitte");
    notice.put("courtFileNumber", courtFileNumber());
    notice.put("receivedOn", receivedOn);
    notice.put("household", household());
    notice.put("landlord", "Wohnbau GmbH");
    notice.put("arrears", 2450.00);
    notice.put("hearingOn", null);
    return notice;
  }

  /** A bailiff notice for the household and court file of a court notice. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> bailiffNoticeFor(Map<String, Object> courtNotice, String receivedOn,
      String evictionAt) {
    Map<String, Object> notice = bailiffNotice(receivedOn, evictionAt);
    notice.put("household", new LinkedHashMap<>((Map<String, Object>) courtNotice.get("household")));
    notice.put("court", courtNotice.get("court"));
    notice.put("courtFileNumber", courtNotice.get("courtFileNumber"));
    return notice;
  }

  /** A bailiff notice for a household without a case, court file unknown. */
  static Map<String, Object> bailiffNotice(String receivedOn, String evictionAt) {
    Map<String, Object> notice = new LinkedHashMap<>();
    notice.put("district", "mitte");
    notice.put("bailiffReference", "DR II " + NUMBERS.incrementAndGet() + "-" + RUN + "/26");
    notice.put("receivedOn", receivedOn);
    notice.put("evictionAt", evictionAt);
    notice.put("household", household());
    return notice;
  }

  /** A case event: {@code {"type": …, "on": …}} and the extra fields given as name, value pairs. */
  static Map<String, Object> caseEvent(String type, String on, String... fields) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("type", type);
    event.put("on", on);
    for (int i = 0; i < fields.length; i += 2) {
      event.put(fields[i], fields[i + 1]);
    }
    return event;
  }

  /** A correction: {@code {"field": …, "value": …, "reason": …}} and e.g. {@code visit}. */
  static Map<String, Object> correction(String field, String value, String reason,
      Object... more) {
    Map<String, Object> correction = new LinkedHashMap<>();
    correction.put("field", field);
    correction.put("value", value);
    correction.put("reason", reason);
    for (int i = 0; i < more.length; i += 2) {
      correction.put((String) more[i], more[i + 1]);
    }
    return correction;
  }

  private Notices() {}
}
