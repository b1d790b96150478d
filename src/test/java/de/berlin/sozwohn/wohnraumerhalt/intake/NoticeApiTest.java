package de.berlin.sozwohn.wohnraumerhalt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.security.PersonalDataCleanup;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The intake REST API of SPEC §7 end to end: HTTP, validation, registry, process and engine. */
@AppTest
class NoticeApiTest {

  static final String COURT = "/api/notices/court";
  static final String BAILIFF = "/api/notices/bailiff";
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final AtomicInteger FILE_NUMBERS = new AtomicInteger();
  /** Unique per run: the PostgreSQL suite keeps one schema for all test classes. */
  static final String RUN = UUID.randomUUID().toString().substring(0, 6);

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired CaseRegistry registry;
  @Autowired HistoryService historyService;
  @Autowired PersonalDataCleanup cleanup;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  // --- court notice ---------------------------------------------------------------------------

  @Test
  void aCourtNoticeOpensACaseInTheDistrictsTenant() throws Exception {
    Map<String, Object> notice = courtNotice();
    set(notice, "household.city", null);
    var response = post("fk.mitte", COURT, notice);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(response.getBody());
    String caseId = body.get("caseId").asText();
    String processInstanceId = body.get("processInstanceId").asText();
    assertThat(caseId).matches("MI-" + today().getYear() + "-\\d{5}");

    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    assertThat(instance.getTenantId()).isEqualTo("mitte");
    assertThat(instance.getBusinessKey()).isEqualTo(caseId);
    assertThat(instance.getProcessDefinitionKey()).isEqualTo(ProcessKeys.PROCESS);

    Map<String, Object> variables = runtimeService.getVariables(processInstanceId);
    assertThat(variables)
        .containsEntry(CaseVariables.CASE_ID, caseId)
        .containsEntry(CaseVariables.DISTRICT, "mitte")
        .containsEntry(CaseVariables.CASE_ORIGIN, "court")
        .containsEntry(CaseVariables.COURT, "Amtsgericht Mitte")
        .containsEntry(CaseVariables.COURT_FILE_NUMBER, notice.get("courtFileNumber"))
        .containsEntry(CaseVariables.RECEIVED_ON, notice.get("receivedOn"))
        .containsEntry(CaseVariables.HOUSEHOLD_NAME, "Erika Mustermann")
        .containsEntry(CaseVariables.HOUSEHOLD_STREET, "Musterstraße 1")
        .containsEntry(CaseVariables.HOUSEHOLD_POSTAL_CODE, "10115")
        .containsEntry(CaseVariables.HOUSEHOLD_CITY, "Berlin")
        .containsEntry(CaseVariables.HOUSEHOLD_PHONE, null)
        .containsEntry(CaseVariables.HOUSEHOLD_EMAIL, null)
        .containsEntry(CaseVariables.LANDLORD, "Wohnbau GmbH")
        .containsEntry(CaseVariables.ARREARS, 2450.0)
        .containsEntry(CaseVariables.HEARING_ON, null)
        .containsEntry(CaseVariables.ENTERED_BY, "fk.mitte")
        .containsEntry(CaseVariables.CONTACT_ESTABLISHED, false)
        .containsEntry(CaseVariables.CLOSURE_OPEN, false);
    assertThat((String) variables.get(CaseVariables.APPOINTMENT_AT))
        .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    LocalDate letterDue = LocalDate.parse((String) variables.get(CaseVariables.COURT_LETTER_DUE_ON));
    LocalDate receivedOn = LocalDate.parse((String) notice.get("receivedOn"));
    assertThat(letterDue).isAfter(receivedOn.plusDays(2)).isBefore(receivedOn.plusDays(12));

    // the letter is due; a contact can be recorded from the case's start (SPEC §3 step 8)
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(processInstanceId).list();
    assertThat(tasks).extracting(Task::getTaskDefinitionKey).containsExactlyInAnyOrder(
        ProcessKeys.TASK_SEND_COURT_LETTER, ProcessKeys.TASK_RECORD_CONTACT);
    assertThat(tasks).extracting(Task::getTenantId).containsOnly("mitte");

    assertThat(registry.find(caseId)).contains(new CaseRegistry.RegisteredCase(caseId, "mitte",
        "court", processInstanceId, "open"));
  }

  @Test
  void theOptionalFieldsAreStoredTrimmed() throws Exception {
    Map<String, Object> notice = courtNotice();
    set(notice, "court", "  Amtsgericht   Mitte ");
    set(notice, "household.phone", " 030 1234567 ");
    set(notice, "household.email", "erika@example.de");
    set(notice, "hearingOn", today().plusDays(30).toString());
    set(notice, "arrears", null);
    var response = post("fk.mitte", COURT, notice);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Map<String, Object> variables =
        runtimeService.getVariables(json.readTree(response.getBody()).get("processInstanceId").asText());
    assertThat(variables)
        .containsEntry(CaseVariables.COURT, "Amtsgericht   Mitte")
        .containsEntry(CaseVariables.HOUSEHOLD_PHONE, "030 1234567")
        .containsEntry(CaseVariables.HOUSEHOLD_EMAIL, "erika@example.de")
        .containsEntry(CaseVariables.HEARING_ON, today().plusDays(30).toString())
        .containsEntry(CaseVariables.ARREARS, null);
  }

