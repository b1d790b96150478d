package de.berlin.sozwohn.wohnraumerhalt.process;

import de.berlin.sozwohn.wohnraumerhalt.calendar.ExtraClosingDays;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code wohnraumerhalt.calendar.*}: the working-day calendar and when deadlines end.
 *
 * @param extraClosingDays closing days on top of Berlin's public holidays: ISO dates
 *     ({@code 2026-12-24}) or days recurring every year ({@code --12-24}); a bad entry stops the
 *     start with a message naming it
 * @param deadlineTime time of day on the due day at which a deadline ends (task due date, timer)
 * @param zone the zone of all dates (Europe/Berlin)
 */
@ConfigurationProperties("wohnraumerhalt.calendar")
public record CalendarProperties(
    @DefaultValue List<String> extraClosingDays,
    @DefaultValue("23:59") LocalTime deadlineTime,
    @DefaultValue("Europe/Berlin") ZoneId zone) {

  public CalendarProperties {
    extraClosingDays = extraClosingDays == null ? List.of() : List.copyOf(extraClosingDays);
    // fail at binding time, so the start error names the property and the bad entry
    ExtraClosingDays.parse(extraClosingDays);
  }

  public ExtraClosingDays closingDays() {
    return ExtraClosingDays.parse(extraClosingDays);
  }
}
