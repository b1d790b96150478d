package de.berlin.sozwohn.wohnraumerhalt.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.berlin.sozwohn.wohnraumerhalt.process.GermanFormats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a caseworker reads in a refusal of a case event or correction writes dates the German way
 * (7.12.2026, "3.12.2026, 10:00 Uhr"), never ISO. The one exception is the example of the wire
 * format a REST client must send ("Erwartet wird JJJJ-MM-TT, z. B. 2026-03-02").
 */
final class RefusalTexts {

  /** An ISO date, alone or as the start of a date-time. */
  static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** The wire format's example after "z. B.", the only ISO date a refusal may show. */
  private static final Pattern WIRE_FORMAT_EXAMPLE =
      Pattern.compile("z\\. B\\. \\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?");

  private RefusalTexts() {}

  /** Fails when the text writes a date in ISO (outside the wire format's example). */
  static void assertNoIsoDate(String text) {
    assertThat(ISO_DATE.matcher(WIRE_FORMAT_EXAMPLE.matcher(text).replaceAll("")).find())
        .as("an ISO date in a refusal a caseworker reads: %s", text).isFalse();
  }

  /**
   * Every text of a refusal a person reads – {@code detail} or {@code message}, and each {@code
   * errors[].message} – without an ISO date; answers them.
   */
  static List<String> assertGermanDates(JsonNode refusal) {
    List<String> texts = new ArrayList<>();
    for (String key : List.of("detail", "message")) {
      if (refusal.hasNonNull(key)) {
        texts.add(refusal.path(key).asText());
      }
    }
    refusal.path("errors").forEach(e -> texts.add(e.path("message").asText()));
    assertThat(texts).as("refusal texts of %s", refusal).isNotEmpty();
    texts.forEach(RefusalTexts::assertNoIsoDate);
    return texts;
  }

  /** 7.12.2026. */
  static String german(LocalDate date) {
    return GermanFormats.date(date);
  }
}
