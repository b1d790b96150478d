package de.berlin.sozwohn.wohnraumerhalt.contract;

import static de.berlin.sozwohn.wohnraumerhalt.contract.ApiClient.Form.form;
import static de.berlin.sozwohn.wohnraumerhalt.contract.ApiClient.engineDate;
import static de.berlin.sozwohn.wohnraumerhalt.contract.Notices.bailiffNotice;
import static de.berlin.sozwohn.wohnraumerhalt.contract.Notices.bailiffNoticeFor;
import static de.berlin.sozwohn.wohnraumerhalt.contract.Notices.caseEvent;
import static de.berlin.sozwohn.wohnraumerhalt.contract.Notices.correction;
import static de.berlin.sozwohn.wohnraumerhalt.contract.Notices.courtNotice;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.berlin.sozwohn.wohnraumerhalt.contract.ApiClient.Indicator;
import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
 * HTTP only – the intake API, the letters, case events and corrections, the indicators and
 * Camunda's REST API as Tasklist uses it – as the demo users of §8, with exactly the task keys,
 * field names and JSON types of the SPEC. The one thing it does not do over HTTP is move time (see
 * {@link SimulatedClock}).
 *
 * <p>All dates are fixed (Monday 2 March 2026 onwards), so due dates in Berlin working days are
 * known: the test reads like the procedure. The indicators are read before and after a step and
 * compared ({@link Indicator#since}): the engine holds the cases of other tests as well, and
 * nothing else changes them in between.
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

  static final String FEBRUARY_FROM = "2026-02-01";
  static final String FEBRUARY_TO = "2026-02-28";
  static final String MARCH_FROM = "2026-03-01";
  static final String MARCH_TO = "2026-03-31";
  static final String APRIL_FROM = "2026-04-01";
  static final String APRIL_TO = "2026-04-30";
  static final String MAY_FROM = "2026-05-01";
  static final String MAY_TO = "2026-05-31";

  @Autowired TestRestTemplate rest;
  @Autowired ManagementService managementService;

  ApiClient mitte;
  ApiClient neukoelln;
  /** Mitte's team lead: entered-in-error and corrections. */
  ApiClient leitung;
  SimulatedClock clock;

  @BeforeEach
  void users() {
    mitte = ApiClient.as(rest, "fk.mitte", "demo");
    neukoelln = ApiClient.as(rest, "fk.neukoelln", "demo");
    leitung = ApiClient.as(rest, "leitung.mitte", "demo");
    clock = new SimulatedClock(managementService);
    // A wrong password (another test class of this engine tries one) locks the user for a few
    // seconds of real time, which lie in the future of this test's engine clock: an administrator
    // unlocks the users first (POST /engine-rest/user/{id}/unlock).
    ApiClient admin = ApiClient.as(rest, "admin", "admin");
    for (String user : List.of("fk.mitte", "fk.neukoelln", "leitung.mitte")) {
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
    // beside the letter, from the case's start: the household's contact can be recorded
    assertThat(mitte.tasks(caseId)).extracting(t -> t.path("taskDefinitionKey").asText())
        .containsExactlyInAnyOrder(SEND_COURT_LETTER, RECORD_CONTACT);
    assertThat(mitte.task(caseId, RECORD_CONTACT).path("name").asText()).isEqualTo("Kontakt erfassen");

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
    // still the one case with the tasks it opened with
    assertThat(mitte.tasks(opened.caseId())).extracting(t -> t.path("taskDefinitionKey").asText())
        .containsExactlyInAnyOrder(SEND_COURT_LETTER, RECORD_CONTACT);
  }

  @Test
  void badTaskInputIs400NamingTheFieldAndTheTaskStaysOpen() {
    clock.set("2026-03-02T09:00");
    Case opened = fileCourtNotice(courtNotice("2026-03-02"));
    String caseId = opened.caseId();
    String letterId = mitte.task(caseId, SEND_COURT_LETTER).path("id").asText();

    clock.set("2026-03-03T10:00");
    // the form proposes a slot at least 5 working days after today (proposed anew each day)
    String proposed = mitte.formVariables(letterId).path("appointmentAt").path("value").asText();
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

  // ------------------------------------------------------------------ case events (SPEC §3 step 8)

  /**
   * A contact may be recorded from the case's start: before the letter it ends the letter task
   * (the Fachstelle has acted – 1.1 met) and counselling follows.
   */
  @Test
  void aContactBeforeTheLetterEndsTheLetterTaskAndMeetsTheStandard() {
    clock.set("2026-03-02T09:00");
    Case opened = fileCourtNotice(courtNotice("2026-03-02"));
    String caseId = opened.caseId();

    clock.set("2026-03-03T11:00");
    Indicator letters = mitte.indicator("1.1", MARCH_FROM, MARCH_TO, "mitte");
    mitte.complete(caseId, RECORD_CONTACT, form()
        .text("contactOn", "2026-03-03")
        .text("contactChannel", "phone"));
    assertThat(mitte.openTasks(caseId)).containsExactly(COUNSELLING);
    assertThat(mitte.letters(caseId)).isEmpty();
    // 1.1: acted on the 1st working day – from pending to met
    assertThat(mitte.indicator("1.1", MARCH_FROM, MARCH_TO, "mitte").since(letters))
        .isEqualTo(new Indicator(1, 1, -1));
  }

  /**
   * "Klage zurückgenommen" before the letter: letter and contact task end, "Fall abschließen"
   * follows with the suggested outcome; the letter's deadline had not passed, so 1.1 does not count
   * the case. A second "procedure over" and any event on the closed case do not fit (409); the team
   * lead may still mark the closed case as entered in error.
   */
  @Test
  void aWithdrawnLawsuitEndsTheOutreachAndTheClosureFollows() {
    clock.set("2026-03-02T09:00");
    Case opened = fileCourtNotice(courtNotice("2026-03-02"));
    String caseId = opened.caseId();

    clock.set("2026-03-03T10:00");
    Indicator letters = mitte.indicator("1.1", MARCH_FROM, MARCH_TO, "mitte");
    JsonNode state = state(mitte, mitte.recordEvent(caseId,
        caseEvent("lawsuit-withdrawn", "2026-03-03")));
    assertThat(state.path("caseId").asText()).isEqualTo(caseId);
    assertThat(state.path("processInstanceId").asText()).isEqualTo(opened.processInstanceId());
    assertThat(state.path("district").asText()).isEqualTo("mitte");
    assertThat(state.path("status").asText()).isEqualTo("open");
    assertThat(texts(state.path("openTasks"))).containsExactly(CLOSE_CASE);
    assertThat(state.path("linkedCaseId").isNull()).isTrue();
    assertThat(state.path("events")).hasSize(1);
    JsonNode event = state.path("events").get(0);
    assertThat(event.path("type").asText()).isEqualTo("lawsuit-withdrawn");
    assertThat(event.path("on").asText()).isEqualTo("2026-03-03");
    assertThat(event.path("recordedBy").asText()).isEqualTo("fk.mitte");
    assertThat(Instant.parse(event.path("recordedAt").asText())).isEqualTo(instant("2026-03-03T10:00"));

    // the engine agrees: only the closure is open, its form proposes the outcome
    assertThat(mitte.taskKeysOfInstance(opened.processInstanceId())).containsExactly(CLOSE_CASE);
    assertThat(outcomeProposed(caseId)).isEqualTo("housing-retained");
    assertThat(state(mitte, mitte.caseState(caseId))).isEqualTo(state);
    // 1.1: not sent, its deadline (Thu 5 March) not passed when the lawsuit was withdrawn
    assertThat(mitte.indicator("1.1", MARCH_FROM, MARCH_TO, "mitte").since(letters))
        .isEqualTo(new Indicator(0, 0, -1));

    ResponseEntity<String> twice = mitte.recordEvent(caseId, caseEvent("arrears-settled", "2026-03-03"));
    assertProblem(mitte, twice, HttpStatus.CONFLICT, "type");
    assertThat(mitte.body(twice).path("detail").asText()).contains("Klage zurückgenommen");

    clock.set("2026-03-04T09:00");
    mitte.complete(caseId, CLOSE_CASE, form().text("outcome", "housing-retained"));
    assertThat(mitte.openTasks(caseId)).isEmpty();
    assertThat(state(mitte, mitte.caseState(caseId)).path("status").asText()).isEqualTo("closed");
    assertProblem(mitte, mitte.recordEvent(caseId, caseEvent("household-moved", "2026-03-04")),
        HttpStatus.CONFLICT, "type");

    // waiting for the follow-up, the closed case may still turn out to be entered in error
    assertRunning(opened);
    JsonNode voided = state(leitung, leitung.recordEvent(caseId, caseEvent("entered-in-error",
        "2026-03-04", "reason", "Mitteilung betraf einen anderen Haushalt")));
    assertThat(voided.path("status").asText()).isEqualTo("entered-in-error");
    assertThat(texts(voided.path("openTasks"))).isEmpty();
    assertEnded(opened);
  }

  /**
   * "Mietrückstand ausgeglichen" while the home visit is due: visit and contact task end, the
   * closure follows; the visit deadline (Tue 17 March) had not passed, so 1.2 does not count it.
   */
  @Test
  void settledArrearsEndTheHomeVisitsAndTheirDeadlineIsNotCounted() {
    clock.set("2026-03-02T09:00");
    Case opened = fileCourtNotice(courtNotice("2026-03-02"));
    String caseId = opened.caseId();
    clock.set("2026-03-03T10:00");
    sendLetter(caseId, "2026-03-03", "2026-03-10T10:00");
    clock.set("2026-03-11T08:00");
    assertThat(mitte.openTasks(caseId)).containsExactlyInAnyOrder(RECORD_CONTACT, HOME_VISIT_1);

    clock.set("2026-03-12T10:00");
    Indicator visits = mitte.indicator("1.2", MARCH_FROM, MARCH_TO, "mitte");
    JsonNode state = state(mitte, mitte.recordEvent(caseId,
        caseEvent("arrears-settled", "2026-03-12")));
    assertThat(state.path("status").asText()).isEqualTo("open");
    assertThat(texts(state.path("openTasks"))).containsExactly(CLOSE_CASE);
    assertThat(mitte.taskKeysOfInstance(opened.processInstanceId())).containsExactly(CLOSE_CASE);
    assertThat(outcomeProposed(caseId)).isEqualTo("housing-retained");
    assertThat(mitte.indicator("1.2", MARCH_FROM, MARCH_TO, "mitte").since(visits))
        .isEqualTo(new Indicator(0, 0, -1));

    // the visit's deadline passes: nothing is due but the closure
    clock.set("2026-03-18T08:00");
    assertThat(mitte.openTasks(caseId)).containsExactly(CLOSE_CASE);
  }

  /** After a contact the outreach is over already: settled arrears let the counselling go on. */
  @Test
  void settledArrearsAfterAContactLetTheCounsellingGoOn() {
    clock.set("2026-03-02T09:00");
    Case opened = fileCourtNotice(courtNotice("2026-03-02"));
    String caseId = opened.caseId();
    clock.set("2026-03-03T10:00");
    sendLetter(caseId, "2026-03-03", "2026-03-10T10:00");
    mitte.complete(caseId, RECORD_CONTACT, form()
        .text("contactOn", "2026-03-03")
        .text("contactChannel", "office"));

    clock.set("2026-03-05T10:00");
    JsonNode state = state(mitte, mitte.recordEvent(caseId,
        caseEvent("arrears-settled", "2026-03-05")));
    assertThat(state.path("status").asText()).isEqualTo("open");
    assertThat(texts(state.path("openTasks"))).containsExactly(COUNSELLING);
    mitte.complete(caseId, COUNSELLING, form()
        .text("counsellingOn", "2026-03-05")
        .flag("rentDebtTakeover", false)
        .flag("help67", false)
        .flag("landlordAgreement", true));
    assertThat(mitte.openTasks(caseId)).containsExactly(CLOSE_CASE);
    assertThat(outcomeProposed(caseId)).isEqualTo("housing-retained");
  }

  /**
   * "Haushalt ausgezogen" with an eviction pending: the outreach ends, the eviction is called off
   * (its attendance task ends) and "Fall abschließen" proposes "moved-out"; neither the visit
   * (1.2) nor the eviction (1.4) is counted any more.
   */
  @Test
  void aHouseholdThatMovedOutEndsTheOutreachAndItsPendingEviction() {
    clock.set("2026-03-02T09:00");
    Map<String, Object> notice = courtNotice("2026-03-02");
    Case opened = fileCourtNotice(notice);
    String caseId = opened.caseId();
    clock.set("2026-03-03T10:00");
    sendLetter(caseId, "2026-03-03", "2026-03-10T10:00");
    clock.set("2026-03-04T09:00");
    String reference = joinBailiffNotice(notice, opened, "2026-03-04", "2026-04-21T09:00");
    mitte.complete(caseId, SEND_EVICTION_LETTER, form().text("evictionLetterSentOn", "2026-03-04"));
    mitte.complete(caseId, DECIDE_EVICTION_ATTENDANCE, form().flag("attendEviction", true));
    assertThat(mitte.openTasks(caseId)).containsExactlyInAnyOrder(RECORD_CONTACT, ATTEND_EVICTION);

    clock.set("2026-03-09T10:00");
    Indicator visits = mitte.indicator("1.2", MARCH_FROM, MARCH_TO, "mitte");
    Indicator attendance = mitte.indicator("1.4", APRIL_FROM, APRIL_TO, "mitte");
    JsonNode state = state(mitte, mitte.recordEvent(caseId,
        caseEvent("household-moved", "2026-03-09")));
    assertThat(state.path("status").asText()).isEqualTo("open");
    assertThat(texts(state.path("openTasks"))).containsExactly(CLOSE_CASE);
    assertThat(mitte.taskKeysOfInstance(opened.processInstanceId())).containsExactly(CLOSE_CASE);
    assertThat(outcomeProposed(caseId)).isEqualTo("moved-out");
    assertThat(mitte.indicator("1.2", MARCH_FROM, MARCH_TO, "mitte").since(visits))
        .isEqualTo(new Indicator(0, 0, -1));
    assertThat(mitte.indicator("1.4", APRIL_FROM, APRIL_TO, "mitte").since(attendance))
        .isEqualTo(new Indicator(0, 0, -1));

    // that eviction is called off already
    ResponseEntity<String> again = mitte.recordEvent(caseId, caseEvent("eviction-called-off",
        "2026-03-09", "bailiffReference", reference));
    assertProblem(mitte, again, HttpStatus.CONFLICT, "bailiffReference");
    assertThat(mitte.body(again).path("detail").asText()).contains("bereits als abgesagt");
  }

  /**
   * "An anderen Bezirk abgegeben": Mitte's case ends (status transferred, linkedCaseId), Neukölln
   * finds a new case with the household's data and the letter due 3 working days after the
   * handover. Each district sees only its own case; the new one is not in Neukölln's 1.1, and
   * Mitte's unsent letter (deadline not passed) leaves Mitte's 1.1.
   */
  @Test
  void aTransferEndsTheCaseAndOpensALinkedOneInTheNewDistrict() {
    clock.set("2026-03-02T09:00");
    Map<String, Object> notice = courtNotice("2026-03-02");
    Case opened = fileCourtNotice(notice);
    String caseId = opened.caseId();

    clock.set("2026-03-03T10:00");
    Indicator mitteLetters = mitte.indicator("1.1", MARCH_FROM, MARCH_TO, "mitte");
    Indicator neukoellnLetters = neukoelln.indicator("1.1", MARCH_FROM, MARCH_TO, "neukoelln");
    JsonNode state = state(mitte, mitte.recordEvent(caseId,
        caseEvent("transferred", "2026-03-03", "toDistrict", "neukoelln")));
    assertThat(state.path("status").asText()).isEqualTo("transferred");
    assertThat(texts(state.path("openTasks"))).isEmpty();
    String linkedCaseId = state.path("linkedCaseId").asText();
    assertThat(linkedCaseId).matches("NK-2026-\\d{5}");
    JsonNode event = state.path("events").get(0);
    assertThat(event.path("type").asText()).isEqualTo("transferred");
    assertThat(event.path("toDistrict").asText()).isEqualTo("neukoelln");
    assertThat(event.path("linkedCaseId").asText()).isEqualTo(linkedCaseId);
    assertEnded(opened);
    assertThat(state(mitte, mitte.caseState(caseId)).path("status").asText()).isEqualTo("transferred");

    // Neukölln's new case: open, its letter due Fri 6 March, the household and court file taken over
    JsonNode linked = state(neukoelln, neukoelln.caseState(linkedCaseId));
    assertThat(linked.path("district").asText()).isEqualTo("neukoelln");
    assertThat(linked.path("status").asText()).isEqualTo("open");
    assertThat(texts(linked.path("openTasks"))).containsExactly(RECORD_CONTACT, SEND_COURT_LETTER);
    String linkedInstance = linked.path("processInstanceId").asText();
    clock.watch(linkedInstance);
    assertThat(neukoelln.taskKeysOfInstance(linkedInstance))
        .containsExactly(RECORD_CONTACT, SEND_COURT_LETTER);
    JsonNode letter = neukoelln.task(linkedCaseId, SEND_COURT_LETTER);
    assertThat(letter.path("tenantId").asText()).isEqualTo("neukoelln");
    assertThat(engineDate(letter.path("due"))).isEqualTo(at("2026-03-06T23:59"));
    assertThat(neukoelln.candidateGroups(letter.path("id").asText())).contains("fachkraft-neukoelln");
    JsonNode variables = neukoelln.formVariables(letter.path("id").asText());
    assertThat(variables.path("caseId").path("value").asText()).isEqualTo(linkedCaseId);
    assertThat(variables.path("previousCaseId").path("value").asText()).isEqualTo(caseId);
    assertThat(variables.path("receivedOn").path("value").asText()).isEqualTo("2026-03-03");
    assertThat(variables.path("courtFileNumber").path("value").asText())
        .isEqualTo(notice.get("courtFileNumber"));
    assertThat(variables.path("householdName").path("value").asText()).isEqualTo("Erika Mustermann");

    // each district sees its own case only
    assertNotFound(mitte.caseState(linkedCaseId), linkedCaseId);
    assertThat(mitte.tasks(linkedCaseId)).isEmpty();
    assertNotFound(neukoelln.caseState(caseId), caseId);
    assertThat(neukoelln.tasks(caseId)).isEmpty();

    // 1.1: Mitte's letter leaves the indicator, Neukölln received no court notice
    assertThat(mitte.indicator("1.1", MARCH_FROM, MARCH_TO, "mitte").since(mitteLetters))
        .isEqualTo(new Indicator(0, 0, -1));
    assertThat(neukoelln.indicator("1.1", MARCH_FROM, MARCH_TO, "neukoelln").since(neukoellnLetters))
        .isEqualTo(new Indicator(0, 0, 0));

    // the handed-over case takes no more events
    assertProblem(mitte, mitte.recordEvent(caseId, caseEvent("transferred", "2026-03-03",
        "toDistrict", "pankow")), HttpStatus.CONFLICT, "type");
    assertProblem(mitte, mitte.recordEvent(caseId, caseEvent("lawsuit-withdrawn", "2026-03-03")),
        HttpStatus.CONFLICT, "type");
  }

  /**
   * Per bailiff notice: "Räumung verschoben" moves the eviction and its attendance task (and 1.4
   * counts it in the new month), "Räumung abgesagt" ends that notice's attendance (it leaves 1.4).
   * An unknown, already called-off or already attended eviction does not fit (409).
   */
  @Test
  void anEvictionIsPostponedAnotherCalledOff() {
    clock.set("2026-03-02T09:00");
    Map<String, Object> notice = courtNotice("2026-03-02");
    Case opened = fileCourtNotice(notice);
    String caseId = opened.caseId();
    clock.set("2026-03-03T10:00");
    sendLetter(caseId, "2026-03-03", "2026-03-10T10:00");
    clock.set("2026-03-04T09:00");
    String first = joinBailiffNotice(notice, opened, "2026-03-04", "2026-04-14T09:00");
    mitte.complete(caseId, SEND_EVICTION_LETTER, form().text("evictionLetterSentOn", "2026-03-04"));
    mitte.complete(caseId, DECIDE_EVICTION_ATTENDANCE, form().flag("attendEviction", true));
    clock.set("2026-03-05T09:00");
    String second = joinBailiffNotice(notice, opened, "2026-03-05", "2026-04-21T09:00");
    mitte.complete(caseId, SEND_EVICTION_LETTER, form().text("evictionLetterSentOn", "2026-03-05"));
    mitte.complete(caseId, DECIDE_EVICTION_ATTENDANCE, form().flag("attendEviction", true));
    assertThat(mitte.tasks(caseId, ATTEND_EVICTION)).hasSize(2);

    clock.set("2026-03-09T10:00");
    Indicator april = mitte.indicator("1.4", APRIL_FROM, APRIL_TO, "mitte");
    Indicator may = mitte.indicator("1.4", MAY_FROM, MAY_TO, "mitte");
    JsonNode postponed = state(mitte, mitte.recordEvent(caseId, caseEvent("eviction-postponed",
        "2026-03-09", "bailiffReference", first, "evictionAt", "2026-05-12T09:00")));
    assertThat(postponed.path("status").asText()).isEqualTo("open");
    assertThat(texts(postponed.path("openTasks")))
        .containsExactly(ATTEND_EVICTION, ATTEND_EVICTION, RECORD_CONTACT);
    assertThat(postponed.path("events").get(0).path("type").asText()).isEqualTo("eviction-postponed");
    assertThat(postponed.path("events").get(0).path("evictionAt").asText()).isEqualTo("2026-05-12T09:00");
    JsonNode moved = mitte.noticeTask(caseId, ATTEND_EVICTION, first);
    assertThat(engineDate(moved.path("due"))).isEqualTo(at("2026-05-12T23:59"));
    assertThat(mitte.formVariables(moved.path("id").asText()).path("evictionAt").path("value")
        .asText()).isEqualTo("2026-05-12T09:00");
    assertThat(engineDate(mitte.noticeTask(caseId, ATTEND_EVICTION, second).path("due")))
        .isEqualTo(at("2026-04-21T23:59"));
    assertThat(mitte.indicator("1.4", APRIL_FROM, APRIL_TO, "mitte").since(april))
        .isEqualTo(new Indicator(0, 0, -1));
    assertThat(mitte.indicator("1.4", MAY_FROM, MAY_TO, "mitte").since(may))
        .isEqualTo(new Indicator(0, 0, 1));

    // a postponement names the notice and the new time
    assertProblem(mitte, mitte.recordEvent(caseId, caseEvent("eviction-postponed", "2026-03-09",
        "bailiffReference", first, "evictionAt", "2026-05-12T09:00")), HttpStatus.BAD_REQUEST,
        "evictionAt");
    assertProblem(mitte, mitte.recordEvent(caseId, caseEvent("eviction-postponed", "2026-03-09",
        "bailiffReference", first, "evictionAt", "12.05.2026 09:00")), HttpStatus.BAD_REQUEST,
        "evictionAt");
    assertProblem(mitte, mitte.recordEvent(caseId, caseEvent("eviction-postponed", "2026-03-09",
        "bailiffReference", first)), HttpStatus.BAD_REQUEST, "evictionAt");
    assertProblem(mitte, mitte.recordEvent(caseId, caseEvent("eviction-postponed", "2026-03-09",
        "evictionAt", "2026-05-19T09:00")), HttpStatus.BAD_REQUEST, "bailiffReference");

    // the second eviction is called off; the reference as written on the bailiff's letter
    april = mitte.indicator("1.4", APRIL_FROM, APRIL_TO, "mitte");
    JsonNode calledOff = state(mitte, mitte.recordEvent(caseId, caseEvent("eviction-called-off",
        "2026-03-09", "bailiffReference", second.toLowerCase())));
    assertThat(texts(calledOff.path("openTasks"))).containsExactly(ATTEND_EVICTION, RECORD_CONTACT);
    assertThat(mitte.noticeTask(caseId, ATTEND_EVICTION, first).path("id").asText())
        .isEqualTo(moved.path("id").asText());
    assertThat(mitte.indicator("1.4", APRIL_FROM, APRIL_TO, "mitte").since(april))
        .isEqualTo(new Indicator(0, 0, -1));
    ResponseEntity<String> twice = mitte.recordEvent(caseId, caseEvent("eviction-called-off",
        "2026-03-09", "bailiffReference", second));
    assertProblem(mitte, twice, HttpStatus.CONFLICT, "bailiffReference");
    assertThat(mitte.body(twice).path("detail").asText()).contains("bereits als abgesagt");
    ResponseEntity<String> unknown = mitte.recordEvent(caseId, caseEvent("eviction-called-off",
        "2026-03-09", "bailiffReference", "DR II 0-unbekannt/26"));
    assertProblem(mitte, unknown, HttpStatus.CONFLICT, "bailiffReference");
    assertThat(mitte.body(unknown).path("detail").asText()).contains("keine Mitteilung");

    // on the new day the eviction is attended: met in May; afterwards it can no longer be changed
    clock.set("2026-05-12T13:00");
    may = mitte.indicator("1.4", MAY_FROM, MAY_TO, "mitte");
    mitte.complete(mitte.noticeTask(caseId, ATTEND_EVICTION, first), form()
        .flag("evictionAttended", true)
        .count("evictionStaffCount", 2)
        .flag("evictionCarriedOut", true));
    assertThat(mitte.indicator("1.4", MAY_FROM, MAY_TO, "mitte").since(may))
        .isEqualTo(new Indicator(1, 1, -1));
    ResponseEntity<String> attended = mitte.recordEvent(caseId, caseEvent("eviction-called-off",
        "2026-05-12", "bailiffReference", first));
    assertProblem(mitte, attended, HttpStatus.CONFLICT, "bailiffReference");
    assertThat(mitte.body(attended).path("detail").asText()).contains("Zwangsräumung begleiten");
    assertProblem(mitte, mitte.recordEvent(caseId, caseEvent("eviction-postponed", "2026-05-12",
        "bailiffReference", first, "evictionAt", "2026-06-16T09:00")), HttpStatus.CONFLICT,
        "bailiffReference");
  }

  /**
   * "Irrtümlich erfasst" is the team lead's (403 for the caseworker, 404 for another district,
   * the reason required): the case ends, leaves every indicator, and its court file and bailiff
   * reference can be entered again.
   */
  @Test
  void onlyTheTeamLeadMarksACaseEnteredInErrorAndItsNoticesCanBeEnteredAgain() {
    clock.set("2026-03-02T09:00");
    Map<String, Object> notice = courtNotice("2026-03-02");
    Case opened = fileCourtNotice(notice);
    String caseId = opened.caseId();
    Map<String, Object> bailiff = bailiffNoticeFor(notice, "2026-03-02", "2026-04-14T09:00");
    ResponseEntity<String> joined = mitte.fileBailiffNotice(bailiff);
    assertThat(joined.getStatusCode()).as(joined.getBody()).isEqualTo(HttpStatus.OK);

    clock.set("2026-03-03T10:00");
    Indicator letters = mitte.indicator("1.1", MARCH_FROM, MARCH_TO, "mitte");
    Indicator evictionLetters = mitte.indicator("1.3", MARCH_FROM, MARCH_TO, "mitte");
    Map<String, Object> inError = caseEvent("entered-in-error", "2026-03-03",
        "reason", "Mitteilung doppelt erfasst");

    ResponseEntity<String> caseworker = mitte.recordEvent(caseId, inError);
    assertThat(caseworker.getStatusCode()).as(caseworker.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(caseworker.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(mitte.body(caseworker).path("status").asInt()).isEqualTo(403);
    assertNotFound(neukoelln.recordEvent(caseId, inError), caseId);
    assertProblem(leitung, leitung.recordEvent(caseId, caseEvent("entered-in-error", "2026-03-03")),
        HttpStatus.BAD_REQUEST, "reason");
    assertThat(mitte.openTasks(caseId))
        .containsExactlyInAnyOrder(SEND_COURT_LETTER, RECORD_CONTACT, SEND_EVICTION_LETTER);

    JsonNode state = state(leitung, leitung.recordEvent(caseId, inError));
    assertThat(state.path("status").asText()).isEqualTo("entered-in-error");
    assertThat(texts(state.path("openTasks"))).isEmpty();
    assertThat(state.path("events").get(0).path("recordedBy").asText()).isEqualTo("leitung.mitte");
    assertEnded(opened);
    assertThat(mitte.taskKeysOfInstance(opened.processInstanceId())).isEmpty();
    assertThat(state(mitte, mitte.caseState(caseId)).path("status").asText())
        .isEqualTo("entered-in-error");
    // 1.1 and 1.3 no longer count it (it was pending in both)
    assertThat(mitte.indicator("1.1", MARCH_FROM, MARCH_TO, "mitte").since(letters))
        .isEqualTo(new Indicator(0, 0, -1));
    assertThat(mitte.indicator("1.3", MARCH_FROM, MARCH_TO, "mitte").since(evictionLetters))
        .isEqualTo(new Indicator(0, 0, -1));
    assertProblem(mitte, mitte.recordEvent(caseId, caseEvent("lawsuit-withdrawn", "2026-03-03")),
        HttpStatus.CONFLICT, "type");
    assertProblem(leitung, leitung.recordEvent(caseId, inError), HttpStatus.CONFLICT, "type");

    // the same court file and bailiff reference are a new case, not a duplicate
    Case again = fileCourtNotice(notice);
    assertThat(again.caseId()).isNotEqualTo(caseId);
    ResponseEntity<String> bailiffAgain = mitte.fileBailiffNotice(bailiff);
    assertThat(bailiffAgain.getStatusCode()).as(bailiffAgain.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(mitte.body(bailiffAgain).path("caseId").asText()).isEqualTo(again.caseId());
  }

  /** Bad event input is 400 naming every bad field, another district's case 404; nothing changes. */
  @Test
  void aBadEventIs400NamingTheFieldAndAnotherDistrictsCaseIs404() {
    clock.set("2026-03-02T09:00");
    Case opened = fileCourtNotice(courtNotice("2026-03-02"));
    String caseId = opened.caseId();
    clock.set("2026-03-03T10:00");

    assertProblem(mitte, mitte.recordEvent(caseId, caseEvent(null, "2026-03-03")),
        HttpStatus.BAD_REQUEST, "type");
    assertProblem(mitte, mitte.recordEvent(caseId, caseEvent("vanished", "2026-03-03")),
        HttpStatus.BAD_REQUEST, "type");
    assertProblem(mitte, mitte.recordEvent(caseId, caseEvent("lawsuit-withdrawn", null)),
        HttpStatus.BAD_REQUEST, "on");
    assertProblem(mitte, mitte.recordEvent(caseId, caseEvent("lawsuit-withdrawn", "03.03.2026")),
        HttpStatus.BAD_REQUEST, "on");
    assertProblem(mitte, mitte.recordEvent(caseId, caseEvent("lawsuit-withdrawn", "2026-03-04")),
        HttpStatus.BAD_REQUEST, "on"); // tomorrow
    assertProblem(mitte, mitte.recordEvent(caseId, caseEvent("lawsuit-withdrawn", "2026-02-27")),
        HttpStatus.BAD_REQUEST, "on"); // before the notice was received
    assertProblem(mitte, mitte.recordEvent(caseId, caseEvent("transferred", "2026-03-03",
        "toDistrict", "atlantis")), HttpStatus.BAD_REQUEST, "toDistrict");
    assertProblem(mitte, mitte.recordEvent(caseId, caseEvent("transferred", "2026-03-03",
        "toDistrict", "mitte")), HttpStatus.BAD_REQUEST, "toDistrict");
    assertProblem(mitte, mitte.recordEvent(caseId, caseEvent("eviction-called-off", "2026-03-03")),
        HttpStatus.BAD_REQUEST, "bailiffReference");
    // one answer names every bad field
    ResponseEntity<String> both = mitte.recordEvent(caseId, caseEvent("transferred", null));
    assertThat(both.getStatusCode()).as(both.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(mitte.body(both).path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("on", "toDistrict");
    // no bailiff notice with that reference in this case
    assertProblem(mitte, mitte.recordEvent(caseId, caseEvent("eviction-called-off", "2026-03-03",
        "bailiffReference", "DR II 0-unbekannt/26")), HttpStatus.CONFLICT, "bailiffReference");

    // Neukölln learns nothing about Mitte's case: 404 as for an unknown one
    assertNotFound(neukoelln.recordEvent(caseId, caseEvent("lawsuit-withdrawn", "2026-03-03")), caseId);
    assertNotFound(neukoelln.caseState(caseId), caseId);
    assertNotFound(neukoelln.corrections(caseId), caseId);
    assertNotFound(mitte.recordEvent("MI-1999-00001", caseEvent("lawsuit-withdrawn", "2026-03-03")),
        "MI-1999-00001");

    // nothing of it changed the case
    JsonNode state = state(mitte, mitte.caseState(caseId));
    assertThat(state.path("status").asText()).isEqualTo("open");
    assertThat(state.path("events")).isEmpty();
    assertThat(texts(state.path("openTasks"))).containsExactly(RECORD_CONTACT, SEND_COURT_LETTER);
  }

  // ------------------------------------------------------------------ corrections (SPEC §3 step 9)

  /**
   * The team lead corrects wrongly entered dates: the receipt date moves the letter's deadline and
   * the case from March to February in 1.1, the corrected dispatch date turns "missed" into
   * "met", a bailiff notice's receipt date moves its letter's deadline. Every correction is kept;
   * bad values are 400 naming the field, a date never recorded 409, the caseworker 403.
   */
  @Test
  void theTeamLeadCorrectsDatesTheDeadlinesAndIndicatorsFollowAndEveryCorrectionIsKept() {
    clock.set("2026-03-02T09:00");
    Map<String, Object> notice = courtNotice("2026-03-02");
    Case opened = fileCourtNotice(notice);
    String caseId = opened.caseId();
    assertThat(engineDate(mitte.task(caseId, SEND_COURT_LETTER).path("due")))
        .isEqualTo(at("2026-03-05T23:59"));

    // the notice really came in on Friday 27 February: due Wed 4 March, counted in February
    Indicator february = mitte.indicator("1.1", FEBRUARY_FROM, FEBRUARY_TO, "mitte");
    Indicator march = mitte.indicator("1.1", MARCH_FROM, MARCH_TO, "mitte");
    Map<String, Object> receipt = correction("receivedOn", "2026-02-27",
        "Eingangsstempel falsch abgelesen");
    ResponseEntity<String> refused = mitte.correct(caseId, receipt);
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertNotFound(neukoelln.correct(caseId, receipt), caseId);
    ResponseEntity<String> corrected = leitung.correct(caseId, receipt);
    assertThat(corrected.getStatusCode()).as(corrected.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode kept = leitung.body(corrected);
    assertThat(kept.path("field").asText()).isEqualTo("receivedOn");
    assertThat(kept.path("oldValue").asText()).isEqualTo("2026-03-02");
    assertThat(kept.path("newValue").asText()).isEqualTo("2026-02-27");
    assertThat(kept.path("reason").asText()).isEqualTo("Eingangsstempel falsch abgelesen");
    assertThat(kept.path("correctedBy").asText()).isEqualTo("leitung.mitte");
    assertThat(Instant.parse(kept.path("correctedAt").asText())).isEqualTo(instant("2026-03-02T09:00"));
    assertThat(kept.path("visit").isNull()).isTrue();
    assertThat(kept.path("bailiffNotice").isNull()).isTrue();

    JsonNode letter = mitte.task(caseId, SEND_COURT_LETTER);
    assertThat(engineDate(letter.path("due"))).isEqualTo(at("2026-03-04T23:59"));
    assertThat(mitte.formVariables(letter.path("id").asText()).path("receivedOn").path("value")
        .asText()).isEqualTo("2026-02-27");
    assertThat(mitte.indicator("1.1", MARCH_FROM, MARCH_TO, "mitte").since(march))
        .isEqualTo(new Indicator(0, 0, -1));
    assertThat(mitte.indicator("1.1", FEBRUARY_FROM, FEBRUARY_TO, "mitte").since(february))
        .isEqualTo(new Indicator(0, 0, 1));

    // sent on Thursday – one day late; then it turns out it went out on Wednesday
    clock.set("2026-03-05T10:00");
    sendLetter(caseId, "2026-03-05", "2026-03-12T10:00");
    february = mitte.indicator("1.1", FEBRUARY_FROM, FEBRUARY_TO, "mitte");
    ResponseEntity<String> dispatch = leitung.correct(caseId, correction("letterSentOn",
        "2026-03-04", "Versanddatum im Postausgangsbuch nachgesehen"));
    assertThat(dispatch.getStatusCode()).as(dispatch.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(mitte.indicator("1.1", FEBRUARY_FROM, FEBRUARY_TO, "mitte").since(february))
        .isEqualTo(new Indicator(1, 0, 0));

    // a bailiff notice's receipt date moves its letter's deadline
    String reference = joinBailiffNotice(notice, opened, "2026-03-05", "2026-04-21T09:00");
    assertThat(engineDate(mitte.task(caseId, SEND_EVICTION_LETTER).path("due")))
        .isEqualTo(at("2026-03-10T23:59"));
    ResponseEntity<String> noticeReceipt = leitung.correct(caseId, correction("receivedOn",
        "2026-03-04", "Eingang am Vortag", "bailiffReference", reference));
    assertThat(noticeReceipt.getStatusCode()).as(noticeReceipt.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(leitung.body(noticeReceipt).path("bailiffNotice").asText()).isNotBlank();
    assertThat(engineDate(mitte.task(caseId, SEND_EVICTION_LETTER).path("due")))
        .isEqualTo(at("2026-03-09T23:59"));

    // refused as the original input would be, naming the field
    assertProblem(leitung, leitung.correct(caseId, correction("letterSentOn", "04.03.2026", "x")),
        HttpStatus.BAD_REQUEST, "value");
    assertProblem(leitung, leitung.correct(caseId, correction("letterSentOn", "2026-03-06", "x")),
        HttpStatus.BAD_REQUEST, "value"); // tomorrow
    assertProblem(leitung, leitung.correct(caseId, correction("letterSentOn", "2026-02-26", "x")),
        HttpStatus.BAD_REQUEST, "value"); // before the notice was received
    assertProblem(leitung, leitung.correct(caseId, correction("letterSentOn", "2026-03-04", null)),
        HttpStatus.BAD_REQUEST, "reason");
    assertProblem(leitung, leitung.correct(caseId, correction("hearingOn", "2026-03-04", "x")),
        HttpStatus.BAD_REQUEST, "field");
    assertProblem(leitung, leitung.correct(caseId, correction("visitedOn", "2026-03-04", "x")),
        HttpStatus.BAD_REQUEST, "visit");
    assertProblem(leitung, leitung.correct(caseId, correction("contactOn", "2026-03-04", "x")),
        HttpStatus.CONFLICT, "field"); // no contact recorded yet

    // every correction kept, oldest first; the district's caseworker reads them too
    JsonNode corrections = leitung.body(leitung.corrections(caseId));
    assertThat(corrections).hasSize(3);
    assertThat(corrections.findValuesAsText("field"))
        .containsExactly("receivedOn", "letterSentOn", "receivedOn");
    assertThat(corrections.findValuesAsText("oldValue"))
        .containsExactly("2026-03-02", "2026-03-05", "2026-03-05");
    assertThat(corrections.findValuesAsText("newValue"))
        .containsExactly("2026-02-27", "2026-03-04", "2026-03-04");
    assertThat(corrections.get(2).path("bailiffNotice").asText())
        .isEqualTo(leitung.body(noticeReceipt).path("bailiffNotice").asText());
    assertThat(corrections.get(1).path("reason").asText())
        .isEqualTo("Versanddatum im Postausgangsbuch nachgesehen");
    assertThat(mitte.body(mitte.corrections(caseId))).isEqualTo(corrections);
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
    assertThat(mitte.openTasks(opened.caseId()))
        .containsExactlyInAnyOrder(SEND_COURT_LETTER, RECORD_CONTACT);
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
    // the message names the field by its German label; errors[].field by its key
    assertThat(body.path("message").asText()).doesNotContain(field + ":");
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

  static Instant instant(String localDateTime) {
    return at(localDateTime).atZone(ApiClient.BERLIN).toInstant();
  }

  /** Sends the standard letter with this dispatch date and appointment. */
  void sendLetter(String caseId, String letterSentOn, String appointmentAt) {
    mitte.complete(caseId, SEND_COURT_LETTER, form()
        .text("letterSentOn", letterSentOn)
        .text("appointmentAt", appointmentAt));
  }

  /** A bailiff notice on the case's court file joins it (200); its {@code bailiffReference}. */
  String joinBailiffNotice(Map<String, Object> courtNotice, Case opened, String receivedOn,
      String evictionAt) {
    Map<String, Object> notice = bailiffNoticeFor(courtNotice, receivedOn, evictionAt);
    ResponseEntity<String> response = mitte.fileBailiffNotice(notice);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(mitte.body(response).path("joined").asBoolean()).isTrue();
    assertThat(mitte.body(response).path("caseId").asText()).isEqualTo(opened.caseId());
    return (String) notice.get("bailiffReference");
  }

  /** The case's state from the answer to an event or {@code GET /api/cases/{caseId}}: 200. */
  static JsonNode state(ApiClient client, ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return client.body(response);
  }

  /** The outcome "Fall abschließen" proposes in its form. */
  String outcomeProposed(String caseId) {
    return mitte.formVariables(mitte.task(caseId, CLOSE_CASE).path("id").asText())
        .path("outcome").path("value").asText();
  }

  static List<String> texts(JsonNode array) {
    assertThat(array.isArray()).as("a JSON array: %s", array).isTrue();
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  /** An RFC 9457 problem with this status whose {@code errors} name exactly this field. */
  static void assertProblem(ApiClient client, ResponseEntity<String> response, HttpStatus status,
      String field) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    JsonNode problem = client.body(response);
    assertThat(problem.path("status").asInt()).isEqualTo(status.value());
    assertThat(problem.path("detail").asText()).isNotBlank();
    assertThat(problem.path("errors").findValuesAsText("field")).as(response.getBody())
        .containsExactly(field);
  }

  /** 404 as for an unknown case: a problem naming the case id asked for, nothing of the case. */
  static void assertNotFound(ResponseEntity<String> response, String caseId) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(response.getBody()).contains(caseId).doesNotContain("Mustermann");
  }

  /** The case's process instance has ended (no longer found at runtime). */
  void assertEnded(Case opened) {
    assertThat(mitte.get("/engine-rest/process-instance/" + opened.processInstanceId())
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(mitte.openTasks(opened.caseId())).isEmpty();
  }
}
