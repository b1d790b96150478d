package de.berlin.sozwohn.wohnraumerhalt.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

class DistrictOfficeTest {

  @Test
  void berlinWideAccessStandardsAreTheDefaults() {
    DistrictOffice office = LetterFixtures.MITTE;
    assertThat(office.phoneHours()).isEqualTo("Montag bis Donnerstag 9 bis 15 Uhr, Freitag 9 bis 13 Uhr");
    assertThat(office.openConsultationDays()).containsExactly(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
    assertThat(office.openConsultationHours()).isEqualTo("Dienstag und Donnerstag, 9 bis 12 Uhr");
    assertThat(office.missing()).isEmpty();
  }

  @Test
  void ownHoursAreWrittenOut() {
    DistrictOffice office = new DistrictOffice(List.of("Bezirksamt"), "Weg 1", "10115", "Berlin", "030 1", "a@b.example",
        "Montag bis Freitag 8 bis 16 Uhr", List.of(DayOfWeek.THURSDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
        LocalTime.of(8, 30), LocalTime.of(12, 0), "https://a.example/datenschutz");
    assertThat(office.openConsultationHours()).isEqualTo("Montag, Dienstag und Donnerstag, 8:30 bis 12 Uhr");
    assertThat(office.phoneHours()).isEqualTo("Montag bis Freitag 8 bis 16 Uhr");
  }

  @Test
  void applicationYamlConfiguresAllTwelveDistricts() throws IOException {
    var yaml = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml")).get(0);
    DistrictOfficeProperties offices = new Binder(ConfigurationPropertySources.from(yaml))
        .bind("wohnraumerhalt", DistrictOfficeProperties.class).get();
    assertThat(offices.districts()).containsOnlyKeys(Districts.IDS);
    DistrictOffice mitte = offices.office("mitte");
    assertThat(mitte.letterhead())
        .containsExactly("Bezirksamt Mitte von Berlin", "Abteilung Soziales", "Fachstelle Soziale Wohnhilfe");
    assertThat(mitte.addressLine()).isEqualTo("Karl-Marx-Allee 31, 10178 Berlin");
    assertThat(mitte.openConsultationHours()).isEqualTo("Dienstag und Donnerstag, 9 bis 12 Uhr");
    assertThat(offices.office("neukoelln").letterhead().get(0)).isEqualTo("Bezirksamt Neukölln von Berlin");
  }

  @Test
  void aDistrictWithoutPhoneStopsTheStartNamingTheKey() {
    Map<String, String> properties = new HashMap<>();
    for (String district : Districts.IDS) {
      String prefix = "wohnraumerhalt.districts." + district + ".";
      properties.put(prefix + "letterhead[0]", "Bezirksamt " + district);
      properties.put(prefix + "street", "Weg 1");
      properties.put(prefix + "postal-code", "10115");
      properties.put(prefix + "city", "Berlin");
      properties.put(prefix + "email", "a@b.example");
      if (!district.equals("spandau")) {
        properties.put(prefix + "phone", "030 1");
      }
      if (!district.equals("pankow")) {
        properties.put(prefix + "privacy-notice-url", "https://b.example/datenschutz");
      }
    }
    properties.put("wohnraumerhalt.districts.spandau.open-consultation-days", "TUESDAY,FRIDAY");
    Binder binder = new Binder(new MapConfigurationPropertySource(properties));
    assertThatThrownBy(() -> binder.bind("wohnraumerhalt", DistrictOfficeProperties.class))
        .isInstanceOf(BindException.class)
        .rootCause().hasMessageContaining("wohnraumerhalt.districts.spandau.phone fehlt")
        .hasMessageContaining("wohnraumerhalt.districts.pankow.privacy-notice-url fehlt");

    properties.put("wohnraumerhalt.districts.spandau.phone", "030 2");
    properties.put("wohnraumerhalt.districts.pankow.privacy-notice-url", "https://b.example/d");
    DistrictOfficeProperties offices = binder(properties).bind("wohnraumerhalt", DistrictOfficeProperties.class).get();
    assertThat(offices.office("spandau").openConsultationDays()).containsExactly(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY);
  }

  private static Binder binder(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties));
  }
}
