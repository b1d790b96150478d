package de.berlin.sozwohn.wohnraumerhalt.intake;

import static de.berlin.sozwohn.wohnraumerhalt.intake.NoticeApiTest.BAILIFF;
import static de.berlin.sozwohn.wohnraumerhalt.intake.NoticeApiTest.COURT;
import static de.berlin.sozwohn.wohnraumerhalt.intake.NoticeApiTest.bailiffNotice;
import static de.berlin.sozwohn.wohnraumerhalt.intake.NoticeApiTest.courtNotice;
import static de.berlin.sozwohn.wohnraumerhalt.intake.NoticeApiTest.jsonEntity;
import static de.berlin.sozwohn.wohnraumerhalt.intake.NoticeApiTest.nextFileNumber;
import static de.berlin.sozwohn.wohnraumerhalt.intake.NoticeApiTest.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The start forms of Tasklist as the second door to the intake: {@code
 * /engine-rest/process-definition/key/{courtNoticeEntry|bailiffNoticeEntry}/submit-form} with the
 * flat values a Camunda Form submits must give exactly what {@code POST /api/notices/…} gives for
 * the same notice, and refuse the same way – with nothing stored.
 */
@AppTest
class NoticeFormEntryTest {

  static final String COURT_ENTRY = ProcessKeys.COURT_NOTICE_ENTRY;
  static final String BAILIFF_ENTRY = ProcessKeys.BAILIFF_NOTICE_ENTRY;

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired FormService formService;
  @Autowired org.camunda.bpm.engine.RepositoryService repositoryService;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  // --- same result through both doors ---------------------------------------------------------

  @Test
  @SuppressWarnings("unchecked")
  void aCourtNoticeThroughTheFormOpensTheSameCaseAsThroughTheApi() throws Exception {
    Map<String, Object> notice = courtNotice();
    notice.remove("district");
    ((Map<String, Object>) notice.get("household")).put("phone", "030 1234567");

    Map<String, Object> viaApi = new LinkedHashMap<>(notice);
    viaApi.put("district", "mitte");
    JsonNode api = json.readTree(post("fk.mitte", COURT, viaApi).getBody());

    Map<String, Object> viaForm = formValues(notice);
    viaForm.put("courtFileNumber", nextFileNumber());
    ResponseEntity<String> response = submitForm("fk.mitte", COURT_ENTRY, viaForm);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    HistoricProcessInstance entry = entryInstance(response);

    String caseId = (String) variable(entry, CaseVariables.ENTERED_CASE_ID);
    String caseInstanceId = (String) variable(entry, CaseVariables.ENTERED_CASE_INSTANCE_ID);
    assertThat(caseId).matches("MI-" + today().getYear() + "-\\d{5}");
    assertSameCase(api.get("processInstanceId").asText(), caseInstanceId,
        CaseVariables.CASE_ID, CaseVariables.COURT_FILE_NUMBER);
    assertThat(runtimeService.getVariable(caseInstanceId, CaseVariables.COURT_FILE_NUMBER))
        .isEqualTo(viaForm.get("courtFileNumber"));
    assertThat(runtimeService.getVariable(caseInstanceId, CaseVariables.CASE_ID)).isEqualTo(caseId);
    assertThat(runtimeService.getVariable(caseInstanceId, CaseVariables.ARREARS)).isEqualTo(2450.0);

    // the letter with its deadline, and from the case's start a contact can be recorded
    assertThat(taskService.createTaskQuery().processInstanceId(caseInstanceId).list())
        .extracting(Task::getTaskDefinitionKey).containsExactlyInAnyOrder(
            ProcessKeys.TASK_SEND_COURT_LETTER, ProcessKeys.TASK_RECORD_CONTACT);
    Task letter = taskService.createTaskQuery().processInstanceId(caseInstanceId)
        .taskDefinitionKey(ProcessKeys.TASK_SEND_COURT_LETTER).singleResult();
    assertThat(letter.getDueDate()).isNotNull();
    assertThat(new CaseRegistry(jdbc).find(caseId)).contains(new CaseRegistry.RegisteredCase(
        caseId, "mitte", CaseRegistry.ORIGIN_COURT, caseInstanceId, CaseRegistry.STATUS_OPEN));
  }

