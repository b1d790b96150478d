package de.berlin.sozwohn.wohnraumerhalt.impact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.CockpitSession;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The section "Wirkung und Kosten" of the Cockpit page "Kennzahlen": the plugin script has it, and
 * {@code GET /api/impact} answers a user logged in to Cockpit (session cookie, no HTTP Basic) with
 * the scope of {@code /api/kpi} – the one {@code /api} path besides a case's letters that the
 * webapp login opens; {@code /api/kpi} still wants HTTP Basic.
 *
 * <p>An own context, as {@code cockpit.CockpitPluginTest} explains: the webapp's filters bind to
 * the application context started last.
 */
@AppTest
@TestPropertySource(properties = {
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true"})
@DirtiesContext
class ImpactCockpitTest {

  static final String PERIOD = "from=2039-01-01&to=2039-06-30";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void theKennzahlenPageHasTheSection() throws Exception {
    HttpResponse<String> script = CockpitSession.anonymous(port)
        .get("/camunda/api/cockpit/plugin/wohnraumerhalt/static/app/plugin.js");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body()).contains("function renderImpact(", "/api/impact?",
        "Wirkung und Kosten", "<strong>Schätzung.</strong>", "Präventionsfaktor");
  }

  @Test
  void theCockpitLoginReadsTheImpactOfItsOwnDistrict() throws Exception {
    CockpitSession lead = login("leitung.lichtenberg", "demo");
    HttpResponse<String> own = lead.get("/api/impact?" + PERIOD);
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    JsonNode body = json.readTree(own.body());
    assertThat(body.path("districts")).hasSize(1);
    assertThat(body.path("districts").get(0).path("district").asText()).isEqualTo("lichtenberg");
    assertThat(body.path("berlin").path("district").asText()).isEqualTo("berlin");
    assertThat(lead.get("/api/impact?" + PERIOD + "&district=pankow").statusCode())
        .isEqualTo(403);
    // only /api/impact: the other aggregates still want HTTP Basic
    assertThat(lead.get("/api/kpi?" + PERIOD).statusCode()).isEqualTo(401);
    // without a login
    assertThat(CockpitSession.anonymous(port).get("/api/impact?" + PERIOD).statusCode())
        .isEqualTo(401);
  }

  CockpitSession login(String user, String password) throws Exception {
    return CockpitSession.login(port, engine.getName(), user, password);
  }
}
