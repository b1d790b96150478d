package de.berlin.sozwohn.wohnraumerhalt.reports;

import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.IndicatorValue;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Standard;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Tally;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Targets;
import de.berlin.sozwohn.wohnraumerhalt.process.TaskInputRules.Violation;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The texts of the form „Halbjahresbericht prüfen und freigeben“ and the rule behind it: a value
 * below the minimum needs a comment.
 */
class ReportFormValuesTest {

  static final Targets TARGETS = Targets.builtIn();

  static IndicatorValue tally(Standard standard, int met, int missed, int pending) {
    return IndicatorValue.ofTally(TARGETS.corridor(standard), new Tally(met, missed, pending));
  }

  @Test
  void aValueInTheCorridorWithItsTargetsAndTheirStatus() {
    assertThat(ReportFormValues.indicatorText(Standard.COURT_NOTICE_LETTER,
        tally(Standard.COURT_NOTICE_LETTER, 41, 4, 2)))
        .isEqualTo("91,1 % (41 von 45) · Zielwert 100 % (Vorschlag) · Mindestwert 80 % "
            + "(Vorschlag) · im Korridor");
  }

  @Test
  void belowTheMinimumTheFormAsksForAComment() {
    assertThat(ReportFormValues.indicatorText(Standard.BAILIFF_NOTICE_LETTER,
        tally(Standard.BAILIFF_NOTICE_LETTER, 2, 1, 0)))
        .isEqualTo("66,7 % (2 von 3) · Zielwert 100 % (Vorschlag) · Mindestwert 90 % "
            + "(Vorschlag) · unter dem Mindestwert – Begründung erforderlich");
  }

  @Test
  void aMetValueAnAgreedTargetAndAStandardWithoutTarget() {
    assertThat(ReportFormValues.indicatorText(Standard.UNIFORM_ACCESS,
        tally(Standard.UNIFORM_ACCESS, 6, 0, 0)))
        .isEqualTo("100,0 % (6 von 6) · Zielwert 100 % (vereinbart) · Mindestwert 90 % "
            + "(vereinbart) · Zielwert erreicht");
    // 1.4 has neither target nor minimum: no status, and no number that could read as one
    assertThat(ReportFormValues.indicatorText(Standard.EVICTION_ATTENDANCE,
        tally(Standard.EVICTION_ATTENDANCE, 1, 0, 0)))
        .isEqualTo("100,0 % (1 von 1) · Zielwert nicht festgelegt · Mindestwert nicht festgelegt");
  }

  @Test
  void theSurveyResultHasNoDenominator() {
    IndicatorValue survey = IndicatorValue.ofPercent(TARGETS.corridor(Standard.STAFF_SATISFACTION),
        new BigDecimal("62.5"), null, new BigDecimal("62.5"));
    assertThat(ReportFormValues.indicatorText(Standard.STAFF_SATISFACTION, survey))
        .isEqualTo("62,5 % · Zielwert 65 % (vereinbart) · Mindestwert 59 % (vereinbart) "
            + "· im Korridor");
  }

  @Test
  void withoutAValueEachStandardSaysWhy() {
    Map<String, IndicatorValue> values = new LinkedHashMap<>();
    for (Standard standard : List.of(Standard.COURT_NOTICE_LETTER, Standard.UNIFORM_ACCESS)) {
      values.put(standard.id(), tally(standard, 0, 0, 0));
    }
    values.put("2", IndicatorValue.ofPercent(TARGETS.corridor(Standard.STAFF_SATISFACTION), null,
        null, null));

    Map<String, String> texts = ReportFormValues.of(values, Map.of());

    assertThat(texts.get("indicator1_1Text"))
        .isEqualTo("keine Fälle · Zielwert 100 % (Vorschlag) · Mindestwert 80 % (Vorschlag)");
    assertThat(texts.get("indicator1_5Text")).startsWith("keine Selbstauskunft · ");
    assertThat(texts.get("indicator2Text")).startsWith("keine Befragung · ");
    // a standard the values do not have at all
    assertThat(texts.get("indicator1_2Text")).isEqualTo("keine Fälle");
    assertThat(texts.keySet()).containsExactlyElementsOf(ReportFormValues.names());
    assertThat(texts.values()).allSatisfy(text -> assertThat(text).isNotBlank());
  }

  @Test
  void thePendingCasesByTheirCaseNumbers() {
    assertThat(ReportFormValues.pendingText(List.of("MI-2026-00042", "MI-2026-00051")))
        .isEqualTo("2: MI-2026-00042, MI-2026-00051");
    assertThat(ReportFormValues.pendingText(List.of())).isEqualTo("keine");
    // a case with two pending bailiff notices, and a case without a case number
    assertThat(ReportFormValues.pendingText(Arrays.asList("MI-2026-00042", null,
        "MI-2026-00042"))).isEqualTo("3: MI-2026-00042 (2×), 1 ohne Fallnummer");

    Map<String, List<String>> pending = new HashMap<>();
    pending.put("1.3", List.of("MI-2026-00007"));
    Map<String, String> texts = ReportFormValues.of(Map.of(), pending);
    assertThat(texts.get("pending1_3Text")).isEqualTo("1: MI-2026-00007");
    assertThat(texts.get("pending1_1Text")).isEqualTo("keine");
    assertThat(texts.get("pending2Text")).isEqualTo("keine");
  }

  @Test
  void aValueBelowTheMinimumNeedsAComment() {
    Map<String, IndicatorValue> values = new LinkedHashMap<>();
    values.put("1.1", tally(Standard.COURT_NOTICE_LETTER, 2, 1, 0));
    values.put("1.2", tally(Standard.HOME_VISIT, 9, 1, 0));
    values.put("1.3", tally(Standard.BAILIFF_NOTICE_LETTER, 1, 1, 0));

    List<Violation> none = ReportApprovalListener.missingComments(values, id -> null);
    assertThat(none).extracting(Violation::field).containsExactly("comment1_1", "comment1_3");
    assertThat(none.get(0).text()).isEqualTo("Begründung zu 1.1: Der Wert 66,7 % liegt unter "
        + "dem Mindestwert 80 %. Bitte begründen Sie ihn.");

    assertThat(ReportApprovalListener.missingComments(values,
        id -> id.equals("1.1") ? "Zwei Mitteilungen kamen während der Urlaubszeit." : null))
        .extracting(Violation::field).containsExactly("comment1_3");
  }
}