  @Test
  void theEntryInstanceEndsAtOnceInTheDistrictAndKeepsOnlyWhereTheNoticeWent() throws Exception {
    ResponseEntity<String> response = submitForm("fk.mitte", COURT_ENTRY, courtForm());
    HistoricProcessInstance entry = entryInstance(response);

    assertThat(entry.getProcessDefinitionKey()).isEqualTo(COURT_ENTRY);
    assertThat(entry.getEndTime()).isNotNull();
    assertThat(entry.getTenantId()).isEqualTo("mitte");
    assertThat(entry.getStartUserId()).isEqualTo("fk.mitte");
    assertThat(historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(entry.getId()).orderPartiallyByOccurrence().asc().list())
        .extracting(a -> a.getActivityId())
        .containsExactly("CourtNoticeEntered", "OpenCourtCase", "CourtCaseOpened");
    // the notice's personal data lives in the case, not in the entry instance
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(entry.getId())
        .list()).extracting(HistoricVariableInstance::getName)
        .containsExactlyInAnyOrder(CaseVariables.ENTERED_CASE_ID,
            CaseVariables.ENTERED_CASE_INSTANCE_ID);
    ProcessInstance entryAtRuntime = runtimeService.createProcessInstanceQuery()
        .processInstanceId(entry.getId()).singleResult();
    assertThat(entryAtRuntime).isNull();
  }

  @Test
  void aBailiffNoticeThroughTheFormOpensTheSameCaseAsThroughTheApi() throws Exception {
    Map<String, Object> notice = bailiffNotice();
    notice.remove("district");
    Map<String, Object> viaApi = new LinkedHashMap<>(notice);
    viaApi.put("district", "mitte");
    ResponseEntity<String> apiResponse = post("fk.mitte", BAILIFF, viaApi);
    assertThat(apiResponse.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String apiInstance = json.readTree(apiResponse.getBody()).get("processInstanceId").asText();

    Map<String, Object> viaForm = formValues(bailiffNotice());
    viaForm.remove("district");
    // the same data but its own bailiff reference: the same reference twice is a duplicate
    for (String key : List.of("receivedOn", "evictionAt", "householdName",
        "householdPostalCode", "householdCity")) {
      viaForm.put(key, formValues(notice).get(key));
    }
    ResponseEntity<String> response = submitForm("fk.mitte", BAILIFF_ENTRY, viaForm);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    HistoricProcessInstance entry = entryInstance(response);
    assertThat(variable(entry, CaseVariables.JOINED_OPEN_CASE)).isEqualTo(false);
    String formInstance = (String) variable(entry, CaseVariables.ENTERED_CASE_INSTANCE_ID);

    assertSameCase(apiInstance, formInstance, CaseVariables.CASE_ID,
        CaseVariables.HOUSEHOLD_STREET);
    assertThat(evictionLetterVariables(formInstance))
        .isEqualTo(evictionLetterVariables(apiInstance));
  }

  @Test
  void aBailiffNoticeThroughTheFormJoinsTheOpenCaseOfTheCourtFile() throws Exception {
    Map<String, Object> court = courtNotice();
    JsonNode opened = json.readTree(post("fk.mitte", COURT, court).getBody());
    String caseInstance = opened.get("processInstanceId").asText();

    Map<String, Object> form = formValues(bailiffNotice());
    form.remove("district");
    form.put("court", "AG Mitte");
    form.put("courtFileNumber", court.get("courtFileNumber"));
    ResponseEntity<String> response = submitForm("fk.mitte", BAILIFF_ENTRY, form);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    HistoricProcessInstance entry = entryInstance(response);
    assertThat(variable(entry, CaseVariables.JOINED_OPEN_CASE)).isEqualTo(true);
    assertThat(variable(entry, CaseVariables.ENTERED_CASE_ID))
        .isEqualTo(opened.get("caseId").asText());
    assertThat(taskService.createTaskQuery().processInstanceId(caseInstance)
        .taskDefinitionKey(ProcessKeys.TASK_SEND_EVICTION_LETTER).count()).isOne();
  }

  // --- refusals: 400 / 403 / 409 with German messages, nothing stored --------------------------

  @Test
  void badInputIsA400NamingEveryFieldInGermanAndStoresNothing() throws Exception {
    Map<String, Object> form = courtForm();
    form.put("court", "");
    form.put("receivedOn", today().plusDays(1).toString());
    form.put("householdPostalCode", "1234");
    form.put("arrears", "viel");
    Counts before = counts();

    ResponseEntity<String> response = submitForm("fk.mitte", COURT_ENTRY, form);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.path("type").asText()).isEqualTo("NoticeEntryRejectedException");
    assertThat(body.path("problemType").asText()).isEqualTo(IntakeProblems.INVALID_NOTICE.toString());
    assertThat(body.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
        "arrears", "court", "receivedOn", "householdPostalCode");
    assertThat(body.path("message").asText())
        .startsWith("Die Mitteilung ist nicht vollständig oder nicht gültig und wurde nicht gespeichert:")
        .contains("Pflichtangabe „Gericht“ fehlt.")
        .contains("Die Postleitzahl „1234“ muss aus fünf Ziffern bestehen")
        .contains("„Mietrückstand“ ist keine Zahl: „viel“")
        .contains("liegt in der Zukunft");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void theFormDoorRefusesWhatTheApiRefuses() throws Exception {
    for (String[] bad : new String[][] {{"householdEmail", "erika.example.de"},
        {"householdPhone", "bitte anrufen"}, {"hearingOn", "nächste Woche"},
        {"receivedOn", today().minusYears(2).toString()}, {"householdName", " "}}) {
      Map<String, Object> form = courtForm();
      form.put(bad[0], bad[1]);
      ResponseEntity<String> response = submitForm("fk.mitte", COURT_ENTRY, form);
      assertThat(response.getStatusCode()).as(bad[0]).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json.readTree(response.getBody()).path("errors").findValuesAsText("field"))
          .as(bad[0]).containsExactly(bad[0]);
    }
    Map<String, Object> bailiff = bailiffForm();
    bailiff.put("evictionAt", today().minusDays(10) + "T09:00");
    bailiff.put("court", "Amtsgericht Mitte");
    ResponseEntity<String> response = submitForm("fk.mitte", BAILIFF_ENTRY, bailiff);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("evictionAt", "courtFileNumber");
  }

  @Test
  void theSameCourtFileTwiceIsRefusedNamingTheExistingCaseWhicheverDoorCameFirst()
      throws Exception {
    Map<String, Object> notice = courtNotice();
    String existing = json.readTree(post("fk.mitte", COURT, notice).getBody()).get("caseId").asText();
    Map<String, Object> form = formValues(notice);
    form.put("court", "AG  Mitte");
    form.put("courtFileNumber", ((String) notice.get("courtFileNumber")).replace(" ", ""));
    Counts before = counts();

    ResponseEntity<String> response = submitForm("fk.mitte", COURT_ENTRY, form);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.path("existingCaseId").asText()).isEqualTo(existing);
    assertThat(body.path("problemType").asText()).isEqualTo(IntakeProblems.DUPLICATE_NOTICE.toString());
    assertThat(body.path("message").asText()).isEqualTo("Mitteilung bereits erfasst: Zu diesem "
        + "Gericht und Aktenzeichen besteht bereits der Fall " + existing
        + ". Es wurde kein zweiter Fall angelegt.");
    assertThat(counts()).isEqualTo(before);

    // and the other way round: the API refuses what the form filed
    theApiRefusesWhatTheFormFiled(COURT_ENTRY, courtForm(), COURT, courtNotice(),
        "courtFileNumber");
  }

  @Test
  void theSameBailiffReferenceTwiceIsRefusedNamingTheCaseWhicheverDoorCameFirst()
      throws Exception {
    Map<String, Object> notice = bailiffNotice();
    String existing = json.readTree(post("fk.mitte", BAILIFF, notice).getBody()).get("caseId")
        .asText();
    long evictionLetters = evictionLetterCount();
    Map<String, Object> form = formValues(bailiffNotice());
    form.remove("district");
    form.put("bailiffReference", ((String) notice.get("bailiffReference")).toLowerCase());
    Counts before = counts();

    ResponseEntity<String> response = submitForm("fk.mitte", BAILIFF_ENTRY, form);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.path("existingCaseId").asText()).isEqualTo(existing);
    assertThat(body.path("problemType").asText()).isEqualTo(IntakeProblems.DUPLICATE_NOTICE.toString());
    assertThat(body.path("errors").findValuesAsText("field")).containsExactly("bailiffReference");
    assertThat(body.path("message").asText()).isEqualTo("Mitteilung bereits erfasst: Die "
        + "Mitteilung der Gerichtsvollzieherin mit diesem Aktenzeichen ist bereits im Fall "
        + existing + " erfasst. Sie wurde nicht noch einmal gespeichert.");
    assertThat(counts()).isEqualTo(before);
    assertThat(evictionLetterCount()).isEqualTo(evictionLetters);

    // and the other way round: the API refuses what the form filed
    theApiRefusesWhatTheFormFiled(BAILIFF_ENTRY, bailiffForm(), BAILIFF, bailiffNotice(),
        "bailiffReference");
  }

  /** The notice files through the entry form; the same key through the API is a 409 naming it. */
  private void theApiRefusesWhatTheFormFiled(String entry, Map<String, Object> form, String api,
      Map<String, Object> notice, String key) throws Exception {
    String viaForm = (String) variable(entryInstance(submitForm("fk.mitte", entry, form)),
        CaseVariables.ENTERED_CASE_ID);
    notice.put(key, form.get(key));
    ResponseEntity<String> refused = post("fk.mitte", api, notice);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(refused.getBody()).path("existingCaseId").asText()).isEqualTo(viaForm);
  }

  long evictionLetterCount() {
    return taskService.createTaskQuery().taskDefinitionKey(ProcessKeys.TASK_SEND_EVICTION_LETTER)
        .count();
  }

  // --- the district comes from the user -------------------------------------------------------

  @Test
  void aCaseworkerEntersForHerOwnDistrictOnly() throws Exception {
    String neukoelln = (String) variable(
        entryInstance(submitForm("fk.neukoelln", COURT_ENTRY, courtForm())),
        CaseVariables.ENTERED_CASE_INSTANCE_ID);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(neukoelln)
        .singleResult().getTenantId()).isEqualTo("neukoelln");
    assertThat(runtimeService.getVariable(neukoelln, CaseVariables.CASE_ID).toString())
        .startsWith("NK-");

    Map<String, Object> foreign = courtForm();
    foreign.put("enterForOtherDistrict", true);
    foreign.put("district", "neukoelln");
    Counts before = counts();
    ResponseEntity<String> response = submitForm("fk.mitte", COURT_ENTRY, foreign);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.path("message").asText()).isEqualTo("Sie dürfen keine Mitteilungen für den "
        + "Bezirk Neukölln („neukoelln“) erfassen, nur für Ihren eigenen Bezirk. Es wurde nichts "
        + "gespeichert.");
    assertThat(body.path("errors").findValuesAsText("field")).containsExactly("district");
    assertThat(counts()).isEqualTo(before);

    Map<String, Object> own = courtForm();
    own.put("district", "mitte");
    assertThat(submitForm("fk.mitte", COURT_ENTRY, own).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void anAdministratorMustChooseTheDistrict() throws Exception {
    Counts before = counts();
    ResponseEntity<String> response = submitForm("admin", COURT_ENTRY, courtForm());
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.path("errors").findValuesAsText("field")).containsExactly("district");
    assertThat(body.path("message").asText()).contains("Bitte wählen Sie den Bezirk");
    assertThat(counts()).isEqualTo(before);

    Map<String, Object> chosen = courtForm();
    chosen.put("enterForOtherDistrict", true);
    chosen.put("district", "neukoelln");
    response = submitForm("admin", COURT_ENTRY, chosen);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    HistoricProcessInstance entry = entryInstance(response);
    assertThat(entry.getTenantId()).isEqualTo("neukoelln");
    String caseInstance = (String) variable(entry, CaseVariables.ENTERED_CASE_INSTANCE_ID);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(caseInstance)
        .singleResult().getTenantId()).isEqualTo("neukoelln");
    assertThat(runtimeService.getVariable(caseInstance, CaseVariables.ENTERED_BY)).isEqualTo("admin");
  }

  @Test
  void withoutAUserTheJavaApiIsRefusedForWantOfADistrict() {
    Counts before = counts();
    assertThatThrownBy(() -> formService.submitStartForm(latest(COURT_ENTRY).getId(), courtForm()))
        .satisfies(e -> assertThat(causes(e)).anySatisfy(cause -> assertThat(cause)
            .isInstanceOf(NoticeEntryRejectedException.class)
            .hasMessageContaining("Bitte wählen Sie den Bezirk")));
    assertThat(counts()).isEqualTo(before);
  }

  // --- Tasklist --------------------------------------------------------------------------------

  @Test
  void tasklistOffersCaseworkersBothEntriesAndNotTheCaseProcess() throws Exception {
    ResponseEntity<String> response = rest.withBasicAuth("fk.mitte", "demo").getForEntity(
        "/engine-rest/process-definition?latestVersion=true&active=true&startableInTasklist=true"
            + "&startablePermissionCheck=true&sortBy=name&sortOrder=asc", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode definitions = json.readTree(response.getBody());
    Map<String, String> names = new LinkedHashMap<>();
    definitions.forEach(d -> names.put(d.path("key").asText(), d.path("name").asText()));
    assertThat(names).containsEntry(COURT_ENTRY, "Mitteilung über Räumungsklage erfassen")
        .containsEntry(BAILIFF_ENTRY, "Mitteilung über Zwangsräumung erfassen")
        .doesNotContainKey(ProcessKeys.PROCESS);

    for (String key : List.of(COURT_ENTRY, BAILIFF_ENTRY)) {
      JsonNode startForm = json.readTree(rest.withBasicAuth("fk.mitte", "demo").getForEntity(
          "/engine-rest/process-definition/key/" + key + "/startForm", String.class).getBody());
      assertThat(startForm.path("camundaFormRef").path("key").asText()).isEqualTo(
          key.equals(COURT_ENTRY) ? ProcessKeys.FORM_COURT_NOTICE_ENTRY
              : ProcessKeys.FORM_BAILIFF_NOTICE_ENTRY);
      ResponseEntity<String> form = rest.withBasicAuth("fk.mitte", "demo").getForEntity(
          "/engine-rest/process-definition/key/" + key + "/deployed-start-form", String.class);
      assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(json.readTree(form.getBody()).path("id").asText())
          .isEqualTo(startForm.path("camundaFormRef").path("key").asText());
    }
  }

  // --- helpers --------------------------------------------------------------------------------

  record Counts(long registry, long courtNotices, long instances, long entries) {}

  Counts counts() {
    return new Counts(
        jdbc.queryForObject("SELECT COUNT(*) FROM case_registry", Long.class),
        jdbc.queryForObject("SELECT COUNT(*) FROM court_notice", Long.class),
        runtimeService.createProcessInstanceQuery().count(),
        historyService.createHistoricProcessInstanceQuery()
            .processDefinitionKeyIn(COURT_ENTRY, BAILIFF_ENTRY).count());
  }

  /** Same variables, tenant and first task (key, due date, candidates) in both case instances. */
  void assertSameCase(String viaApi, String viaForm, String... differing) {
    Map<String, Object> api = new HashMap<>(runtimeService.getVariables(viaApi));
    Map<String, Object> form = new HashMap<>(runtimeService.getVariables(viaForm));
    for (String name : differing) {
      api.remove(name);
      form.remove(name);
    }
    assertThat(form).isEqualTo(api);
    ProcessInstance a = runtimeService.createProcessInstanceQuery().processInstanceId(viaApi).singleResult();
    ProcessInstance f = runtimeService.createProcessInstanceQuery().processInstanceId(viaForm).singleResult();
    assertThat(f.getTenantId()).isEqualTo(a.getTenantId()).isEqualTo("mitte");
    assertThat(f.getProcessDefinitionId()).isEqualTo(a.getProcessDefinitionId());
    assertThat(f.getBusinessKey()).isEqualTo(runtimeService.getVariable(viaForm, CaseVariables.CASE_ID));
    assertThat(tasks(viaForm)).isEqualTo(tasks(viaApi)).isNotEmpty();
    assertThat(indicatorFacts(viaForm)).isEqualTo(indicatorFacts(viaApi)).isNotEmpty();
  }

  /** What the indicators (SPEC §4) recorded for the case and its bailiff notices. */
  List<Map<String, Object>> indicatorFacts(String caseInstanceId) {
    List<Map<String, Object>> facts = new ArrayList<>(jdbc.queryForList(
        "SELECT district, origin, court_received_on, letter_sent_on, first_contact_on, closed_on, "
            + "withdrawn FROM kpi_case_fact WHERE case_key = ?", caseInstanceId));
    facts.addAll(jdbc.queryForList("SELECT * FROM kpi_eviction_fact WHERE case_key = ?",
        caseInstanceId).stream().map(row -> {
          Map<String, Object> fact = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
          fact.putAll(row);
          fact.remove("notice_key");
          fact.remove("case_key");
          return (Map<String, Object>) fact;
        }).toList());
    return facts;
  }

  /** key, name, due date, tenant and candidate groups of each open task. */
  List<String> tasks(String processInstanceId) {
    List<String> tasks = new ArrayList<>();
    for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId)
        .orderByTaskName().asc().list()) {
      Set<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
          .map(IdentityLink::getGroupId).collect(Collectors.toCollection(java.util.TreeSet::new));
      tasks.add(task.getTaskDefinitionKey() + "|" + task.getName() + "|" + task.getDueDate() + "|"
          + task.getTenantId() + "|" + groups);
    }
    return tasks;
  }

  Map<String, Object> evictionLetterVariables(String processInstanceId) {
    Task task = taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(ProcessKeys.TASK_SEND_EVICTION_LETTER).singleResult();
    Map<String, Object> variables = new HashMap<>(taskService.getVariablesLocal(task.getId()));
    variables.putAll(runtimeService.getVariablesLocal(task.getExecutionId()));
    variables.remove(CaseVariables.CASE_ID);
    return variables;
  }

  HistoricProcessInstance entryInstance(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    String id = json.readTree(response.getBody()).path("id").asText();
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  Object variable(HistoricProcessInstance instance, String name) {
    HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult();
    assertThat(variable).as(name).isNotNull();
    return variable.getValue();
  }

  static List<Throwable> causes(Throwable e) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }

  ProcessDefinition latest(String key) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().singleResult();
  }

  /** A court notice as the form submits it: flat keys, empty optional text as "". */
  static Map<String, Object> courtForm() {
    Map<String, Object> form = formValues(courtNotice());
    form.remove("district");
    return form;
  }

  static Map<String, Object> bailiffForm() {
    Map<String, Object> form = formValues(bailiffNotice());
    form.remove("district");
    return form;
  }

  /** The REST body of a notice as the flat values of its start form. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> formValues(Map<String, Object> notice) {
    Map<String, Object> form = new HashMap<>();
    notice.forEach((key, value) -> {
      if (value instanceof Map<?, ?> household) {
        ((Map<String, Object>) household).forEach((field, v) -> form.put(
            "household" + Character.toUpperCase(field.charAt(0)) + field.substring(1),
            v == null ? "" : v));
      } else {
        form.put(key, value);
      }
    });
    form.putIfAbsent("enterForOtherDistrict", false);
    return form;
  }

  /** {name: {value}} as Tasklist sends the values of a Camunda Form (no type: the engine infers it). */
  static Map<String, Object> typedLikeTasklist(Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> {
      Map<String, Object> variable = new HashMap<>();
      variable.put("value", value);
      variables.put(name, variable);
    });
    return variables;
  }

  ResponseEntity<String> submitForm(String user, String key, Map<String, Object> values)
      throws Exception {
    String body = json.writeValueAsString(Map.of("variables", typedLikeTasklist(values)));
    return rest.withBasicAuth(user, user.equals("admin") ? "admin" : "demo").exchange(
        "/engine-rest/process-definition/key/" + key + "/submit-form", HttpMethod.POST,
        jsonEntity(body), String.class);
  }

  ResponseEntity<String> post(String user, String path, Map<String, Object> body) throws Exception {
    return rest.withBasicAuth(user, user.equals("admin") ? "admin" : "demo")
        .exchange(path, HttpMethod.POST, jsonEntity(json.writeValueAsString(body)), String.class);
  }
}
