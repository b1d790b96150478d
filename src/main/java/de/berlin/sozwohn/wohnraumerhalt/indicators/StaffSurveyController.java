package de.berlin.sozwohn.wohnraumerhalt.indicators;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.StaffSurvey;
import de.berlin.sozwohn.wohnraumerhalt.security.CurrentUser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Standard 2: the results of the staff survey (Amt für Statistik, every two years), entered by the
 * Monitoringstelle per district and year.
 *
 * <ul>
 *   <li>{@code PUT /api/kpi/staff-survey/{year}/{district}} {@code {"satisfaction": 61.5}} – mean
 *       overall satisfaction 0–100, at most one decimal; replaces an earlier value
 *       ({@code monitoring}, {@code camunda-admin});
 *   <li>{@code GET /api/kpi/staff-survey} – the entered results the reader may see
 *       ({@link KpiScope}).
 * </ul>
 */
@RestController
@RequestMapping("/api/kpi/staff-survey")
public class StaffSurveyController {

  public static final String SATISFACTION = "satisfaction";

  /** One entered survey result. */
  public record SurveyResult(String district, int year, BigDecimal satisfaction) {}

  private final IndicatorFactStore store;
  private final CurrentUser currentUser;

  public StaffSurveyController(IndicatorFactStore store, CurrentUser currentUser) {
    this.store = store;
    this.currentUser = currentUser;
  }

  @PutMapping("/{year}/{district}")
  @Transactional
  public SurveyResult enter(@PathVariable String year, @PathVariable String district,
      @RequestBody(required = false) Map<String, Object> body) {
    if (!KpiScope.mayManageBerlinWide(currentUser.groups())) {
      throw new KpiAccessDeniedException(null,
          "Nur die Monitoringstelle darf Ergebnisse der Mitarbeitendenbefragung erfassen.");
    }
    List<KpiParameterException.Violation> violations = new ArrayList<>();
    Integer surveyYear = year(year, violations);
    if (!Districts.isKnown(district)) {
      violations.add(new KpiParameterException.Violation("district",
          "Unbekannter Bezirk „" + district + "“."));
    }
    BigDecimal satisfaction = satisfaction(body, violations);
    if (!violations.isEmpty()) {
      throw new KpiParameterException(violations);
    }
    StaffSurvey survey = new StaffSurvey(district, surveyYear, satisfaction);
    store.saveStaffSurvey(survey, currentUser.id(), ClockUtil.getCurrentTime().toInstant());
    return new SurveyResult(district, surveyYear, satisfaction);
  }

  @GetMapping
  public List<SurveyResult> list() {
    KpiScope scope = KpiScope.of(currentUser.groups(), Optional.empty());
    return store.staffSurveys().stream().filter(s -> scope.districts().contains(s.district()))
        .map(s -> new SurveyResult(s.district(), s.year(), s.satisfaction())).toList();
  }

  static Integer year(String value, List<KpiParameterException.Violation> violations) {
    try {
      int year = Integer.parseInt(value.trim());
      if (year >= 2000 && year <= 2100) {
        return year;
      }
    } catch (NumberFormatException e) {
      // below
    }
    violations.add(new KpiParameterException.Violation("year",
        "„" + value + "“ ist keine gültige Jahreszahl (2000 bis 2100)."));
    return null;
  }

  private static BigDecimal satisfaction(Map<String, Object> body,
      List<KpiParameterException.Violation> violations) {
    Object value = body == null ? null : body.get(SATISFACTION);
    if (!(value instanceof Number number)) {
      violations.add(new KpiParameterException.Violation(SATISFACTION, value == null
          ? "Das Ergebnis „satisfaction“ fehlt (Mittelwert der Gesamtzufriedenheit, 0 bis 100)."
          : "Das Ergebnis „satisfaction“ muss eine Zahl von 0 bis 100 sein."));
      return null;
    }
    BigDecimal decimal = new BigDecimal(number.toString());
    if (decimal.compareTo(StaffSurvey.MIN) < 0 || decimal.compareTo(StaffSurvey.MAX) > 0
        || decimal.stripTrailingZeros().scale() > 1) {
      violations.add(new KpiParameterException.Violation(SATISFACTION,
          "Das Ergebnis muss zwischen 0 und 100 liegen, mit höchstens einer Nachkommastelle."));
      return null;
    }
    return decimal.setScale(1);
  }
}
