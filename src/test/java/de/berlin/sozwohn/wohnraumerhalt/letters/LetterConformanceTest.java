package de.berlin.sozwohn.wohnraumerhalt.letters;

import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every letter kind for every district, as the shipped configuration (application.yaml) writes
 * it, is PDF/A-2a (archivable in the e-file) and PDF/UA-1 (accessible), validated by veraPDF –
 * with a named contact person and the Schonfrist date, the longest form of the court letter.
 */
class LetterConformanceTest {

  static final LetterRenderer RENDERER = new LetterRenderer();
  static DistrictOfficeProperties offices;

  @BeforeAll
  static void setUp() throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    StandardEnvironment environment = new StandardEnvironment();
    new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"))
        .forEach(environment.getPropertySources()::addLast);
    offices = Binder.get(environment).bind("wohnraumerhalt", DistrictOfficeProperties.class)
        .get();
  }

  static Stream<Arguments> letters() {
    return Districts.IDS.stream().flatMap(district -> Stream.of(
        Arguments.of(district, LetterKind.COURT_LETTER),
        Arguments.of(district, LetterKind.EVICTION_LETTER)));
  }

  @ParameterizedTest(name = "{1} {0}")
  @MethodSource("letters")
  void isPdfA2aAndPdfUa1(String district, LetterKind kind) throws Exception {
    LetterData sample = kind == LetterKind.COURT_LETTER ? LetterFixtures.courtLetter()
        : LetterFixtures.evictionLetter();
    LetterData data = new LetterData(kind, sample.caseId(), district, sample.householdName(),
        sample.householdStreet(), sample.householdPostalCode(), sample.householdCity(),
        sample.court(), sample.courtFileNumber(), sample.appointmentAt(),
        sample.bailiffReference(), sample.evictionAt(), sample.letterDate(),
        sample.openConsultationDates(),
        kind == LetterKind.COURT_LETTER ? LocalDate.of(2026, 2, 27) : null,
        new ContactPerson("Fatma Kaya", "030 23125-201", "2.014"));
    byte[] pdf = RENDERER.pdf(data, offices.office(district));

    for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1)) {
      assertThat(failures(pdf, flavour)).as("%s of the %s of %s", flavour, kind, district)
          .isEmpty();
    }
  }

  /** The failed rules of the validation, one line each ("6.2.11.4.1: …"). */
  static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
    try (PDFAParser parser = Foundries.defaultInstance()
        .createParser(new ByteArrayInputStream(pdf), flavour)) {
      PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
      ValidationResult result = validator.validate(parser);
      List<String> failed = result.getTestAssertions().stream()
          .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
          .map(a -> a.getRuleId().getClause() + "/" + a.getRuleId().getTestNumber() + ": "
              + a.getMessage())
          .distinct().collect(Collectors.toList());
      if (!result.isCompliant() && failed.isEmpty()) {
        failed.add("not compliant (" + result.getJobEndStatus() + ")");
      }
      return failed;
    }
  }
}
