package de.berlin.sozwohn.wohnraumerhalt.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.CockpitSession;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Cockpit plugin in the running app: its assets and Chart.js are served, its data answers a
 * user logged in to the webapp (session cookie) with the scope of /api/kpi and /api/ppbe, and
 * refuses who may not see it.
 *
 * <p>An own context: the Spring Boot starter initialises the webapp's filters lazily, on the first
 * request, from a static application context – the one started last. In the shared context, after
 * another test class has started and closed its own, every webapp request would fail (500).
 */
@AppTest
@TestPropertySource(properties = {
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true"})
@DirtiesContext
class CockpitPluginTest {

  static final String PLUGIN = "/camunda/api/cockpit/plugin/wohnraumerhalt";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  final ObjectMapper json = new ObjectMapper();
  String data;

  @BeforeEach
  void engineName() {
    data = PLUGIN + "/" + engine.getName();
  }

  @Test
  void servesItsScriptStylesAndChartJs() throws Exception {
    HttpResponse<String> script = anonymous().get(PLUGIN + "/static/app/plugin.js");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).contains("javascript"));
    assertThat(script.body()).contains("cockpit.route", "cockpit.navigation", "Kennzahlen",
        "Personalbedarf", "/webjars/chart.js/4.5.1/dist/chart.umd.js");
    // a proposal is never a plain "Zielwert"; Berlin beside a district is named as such
    assertThat(script.body()).contains(
        "Vorschlag: perspektivischer Wert der AG Fachstellenkonzept, noch nicht vereinbart",
        "proposed: 'Vorschlag'", "agreed: 'vereinbart'", "'Berlin (alle Bezirke)'",
        "standard.noValueText");
    HttpResponse<String> css = anonymous().get(PLUGIN + "/static/app/plugin.css");
    assertThat(css.statusCode()).isEqualTo(200);
    HttpResponse<String> chart = anonymous().get("/webjars/chart.js/4.5.1/dist/chart.umd.js");
    assertThat(chart.statusCode()).isEqualTo(200);
    assertThat(chart.body()).contains("Chart");
  }

  @Test
  void processOwnerSeesEveryDistrictAndBerlinOverFourHalfYears() throws Exception {
    CockpitSession prozess = login("prozess", "demo");
    HttpResponse<String> response = prozess.get(data + "/kennzahlen");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json.readTree(response.body());
    assertThat(body.get("berlin").asBoolean()).isTrue();
    assertThat(body.get("berlinWide").asBoolean()).isTrue();
    assertThat(body.get("districts")).hasSize(Districts.IDS.size());
    assertThat(body.get("agreement").asText()).isEqualTo("Zielvereinbarung SozWohn 2026–2027");
    // the corridor with how binding it is (built-in agreement, as application.yaml states it)
    JsonNode standards = body.get("standards");
    assertThat(standards).hasSize(6);
    assertThat(standards.get(0).get("id").asText()).isEqualTo("1.1");
    assertThat(standards.get(0).get("target").asInt()).isEqualTo(100);
    assertThat(standards.get(0).get("targetStatus").asText()).isEqualTo("proposed");
    assertThat(standards.get(0).get("minimum").asInt()).isEqualTo(80);
    assertThat(standards.get(0).get("minimumStatus").asText()).isEqualTo("proposed");
    assertThat(standards.get(3).get("target").isNull()).isTrue();
    assertThat(standards.get(3).get("targetStatus").asText()).isEqualTo("none");
    assertThat(standards.get(4).get("id").asText()).isEqualTo("1.5");
    assertThat(standards.get(4).get("targetStatus").asText()).isEqualTo("agreed");
    assertThat(standards.get(4).get("noValueText").asText()).isEqualTo("keine Selbstauskunft");
    assertThat(standards.get(5).get("noValueText").asText()).isEqualTo("keine Befragung");
    assertThat(standards.get(0).get("noValueText").asText()).isEqualTo("keine Fälle");
    JsonNode halfYears = body.get("halfYears");
    assertThat(halfYears).hasSize(CockpitReports.HALF_YEARS);
    assertThat(halfYears.get(3).get("current").asBoolean()).isTrue();
    assertThat(halfYears.get(0).get("current").asBoolean()).isFalse();
    JsonNode report = halfYears.get(3).get("report");
    assertThat(report.get("districts")).hasSize(Districts.IDS.size());
    assertThat(report.get("berlin").get("indicators").get("1.2").get("minimum").asInt())
        .isEqualTo(60);
    assertThat(report.get("berlin").get("indicators").get("1.2").get("minimumStatus").asText())
        .isEqualTo("proposed");
    JsonNode cohorts = halfYears.get(3).get("cohorts");
    assertThat(cohorts.has("berlin")).isTrue();
    assertThat(cohorts.get("mitte").get("cases").isInt()).isTrue();
    assertThat(body.get("outcomeNames").get("housing-retained").asText())
        .isEqualTo("Wohnung erhalten");

    HttpResponse<String> staffing = prozess.get(data + "/personalbedarf?from=2026-01-01"
        + "&to=2026-06-30&casesPerYear=240");
    assertThat(staffing.statusCode()).isEqualTo(200);
    JsonNode ppbe = json.readTree(staffing.body());
    assertThat(ppbe.get("districts")).hasSize(Districts.IDS.size());
    assertThat(ppbe.get("report").get("from").asText()).isEqualTo("2026-01-01");
    assertThat(ppbe.get("report").get("casesPerYear").get("applied").asDouble()).isEqualTo(240);
    assertThat(ppbe.get("report").get("casesPerYear").get("whatIf").asBoolean()).isTrue();
    assertThat(ppbe.get("report").get("berlin").get("model").get("fte").asDouble()).isPositive();
  }

  /** Her own district and, beside it, Berlin over all districts; no other district. */
  @Test
  void teamLeadSeesOwnDistrictAndBerlinBesideIt() throws Exception {
    CockpitSession lead = login("leitung.mitte", "demo");
    JsonNode body = json.readTree(lead.get(data + "/kennzahlen").body());
    assertThat(body.get("berlin").asBoolean()).isTrue();
    assertThat(body.get("berlinWide").asBoolean()).isFalse();
    assertThat(body.get("districts")).hasSize(1);
    assertThat(body.get("standards").get(1).get("targetStatus").asText()).isEqualTo("proposed");
    for (JsonNode halfYear : body.get("halfYears")) {
      JsonNode report = halfYear.get("report");
      assertThat(report.get("districts")).hasSize(1);
      assertThat(report.get("districts").get(0).get("district").asText()).isEqualTo("mitte");
      JsonNode berlin = report.get("berlin").get("indicators");
      assertThat(berlin.fieldNames()).toIterable()
          .containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "2");
      assertThat(berlin.get("1.1").get("targetStatus").asText()).isEqualTo("proposed");
      assertThat(halfYear.get("cohorts").fieldNames()).toIterable()
          .containsExactly("berlin", "mitte");
    }

    assertThat(lead.get(data + "/kennzahlen?district=neukoelln").statusCode()).isEqualTo(403);
    HttpResponse<String> foreign = lead.get(data + "/personalbedarf?district=neukoelln");
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(json.readTree(foreign.body()).get("title").asText()).isEqualTo("Keine Berechtigung");
    HttpResponse<String> own = lead.get(data + "/personalbedarf");
    assertThat(own.statusCode()).isEqualTo(200);
    JsonNode ppbe = json.readTree(own.body()).get("report");
    assertThat(ppbe.get("districts")).hasSize(1);
    assertThat(ppbe.get("berlin").isNull()).isTrue();
  }

  @Test
  void gpmSeesStaffingButNoIndicators() throws Exception {
    CockpitSession gpm = login("gpm", "demo");
    HttpResponse<String> indicators = gpm.get(data + "/kennzahlen");
    assertThat(indicators.statusCode()).isEqualTo(403);
    assertThat(json.readTree(indicators.body()).get("detail").asText()).isNotBlank();
    assertThat(gpm.get(data + "/personalbedarf").statusCode()).isEqualTo(200);
    HttpResponse<String> bad = gpm.get(data + "/personalbedarf?from=2026-07-01&to=2026-01-01");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json.readTree(bad.body()).get("detail").asText()).contains("liegt vor");
  }

  @Test
  void withoutLoginThereIsNoData() throws Exception {
    assertThat(anonymous().get(data + "/kennzahlen").statusCode()).isIn(401, 403);
    assertThat(anonymous().get(data + "/personalbedarf").statusCode()).isIn(401, 403);
  }

  CockpitSession login(String user, String password) throws Exception {
    return CockpitSession.login(port, engine.getName(), user, password);
  }

  CockpitSession anonymous() {
    return CockpitSession.anonymous(port);
  }
}
