package de.berlin.sozwohn.wohnraumerhalt.support;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine's clock in tests, set in Berlin local time ({@code "2026-03-02T09:00"}). */
public final class TestClock {

  public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Sets the engine's clock to this Berlin local time; it stands still there. */
  public static void at(String localDateTime) {
    ClockUtil.setCurrentTime(date(localDateTime));
  }

  /** Noon of that day, unless the clock is already later (so that acts of a day keep their order). */
  public static void onDay(String isoDate) {
    Date noon = date(isoDate + "T12:00");
    if (noon.after(ClockUtil.getCurrentTime())) {
      ClockUtil.setCurrentTime(noon);
    }
  }

  /** The instant of a Berlin local time. */
  public static Date date(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant());
  }

  /** Back to the real time. */
  public static void reset() {
    ClockUtil.reset();
  }

  private TestClock() {}
}
