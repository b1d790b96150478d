package de.berlin.sozwohn.wohnraumerhalt.reports;

import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.IndicatorValue;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Standard;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Status;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.TargetStatus;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The texts the form „Halbjahresbericht prüfen und freigeben“ shows per standard, computed when the
 * form is read and never stored ({@link ReportFormTexts}). Plain Java.
 *
 * <ul>
 *   <li>{@code indicator1_1Text} … {@code indicator2Text}: „91,1 % (41 von 45) · Zielwert 100 %
 *       (Vorschlag) · Mindestwert 80 % (Vorschlag) · im Korridor“; below the minimum it ends „·
 *       unter dem Mindestwert – Begründung erforderlich“; without a value it starts with „keine
 *       Fälle“, „keine Selbstauskunft“ or „keine Befragung“. A target or minimum always carries
 *       its status, a proposal never reads as a plain „Zielwert“.
 *   <li>{@code pending1_1Text} … {@code pending2Text}: „2: MI-2026-00042, MI-2026-00051“ or
 *       „keine“.
 * </ul>
 */
public final class ReportFormValues {

  /** What the status adds when a value is below the minimum: the comment is required. */
  public static final String BELOW_NOTE = " – Begründung erforderlich";

  private ReportFormValues() {}

  /** {@code "1.1"} → {@code "1_1"}: the part of the form keys that names the standard. */
  public static String keyPart(String standardId) {
    return standardId.replace('.', '_');
  }

  /** {@code indicator1_1Text}. */
  public static String indicatorTextKey(String standardId) {
    return "indicator" + keyPart(standardId) + "Text";
  }

  /** {@code pending1_1Text}. */
  public static String pendingTextKey(String standardId) {
    return "pending" + keyPart(standardId) + "Text";
  }

  /** Every variable name this class computes, in the order of {@link Standard}. */
  public static List<String> names() {
    List<String> names = new ArrayList<>();
    for (Standard standard : Standard.values()) {
      names.add(indicatorTextKey(standard.id()));
      names.add(pendingTextKey(standard.id()));
    }
    return names;
  }

  /**
   * @param values the district's values by standard id
   * @param pendingCases the case numbers of its pending cases by standard id, one entry per
   *     pending assessment; an entry is null for a case without a case number
   * @return variable name → text, every standard present
   */
  public static Map<String, String> of(Map<String, IndicatorValue> values,
      Map<String, List<String>> pendingCases) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Standard standard : Standard.values()) {
      IndicatorValue value = values.get(standard.id());
      texts.put(indicatorTextKey(standard.id()), value == null ? standard.noValueText()
          : indicatorText(standard, value));
      texts.put(pendingTextKey(standard.id()),
          pendingText(pendingCases.getOrDefault(standard.id(), List.of())));
    }
    return texts;
  }

  /** „91,1 % (41 von 45) · Zielwert 100 % (Vorschlag) · Mindestwert 80 % (Vorschlag) · im Korridor“. */
  public static String indicatorText(Standard standard, IndicatorValue value) {
    List<String> parts = new ArrayList<>();
    parts.add(valueText(standard, value));
    parts.add(corridorPart("Zielwert", value.target(), value.targetStatus()));
    parts.add(corridorPart("Mindestwert", value.minimum(), value.minimumStatus()));
    if (value.status() != null) {
      parts.add(value.status().german() + (value.status() == Status.BELOW ? BELOW_NOTE : ""));
    }
    return String.join(" · ", parts);
  }

  /** „91,1 % (41 von 45)“, „62,5 %“ (standard 2 has no denominator), or the no-value text. */
  public static String valueText(Standard standard, IndicatorValue value) {
    if (!value.hasValue()) {
      return standard.noValueText();
    }
    String percent = number(value.percent()) + " %";
    if (value.denominator() == null || value.numerator() == null) {
      return percent;
    }
    return percent + " (" + number(value.numerator()) + " von " + value.denominator() + ")";
  }

  /** „2: MI-2026-00042, MI-2026-00051“, „1: ohne Fallnummer“ or „keine“. */
  public static String pendingText(List<String> caseIds) {
    if (caseIds == null || caseIds.isEmpty()) {
      return "keine";
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    int unnumbered = 0;
    for (String caseId : caseIds) {
      if (caseId == null || caseId.isBlank()) {
        unnumbered++;
      } else {
        counts.merge(caseId, 1, Integer::sum);
      }
    }
    List<String> shown = new ArrayList<>();
    // a case with two pending bailiff notices counts twice
    counts.forEach((caseId, n) -> shown.add(n == 1 ? caseId : caseId + " (" + n + "×)"));
    if (unnumbered > 0) {
      shown.add(unnumbered + " ohne Fallnummer");
    }
    return caseIds.size() + ": " + String.join(", ", shown);
  }

  /**
   * The message when a value below the minimum has no comment: „Der Wert 66,7 % liegt unter dem
   * Mindestwert 80 %. Bitte begründen Sie ihn.“
   */
  public static String commentRequired(IndicatorValue value) {
    return "Der Wert " + number(value.percent()) + " % liegt unter dem Mindestwert "
        + value.minimum() + " %. Bitte begründen Sie ihn.";
  }

  private static String corridorPart(String what, Integer value, TargetStatus status) {
    if (value == null || status == TargetStatus.NONE) {
      return what + " " + TargetStatus.NONE.german();
    }
    return what + " " + value + " % (" + status.german() + ")";
  }

  /** German, one decimal where the value has one: 91,1 · 41 · 62,5. */
  static String number(Number value) {
    DecimalFormat format = new DecimalFormat("#,##0.#",
        DecimalFormatSymbols.getInstance(Locale.GERMANY));
    format.setGroupingUsed(false);
    if (value instanceof BigDecimal decimal) {
      format.setMinimumFractionDigits(Math.max(0, Math.min(1, decimal.scale())));
      return format.format(decimal);
    }
    return format.format(value);
  }
}
