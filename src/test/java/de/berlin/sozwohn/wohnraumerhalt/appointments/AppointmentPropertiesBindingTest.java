package de.berlin.sozwohn.wohnraumerhalt.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.berlin.sozwohn.wohnraumerhalt.calendar.OfficeHours;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** The district calendars as configured, bound with Spring Boot's binder. */
class AppointmentPropertiesBindingTest {

  static AppointmentProperties bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("wohnraumerhalt.appointments", AppointmentProperties.class);
  }

  @Test
  void applicationYamlIsTheStandardForEveryDistrict() throws IOException {
    var yaml = new YamlPropertySourceLoader()
        .load("application", new ClassPathResource("application.yaml")).get(0);
    AppointmentProperties properties = new Binder(ConfigurationPropertySources.from(yaml))
        .bind("wohnraumerhalt.appointments", AppointmentProperties.class).get();
    OfficeHours mitte = properties.officeHoursOf("mitte");
    assertThat(mitte).isEqualTo(OfficeHours.standard());
    assertThat(properties.leadWorkingDays()).isEqualTo(5);
    assertThat(properties.listedSlots()).isEqualTo(10);
  }

  @Test
  void withoutAnyKeyTheStandardApplies() {
    AppointmentProperties properties = bind(Map.of());
    assertThat(properties.officeHoursOf("neukoelln")).isEqualTo(OfficeHours.standard());
  }

  @Test
  void aDistrictOverridesWhatItSets() {
    AppointmentProperties properties = bind(Map.of(
        "wohnraumerhalt.appointments.seats", "3",
        "wohnraumerhalt.appointments.districts.neukoelln.seats", "4",
        "wohnraumerhalt.appointments.districts.neukoelln.slot-length", "45m",
        "wohnraumerhalt.appointments.districts.pankow.office-hours.tuesday",
        "09:00-12:00, 13:00-18:00"));
    OfficeHours neukoelln = properties.officeHoursOf("neukoelln");
    assertThat(neukoelln.seats()).isEqualTo(4);
    assertThat(neukoelln.slotLength()).isEqualTo(Duration.ofMinutes(45));
    assertThat(neukoelln.week()).isEqualTo(OfficeHours.standard().week());
    OfficeHours pankow = properties.officeHoursOf("pankow");
    assertThat(pankow.seats()).isEqualTo(3);
    // its own week replaces the common one: Tuesdays only
    assertThat(pankow.week()).containsOnlyKeys(DayOfWeek.TUESDAY);
    assertThat(pankow.slotTimes(DayOfWeek.TUESDAY)).contains(LocalTime.of(17, 30))
        .doesNotContain(LocalTime.of(12, 0));
    assertThat(properties.officeHoursOf("mitte").seats()).isEqualTo(3);
  }

  @Test
  void aBadEntryStopsTheStartNamingIt() {
    assertThatThrownBy(() -> bind(Map.of(
        "wohnraumerhalt.appointments.districts.pankow.office-hours.monday", "9 bis 15")))
        .rootCause().hasMessageContaining("wohnraumerhalt.appointments.districts.pankow")
        .hasMessageContaining("'9 bis 15'");
    assertThatThrownBy(() -> bind(Map.of("wohnraumerhalt.appointments.districts.atlantis.seats", "2")))
        .rootCause().hasMessageContaining("atlantis: unbekannter Bezirk");
    assertThatThrownBy(() -> bind(Map.of("wohnraumerhalt.appointments.seats", "0")))
        .rootCause().hasMessageContaining("paralleler Termine");
  }
}
