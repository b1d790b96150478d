package de.berlin.sozwohn.wohnraumerhalt.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Corridor;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Period;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Standard;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.TargetStatus;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Targets;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code wohnraumerhalt.targets}: a changed agreement in the configuration changes the targets
 * and their status in {@code /api/kpi} (JSON and CSV) for the periods it covers. The application
 * here runs with two agreements: the Zielvereinbarung 2026–2027 and a made-up one from 2029 in
 * which 1.1 and 1.3 are agreed and 1.4 gets a proposal. Besides: the yaml block of
 * {@code application.yaml} binds to exactly the built-in agreement, and a bad entry stops the
 * start with a German message that names it.
 */
@AppTest
@TestPropertySource(properties = {
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true"})
@DirtiesContext
class TargetCatalogueBindingTest {

  /** The block for {@code application.yaml} (issue 16), as the lead pastes it. */
  static final String YAML = """
      wohnraumerhalt:
        # Target and minimum per standard as the agreement states them: agreed (vereinbart), proposed
        # (perspektivischer Vorschlag der AG Fachstellenkonzept, "Ist für die Folgezielvereinbarung zu
        # definieren") or none. A period takes the newest agreement whose valid-from ≤ the period's end.
        targets:
          agreements:
            - name: "Zielvereinbarung SozWohn 2026–2027"
              valid-from: 2026-01-01
              standards:
                - {id: "1.1", target: 100, target-status: proposed, minimum: 80, minimum-status: proposed}
                - {id: "1.2", target: 90,  target-status: proposed, minimum: 60, minimum-status: proposed}
                - {id: "1.3", target: 100, target-status: proposed, minimum: 90, minimum-status: proposed}
                - {id: "1.4", target-status: none, minimum-status: none}
                - {id: "1.5", target: 100, target-status: agreed, minimum: 90, minimum-status: agreed}
                - {id: "2",   target: 65,  target-status: agreed, minimum: 59, minimum-status: agreed}
      """;

  static final String LATER = "Zielvereinbarung SozWohn 2029–2030";

  /** Two agreements, one property per field, as a properties file or the environment sets them. */
  @DynamicPropertySource
  static void agreements(DynamicPropertyRegistry registry) {
    agreement(registry, 0, "Zielvereinbarung SozWohn 2026–2027", "2026-01-01",
        "1.1 100 proposed 80 proposed", "1.2 90 proposed 60 proposed",
        "1.3 100 proposed 90 proposed", "1.4 - none - none", "1.5 100 agreed 90 agreed",
        "2 65 agreed 59 agreed");
    agreement(registry, 1, LATER, "2029-01-01",
        "1.1 90 agreed 75 agreed", "1.2 90 proposed 60 proposed", "1.3 95 agreed 85 agreed",
        "1.4 80 proposed - none", "1.5 100 agreed 90 agreed", "2 65 agreed 59 agreed");
  }

  @Autowired TestRestTemplate rest;
  @Autowired KpiService service;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void aPeriodTakesTheNewestAgreementInForceAtItsEnd() {
    assertThat(service.targets(Period.of("2029-01-01", "2029-06-30")).agreement())
        .isEqualTo(LATER);
    // a half-year that ends before 2029 still has the first agreement
    assertThat(service.targets(Period.of("2028-07-01", "2028-12-31")))
        .isEqualTo(Targets.builtIn());
    // a period that reaches into 2029 takes the new one
    assertThat(service.targets(Period.of("2028-07-01", "2029-01-01")).agreement())
        .isEqualTo(LATER);
    // before the first agreement: the first one
    assertThat(service.targets(Period.of("2025-01-01", "2025-12-31")))
        .isEqualTo(Targets.builtIn());
    Targets later = service.targets(Period.of("2031-01-01", "2031-12-31"));
    assertThat(later.corridor(Standard.EVICTION_ATTENDANCE))
        .isEqualTo(new Corridor(80, TargetStatus.PROPOSED, null, TargetStatus.NONE));
  }

  @Test
  void theChangedAgreementShowsInTheJsonAndTheCsv() throws Exception {
    JsonNode h1 = json.readTree(get("/api/kpi?from=2029-01-01&to=2029-06-30&district=mitte",
        MediaType.APPLICATION_JSON, String.class).getBody());
    assertThat(h1.path("agreement").asText()).isEqualTo(LATER);
    JsonNode mitte = h1.path("districts").get(0).path("indicators");
    assertCorridor(mitte.path("1.1"), 90, "agreed", 75, "agreed");
    assertCorridor(mitte.path("1.3"), 95, "agreed", 85, "agreed");
    assertCorridor(mitte.path("1.4"), 80, "proposed", null, "none");
    assertCorridor(h1.path("berlin").path("indicators").path("1.1"), 90, "agreed", 75, "agreed");

    JsonNode before = json.readTree(get("/api/kpi?from=2028-07-01&to=2028-12-31&district=mitte",
        MediaType.APPLICATION_JSON, String.class).getBody());
    assertThat(before.path("agreement").asText()).isEqualTo("Zielvereinbarung SozWohn 2026–2027");
    assertCorridor(before.path("districts").get(0).path("indicators").path("1.1"), 100,
        "proposed", 80, "proposed");
    assertCorridor(before.path("districts").get(0).path("indicators").path("1.4"), null,
        "none", null, "none");

    ResponseEntity<byte[]> csv = get("/api/kpi?from=2029-01-01&to=2029-06-30&district=mitte",
        MediaType.parseMediaType("text/csv"), byte[].class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    byte[] bytes = csv.getBody();
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    List<String> lines = Arrays.asList(text.split("\r\n"));
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .startsWith("01.01.2029;30.06.2029;mitte;Mitte;1.1;").contains(";90;vereinbart;75;vereinbart;"));
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .startsWith("01.01.2029;30.06.2029;mitte;Mitte;1.4;").contains(";80;Vorschlag;;nicht festgelegt;"));
  }

  // ------------------------------------------------------------------ binding alone

  /**
   * Only the properties and the catalogue, without the application (no {@code @Configuration}:
   * the test context would take a nested one instead of the application).
   */
  @EnableConfigurationProperties(TargetProperties.class)
  @Import(TargetCatalogue.class)
  static class CatalogueOnly {}

  final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(CatalogueOnly.class);

  @Test
  void theYamlBlockIsTheBuiltInAgreement() throws IOException {
    List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("targets",
        new ByteArrayResource(YAML.getBytes(StandardCharsets.UTF_8)));
    runner.withInitializer(context -> yaml.forEach(
            source -> context.getEnvironment().getPropertySources().addFirst(source)))
        .run(context -> {
          assertThat(context).hasNotFailed();
          TargetCatalogue catalogue = context.getBean(TargetCatalogue.class);
          assertThat(catalogue.forPeriod(Period.of("2026-01-01", "2026-06-30")))
              .isEqualTo(Targets.builtIn());
          assertThat(context.getBean(TargetProperties.class).agreements().get(0).validFrom())
              .hasToString("2026-01-01");
        });
  }

  @Test
  void withoutConfigurationTheBuiltInAgreementApplies() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(TargetCatalogue.class)
          .forPeriod(Period.of("2030-01-01", "2030-06-30"))).isEqualTo(Targets.builtIn());
    });
  }

  @Test
  void aBadEntryStopsTheStartWithAGermanMessageNamingIt() {
    assertStartFails("Zielwerte falsch konfiguriert – wohnraumerhalt.targets.agreements[0] "
        + "(„ZV“), Qualitätsstandard 1.4: Zielwert 50 mit Status „none“",
        "1.1 100 proposed 80 proposed", "1.2 90 proposed 60 proposed",
        "1.3 100 proposed 90 proposed", "1.4 50 none - none", "1.5 100 agreed 90 agreed",
        "2 65 agreed 59 agreed");
    assertStartFails("Qualitätsstandard 1.5: target-status: Unbekannter Status „vereinbart“",
        "1.5 100 vereinbart 90 agreed");
    assertStartFails("Qualitätsstandard 1.2: Mindestwert mit Status „proposed“ braucht einen Wert",
        "1.2 90 proposed - proposed");
    assertStartFails("Qualitätsstandard 1.1: Der Mindestwert 90 liegt über dem Zielwert 80",
        "1.1 80 agreed 90 agreed");
    assertStartFails("agreements[0] („ZV“): Unbekannter Qualitätsstandard „1.6“",
        "1.6 80 agreed 70 agreed");
    // a standard left out
    assertStartFails("agreements[0] („ZV“): Qualitätsstandard 1.1 fehlt",
        "1.2 90 proposed 60 proposed", "1.3 100 proposed 90 proposed", "1.4 - none - none",
        "1.5 100 agreed 90 agreed", "2 65 agreed 59 agreed");
    assertStartFails("Qualitätsstandard 1.1: steht zweimal in der Liste",
        "1.1 100 proposed 80 proposed", "1.1 100 agreed 80 agreed");
  }

  private void assertStartFails(String message, String... standards) {
    List<String> properties = new java.util.ArrayList<>(List.of(
        "wohnraumerhalt.targets.agreements[0].name=ZV",
        "wohnraumerhalt.targets.agreements[0].valid-from=2026-01-01"));
    for (int i = 0; i < standards.length; i++) {
      String prefix = "wohnraumerhalt.targets.agreements[0].standards[" + i + "].";
      entry(standards[i], (name, value) -> properties.add(prefix + name + "=" + value));
    }
    runner.withPropertyValues(properties.toArray(String[]::new)).run(context -> {
      assertThat(context).hasFailed();
      Throwable root = context.getStartupFailure();
      while (root.getCause() != null) {
        root = root.getCause();
      }
      assertThat(root).isInstanceOf(IllegalStateException.class);
      assertThat(root.getMessage()).contains(message);
    });
  }

  // ------------------------------------------------------------------ helpers

  private static void agreement(DynamicPropertyRegistry registry, int index, String name,
      String validFrom, String... standards) {
    String prefix = "wohnraumerhalt.targets.agreements[" + index + "].";
    registry.add(prefix + "name", () -> name);
    registry.add(prefix + "valid-from", () -> validFrom);
    for (int i = 0; i < standards.length; i++) {
      String standard = prefix + "standards[" + i + "].";
      entry(standards[i], (field, value) -> registry.add(standard + field, () -> value));
    }
  }

  /** "1.4 80 proposed - none": id, target, its status, minimum, its status; "-" for no value. */
  private static void entry(String spec, java.util.function.BiConsumer<String, String> property) {
    String[] parts = spec.split(" ");
    property.accept("id", parts[0]);
    if (!parts[1].equals("-")) {
      property.accept("target", parts[1]);
    }
    property.accept("target-status", parts[2]);
    if (!parts[3].equals("-")) {
      property.accept("minimum", parts[3]);
    }
    property.accept("minimum-status", parts[4]);
  }

  private static void assertCorridor(JsonNode value, Integer target, String targetStatus,
      Integer minimum, String minimumStatus) {
    if (target == null) {
      assertThat(value.path("target").isNull()).as("target").isTrue();
    } else {
      assertThat(value.path("target").asInt()).as("target").isEqualTo(target);
    }
    assertThat(value.path("targetStatus").asText()).isEqualTo(targetStatus);
    if (minimum == null) {
      assertThat(value.path("minimum").isNull()).as("minimum").isTrue();
    } else {
      assertThat(value.path("minimum").asInt()).as("minimum").isEqualTo(minimum);
    }
    assertThat(value.path("minimumStatus").asText()).isEqualTo(minimumStatus);
  }

  private <T> ResponseEntity<T> get(String path, MediaType accept, Class<T> type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("monitoring", "demo");
    headers.setAccept(List.of(accept));
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), type);
  }
}
