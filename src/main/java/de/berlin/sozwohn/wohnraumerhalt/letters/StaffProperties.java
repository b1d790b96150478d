package de.berlin.sozwohn.wohnraumerhalt.letters;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code wohnraumerhalt.staff.[user id].*}: what a caseworker's letters print besides the name
 * from the user profile – the direct phone line and the room. User ids with a dot are written in
 * brackets in YAML ({@code "[fk.mitte]": {phone: …, room: …}}). A user without an entry is named
 * without them; the office's shared number is on every letter anyway.
 */
@ConfigurationProperties("wohnraumerhalt")
public record StaffProperties(Map<String, Profile> staff) {

  public StaffProperties {
    staff = staff == null ? Map.of() : Map.copyOf(staff);
  }

  /** One caseworker's contact details for letters. */
  public record Profile(String phone, String room) {}
}
