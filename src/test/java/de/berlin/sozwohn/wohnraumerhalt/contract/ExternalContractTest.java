package de.berlin.sozwohn.wohnraumerhalt.contract;

import static de.berlin.sozwohn.wohnraumerhalt.contract.ApiClient.Form.form;
import static de.berlin.sozwohn.wohnraumerhalt.contract.ApiClient.engineDate;
import static de.berlin.sozwohn.wohnraumerhalt.contract.Notices.bailiffNotice;
import static de.berlin.sozwohn.wohnraumerhalt.contract.Notices.bailiffNoticeFor;
import static de.berlin.sozwohn.wohnraumerhalt.contract.Notices.courtNotice;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The external contract of SPEC §3 and §7 as a black-box test outside the project drives it:
 * HTTP only – the intake API, the letters and Camunda's REST API as Tasklist uses it – as the demo
 * users of §8, with exactly the task keys, field names and JSON types of the SPEC. The one thing it
 * does not do over HTTP is move time (see {@link SimulatedClock}).
 *
 * <p>All dates are fixed (Monday 2 March 2026 onwards), so due dates in Berlin working days are
 * known: the test reads like the procedure.
 */
@AppTest
class ExternalContractTest {

  static final String SEND_COURT_LETTER = "SendCourtLetter";
  static final String RECORD_CONTACT = "RecordContact";
  static final String HOME_VISIT_1 = "HomeVisit1";
  static final String HOME_VISIT_2 = "HomeVisit2";
  static final String COUNSELLING = "Counselling";
  static final String SEND_EVICTION_LETTER = "SendEvictionLetter";
  static final String DECIDE_EVICTION_ATTENDANCE = "DecideEvictionAttendance";
  static final String ATTEND_EVICTION = "AttendEviction";
  static final String CLOSE_CASE = "CloseCase";
  static final String FOLLOW_UP = "FollowUp";

  @Autowired TestRestTemplate rest;
  @Autowired ManagementService managementService;

  ApiClient mitte;
  ApiClient neukoelln;
  SimulatedClock clock;

