package de.berlin.sozwohn.wohnraumerhalt;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import de.berlin.sozwohn.wohnraumerhalt.impact.ImpactCalculator;
import de.berlin.sozwohn.wohnraumerhalt.impact.ImpactCase;
import de.berlin.sozwohn.wohnraumerhalt.impact.ImpactCsv;
import de.berlin.sozwohn.wohnraumerhalt.impact.ImpactRates;
import de.berlin.sozwohn.wohnraumerhalt.impact.ImpactReport;
import de.berlin.sozwohn.wohnraumerhalt.indicators.StaffSurveyController;
import de.berlin.sozwohn.wohnraumerhalt.intake.MatchingKeys;
import de.berlin.sozwohn.wohnraumerhalt.intake.NoticeForm;
import de.berlin.sozwohn.wohnraumerhalt.intake.NoticeValidator;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.ExpectedVisits;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.PpbeCsv;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.ProcessGraph;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.StaffingBasis;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.StaffingCalculator;
import de.berlin.sozwohn.wohnraumerhalt.ppbe.StaffingReport;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseFile;
import de.berlin.sozwohn.wohnraumerhalt.process.FormDisplayValues;
import de.berlin.sozwohn.wohnraumerhalt.process.GermanFormats;
import de.berlin.sozwohn.wohnraumerhalt.process.StartForms;
import de.berlin.sozwohn.wohnraumerhalt.process.TaskInputRules;
import de.berlin.sozwohn.wohnraumerhalt.process.TextCharacters;
import de.berlin.sozwohn.wohnraumerhalt.process.UserTaskCatalogue;
import de.berlin.sozwohn.wohnraumerhalt.web.GermanCsv;
import org.springframework.web.bind.annotation.RestController;

/**
 * The structure STYLE.md promises, checked on the production classes: domain code knows no
 * engine and no framework, web controllers stay out of the engine's internals, and the packages
 * under {@code de.berlin.sozwohn.wohnraumerhalt} depend on each other without cycles.
 *
 * <p>Every exception is listed here by name, with its reason; a new violation fails the build.
 * The rules look at direct dependencies of the compiled classes (imports, fully qualified names,
 * annotations, signatures), not at what the dependencies depend on.
 */
@AnalyzeClasses(packages = "de.berlin.sozwohn.wohnraumerhalt",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.MainClassesOnly.class})
class ArchitectureTest {

  /**
   * Production classes only. {@link ImportOption.DoNotIncludeTests} knows {@code target/test-classes}
   * but not a private build directory ({@code mvn -DbuildDir=target-x}); tests may use any package.
   */
  static final class MainClassesOnly implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("/test-classes/");
    }
  }

  /**
   * Domain code: working days ({@code calendar}), the indicator rules ({@code indicators.rules}), the
   * PPBE arithmetic (the graph, expected visits, the staffing calculation and its report and CSV –
   * not {@code ProcessGraphReader}/{@code PpbeAttributes}, which translate the Camunda model API,
   * nor the service, controller and properties), the plain-Java validation of task and notice
   * input, and the one CSV format ({@code web.GermanCsv}; its HTTP answer {@code CsvResponse} is
   * Spring's).
   */
  static final DescribedPredicate<JavaClass> DOMAIN_CODE =
      resideInAnyPackage("de.berlin.sozwohn.wohnraumerhalt.calendar..",
          "de.berlin.sozwohn.wohnraumerhalt.indicators.rules..")
          .or(belongToAnyOf(
              // PPBE arithmetic
              ProcessGraph.class, ExpectedVisits.class, StaffingCalculator.class,
              StaffingBasis.class, StaffingReport.class, PpbeCsv.class,
              // validation
              TaskInputRules.class, TextCharacters.class, NoticeValidator.class,
              MatchingKeys.class, NoticeForm.class,
              // the typed case file and the task catalogue
              CaseFile.class, UserTaskCatalogue.class, StartForms.class,
              // German formats of dates and amounts, the forms' display values, the CSV format
              GermanFormats.class, FormDisplayValues.class, GermanCsv.class,
              // impact and cost arithmetic
              ImpactCalculator.class, ImpactRates.class, ImpactReport.class, ImpactCase.class,
              ImpactCsv.class))
          .as("domain code (calendar, indicators, PPBE arithmetic, input validation, case file, "
              + "impact arithmetic)");

  /**
   * Domain code that may use Camunda or Spring, each with its reason. None today: the domain
   * classes import only the JDK and jollyday (calendar).
   */
  static final DescribedPredicate<JavaClass> DOMAIN_EXCEPTIONS =
      DescribedPredicate.<JavaClass>alwaysFalse().as("no documented exception");

  @ArchTest
  static final ArchRule domainCodeKnowsNeitherCamundaNorSpring = noClasses()
      .that(DOMAIN_CODE.and(DescribedPredicate.not(DOMAIN_EXCEPTIONS)))
      .should().dependOnClassesThat().resideInAnyPackage("org.camunda..", "org.springframework..")
      .because("domain rules are plain Java, tested alone; a move to Operaton or CIB seven must "
          + "be a rename at the edges (STYLE.md)");

  /**
   * Controllers that reach into {@code org.camunda.bpm.engine.impl}, each with its reason:
   *
   * <ul>
   *   <li>{@link StaffSurveyController} stamps a survey with {@code ClockUtil.getCurrentTime()},
   *       the engine's clock, because the simulation clock ({@code demo/SimulationClock}) moves
   *       that clock and the stamp must follow it. The other controllers get the time through
   *       their services, which read the same {@code ClockUtil}. To be lifted by one application
   *       clock that wraps {@code ClockUtil} outside the controllers.
   * </ul>
   */
  static final DescribedPredicate<JavaClass> CONTROLLER_EXCEPTIONS =
      belongToAnyOf(StaffSurveyController.class)
          .as("documented exceptions (StaffSurveyController: the engine clock)");

  @ArchTest
  static final ArchRule controllersStayOutOfTheEngineInternals = noClasses()
      .that().areAnnotatedWith(RestController.class)
      .and(DescribedPredicate.not(CONTROLLER_EXCEPTIONS))
      .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
      .because("controllers speak to the engine through its public services or our own classes; "
          + "engine internals change without notice between releases");

  /**
   * No package cycles, package by package ({@code indicators} and its plain rules
   * {@code indicators.rules} are two). The one there was – security → intake for the start forms'
   * fields – went when those fields moved to {@code process.StartForms}. Classes directly in the
   * root package ({@code Districts}, the application class) belong to no slice.
   */
  @ArchTest
  static final ArchRule noPackageCycles = slices()
      .matching("de.berlin.sozwohn.wohnraumerhalt.(**)")
      .should().beFreeOfCycles();
}
