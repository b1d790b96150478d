package de.berlin.sozwohn.wohnraumerhalt.appointments;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.calendar.OfficeHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code wohnraumerhalt.appointments.*}: the district calendars the standard letter's appointment
 * comes from (issue 14). The keys at the top are every district's; a district under {@code
 * districts.<id>} overrides what it sets (its {@code office-hours} replace the whole week).
 *
 * <pre>
 * wohnraumerhalt:
 *   appointments:
 *     office-hours: {monday: "09:00-15:00", …, friday: "09:00-13:00"}
 *     slot-length: 30m
 *     seats: 2
 *     districts:
 *       neukoelln: {seats: 3, office-hours: {tuesday: "09:00-12:00, 13:00-18:00"}}
 * </pre>
 *
 * A bad entry stops the start with a message naming it.
 *
 * @param officeHours weekday → windows ({@code "09:00-15:00"}, {@code "09:00-12:00, 13:00-15:00"});
 *     unset: Monday to Thursday 9–15, Friday 9–13 (standard 1.5); a weekday not listed is closed
 * @param slotLength length of one appointment
 * @param seats households per slot: the caseworkers on duty
 * @param leadWorkingDays a proposal lies at least this many working days after today
 * @param listedSlots how many free slots the letter form lists
 * @param horizon how far after the earliest day the calendar looks for a free slot
 * @param districts per district: its own office hours, slot length or seats
 */
@ConfigurationProperties("wohnraumerhalt.appointments")
public record AppointmentProperties(
    Map<DayOfWeek, String> officeHours,
    @DefaultValue("30m") Duration slotLength,
    @DefaultValue("2") int seats,
    @DefaultValue("5") int leadWorkingDays,
    @DefaultValue("10") int listedSlots,
    @DefaultValue("P3M") Period horizon,
    Map<String, District> districts) {

  /** A district's own calendar settings; what it leaves unset is taken from the top. */
  public record District(Map<DayOfWeek, String> officeHours, Duration slotLength, Integer seats) {}

  public AppointmentProperties {
    officeHours = officeHours == null ? null : Map.copyOf(officeHours);
    districts = districts == null ? Map.of() : Map.copyOf(districts);
    List<String> problems = new ArrayList<>();
    if (leadWorkingDays < 0) {
      problems.add("wohnraumerhalt.appointments.lead-working-days: nicht negativ");
    }
    if (listedSlots < 1 || listedSlots > 100) {
      problems.add("wohnraumerhalt.appointments.listed-slots: 1 bis 100");
    }
    if (horizon == null || horizon.isNegative() || horizon.isZero()) {
      problems.add("wohnraumerhalt.appointments.horizon: ein Zeitraum wie P3M");
    }
    // fail at binding time, so that the start error names the key
    check("wohnraumerhalt.appointments", null, officeHours, slotLength, seats, problems);
    for (Map.Entry<String, District> entry : districts.entrySet()) {
      String prefix = "wohnraumerhalt.appointments.districts." + entry.getKey();
      if (!Districts.isKnown(entry.getKey())) {
        problems.add(prefix + ": unbekannter Bezirk");
        continue;
      }
      District d = entry.getValue();
      check(prefix, d, officeHours, slotLength, seats, problems);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Terminkalender der Fachstellen falsch eingestellt: "
          + String.join("; ", problems));
    }
  }

  private static void check(String prefix, District district, Map<DayOfWeek, String> officeHours,
      Duration slotLength, int seats, List<String> problems) {
    try {
      build(district, officeHours, slotLength, seats);
    } catch (IllegalArgumentException e) {
      problems.add(prefix + ": " + e.getMessage());
    }
  }

  private static OfficeHours build(District district, Map<DayOfWeek, String> officeHours,
      Duration slotLength, int seats) {
    Map<DayOfWeek, String> week = district != null && district.officeHours() != null
        ? district.officeHours() : officeHours;
    return new OfficeHours(
        week == null ? OfficeHours.standardWeek() : OfficeHours.parseWeek(week),
        district != null && district.slotLength() != null ? district.slotLength() : slotLength,
        district != null && district.seats() != null ? district.seats() : seats);
  }

  /** The calendar of a district (its own settings over the common ones). */
  public OfficeHours officeHoursOf(String district) {
    return build(district == null ? null : districts.get(district), officeHours, slotLength, seats);
  }
}
