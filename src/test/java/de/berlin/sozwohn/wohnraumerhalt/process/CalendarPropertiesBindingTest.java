package de.berlin.sozwohn.wohnraumerhalt.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** Binding of the calendar keys with Spring Boot's binder, without starting the application. */
class CalendarPropertiesBindingTest {

  static Binder binder(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties));
  }

  @Test
  void applicationYamlBindsToTheDefaults() throws IOException {
    PropertySource<?> yaml =
        new YamlPropertySourceLoader()
            .load("application", new ClassPathResource("application.yaml"))
            .get(0);
    Binder binder = new Binder(ConfigurationPropertySources.from(yaml));
    CalendarProperties calendar =
        binder.bind("wohnraumerhalt.calendar", CalendarProperties.class).get();
    assertThat(calendar.extraClosingDays()).isEmpty();
    assertThat(calendar.deadlineTime()).isEqualTo(LocalTime.of(23, 59));
    assertThat(calendar.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(binder.bind("wohnraumerhalt", ProcessProperties.class).get().followUpPeriod())
        .isEqualTo(Period.ofMonths(12));
  }

  @Test
  void defaultsWithoutAnyKey() {
    CalendarProperties calendar =
        binder(Map.of()).bindOrCreate("wohnraumerhalt.calendar", CalendarProperties.class);
    assertThat(calendar.extraClosingDays()).isEmpty();
    assertThat(calendar.deadlineTime()).isEqualTo(LocalTime.of(23, 59));
    assertThat(calendar.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(binder(Map.of()).bindOrCreate("wohnraumerhalt", ProcessProperties.class).followUpPeriod())
        .isEqualTo(Period.ofMonths(12));
  }

  @Test
  void bindsClosingDaysTimeZoneAndPeriod() {
    Binder binder =
        binder(
            Map.of(
                "wohnraumerhalt.calendar.extra-closing-days", "--12-24, --12-31,2026-05-15",
                "wohnraumerhalt.calendar.deadline-time", "16:00",
                "wohnraumerhalt.calendar.zone", "UTC",
                "wohnraumerhalt.follow-up-period", "P6M"));
    CalendarProperties calendar = binder.bind("wohnraumerhalt.calendar", CalendarProperties.class).get();
    assertThat(calendar.closingDays().recurringDays())
        .containsExactlyInAnyOrder(MonthDay.of(12, 24), MonthDay.of(12, 31));
    assertThat(calendar.closingDays().fixedDates()).containsExactly(LocalDate.of(2026, 5, 15));
    assertThat(calendar.deadlineTime()).isEqualTo(LocalTime.of(16, 0));
    assertThat(calendar.zone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(binder.bind("wohnraumerhalt", ProcessProperties.class).get().followUpPeriod())
        .isEqualTo(Period.ofMonths(6));
  }

  @Test
  void aBadClosingDayStopsTheBindingNamingTheEntry() {
    Binder binder = binder(Map.of("wohnraumerhalt.calendar.extra-closing-days[0]", "24.12."));
    assertThatThrownBy(() -> binder.bind("wohnraumerhalt.calendar", CalendarProperties.class))
        .isInstanceOf(BindException.class)
        .hasMessageContaining("wohnraumerhalt.calendar")
        .rootCause()
        .hasMessageContaining("'24.12.'");
  }
}
