package de.berlin.sozwohn.wohnraumerhalt.casework;

import de.berlin.sozwohn.wohnraumerhalt.intake.NoticeValidator;
import de.berlin.sozwohn.wohnraumerhalt.intake.Violation;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.StartForms;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The flat values a casework start form submits ({@link StartForms#CASE_EVENT_FIELDS}, {@link
 * StartForms#CASE_CORRECTION_FIELDS}), read for the request of the REST API: text as text, the
 * home visit as a number. A value of the wrong type (a number where text belongs) is a {@link
 * Violation} naming the form key, like the REST API reports a JSON type error; Tasklist itself
 * sends strings only.
 */
final class CaseFormEntryValues {

  static final String CASE_ID = CaseVariables.CASE_ID;

  private final Map<String, ?> values;
  private final Map<String, String> labels;
  private final List<Violation> violations = new ArrayList<>();

  CaseFormEntryValues(Map<String, ?> values, Map<String, String> labels) {
    this.values = values == null ? Map.of() : values;
    this.labels = labels;
  }

  /** The case number, trimmed and in capitals as the registry spells it (mi-2026-1 → MI-2026-1). */
  String caseId() {
    String text = NoticeValidator.clean(text(CASE_ID));
    if (text == null) {
      if (violations.stream().noneMatch(v -> v.field().equals(CASE_ID))) {
        violations.add(new Violation(CASE_ID, "Pflichtangabe „" + labels.get(CASE_ID)
            + "“ fehlt."));
      }
      return null;
    }
    return text.toUpperCase(Locale.ROOT);
  }

  /** Text as submitted, null when absent. */
  String text(String key) {
    Object value = values.get(key);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    violations.add(new Violation(key, "„" + labels.get(key)
        + "“ hat den falschen Typ: erwartet ein Text."));
    return null;
  }

  /** A whole number: a number, or its digits as text ("1", as the radio group submits it). */
  Integer number(String key) {
    Object value = values.get(key);
    if (value == null) {
      return null;
    }
    try {
      if (value instanceof Integer || value instanceof Long || value instanceof Short
          || value instanceof BigInteger) {
        return Math.toIntExact(((Number) value).longValue());
      }
      if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
        return new BigDecimal(value.toString()).intValueExact();
      }
      if (value instanceof String text) {
        String clean = NoticeValidator.clean(text);
        return clean == null ? null : Integer.valueOf(clean);
      }
    } catch (ArithmeticException | NumberFormatException e) {
      // reported below
    }
    String shown = String.valueOf(value);
    violations.add(new Violation(key, "„" + labels.get(key) + "“ ist keine ganze Zahl: „"
        + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown) + "“."));
    return null;
  }

  /** Refuses what could not be read (400), before the service sees anything. */
  void rejectUnreadable(String what) {
    if (!violations.isEmpty()) {
      throw CaseFormEntryRejectedException.invalid(violations, what, labels);
    }
  }

  /**
   * The entry instance keeps which case the form went to, not what was entered – in particular no
   * variable {@code caseId}, so that queries for case data never find an entry instance.
   */
  static void remember(DelegateExecution execution, String caseId, String caseInstanceId) {
    execution.removeVariables();
    execution.setVariable(CaseVariables.ENTERED_CASE_ID, caseId);
    execution.setVariable(CaseVariables.ENTERED_CASE_INSTANCE_ID, caseInstanceId);
  }
}
