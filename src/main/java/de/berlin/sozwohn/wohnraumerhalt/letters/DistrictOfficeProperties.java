package de.berlin.sozwohn.wohnraumerhalt.letters;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code wohnraumerhalt.districts.<district id>.*}: each district's Fachstelle as its letters show it
 * (see {@link DistrictOffice}). All twelve districts must be configured with letterhead, address,
 * phone and mail address; otherwise the application does not start, and the message names the
 * missing keys — a letter without a way to reach the office must never go out.
 */
@ConfigurationProperties("wohnraumerhalt")
public record DistrictOfficeProperties(Map<String, DistrictOffice> districts) {

  public DistrictOfficeProperties {
    districts = districts == null ? Map.of() : Map.copyOf(districts);
    List<String> problems = new ArrayList<>();
    for (String district : Districts.IDS) {
      DistrictOffice office = districts.get(district);
      if (office == null) {
        problems.add("wohnraumerhalt.districts." + district + " fehlt");
      } else {
        office.missing().forEach(key -> problems.add("wohnraumerhalt.districts." + district + "." + key + " fehlt"));
      }
    }
    districts.keySet().stream().filter(id -> !Districts.isKnown(id))
        .forEach(id -> problems.add("wohnraumerhalt.districts." + id + ": unbekannter Bezirk"));
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Angaben der Fachstellen für die Anschreiben unvollständig: " + String.join("; ", problems));
    }
  }

  /** The office of a known district. */
  public DistrictOffice office(String district) {
    DistrictOffice office = district == null ? null : districts.get(district);
    if (office == null) {
      throw new IllegalArgumentException("Unbekannter Bezirk: " + district);
    }
    return office;
  }
}