  @Test
  void caseIdsCountUpPerDistrict() throws Exception {
    String first = caseIdOf(post("fk.mitte", COURT, courtNotice()));
    String second = caseIdOf(post("fk.mitte", COURT, courtNotice()));
    assertThat(number(second)).isEqualTo(number(first) + 1);
  }

  static Stream<Arguments> badCourtNotices() {
    LocalDate today = LocalDate.now(BERLIN);
    return Stream.of(
        Arguments.of("district", "atlantis"),
        Arguments.of("district", null),
        Arguments.of("court", null),
        Arguments.of("court", "G".repeat(201)),
        Arguments.of("courtFileNumber", null),
        Arguments.of("courtFileNumber", "  "),
        Arguments.of("receivedOn", null),
        Arguments.of("receivedOn", "02.03.2026"),
        Arguments.of("receivedOn", "2026-02-30"),
        Arguments.of("receivedOn", today.plusDays(1).toString()),
        Arguments.of("receivedOn", today.minusYears(2).toString()),
        Arguments.of("household", null),
        Arguments.of("household.name", null),
        Arguments.of("household.street", ""),
        Arguments.of("household.postalCode", null),
        Arguments.of("household.postalCode", "1011"),
        Arguments.of("household.postalCode", "80331"),
        Arguments.of("household.phone", "bitte anrufen"),
        Arguments.of("household.email", "erika.example.de"),
        Arguments.of("landlord", "L".repeat(201)),
        Arguments.of("arrears", -1),
        Arguments.of("hearingOn", "nächste Woche"),
        Arguments.of("hearingOn", "0001-01-01"),
        Arguments.of("hearingOn", "9999-12-31"),
        Arguments.of("hearingOn", today.plusYears(3).toString()),
        Arguments.of("household.name", "\u200B"),
        Arguments.of("household.name", "12345"),
        Arguments.of("household.name", "Erika \u202EnnamretsuM"),
        Arguments.of("household.street", "Musterstraße\u2028 1"),
        Arguments.of("landlord", "\u2066Wohnbau GmbH\u2069"),
        Arguments.of("landlord", "---"),
        Arguments.of("court", "AG\u0085Mitte"),
        Arguments.of("courtFileNumber", "12 C\u200E 345/26"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("badCourtNotices")
  void aBadCourtNoticeIsA400NamingTheFieldAndStoresNothing(String field, Object value)
      throws Exception {
    Map<String, Object> notice = courtNotice();
    set(notice, field, value);
    Counts before = counts();

    var response = post("fk.mitte", COURT, notice);

    assertProblem(response, HttpStatus.BAD_REQUEST, IntakeProblems.INVALID_NOTICE.toString());
    JsonNode problem = json.readTree(response.getBody());
    assertThat(problem.get("title").asText()).isEqualTo("Ungültige Mitteilung");
    assertThat(fields(problem)).containsExactly(field);
    assertThat(problem.get("errors").get(0).get("message").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).contains(field).contains("nichts gespeichert");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void allBadFieldsAreNamedAtOnce() throws Exception {
    Map<String, Object> notice = courtNotice();
    set(notice, "district", "atlantis");
    set(notice, "courtFileNumber", null);
    set(notice, "household.postalCode", "80331");
    var response = post("fk.mitte", COURT, notice);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(json.readTree(response.getBody())))
        .containsExactly("district", "courtFileNumber", "household.postalCode");
  }

  @Test
  void theSameCourtFileTwiceIsA409NamingTheExistingCase() throws Exception {
    Map<String, Object> notice = courtNotice();
    String caseId = caseIdOf(post("fk.mitte", COURT, notice));
    Counts before = counts();

    Map<String, Object> again = courtNotice();
    set(again, "courtFileNumber", ((String) notice.get("courtFileNumber")).toLowerCase()
        .replace(" ", "  ").replace("/", " / "));
    set(again, "court", "AG Mitte");
    set(again, "household.name", "Someone Else");
    var response = post("fk.mitte", COURT, again);

    assertDuplicateOf(response, caseId, before);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId)
        .count()).isEqualTo(1);
  }

  /** Zero-width space, soft hyphen, BOM: invisible characters do not make a new court file. */
  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"200B", "00AD", "FEFF"})
  void theSameCourtFileWithAnInvisibleCharacterIsA409NamingTheExistingCase(String hex)
      throws Exception {
    Map<String, Object> notice = courtNotice();
    String caseId = caseIdOf(post("fk.mitte", COURT, notice));
    Counts before = counts();

    String invisible = Character.toString(Integer.parseInt(hex, 16));
    Map<String, Object> again = courtNotice();
    String file = (String) notice.get("courtFileNumber");
    set(again, "courtFileNumber", invisible + file.replace(" C ", " C" + invisible + " "));
    set(again, "court", "Amtsgericht" + invisible + " Mitte");
    var response = post("fk.mitte", COURT, again);

    assertDuplicateOf(response, caseId, before);
  }

  @Test
  void aCourtFileStaysTakenAfterItsCaseIsClosed() throws Exception {
    Map<String, Object> notice = courtNotice();
    String caseId = caseIdOf(post("fk.mitte", COURT, notice));
    registry.markClosed(caseId);
    var response = post("fk.mitte", COURT, notice);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(response.getBody()).get("existingCaseId").asText()).isEqualTo(caseId);
  }

  @Test
  void concurrentDuplicatesOpenOneCase() throws Exception {
    Map<String, Object> notice = courtNotice();
    List<ResponseEntity<String>> responses = parallel(6, () -> post("fk.mitte", COURT, notice));
    List<ResponseEntity<String>> created = responses.stream()
        .filter(r -> r.getStatusCode() == HttpStatus.CREATED).toList();
    assertThat(created).hasSize(1);
    String caseId = caseIdOf(created.get(0));
    assertThat(responses).filteredOn(r -> r.getStatusCode() != HttpStatus.CREATED)
        .hasSize(5)
        .allSatisfy(r -> {
          assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
          assertThat(json.readTree(r.getBody()).get("existingCaseId").asText()).isEqualTo(caseId);
        });
    assertThat(runtimeService.createProcessInstanceQuery()
        .variableValueEquals(CaseVariables.COURT_FILE_NUMBER, notice.get("courtFileNumber"))
        .count()).isEqualTo(1);
  }

  @Test
  void theUniqueConstraintDecidesARaceBetweenDistricts() throws Exception {
    // different districts do not wait for each other: only the database's key on court + court
    // file number keeps the second notice out
    for (int round = 0; round < 3; round++) {
      Map<String, Object> mitte = courtNotice();
      Map<String, Object> neukoelln = courtNotice();
      set(neukoelln, "courtFileNumber", mitte.get("courtFileNumber"));
      set(neukoelln, "district", "neukoelln");
      set(neukoelln, "household.postalCode", "12043");
      Counts before = counts();
      List<Callable<ResponseEntity<String>>> calls = List.of(
          () -> post("fk.mitte", COURT, mitte), () -> post("fk.neukoelln", COURT, neukoelln));
      List<ResponseEntity<String>> responses = parallel(calls);

      List<ResponseEntity<String>> created = responses.stream()
          .filter(r -> r.getStatusCode() == HttpStatus.CREATED).toList();
      assertThat(created).hasSize(1);
      ResponseEntity<String> rejected = responses.stream()
          .filter(r -> r.getStatusCode() != HttpStatus.CREATED).findFirst().orElseThrow();
      assertProblem(rejected, HttpStatus.CONFLICT, IntakeProblems.DUPLICATE_NOTICE.toString());
      assertThat(json.readTree(rejected.getBody()).get("existingCaseId").asText())
          .isEqualTo(caseIdOf(created.get(0)));
      Counts after = counts();
      assertThat(after.registry()).isEqualTo(before.registry() + 1);
      assertThat(after.courtNotices()).isEqualTo(before.courtNotices() + 1);
      assertThat(after.instances()).isEqualTo(before.instances() + 1);
    }
  }

  @Test
  void concurrentNoticesGetDistinctConsecutiveCaseIds() throws Exception {
    List<ResponseEntity<String>> responses = parallel(6, () -> post("fk.mitte", COURT, courtNotice()));
    assertThat(responses).allSatisfy(r -> assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CREATED));
    List<Integer> numbers = responses.stream().map(this::caseIdOf).map(NoticeApiTest::number)
        .sorted().toList();
    assertThat(numbers).doesNotHaveDuplicates();
    assertThat(numbers.get(5) - numbers.get(0)).isEqualTo(5);
  }

  // --- bailiff notice -------------------------------------------------------------------------

  @Test
  void aBailiffNoticeJoinsTheOpenCaseOfTheSameCourtFile() throws Exception {
    Map<String, Object> court = courtNotice();
    var opened = json.readTree(post("fk.mitte", COURT, court).getBody());
    String caseId = opened.get("caseId").asText();
    String processInstanceId = opened.get("processInstanceId").asText();
    Counts before = counts();

    Map<String, Object> notice = bailiffNotice();
    set(notice, "household.name", "Max Mustermann");
    set(notice, "court", "AG Mitte");
    set(notice, "courtFileNumber", court.get("courtFileNumber"));
    var response = post("fk.mitte", BAILIFF, notice);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.get("caseId").asText()).isEqualTo(caseId);
    assertThat(body.get("processInstanceId").asText()).isEqualTo(processInstanceId);
    assertThat(body.get("joined").asBoolean()).isTrue();
    assertThat(counts()).isEqualTo(before);
    assertEvictionLetterTask(processInstanceId, notice);
  }

  @Test
  void aBailiffNoticeWithoutCourtFileJoinsTheOpenCaseOfTheSameHousehold() throws Exception {
    Map<String, Object> court = courtNotice();
    String street = uniqueStreet("Hausweg");
    set(court, "household.street", street + " ");
    var opened = json.readTree(post("fk.mitte", COURT, court).getBody());

    Map<String, Object> notice = bailiffNotice();
    set(notice, "household.name", "Mustermann, Erika");
    set(notice, "household.street", street.replace("weg", "Weg"));
    var response = post("fk.mitte", BAILIFF, notice);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.get("caseId").asText()).isEqualTo(opened.get("caseId").asText());
    assertThat(body.get("joined").asBoolean()).isTrue();
    assertEvictionLetterTask(opened.get("processInstanceId").asText(), notice);
  }

  @Test
  void aSecondBailiffNoticeStartsASecondEvictionSubprocessWithItsOwnData() throws Exception {
    Map<String, Object> court = courtNotice();
    String processInstanceId =
        json.readTree(post("fk.mitte", COURT, court).getBody()).get("processInstanceId").asText();
    Map<String, Object> first = bailiffNotice();
    set(first, "court", court.get("court"));
    set(first, "courtFileNumber", court.get("courtFileNumber"));
    Map<String, Object> second = new LinkedHashMap<>(first);
    second.put("bailiffReference", nextBailiffReference());
    second.put("evictionAt", today().plusDays(60) + "T11:30");
    assertThat(post("fk.mitte", BAILIFF, first).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(post("fk.mitte", BAILIFF, second).getStatusCode()).isEqualTo(HttpStatus.OK);

    List<Task> letters = taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(ProcessKeys.TASK_SEND_EVICTION_LETTER).list();
    assertThat(letters).hasSize(2);
    assertThat(letters).extracting(t -> taskService.getVariable(t.getId(), CaseVariables.BAILIFF_REFERENCE))
        .containsExactlyInAnyOrder(first.get("bailiffReference"), second.get("bailiffReference"));
  }

  @Test
  void aBailiffNoticeWithoutOpenCaseOpensOne() throws Exception {
    Counts before = counts();
    Map<String, Object> notice = bailiffNotice();
    set(notice, "household.street", uniqueStreet("Neue Straße"));
    var response = post("fk.mitte", BAILIFF, notice);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(response.getBody());
    String caseId = body.get("caseId").asText();
    String processInstanceId = body.get("processInstanceId").asText();
    assertThat(caseId).matches("MI-" + today().getYear() + "-\\d{5}");
    assertThat(body.get("joined").asBoolean()).isFalse();

    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    assertThat(instance.getTenantId()).isEqualTo("mitte");
    assertThat(instance.getBusinessKey()).isEqualTo(caseId);
    assertThat(runtimeService.getVariables(processInstanceId))
        .containsEntry(CaseVariables.CASE_ID, caseId)
        .containsEntry(CaseVariables.CASE_ORIGIN, "bailiff")
        .containsEntry(CaseVariables.RECEIVED_ON, notice.get("receivedOn"))
        .containsEntry(CaseVariables.COURT, null)
        .containsEntry(CaseVariables.COURT_FILE_NUMBER, null)
        .containsEntry(CaseVariables.ENTERED_BY, "fk.mitte")
        .containsEntry(CaseVariables.CONTACT_ESTABLISHED, false);
    assertEvictionLetterTask(processInstanceId, notice);
    assertThat(registry.find(caseId)).get().extracting(CaseRegistry.RegisteredCase::origin)
        .isEqualTo("bailiff");
    Counts after = counts();
    assertThat(after.registry()).isEqualTo(before.registry() + 1);
    assertThat(after.courtNotices()).isEqualTo(before.courtNotices());
    assertThat(after.instances()).isEqualTo(before.instances() + 1);
  }

  @Test
  void aBailiffNoticeForTheCourtFileOfAClosedCaseOpensANewCase() throws Exception {
    Map<String, Object> court = courtNotice();
    String closed = caseIdOf(post("fk.mitte", COURT, court));
    registry.markClosed(closed);

    Map<String, Object> notice = bailiffNotice();
    set(notice, "court", court.get("court"));
    set(notice, "courtFileNumber", court.get("courtFileNumber"));
    var response = post("fk.mitte", BAILIFF, notice);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.get("caseId").asText()).isNotEqualTo(closed);
    assertThat(body.get("joined").asBoolean()).isFalse();
    assertThat(runtimeService.getVariable(body.get("processInstanceId").asText(),
        CaseVariables.COURT_FILE_NUMBER)).isEqualTo(court.get("courtFileNumber"));

    // and the next bailiff notice on that file joins the new case
    Map<String, Object> nextNotice = new LinkedHashMap<>(notice);
    nextNotice.put("bailiffReference", nextBailiffReference());
    var next = post("fk.mitte", BAILIFF, nextNotice);
    assertThat(next.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(next.getBody()).get("caseId").asText())
        .isEqualTo(body.get("caseId").asText());
  }

  @Test
  void aCourtNoticeForTheFileOfAnOpenBailiffCaseIsADuplicateToo() throws Exception {
    Map<String, Object> notice = bailiffNotice();
    set(notice, "court", "Amtsgericht Mitte");
    set(notice, "courtFileNumber", nextFileNumber());
    var opened = post("fk.mitte", BAILIFF, notice);
    assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    Map<String, Object> court = courtNotice();
    set(court, "courtFileNumber", notice.get("courtFileNumber"));
    var response = post("fk.mitte", COURT, court);
    assertProblem(response, HttpStatus.CONFLICT, IntakeProblems.DUPLICATE_NOTICE.toString());
    assertThat(json.readTree(response.getBody()).get("existingCaseId").asText())
        .isEqualTo(caseIdOf(opened));
  }

  @Test
  void aBailiffNoticeDoesNotJoinACaseOfAnotherDistrict() throws Exception {
    Map<String, Object> court = courtNotice();
    caseIdOf(post("fk.mitte", COURT, court));
    Map<String, Object> notice = bailiffNotice();
    set(notice, "district", "neukoelln");
    set(notice, "household.postalCode", "12043");
    set(notice, "court", court.get("court"));
    set(notice, "courtFileNumber", court.get("courtFileNumber"));
    var response = post("fk.neukoelln", BAILIFF, notice);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(caseIdOf(response)).startsWith("NK-");
  }

  static Stream<Arguments> badBailiffNotices() {
    LocalDate today = LocalDate.now(BERLIN);
    return Stream.of(
        Arguments.of("district", "atlantis", "district"),
        Arguments.of("bailiffReference", null, "bailiffReference"),
        Arguments.of("receivedOn", "heute", "receivedOn"),
        Arguments.of("receivedOn", today.plusDays(1).toString(), "receivedOn"),
        Arguments.of("evictionAt", null, "evictionAt"),
        Arguments.of("evictionAt", "12.05.2026 09:00", "evictionAt"),
        Arguments.of("evictionAt", today.minusDays(10) + "T09:00", "evictionAt"),
        Arguments.of("evictionAt", "9999-12-31T09:00", "evictionAt"),
        Arguments.of("evictionAt", today.plusYears(1).plusDays(1) + "T09:00", "evictionAt"),
        Arguments.of("bailiffReference", "DR II\u202E 1/26", "bailiffReference"),
        Arguments.of("bailiffReference", "\u200B\uFEFF", "bailiffReference"),
        Arguments.of("household.name", "\u3164", "household.name"),
        Arguments.of("household.postalCode", "99999", "household.postalCode"),
        Arguments.of("court", "Amtsgericht Mitte", "courtFileNumber"),
        Arguments.of("courtFileNumber", "12 C 1/26", "court"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("badBailiffNotices")
  void aBadBailiffNoticeIsA400NamingTheFieldAndStoresNothing(String field, Object value,
      String named) throws Exception {
    Map<String, Object> notice = bailiffNotice();
    set(notice, field, value);
    Counts before = counts();
    long evictionLetters = evictionLetterCount();

    var response = post("fk.mitte", BAILIFF, notice);

    assertProblem(response, HttpStatus.BAD_REQUEST, IntakeProblems.INVALID_NOTICE.toString());
    assertThat(fields(json.readTree(response.getBody()))).containsExactly(named);
    assertThat(counts()).isEqualTo(before);
    assertThat(evictionLetterCount()).isEqualTo(evictionLetters);
  }

  // --- the same bailiff notice twice (SPEC §3: district + bailiffReference) -------------------

  @Test
  void theSameBailiffNoticeTwiceIsA409NamingTheCase() throws Exception {
    Map<String, Object> notice = bailiffNotice();
    var first = post("fk.mitte", BAILIFF, notice);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseId = caseIdOf(first);
    Counts before = counts();
    long evictionLetters = evictionLetterCount();
    long bailiffNotices = bailiffNoticeRows();

    // written differently – case, spaces, a zero-width space – and for another household
    Map<String, Object> again = bailiffNotice();
    set(again, "bailiffReference", "dr\u200B ii  " + ((String) notice.get("bailiffReference"))
        .substring("DR II ".length()).replace("/", " / "));
    var response = post("fk.mitte", BAILIFF, again);

    assertProblem(response, HttpStatus.CONFLICT, IntakeProblems.DUPLICATE_NOTICE.toString());
    JsonNode problem = json.readTree(response.getBody());
    assertThat(problem.get("title").asText()).isEqualTo("Mitteilung bereits erfasst");
    assertThat(problem.get("existingCaseId").asText()).isEqualTo(caseId);
    assertThat(problem.get("detail").asText()).contains(caseId).contains("Gerichtsvollzieherin");
    assertThat(counts()).isEqualTo(before);
    assertThat(evictionLetterCount()).isEqualTo(evictionLetters);
    assertThat(bailiffNoticeRows()).isEqualTo(bailiffNotices);
  }

  @Test
  void aBailiffNoticeThatJoinedACaseIsADuplicateOfThatCase() throws Exception {
    Map<String, Object> court = courtNotice();
    String caseId = caseIdOf(post("fk.mitte", COURT, court));
    Map<String, Object> notice = bailiffNotice();
    set(notice, "court", court.get("court"));
    set(notice, "courtFileNumber", court.get("courtFileNumber"));
    assertThat(post("fk.mitte", BAILIFF, notice).getStatusCode()).isEqualTo(HttpStatus.OK);
    registry.markClosed(caseId);

    // also after the case was closed: the notice is entered, it does not open a second case
    var response = post("fk.mitte", BAILIFF, notice);
    assertProblem(response, HttpStatus.CONFLICT, IntakeProblems.DUPLICATE_NOTICE.toString());
    assertThat(json.readTree(response.getBody()).get("existingCaseId").asText()).isEqualTo(caseId);
  }

  @Test
  void theSameBailiffReferenceInAnotherDistrictIsAnotherNotice() throws Exception {
    Map<String, Object> notice = bailiffNotice();
    assertThat(post("fk.mitte", BAILIFF, notice).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Map<String, Object> neukoelln = bailiffNotice();
    set(neukoelln, "district", "neukoelln");
    set(neukoelln, "household.postalCode", "12043");
    set(neukoelln, "bailiffReference", notice.get("bailiffReference"));
    assertThat(post("fk.neukoelln", BAILIFF, neukoelln).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  /**
   * 20 identical bailiff notices at once (real HTTP, 20 threads): before the key on district +
   * reference, each became an eviction letter to write. Now one is filed, 19 are 409 naming its
   * case – for a new household (the notice opens the case) and for a household with an open case.
   */
  @ParameterizedTest(name = "open court case: {0}")
  @ValueSource(booleans = {false, true})
  void twentyIdenticalBailiffNoticesInParallelAreOneNotice(boolean openCourtCase)
      throws Exception {
    Map<String, Object> notice = bailiffNotice();
    String courtCase = null;
    if (openCourtCase) {
      Map<String, Object> court = courtNotice();
      set(court, "household.street", ((Map<?, ?>) notice.get("household")).get("street"));
      courtCase = caseIdOf(post("fk.mitte", COURT, court));
    }
    long evictionLetters = evictionLetterCount();
    long instances = counts().instances();

    List<ResponseEntity<String>> responses = parallel(20, () -> post("fk.mitte", BAILIFF, notice));

    List<ResponseEntity<String>> filed = responses.stream()
        .filter(r -> r.getStatusCode().is2xxSuccessful()).toList();
    assertThat(filed).as("exactly one notice filed").hasSize(1);
    assertThat(filed.get(0).getStatusCode())
        .isEqualTo(openCourtCase ? HttpStatus.OK : HttpStatus.CREATED);
    String caseId = caseIdOf(filed.get(0));
    if (openCourtCase) {
      assertThat(caseId).isEqualTo(courtCase);
    }
    assertThat(responses).filteredOn(r -> !r.getStatusCode().is2xxSuccessful()).hasSize(19)
        .allSatisfy(r -> {
          assertProblem(r, HttpStatus.CONFLICT, IntakeProblems.DUPLICATE_NOTICE.toString());
          assertThat(json.readTree(r.getBody()).get("existingCaseId").asText()).isEqualTo(caseId);
        });
    String processInstanceId = json.readTree(filed.get(0).getBody()).get("processInstanceId")
        .asText();
    assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(ProcessKeys.TASK_SEND_EVICTION_LETTER).count())
        .as("exactly one SendEvictionLetter task").isOne();
    assertThat(evictionLetterCount()).isEqualTo(evictionLetters + 1);
    assertThat(counts().instances()).isEqualTo(instances + (openCourtCase ? 0 : 1));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bailiff_notice WHERE case_id = ?",
        Long.class, caseId)).isOne();
  }

  @Test
  void theRetentionCleanupRemovesTheBailiffReferencesOfACaseWithoutHistory() throws Exception {
    Map<String, Object> notice = bailiffNotice();
    JsonNode opened = json.readTree(post("fk.mitte", BAILIFF, notice).getBody());
    String caseId = opened.get("caseId").asText();
    String processInstanceId = opened.get("processInstanceId").asText();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bailiff_notice WHERE case_id = ?",
        Long.class, caseId)).isOne();

    // as Camunda's history cleanup leaves it years after the end: no instance, no history
    runtimeService.deleteProcessInstance(processInstanceId, "Test: Aufbewahrungsfrist");
    historyService.deleteHistoricProcessInstance(processInstanceId);
    PersonalDataCleanup.Removed removed = cleanup.removeDataOfCasesWithoutHistory();

    assertThat(removed.bailiffNotices()).isPositive();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bailiff_notice WHERE case_id = ?",
        Long.class, caseId)).isZero();
    assertThat(registry.find(caseId)).isEmpty();
    // the reference is free again: no stale duplicate
    Map<String, Object> again = bailiffNotice();
    set(again, "bailiffReference", notice.get("bailiffReference"));
    assertThat(post("fk.mitte", BAILIFF, again).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  // --- security and unreadable requests -------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {COURT, BAILIFF})
  void filingForAnotherDistrictIs403(String path) throws Exception {
    Map<String, Object> notice = path.equals(COURT) ? courtNotice() : bailiffNotice();
    set(notice, "district", "neukoelln");
    Counts before = counts();
    var response = post("fk.mitte", path, notice);
    assertProblem(response, HttpStatus.FORBIDDEN, IntakeProblems.FOREIGN_DISTRICT.toString());
    assertThat(json.readTree(response.getBody()).get("detail").asText()).contains("Neukölln");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aTeamLeadMayFileForHerDistrict() throws Exception {
    assertThat(post("leitung.mitte", COURT, courtNotice()).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void theAdminMayFileForAnyDistrict() throws Exception {
    Map<String, Object> notice = courtNotice();
    set(notice, "district", "spandau");
    set(notice, "household.postalCode", "13597");
    var response = post("admin", COURT, notice);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(caseIdOf(response)).startsWith("SP-");
  }

  @ParameterizedTest
  @ValueSource(strings = {"monitoring", "gpm"})
  void usersWithoutDistrictAre403(String user) throws Exception {
    assertThat(post(user, COURT, courtNotice()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void withoutEngineAuthorizationNothingIsStored() throws Exception {
    // member of the tenant mitte, but without any Camunda authorization: the registry row is
    // written before the process start fails, and must be rolled back with it
    String user = "ohne.rechte";
    if (identityService.createUserQuery().userId(user).count() == 0) {
      var created = identityService.newUser(user);
      created.setPassword("demo");
      identityService.saveUser(created);
      identityService.createTenantUserMembership("mitte", user);
    }
    Counts before = counts();
    var response = post(user, COURT, courtNotice());
    assertProblem(response, HttpStatus.FORBIDDEN, IntakeProblems.NOT_AUTHORIZED.toString());
    assertThat(counts()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {COURT, BAILIFF})
  void withoutCredentialsIs401(String path) throws Exception {
    Counts before = counts();
    var response = rest.exchange(path, HttpMethod.POST, jsonEntity(json.writeValueAsString(
        path.equals(COURT) ? courtNotice() : bailiffNotice())), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void malformedJsonIsA400Problem() throws Exception {
    var response = postRaw("fk.mitte", COURT, "{\"district\": \"mitte\", \"court\": ");
    assertProblem(response, HttpStatus.BAD_REQUEST, IntakeProblems.UNREADABLE_REQUEST.toString());
    assertThat(json.readTree(response.getBody()).get("detail").asText()).contains("kein gültiges JSON");
  }

  @Test
  void aWrongJsonTypeIsA400NamingTheField() throws Exception {
    Map<String, Object> notice = courtNotice();
    set(notice, "arrears", "zweitausend");
    var response = post("fk.mitte", COURT, notice);
    assertProblem(response, HttpStatus.BAD_REQUEST, IntakeProblems.UNREADABLE_REQUEST.toString());
    assertThat(fields(json.readTree(response.getBody()))).containsExactly("arrears");

    Map<String, Object> bailiff = bailiffNotice();
    set(bailiff, "household.name", List.of("Erika", "Max"));
    var second = post("fk.mitte", BAILIFF, bailiff);
    assertProblem(second, HttpStatus.BAD_REQUEST, IntakeProblems.UNREADABLE_REQUEST.toString());
    assertThat(fields(json.readTree(second.getBody()))).containsExactly("household.name");
  }

  @Test
  void anEmptyBodyIsA400Problem() {
    var response = postRaw("fk.mitte", COURT, "");
    assertProblem(response, HttpStatus.BAD_REQUEST, IntakeProblems.UNREADABLE_REQUEST.toString());
    var array = postRaw("fk.mitte", BAILIFF, "[]");
    assertProblem(array, HttpStatus.BAD_REQUEST, IntakeProblems.UNREADABLE_REQUEST.toString());
  }

  @Test
  void aBodyThatIsNotJsonIs415() throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.TEXT_PLAIN);
    var response = rest.withBasicAuth("fk.mitte", "demo").exchange(COURT, HttpMethod.POST,
        new HttpEntity<>(json.writeValueAsString(courtNotice()), headers), String.class);
    assertProblem(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        IntakeProblems.UNREADABLE_REQUEST.toString());
    assertThat(json.readTree(response.getBody()).get("detail").asText())
        .contains("application/json");
  }

  // --- closing a case -------------------------------------------------------------------------

  @Test
  void whenTheCaseWorkEndsTheRegistryClosesTheCaseAndTheNextBailiffNoticeOpensANewOne()
      throws Exception {
    Map<String, Object> court = courtNotice();
    set(court, "household.street", uniqueStreet("Schlussweg"));
    JsonNode opened = json.readTree(post("fk.mitte", COURT, court).getBody());
    String caseId = opened.get("caseId").asText();
    String processInstanceId = opened.get("processInstanceId").asText();

    // the case-work scope ends (as after CloseCase); its end listener is caseClosedListener
    runtimeService.createProcessInstanceModification(processInstanceId)
        .cancelAllForActivity("CaseWork")
        .startBeforeActivity("FollowUpDue")
        .execute();
    assertThat(registry.find(caseId)).get().extracting(CaseRegistry.RegisteredCase::status)
        .isEqualTo("closed");
    assertThat(jdbc.queryForObject("SELECT closed_at FROM case_registry WHERE case_id = ?",
        java.sql.Timestamp.class, caseId)).isNotNull();

    Map<String, Object> notice = bailiffNotice();
    notice.put("household", court.get("household"));
    var response = post("fk.mitte", BAILIFF, notice);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(caseIdOf(response)).isNotEqualTo(caseId);
  }

  // --- helpers --------------------------------------------------------------------------------

  record Counts(long registry, long courtNotices, long instances) {}

  Counts counts() {
    return new Counts(
        jdbc.queryForObject("SELECT COUNT(*) FROM case_registry", Long.class),
        jdbc.queryForObject("SELECT COUNT(*) FROM court_notice", Long.class),
        runtimeService.createProcessInstanceQuery().count());
  }

  long bailiffNoticeRows() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM bailiff_notice", Long.class);
  }

  long evictionLetterCount() {
    return taskService.createTaskQuery().taskDefinitionKey(ProcessKeys.TASK_SEND_EVICTION_LETTER)
        .count();
  }

  void assertEvictionLetterTask(String processInstanceId, Map<String, Object> notice) {
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(ProcessKeys.TASK_SEND_EVICTION_LETTER).list();
    assertThat(tasks).hasSize(1);
    Task task = tasks.get(0);
    assertThat(task.getTenantId()).isEqualTo("mitte");
    Map<String, Object> variables = taskService.getVariables(task.getId());
    assertThat(variables)
        .containsEntry(CaseVariables.BAILIFF_REFERENCE, notice.get("bailiffReference"))
        .containsEntry(CaseVariables.BAILIFF_RECEIVED_ON, notice.get("receivedOn"))
        .containsEntry(CaseVariables.EVICTION_AT, notice.get("evictionAt"))
        .containsEntry(CaseVariables.EVICTION_LETTER_SENT_ON, null)
        .containsEntry(CaseVariables.ATTEND_EVICTION, null)
        .containsKey(CaseVariables.EVICTION_LETTER_DUE_ON);
    // the notice's data is local to its event subprocess, not on the case
    assertThat(runtimeService.getVariables(processInstanceId))
        .doesNotContainKeys(CaseVariables.BAILIFF_REFERENCE, CaseVariables.EVICTION_AT);
  }

  static LocalDate today() {
    return LocalDate.now(BERLIN);
  }

  /** A street of its own, so that no case of another test (or run) shares the household. */
  static String uniqueStreet(String name) {
    return name + " " + FILE_NUMBERS.incrementAndGet() + " Haus " + RUN;
  }

  /** A bailiff reference of its own: the same district + reference twice is a duplicate. */
  static String nextBailiffReference() {
    return "DR II " + FILE_NUMBERS.incrementAndGet() + "-" + RUN + "/26";
  }

  static String nextFileNumber() {
    return FILE_NUMBERS.incrementAndGet() + " C " + RUN + "/26";
  }

  static Map<String, Object> courtNotice() {
    Map<String, Object> household = new LinkedHashMap<>();
    household.put("name", "Erika Mustermann");
    household.put("street", "Musterstraße 1");
    household.put("postalCode", "10115");
    household.put("city", "Berlin");
    household.put("phone", null);
    household.put("email", null);
    Map<String, Object> notice = new LinkedHashMap<>();
    notice.put("district", "mitte");
    notice.put("court", "Amtsgericht Mitte");
    notice.put("courtFileNumber", nextFileNumber());
    notice.put("receivedOn", today().minusDays(3).toString());
    notice.put("household", household);
    notice.put("landlord", "Wohnbau GmbH");
    notice.put("arrears", 2450.00);
    notice.put("hearingOn", null);
    return notice;
  }

  /** A bailiff notice for a household of its own (no open case unless a test makes one). */
  static Map<String, Object> bailiffNotice() {
    Map<String, Object> household = new LinkedHashMap<>();
    household.put("name", "Erika Mustermann");
    household.put("street", uniqueStreet("Räumungsweg"));
    household.put("postalCode", "10115");
    household.put("city", "Berlin");
    Map<String, Object> notice = new LinkedHashMap<>();
    notice.put("district", "mitte");
    notice.put("bailiffReference", nextBailiffReference());
    notice.put("receivedOn", today().minusDays(1).toString());
    notice.put("evictionAt", today().plusDays(40) + "T09:00");
    notice.put("household", household);
    return notice;
  }

  @SuppressWarnings("unchecked")
  static void set(Map<String, Object> notice, String path, Object value) {
    String[] parts = path.split("\\.");
    Map<String, Object> target = notice;
    for (int i = 0; i < parts.length - 1; i++) {
      target = (Map<String, Object>) target.get(parts[i]);
    }
    target.put(parts[parts.length - 1], value);
  }

  ResponseEntity<String> post(String user, String path, Map<String, Object> body) throws Exception {
    return postRaw(user, path, json.writeValueAsString(body));
  }

  ResponseEntity<String> postRaw(String user, String path, String body) {
    return rest.withBasicAuth(user, user.equals("admin") ? "admin" : "demo")
        .exchange(path, HttpMethod.POST, jsonEntity(body), String.class);
  }

  static HttpEntity<String> jsonEntity(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    return new HttpEntity<>(body, headers);
  }

  void assertProblem(ResponseEntity<String> response, HttpStatus status, String type) {
    assertThat(response.getStatusCode()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType())
        .satisfies(c -> assertThat(c.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
    try {
      JsonNode problem = json.readTree(response.getBody());
      assertThat(problem.get("type").asText()).isEqualTo(type);
      assertThat(problem.get("status").asInt()).isEqualTo(status.value());
      assertThat(problem.get("title").asText()).isNotBlank();
      assertThat(problem.get("detail").asText()).isNotBlank();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static List<String> fields(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  String caseIdOf(ResponseEntity<String> response) {
    assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    try {
      return json.readTree(response.getBody()).get("caseId").asText();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static int number(String caseId) {
    return Integer.parseInt(caseId.substring(caseId.lastIndexOf('-') + 1));
  }

  static <T> List<T> parallel(int n, Callable<T> call) throws Exception {
    List<Callable<T>> calls = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      calls.add(call);
    }
    return parallel(calls);
  }

  static <T> List<T> parallel(List<Callable<T>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      List<T> results = new ArrayList<>();
      for (Future<T> future : pool.invokeAll(calls)) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** 409 naming the existing case, nothing stored. */
  private void assertDuplicateOf(ResponseEntity<String> response, String caseId, Counts before)
      throws Exception {
    assertProblem(response, HttpStatus.CONFLICT, IntakeProblems.DUPLICATE_NOTICE.toString());
    JsonNode problem = json.readTree(response.getBody());
    assertThat(problem.get("existingCaseId").asText()).isEqualTo(caseId);
    assertThat(problem.get("detail").asText()).contains(caseId);
    assertThat(counts()).isEqualTo(before);
  }
}