  @BeforeEach
  void users() {
    mitte = ApiClient.as(rest, "fk.mitte", "demo");
    neukoelln = ApiClient.as(rest, "fk.neukoelln", "demo");
    clock = new SimulatedClock(managementService);
    // A wrong password (another test class of this engine tries one) locks the user for a few
    // seconds of real time, which lie in the future of this test's engine clock: an administrator
    // unlocks the users first (POST /engine-rest/user/{id}/unlock).
    ApiClient admin = ApiClient.as(rest, "admin", "admin");
    for (String user : List.of("fk.mitte", "fk.neukoelln")) {
      ResponseEntity<String> unlocked = admin.post("/engine-rest/user/" + user + "/unlock", Map.of());
      assertThat(unlocked.getStatusCode()).as(unlocked.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }
  }

  @AfterEach
  void realClock() {
    clock.reset();
  }

  // ------------------------------------------------------------------ the household reacts

  @Test
  void theHouseholdReactsToTheLetterAndKeepsItsHome() {
    clock.set("2026-03-02T09:00"); // Monday
    Map<String, Object> notice = courtNotice("2026-03-02");
    Case opened = fileCourtNotice(notice);
    String caseId = opened.caseId();

    // 1.1: the standard letter is Mitte's task, due at the end of the 3rd working day (Thu 5 March)
    JsonNode letter = mitte.task(caseId, SEND_COURT_LETTER);
    String letterId = letter.path("id").asText();
    assertThat(letter.path("name").asText()).isEqualTo("Standardanschreiben versenden");
    assertThat(letter.path("processInstanceId").asText()).isEqualTo(opened.processInstanceId());
    assertThat(letter.path("tenantId").asText()).isEqualTo("mitte");
    assertThat(engineDate(letter.path("due"))).isEqualTo(at("2026-03-05T23:59"));
    assertThat(letter.path("camundaFormRef").path("key").asText()).isEqualTo("form-send-court-letter");
    assertThat(mitte.candidateGroups(letterId)).contains("fachkraft-mitte");
    assertThat(mitte.get("/engine-rest/task?candidateGroup=fachkraft-mitte"
        + "&processInstanceBusinessKey=" + caseId).getBody()).contains(letterId);
    assertThat(mitte.tasks(caseId)).hasSize(1);

    // Tasklist's view of the task: the case's data and the proposed appointment, the deployed form
    JsonNode variables = mitte.formVariables(letterId);
    assertThat(variables.path("caseId").path("value").asText()).isEqualTo(caseId);
    assertThat(variables.path("receivedOn").path("value").asText()).isEqualTo("2026-03-02");
    assertThat(variables.path("courtFileNumber").path("value").asText())
        .isEqualTo(notice.get("courtFileNumber"));
    assertThat(variables.path("appointmentAt").path("value").asText())
        .matches("2026-03-\\d{2}T\\d{2}:\\d{2}");
    JsonNode form = mitte.deployedForm(letterId);
    assertThat(form.path("id").asText()).isEqualTo("form-send-court-letter");
    assertThat(mitte.formFieldKeys(letterId)).containsExactlyInAnyOrder("appointmentAt", "letterSentOn");

    clock.set("2026-03-03T10:00");
    mitte.complete(caseId, SEND_COURT_LETTER, form()
        .text("letterSentOn", "2026-03-03")
        .text("appointmentAt", "2026-03-10T10:00"));
    assertThat(mitte.openTasks(caseId)).containsExactly(RECORD_CONTACT);

    // the letter is kept with the case as PDF
    List<JsonNode> letters = mitte.letters(caseId);
    assertThat(letters).hasSize(1);
    JsonNode courtLetter = letters.get(0);
    assertThat(courtLetter.path("kind").asText()).isEqualTo("court-letter");
    assertThat(courtLetter.path("id").asText()).isNotBlank();
    // created at dispatch, by the engine clock (the offset depends on the database: compare instants)
    assertThat(OffsetDateTime.parse(courtLetter.path("createdAt").asText()).toInstant())
        .isEqualTo(at("2026-03-03T10:00").atZone(ApiClient.BERLIN).toInstant());
    assertPdf(mitte.download(courtLetter.path("href").asText()));

    // the household calls: the contact ends the outreach, counselling follows
    clock.set("2026-03-04T11:00");
    mitte.complete(caseId, RECORD_CONTACT, form()
        .text("contactOn", "2026-03-04")
        .text("contactChannel", "phone"));
    assertThat(mitte.openTasks(caseId)).containsExactly(COUNSELLING);

    // 1.3: a bailiff notice on the court file joins the case; after a contact no attendance decision
    clock.set("2026-03-05T09:00");
    ResponseEntity<String> bailiff =
        mitte.fileBailiffNotice(bailiffNoticeFor(notice, "2026-03-05", "2026-04-14T09:00"));
    assertThat(bailiff.getStatusCode()).as(bailiff.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(mitte.body(bailiff).path("joined").asBoolean()).isTrue();
    assertThat(mitte.body(bailiff).path("caseId").asText()).isEqualTo(caseId);
    assertThat(mitte.body(bailiff).path("processInstanceId").asText())
        .isEqualTo(opened.processInstanceId());
    JsonNode evictionLetter = mitte.task(caseId, SEND_EVICTION_LETTER);
    // Thu 5 March + 3 working days: Fri 6, Mon 9, Tue 10 March
    assertThat(engineDate(evictionLetter.path("due"))).isEqualTo(at("2026-03-10T23:59"));
    assertThat(evictionLetter.path("tenantId").asText()).isEqualTo("mitte");

    clock.set("2026-03-06T10:00");
    mitte.complete(caseId, SEND_EVICTION_LETTER, form().text("evictionLetterSentOn", "2026-03-06"));
    assertThat(mitte.openTasks(caseId)).containsExactly(COUNSELLING);
    assertThat(mitte.letters(caseId)).extracting(l -> l.path("kind").asText())
        .containsExactlyInAnyOrder("court-letter", "eviction-letter");
    mitte.letters(caseId).forEach(l -> assertPdf(mitte.download(l.path("href").asText())));

    clock.set("2026-03-09T14:00");
    mitte.complete(caseId, COUNSELLING, form()
        .text("counsellingOn", "2026-03-09")
        .flag("rentDebtTakeover", true)
        .flag("help67", false)
        .flag("landlordAgreement", true)
        .text("counsellingNotes", "Mietschuldenübernahme beantragt, Ratenvereinbarung mit Vermieter."));
    assertThat(mitte.openTasks(caseId)).containsExactly(CLOSE_CASE);

    clock.set("2026-03-10T09:00");
    mitte.complete(caseId, CLOSE_CASE, form().text("outcome", "housing-retained"));
    assertThat(mitte.openTasks(caseId)).isEmpty();
    assertRunning(opened);

    // twelve months after closure: is the household still housed?
    clock.set("2027-03-10T08:00");
    assertThat(mitte.openTasks(caseId)).isEmpty();
    clock.set("2027-03-10T09:00");
    assertThat(mitte.openTasks(caseId)).containsExactly(FOLLOW_UP);
    mitte.complete(caseId, FOLLOW_UP, form().flag("stillHousedAfter12Months", true));
    assertCompleted(opened);

    // what each task recorded, with the JSON types of the contract
    assertThat(submitted(opened)).contains(
        new Submitted(SEND_COURT_LETTER, "letterSentOn", "String", "2026-03-03"),
        new Submitted(SEND_COURT_LETTER, "appointmentAt", "String", "2026-03-10T10:00"),
        new Submitted(RECORD_CONTACT, "contactOn", "String", "2026-03-04"),
        new Submitted(RECORD_CONTACT, "contactChannel", "String", "phone"),
        new Submitted(SEND_EVICTION_LETTER, "evictionLetterSentOn", "String", "2026-03-06"),
        new Submitted(COUNSELLING, "counsellingOn", "String", "2026-03-09"),
        new Submitted(COUNSELLING, "rentDebtTakeover", "Boolean", "true"),
        new Submitted(COUNSELLING, "help67", "Boolean", "false"),
        new Submitted(COUNSELLING, "landlordAgreement", "Boolean", "true"),
        new Submitted(CLOSE_CASE, "outcome", "String", "housing-retained"),
        // left empty in the form: the day of closure
        new Submitted(CLOSE_CASE, "closedOn", "String", "2026-03-10"),
        new Submitted(FOLLOW_UP, "stillHousedAfter12Months", "Boolean", "true"));
  }

  // ------------------------------------------------------------------ no reaction, eviction

  @Test
  void withoutReactionTwoHomeVisitsFollowAndTheEvictionIsAttended() {
    clock.set("2026-03-02T09:00");
    Map<String, Object> notice = courtNotice("2026-03-02");
    Case opened = fileCourtNotice(notice);
    String caseId = opened.caseId();

    clock.set("2026-03-03T10:00");
    mitte.complete(caseId, SEND_COURT_LETTER, form()
        .text("letterSentOn", "2026-03-03")
        .text("appointmentAt", "2026-03-10T10:00"));

    // no contact by the end of the appointment day: the home visits start
    clock.set("2026-03-10T18:00");
    assertThat(mitte.openTasks(caseId)).containsExactly(RECORD_CONTACT);
    clock.set("2026-03-11T08:00");
    assertThat(mitte.openTasks(caseId)).containsExactlyInAnyOrder(RECORD_CONTACT, HOME_VISIT_1);
    JsonNode visit = mitte.task(caseId, HOME_VISIT_1);
    // 1.2: 10 working days after the letter of Tue 3 March
    assertThat(engineDate(visit.path("due"))).isEqualTo(at("2026-03-17T23:59"));
    assertThat(visit.path("camundaFormRef").path("key").asText()).isEqualTo("form-home-visit-1");

    clock.set("2026-03-12T15:00");
    mitte.complete(caseId, HOME_VISIT_1, form()
        .text("visitedOn", "2026-03-12")
        .count("visitStaffCount", 2)
        .flag("contactMade", false)
        .flag("secondVisitWanted", true));
    assertThat(mitte.openTasks(caseId)).containsExactlyInAnyOrder(RECORD_CONTACT, HOME_VISIT_2);
    // the second visit starts with an empty form, not with the first visit's values
    JsonNode secondVisit = mitte.formVariables(mitte.task(caseId, HOME_VISIT_2).path("id").asText());
    assertThat(secondVisit.path("visitedOn").path("value").isNull()).isTrue();

    clock.set("2026-03-19T15:00");
    mitte.complete(caseId, HOME_VISIT_2, form()
        .text("visitedOn", "2026-03-19")
        .untyped("visitStaffCount", 1) // a plain JSON number is an integer too
        .flag("contactMade", false));
    // not reached: the case stays open for a late contact, and may be closed
    assertThat(mitte.openTasks(caseId)).containsExactlyInAnyOrder(RECORD_CONTACT, CLOSE_CASE);

    // the bailiff notice joins the open case; no contact so far: decide on attending the eviction
    clock.set("2026-03-23T09:00");
    ResponseEntity<String> bailiff =
        mitte.fileBailiffNotice(bailiffNoticeFor(notice, "2026-03-23", "2026-04-21T09:00"));
    assertThat(bailiff.getStatusCode()).as(bailiff.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(mitte.body(bailiff).path("joined").asBoolean()).isTrue();
    assertThat(mitte.body(bailiff).path("caseId").asText()).isEqualTo(caseId);
    assertThat(engineDate(mitte.task(caseId, SEND_EVICTION_LETTER).path("due")))
        .isEqualTo(at("2026-03-26T23:59"));

    clock.set("2026-03-24T10:00");
    mitte.complete(caseId, SEND_EVICTION_LETTER, form().text("evictionLetterSentOn", "2026-03-24"));
    assertThat(mitte.openTasks(caseId))
        .containsExactlyInAnyOrder(RECORD_CONTACT, CLOSE_CASE, DECIDE_EVICTION_ATTENDANCE);
    mitte.complete(caseId, DECIDE_EVICTION_ATTENDANCE, form().flag("attendEviction", true));
    JsonNode attend = mitte.task(caseId, ATTEND_EVICTION);
    assertThat(engineDate(attend.path("due"))).isEqualTo(at("2026-04-21T23:59"));

    clock.set("2026-04-21T13:00");
    mitte.complete(caseId, ATTEND_EVICTION, form()
        .flag("evictionAttended", true)
        .count("evictionStaffCount", 2)
        .flag("evictionCarriedOut", true));
    assertThat(mitte.openTasks(caseId)).containsExactlyInAnyOrder(RECORD_CONTACT, CLOSE_CASE);

    clock.set("2026-04-22T09:00");
    mitte.complete(caseId, CLOSE_CASE, form().text("outcome", "eviction-carried-out"));
    assertThat(mitte.openTasks(caseId)).isEmpty();

    clock.set("2027-04-22T09:00");
    mitte.complete(caseId, FOLLOW_UP, form().flag("stillHousedAfter12Months", false));
    assertCompleted(opened);

    // each visit keeps its own values (whether it was made in pairs), staff counts as integers
    assertThat(submitted(opened)).contains(
        new Submitted(HOME_VISIT_1, "visitedOn", "String", "2026-03-12"),
        new Submitted(HOME_VISIT_1, "visitStaffCount", "Integer", "2"),
        new Submitted(HOME_VISIT_1, "contactMade", "Boolean", "false"),
        new Submitted(HOME_VISIT_1, "secondVisitWanted", "Boolean", "true"),
        new Submitted(HOME_VISIT_2, "visitedOn", "String", "2026-03-19"),
        new Submitted(HOME_VISIT_2, "visitStaffCount", "Integer", "1"),
        new Submitted(HOME_VISIT_2, "contactMade", "Boolean", "false"),
        new Submitted(SEND_EVICTION_LETTER, "evictionLetterSentOn", "String", "2026-03-24"),
        new Submitted(DECIDE_EVICTION_ATTENDANCE, "attendEviction", "Boolean", "true"),
        new Submitted(ATTEND_EVICTION, "evictionAttended", "Boolean", "true"),
        new Submitted(ATTEND_EVICTION, "evictionStaffCount", "Integer", "2"),
        new Submitted(ATTEND_EVICTION, "evictionCarriedOut", "Boolean", "true"),
        new Submitted(CLOSE_CASE, "outcome", "String", "eviction-carried-out"),
        new Submitted(FOLLOW_UP, "stillHousedAfter12Months", "Boolean", "false"));
  }

  // ------------------------------------------------------------------ bailiff notice first

  @Test
  void aBailiffNoticeForAHouseholdWithoutCaseOpensOne() {
    clock.set("2026-03-02T09:00");
    ResponseEntity<String> response =
        mitte.fileBailiffNotice(bailiffNotice("2026-03-02", "2026-04-14T09:00"));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = mitte.body(response);
    assertThat(body.path("joined").asBoolean()).isFalse();
    assertThat(body.path("joined").isBoolean()).isTrue();
    Case opened = new Case(body.path("caseId").asText(), body.path("processInstanceId").asText());
    assertThat(opened.caseId()).matches("MI-2026-\\d{5}");
    clock.watch(opened.processInstanceId());
    String caseId = opened.caseId();

    // no standard letter and no home visits without a court notice; the case can be closed at once
    assertThat(mitte.openTasks(caseId))
        .containsExactlyInAnyOrder(SEND_EVICTION_LETTER, RECORD_CONTACT, CLOSE_CASE);
    assertThat(engineDate(mitte.task(caseId, SEND_EVICTION_LETTER).path("due")))
        .isEqualTo(at("2026-03-05T23:59"));

    clock.set("2026-03-03T10:00");
    mitte.complete(caseId, SEND_EVICTION_LETTER, form().text("evictionLetterSentOn", "2026-03-03"));
    mitte.complete(caseId, DECIDE_EVICTION_ATTENDANCE, form().flag("attendEviction", false));
    assertThat(mitte.openTasks(caseId)).containsExactlyInAnyOrder(RECORD_CONTACT, CLOSE_CASE);

    clock.set("2026-03-04T10:00");
    mitte.complete(caseId, RECORD_CONTACT, form()
        .text("contactOn", "2026-03-04")
        .text("contactChannel", "office"));
    mitte.complete(caseId, COUNSELLING, form()
        .text("counsellingOn", "2026-03-04")
        .flag("rentDebtTakeover", false)
        .flag("help67", true)
        .flag("landlordAgreement", false));
    // closing was already open: still one CloseCase
    assertThat(mitte.tasks(caseId)).extracting(t -> t.path("taskDefinitionKey").asText())
        .containsExactly(CLOSE_CASE);
    mitte.complete(caseId, CLOSE_CASE, form().text("outcome", "moved-out").text("closedOn", "2026-03-04"));
    assertThat(mitte.openTasks(caseId)).isEmpty();
    assertRunning(opened); // waiting for the follow-up
  }

  // ------------------------------------------------------------------ bad input

  @Test
  @SuppressWarnings("unchecked")
  void aBadNoticeIs400NamingTheFieldAndTheSameCourtFileTwiceIs409NamingTheCase() {
    clock.set("2026-03-02T09:00");
    Map<String, Object> bad = courtNotice("2026-03-02");
    ((Map<String, Object>) bad.get("household")).put("postalCode", "1011");
    ResponseEntity<String> rejected = mitte.fileCourtNotice(bad);
    assertThat(rejected.getStatusCode()).as(rejected.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rejected.getHeaders().getContentType()).hasToString("application/problem+json");
    JsonNode problem = mitte.body(rejected);
    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("household.postalCode");
    // nothing stored: the corrected notice is the first for this court file
    ((Map<String, Object>) bad.get("household")).put("postalCode", "10115");
    Case opened = fileCourtNotice(bad);

    ResponseEntity<String> again = mitte.fileCourtNotice(bad);
    assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(mitte.body(again).path("existingCaseId").asText()).isEqualTo(opened.caseId());
    assertThat(mitte.body(again).path("detail").asText()).contains(opened.caseId());
    assertThat(mitte.tasks(opened.caseId())).hasSize(1);
  }

  @Test
  void badTaskInputIs400NamingTheFieldAndTheTaskStaysOpen() {
    clock.set("2026-03-02T09:00");
    Case opened = fileCourtNotice(courtNotice("2026-03-02"));
    String caseId = opened.caseId();
    String letterId = mitte.task(caseId, SEND_COURT_LETTER).path("id").asText();
    String proposed = mitte.formVariables(letterId).path("appointmentAt").path("value").asText();

    clock.set("2026-03-03T10:00");
    assertRejected(letterId, form()
        .text("letterSentOn", "2026-03-04") // tomorrow
        .text("appointmentAt", "2026-03-10T10:00"), "letterSentOn");
    assertRejected(letterId, form()
        .text("letterSentOn", "2026-03-03")
        .text("appointmentAt", "10.03.2026 10:00"), "appointmentAt");
    assertRejected(letterId, form()
        .text("letterSentOn", "2026-02-27") // before the notice arrived
        .text("appointmentAt", "2026-03-10T10:00"), "letterSentOn");
    // nothing of the rejected submissions was stored
    JsonNode variables = mitte.formVariables(letterId);
    assertThat(variables.path("letterSentOn").path("value").isMissingNode()
        || variables.path("letterSentOn").path("value").isNull()).isTrue();
    assertThat(variables.path("appointmentAt").path("value").asText()).isEqualTo(proposed);

    mitte.complete(caseId, SEND_COURT_LETTER, form()
        .text("letterSentOn", "2026-03-03")
        .text("appointmentAt", "2026-03-10T10:00"));
    String contactId = mitte.task(caseId, RECORD_CONTACT).path("id").asText();
    assertRejected(contactId, form().text("contactOn", "2026-03-03").text("contactChannel", "fax"),
        "contactChannel");
    assertRejected(contactId, form().text("contactChannel", "phone"), "contactOn");

    clock.set("2026-03-11T10:00");
    String visitId = mitte.task(caseId, HOME_VISIT_1).path("id").asText();
    assertRejected(visitId, form().text("visitedOn", "2026-03-11").text("visitStaffCount", "2")
        .flag("contactMade", true), "visitStaffCount");
    assertRejected(visitId, form().text("visitedOn", "2026-03-11").count("visitStaffCount", 3)
        .flag("contactMade", true), "visitStaffCount");
    assertRejected(visitId, form().text("visitedOn", "2026-03-11").count("visitStaffCount", 2)
        .text("contactMade", "ja"), "contactMade");
    assertThat(mitte.openTasks(caseId)).containsExactlyInAnyOrder(RECORD_CONTACT, HOME_VISIT_1);
  }

  // ------------------------------------------------------------------ districts and login

  /**
   * Camunda's tenant check keeps Mitte's case from Neukölln: queries leave it out and a direct
   * {@code GET} is 404. Calls on the task's id (form, submit, complete, claim) are refused with 404
   * as well (process.TenantCheckErrorMapper turns Camunda's ENGINE-13034 500 into it), in Camunda's
   * error shape and naming only the task id, no case data – as if the task did not exist.
   */
  @Test
  void anotherDistrictNeitherSeesNorCompletesTheTask() {
    clock.set("2026-03-02T09:00");
    Map<String, Object> notice = courtNotice("2026-03-02");
    Case opened = fileCourtNotice(notice);
    String caseId = opened.caseId();
    String letterId = mitte.task(caseId, SEND_COURT_LETTER).path("id").asText();
    clock.set("2026-03-03T10:00");

    assertThat(neukoelln.tasks(caseId)).isEmpty();
    assertThat(neukoelln.get("/engine-rest/task?candidateGroup=fachkraft-mitte").getBody())
        .doesNotContain(letterId);
    assertThat(neukoelln.get("/engine-rest/process-instance?businessKey=" + caseId).getBody())
        .isEqualTo("[]");
    assertThat(neukoelln.get("/engine-rest/history/process-instance?processInstanceBusinessKey="
        + caseId).getBody()).isEqualTo("[]");
    ResponseEntity<String> task = neukoelln.get("/engine-rest/task/" + letterId);
    assertThat(task.getStatusCode()).as(task.getBody()).isEqualTo(HttpStatus.NOT_FOUND);

    assertRefusedByTenantCheck(neukoelln.get("/engine-rest/task/" + letterId + "/form-variables"), notice);
    assertRefusedByTenantCheck(neukoelln.get("/engine-rest/task/" + letterId + "/deployed-form"), notice);
    assertRefusedByTenantCheck(neukoelln.submit(letterId, form()
        .text("letterSentOn", "2026-03-03").text("appointmentAt", "2026-03-10T10:00")), notice);
    assertRefusedByTenantCheck(neukoelln.post("/engine-rest/task/" + letterId + "/complete",
        Map.of("variables", Map.of())), notice);
    assertRefusedByTenantCheck(neukoelln.post("/engine-rest/task/" + letterId + "/claim",
        Map.of("userId", "fk.neukoelln")), notice);

    JsonNode letter = mitte.task(caseId, SEND_COURT_LETTER);
    assertThat(letter.path("assignee").isNull()).isTrue();
    assertThat(mitte.formVariables(letterId).path("letterSentOn").path("value").isMissingNode()).isTrue();
    assertThat(mitte.letters(caseId)).isEmpty();

    // the letters of Mitte's case do not exist for Neukölln (404, as for an unknown case)
    mitte.complete(caseId, SEND_COURT_LETTER, form()
        .text("letterSentOn", "2026-03-03").text("appointmentAt", "2026-03-10T10:00"));
    String href = mitte.letters(caseId).get(0).path("href").asText();
    assertThat(neukoelln.get("/api/cases/" + caseId + "/letters").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(neukoelln.download(href).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    // nor may Neukölln file a notice for Mitte
    ResponseEntity<String> mitteNotice = neukoelln.fileCourtNotice(courtNotice("2026-03-02"));
    assertThat(mitteNotice.getStatusCode()).as(mitteNotice.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  /**
   * No valid login, no access. A wrong password also makes Camunda lock the user for a few seconds
   * of engine time (login throttling), so the test moves the clock on and logs in once correctly,
   * which resets the failed attempts – otherwise the next tests, which start at the same engine
   * time, would find {@code fk.mitte} locked.
   */
  @Test
  void withoutValidLoginEverythingIs401() {
    clock.set("2026-03-02T09:00");
    Case opened = fileCourtNotice(courtNotice("2026-03-02"));
    String letterId = mitte.task(opened.caseId(), SEND_COURT_LETTER).path("id").asText();
    ApiClient nobody = ApiClient.anonymous(rest);
    ApiClient wrongPassword = ApiClient.as(rest, "fk.mitte", "falsch");

    for (ApiClient client : List.of(nobody, wrongPassword)) {
      assertUnauthorized(client.get("/engine-rest/task?processInstanceBusinessKey=" + opened.caseId()));
      assertUnauthorized(client.get("/engine-rest/task/" + letterId + "/form-variables"));
      assertUnauthorized(client.submit(letterId, form().text("letterSentOn", "2026-03-02")));
      assertUnauthorized(client.fileCourtNotice(courtNotice("2026-03-02")));
      assertUnauthorized(client.fileBailiffNotice(bailiffNotice("2026-03-02", "2026-04-14T09:00")));
      assertUnauthorized(client.get("/api/cases/" + opened.caseId() + "/letters"));
    }
    // locked for a moment even with the right password, then let in again
    assertUnauthorized(mitte.get("/engine-rest/task?processInstanceBusinessKey=" + opened.caseId()));
    clock.set("2026-03-02T09:05");
    assertThat(mitte.openTasks(opened.caseId())).containsExactly(SEND_COURT_LETTER);
  }

  // ------------------------------------------------------------------ helpers

  record Case(String caseId, String processInstanceId) {}

  /** A value stored when a task was completed, as Camunda's history records it. */
  record Submitted(String task, String name, String type, String value) {}

  Case fileCourtNotice(Map<String, Object> notice) {
    ResponseEntity<String> response = mitte.fileCourtNotice(notice);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = mitte.body(response);
    Case opened = new Case(body.path("caseId").asText(), body.path("processInstanceId").asText());
    assertThat(opened.caseId()).matches("MI-2026-\\d{5}");
    clock.watch(opened.processInstanceId());
    return opened;
  }

  void assertRejected(String taskId, ApiClient.Form form, String field) {
    ResponseEntity<String> response = mitte.submit(taskId, form);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = mitte.body(response);
    assertThat(body.path("message").asText()).contains(field + ":");
    assertThat(body.path("errors").findValuesAsText("field")).containsExactly(field);
    assertThat(mitte.get("/engine-rest/task/" + taskId).getStatusCode())
        .as("the task is still open").isEqualTo(HttpStatus.OK);
  }

  /** Camunda's tenant check refused the call: 404 as for an unknown id, no case data given away. */
  static void assertRefusedByTenantCheck(ResponseEntity<String> response, Map<String, Object> notice) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
    // the engine's tenant check ("…: not found") or the door guard ("No task found for task id …")
    assertThat(response.getBody()).contains("\"type\":\"InvalidRequestException\"")
        .containsPattern("not found|No task found")
        .doesNotContain("ENGINE-13034", "tenant")
        .doesNotContain((String) notice.get("courtFileNumber"))
        .doesNotContain("Mustermann");
  }

  static void assertPdf(ResponseEntity<byte[]> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType()).hasToString("application/pdf");
    assertThat(new String(response.getBody(), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }

  static void assertUnauthorized(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
  }

  void assertRunning(Case opened) {
    assertThat(mitte.get("/engine-rest/process-instance/" + opened.processInstanceId())
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  void assertCompleted(Case opened) {
    assertThat(mitte.openTasks(opened.caseId())).isEmpty();
    assertThat(mitte.get("/engine-rest/process-instance/" + opened.processInstanceId())
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    JsonNode history = mitte.body(
        mitte.get("/engine-rest/history/process-instance/" + opened.processInstanceId()));
    assertThat(history.path("state").asText()).isEqualTo("COMPLETED");
    assertThat(history.path("businessKey").asText()).isEqualTo(opened.caseId());
    assertThat(history.path("tenantId").asText()).isEqualTo("mitte");
  }

  /**
   * {@code GET /engine-rest/history/detail?variableUpdates=true&processInstanceId=…}: the variable
   * updates made in the scope of a user task, i.e. the values submitted with it (and the defaults
   * the application filled in).
   */
  List<Submitted> submitted(Case opened) {
    JsonNode updates = mitte.body(mitte.get("/engine-rest/history/detail?variableUpdates=true"
        + "&processInstanceId=" + opened.processInstanceId()));
    List<Submitted> submitted = new ArrayList<>();
    updates.forEach(update -> {
      String activity = update.path("activityInstanceId").asText("").split(":")[0];
      submitted.add(new Submitted(activity, update.path("variableName").asText(),
          update.path("variableType").asText(), update.path("value").asText()));
    });
    return submitted;
  }

  static LocalDateTime at(String localDateTime) {
    return LocalDateTime.parse(localDateTime);
  }
}
