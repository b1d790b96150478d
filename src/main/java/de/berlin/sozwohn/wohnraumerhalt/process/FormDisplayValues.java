package de.berlin.sozwohn.wohnraumerhalt.process;

import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The case data a task form shows as text, written for people: for each date, date-time and
 * amount of the case a display value named like the variable with {@value #SUFFIX} – {@code
 * receivedOnText = "25.11.2026"}, {@code appointmentAtText = "3.12.2026, 10:00 Uhr"}, {@code
 * arrearsText = "7.795,30 €"} ({@link GermanFormats}). The forms' text blocks use these
 * ({@code {{receivedOnText}}}), never the ISO values, which stay what the model and the REST API
 * work with. Plain Java.
 *
 * <p>The values are not stored: {@link FormDisplayValuesPlugin} adds them to the answer whenever a
 * task's form variables are read, so they always follow the case – also after a correction – and
 * the history holds no second copy of the case data. A value the case does not have (yet) gets no
 * display value; a form shows it inside {@code {{#if …Text}}} or relies on the model to set it.
 */
public final class FormDisplayValues {

  /** What a display value's name adds to its variable's name. */
  public static final String SUFFIX = "Text";

  private record Display(String variable, Function<CaseFile, Optional<String>> text) {}

  private static final List<Display> DISPLAYS = List.of(
      date(RECEIVED_ON, CaseFile::receivedOn),
      date(HEARING_ON, CaseFile::hearingOn),
      date(SERVED_ON, CaseFile::servedOn),
      new Display(ARREARS, file -> file.arrears().map(GermanFormats::euros)),
      date(COURT_LETTER_DUE_ON, CaseFile::courtLetterDueOn),
      new Display(APPOINTMENT_AT, file -> file.appointmentAt().map(GermanFormats::dateTime)
          .or(() -> file.appointmentOn().map(GermanFormats::date))),
      date(LETTER_SENT_ON, CaseFile::letterSentOn),
      date(HOME_VISIT_DUE_ON, CaseFile::homeVisitDueOn),
      date(CONTACT_ON, CaseFile::contactOn),
      date(FIRST_CONTACT_ON, CaseFile::firstContactOn),
      date(VISITED_ON, CaseFile::visitedOn),
      date(COUNSELLING_ON, CaseFile::counsellingOn),
      date(BAILIFF_RECEIVED_ON, CaseFile::bailiffReceivedOn),
      dateTime(EVICTION_AT, CaseFile::evictionAt),
      date(EVICTION_LETTER_DUE_ON, CaseFile::evictionLetterDueOn),
      date(EVICTION_LETTER_SENT_ON, CaseFile::evictionLetterSentOn),
      date(CLOSED_ON, CaseFile::closedOn),
      date(CASE_SETTLED_ON, CaseFile::caseSettledOn));

  private FormDisplayValues() {}

  /** The name of a variable's display value: {@code receivedOn} → {@code receivedOnText}. */
  public static String nameOf(String variable) {
    return variable + SUFFIX;
  }

  /** The variables that have a display value, in the order above. */
  public static Set<String> variables() {
    Set<String> names = new LinkedHashSet<>();
    DISPLAYS.forEach(d -> names.add(d.variable()));
    return names;
  }

  /** The display values of a case (display name → text), for the values it has. */
  public static Map<String, String> of(CaseFile file) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Display display : DISPLAYS) {
      display.text().apply(file).ifPresent(text -> values.put(nameOf(display.variable()), text));
    }
    return values;
  }

  private static Display date(String variable, Function<CaseFile, Optional<LocalDate>> read) {
    return new Display(variable, file -> read.apply(file).map(GermanFormats::date));
  }

  private static Display dateTime(String variable,
      Function<CaseFile, Optional<LocalDateTime>> read) {
    return new Display(variable, file -> read.apply(file).map(GermanFormats::dateTime));
  }
}
