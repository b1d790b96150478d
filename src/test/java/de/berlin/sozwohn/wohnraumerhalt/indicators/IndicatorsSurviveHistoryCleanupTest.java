package de.berlin.sozwohn.wohnraumerhalt.indicators;

import static de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys.TASK_HOME_VISIT_1;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.intake.CaseStartVariables;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TestClock;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SPEC §4: "the numbers must survive the deletion of personal data". Cases of Lichtenberg in 2031
 * are worked to their end, Camunda's removal-time-based history cleanup deletes their history after
 * the time to live (5 years), and the indicators of the past period stay exactly the same.
 */
@AppTest
class IndicatorsSurviveHistoryCleanupTest {

  static final String DISTRICT = "lichtenberg";
  static final String H1_2031 = "/api/kpi?from=2031-01-01&to=2031-06-30&district=" + DISTRICT;

  @Autowired ProcessEngine engine;

  @Autowired CaseStartVariables startVariables;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void setUp() {
    ClockUtil.reset();
    // the PostgreSQL suite keeps its schema between runs: start from no Lichtenberg facts
    jdbc.update("DELETE FROM kpi_visit_fact WHERE case_key IN "
        + "(SELECT case_key FROM kpi_case_fact WHERE district = ?)", DISTRICT);
    jdbc.update("DELETE FROM kpi_eviction_fact WHERE district = ?", DISTRICT);
    jdbc.update("DELETE FROM kpi_case_fact WHERE district = ?", DISTRICT);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void indicatorsOfAPastPeriodDoNotChangeWhenTheHistoryIsCleanedUp() throws Exception {
    CaseDriver cases = new CaseDriver(engine, startVariables, DISTRICT);
    // A: letter in time, the household calls (no visit needed), closed, followed up
    ProcessInstance a = cases.courtCase("2031-03-03");
    cases.sendCourtLetter(a, "2031-03-05", "2031-03-12T10:00");
    cases.recordContact(a, "2031-03-07", "phone");
    cases.counsel(a, "2031-03-12");
    cases.closeCase(a, "2031-03-20", "housing-retained");
    // B: letter late (Mon 10 Mar -> Mon 17 Mar = 5), visit late (due Mon 31 Mar, made Wed 2 Apr)
    ProcessInstance b = cases.courtCase("2031-03-10");
    cases.sendCourtLetter(b, "2031-03-17", "2031-03-24T10:00");
    cases.appointmentPassed(b, "2031-03-25");
    cases.visit(b, TASK_HOME_VISIT_1, "2031-04-02", 2, false, false);
    cases.closeCase(b, "2031-04-10", "no-contact");
    // C: opened by a bailiff notice, letter in time, eviction attended
    ProcessInstance c = cases.bailiffCase("2031-04-01", "2031-05-13T09:00");
    cases.sendEvictionLetter(c, "2031-04-02");
    cases.decideAttendance(c, "2031-04-03", true);
    cases.attendEviction(c, "2031-05-13", true, 2, true);
    cases.closeCase(c, "2031-05-14", "eviction-carried-out");
    // twelve months later the follow-ups end the cases
    cases.followUp(a, "2032-03-25", true);
    cases.followUp(b, "2032-04-15", false);
    cases.followUp(c, "2032-05-20", false);
    Set<String> ids = Set.of(a.getId(), b.getId(), c.getId());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(ids)
        .count()).as("all cases ended").isZero();

    TestClock.at("2032-06-01T09:00");
    JsonNode before = report();
    JsonNode indicators = before.path("districts").get(0).path("indicators");
    assertThat(indicators.path("1.1").path("numerator").asInt()).isEqualTo(1);
    assertThat(indicators.path("1.1").path("denominator").asInt()).isEqualTo(2);
    assertThat(indicators.path("1.2").path("numerator").asInt()).isZero();
    assertThat(indicators.path("1.2").path("denominator").asInt()).isEqualTo(1);
    assertThat(indicators.path("1.3").path("percent").asDouble()).isEqualTo(100.0);
    assertThat(indicators.path("1.4").path("percent").asDouble()).isEqualTo(100.0);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(
        ids.toArray(String[]::new)).variableName("householdName").count()).isEqualTo(3);

    // five years after the end (historyTimeToLive P1825D) the history – with the names – is gone
    TestClock.at("2037-07-01T02:00");
    cleanUpHistory(ids);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceIds(ids).count())
        .isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(
        ids.toArray(String[]::new)).count()).isZero();
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(a.getId())
        .count()).isZero();

    // ... the indicators of 2031 are unchanged, whenever they are asked for
    assertThat(report()).isEqualTo(before);
    TestClock.at("2032-06-01T09:00");
    assertThat(report()).isEqualTo(before);
  }

  /** Runs Camunda's history cleanup job now (as the night window would) until the cases are gone. */
  private void cleanUpHistory(Set<String> ids) {
    for (int round = 0; round < 20
        && historyService.createHistoricProcessInstanceQuery().processInstanceIds(ids).count() > 0;
        round++) {
      Job job = historyService.cleanUpHistoryAsync(true);
      managementService.executeJob(job.getId());
    }
  }

  private JsonNode report() throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("monitoring", "demo");
    ResponseEntity<String> response = rest.exchange(H1_2031, HttpMethod.GET,
        new HttpEntity<>(headers), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.path("districts").findValuesAsText("district")).isEqualTo(List.of(DISTRICT));
    return body;
  }
}
