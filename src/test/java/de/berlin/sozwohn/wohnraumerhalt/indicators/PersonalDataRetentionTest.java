package de.berlin.sozwohn.wohnraumerhalt.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.intake.CaseStartVariables;
import de.berlin.sozwohn.wohnraumerhalt.security.PersonalDataCleanup;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import de.berlin.sozwohn.wohnraumerhalt.support.TestClock;
import de.berlin.sozwohn.wohnraumerhalt.support.TestNotices;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retention of the personal data kept outside Camunda (letters, case registry, court files): it
 * goes when the case's history goes – Camunda's history cleanup five years after the end – and not
 * before; a running case keeps everything. Afterwards the court file may open a new case.
 */
@AppTest
class PersonalDataRetentionTest {

  private static final String DISTRICT = "pankow";
  private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

  @Autowired ProcessEngine engine;

  @Autowired CaseStartVariables startVariables;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired PersonalDataCleanup cleanup;
  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void lettersAndRegistryEntriesGoWithTheHistoryOfTheCaseAndNotBefore() throws Exception {
    TestClock.at("2031-03-03T09:00");
    JsonNode ended = file("11 C 1-" + RUN + "/31", "Endweg 1 " + RUN, "2031-03-03");
    JsonNode running = file("11 C 2-" + RUN + "/31", "Laufweg 2 " + RUN, "2031-03-03");
    CaseDriver cases = new CaseDriver(engine, startVariables, DISTRICT);
    ProcessInstance e = instance(ended);
    cases.sendCourtLetter(e, "2031-03-04", "2031-03-11T10:00");
    cases.recordContact(e, "2031-03-05", "phone");
    cases.counsel(e, "2031-03-12");
    cases.closeCase(e, "2031-03-20", "housing-retained");
    cases.followUp(e, "2032-03-25", true);
    ProcessInstance r = instance(running);
    cases.sendCourtLetter(r, "2031-03-04", "2031-03-11T10:00");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(e.getId()).count()).as("the first case has ended").isZero();
    assertThat(rows(ended)).isEqualTo(new Rows(1, 1, 1));
    assertThat(rows(running)).isEqualTo(new Rows(1, 1, 1));

    // while the history is kept (5 years after the end), nothing goes
    TestClock.at("2036-06-01T05:30");
    cleanup.removeDataOfCasesWithoutHistory();
    assertThat(rows(ended)).isEqualTo(new Rows(1, 1, 1));

    // the night after the history cleanup removed the ended case, its letters and entries go too
    TestClock.at("2037-07-01T02:00");
    cleanUpHistory(e.getId());
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(e.getId())
        .count()).isZero();
    PersonalDataCleanup.Removed removed = cleanup.removeDataOfCasesWithoutHistory();
    assertThat(removed.letters()).isPositive();
    assertThat(removed.cases()).isPositive();
    assertThat(rows(ended)).isEqualTo(new Rows(0, 0, 0));
    assertThat(rows(running)).as("a running case keeps its data").isEqualTo(new Rows(1, 1, 1));
    assertThat(cleanup.removeDataOfCasesWithoutHistory().letters()).as("idempotent").isZero();

    // the court file of the removed case opens a new case now (no stale duplicate)
    JsonNode again = file("11 C 1-" + RUN + "/31", "Endweg 1 " + RUN, "2037-06-30");
    assertThat(again.get("caseId").asText()).isNotEqualTo(ended.get("caseId").asText());
  }

  record Rows(long letters, long registry, long courtFiles) {}

  private Rows rows(JsonNode opened) {
    String caseId = opened.get("caseId").asText();
    return new Rows(
        count("SELECT count(*) FROM case_letter WHERE case_id = ?", caseId),
        count("SELECT count(*) FROM case_registry WHERE case_id = ?", caseId),
        count("SELECT count(*) FROM court_notice WHERE case_id = ?", caseId));
  }

  private long count(String sql, String caseId) {
    return jdbc.queryForObject(sql, Long.class, caseId);
  }

  private ProcessInstance instance(JsonNode opened) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(opened.get("processInstanceId").asText()).singleResult();
  }

  private JsonNode file(String courtFileNumber, String street, String receivedOn) throws Exception {
    Map<String, Object> notice = TestNotices.courtNotice(DISTRICT, courtFileNumber,
        LocalDate.parse(receivedOn), "Erika Mustermann", street);
    ResponseEntity<String> response = rest.withBasicAuth("admin", "admin")
        .postForEntity("/api/notices/court", notice, String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    return json.readTree(response.getBody());
  }

  /** Camunda's history cleanup, run now as the night window would, until the case is gone. */
  private void cleanUpHistory(String processInstanceId) {
    for (int round = 0; round < 20 && historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).count() > 0; round++) {
      Job job = historyService.cleanUpHistoryAsync(true);
      managementService.executeJob(job.getId());
    }
  }
}
