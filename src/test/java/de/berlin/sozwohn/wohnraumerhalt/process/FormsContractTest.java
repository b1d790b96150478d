package de.berlin.sozwohn.wohnraumerhalt.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.casework.CaseCorrections;
import de.berlin.sozwohn.wohnraumerhalt.casework.CaseEventType;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Standard;
import de.berlin.sozwohn.wohnraumerhalt.intake.NoticeForm;
import de.berlin.sozwohn.wohnraumerhalt.intake.NoticeValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Camunda Forms in {@code forms/} against the external contract (SPEC §3, §7): one form per
 * user task and one start form per notice entry, matched by its id, with exactly the field keys
 * the REST API, the intake and the process expect.
 */
class FormsContractTest {

  static final Path FORMS = Path.of("forms");
  static final ObjectMapper JSON = new ObjectMapper();

  /** form id → task definition key. */
  static final Map<String, String> TASK_OF_FORM = new LinkedHashMap<>();
  /** form id → field key → component type ("datetime:date" for datetime with subtype). */
  static final Map<String, Map<String, String>> CONTRACT = new LinkedHashMap<>();

  static {
    form("form-send-court-letter", ProcessKeys.TASK_SEND_COURT_LETTER,
        "appointmentAt", "select", "letterSentOn", "datetime:date");
    form("form-record-contact", ProcessKeys.TASK_RECORD_CONTACT,
        "contactOn", "datetime:date", "contactChannel", "select");
    form("form-home-visit-1", ProcessKeys.TASK_HOME_VISIT_1,
        "visitedOn", "datetime:date", "visitStaffCount", "number", "contactMade", "checkbox",
        "secondVisitWanted", "checkbox");
    form("form-home-visit-2", ProcessKeys.TASK_HOME_VISIT_2,
        "visitedOn", "datetime:date", "visitStaffCount", "number", "contactMade", "checkbox");
    form("form-counselling", ProcessKeys.TASK_COUNSELLING,
        "counsellingOn", "datetime:date", "rentDebtTakeover", "checkbox",
        "rentDebtTakenOver", "number", "help67", "checkbox",
        "landlordAgreement", "checkbox", "counsellingNotes", "textarea");
    form("form-send-eviction-letter", ProcessKeys.TASK_SEND_EVICTION_LETTER,
        "evictionLetterSentOn", "datetime:date");
    form("form-decide-eviction-attendance", ProcessKeys.TASK_DECIDE_EVICTION_ATTENDANCE,
        "attendEviction", "checkbox");
    form("form-attend-eviction", ProcessKeys.TASK_ATTEND_EVICTION,
        "evictionAttended", "checkbox", "evictionStaffCount", "number",
        "evictionCarriedOut", "checkbox");
    form("form-close-case", ProcessKeys.TASK_CLOSE_CASE,
        "outcome", "select", "closedOn", "datetime:date");
    form("form-follow-up", ProcessKeys.TASK_FOLLOW_UP,
        "stillHousedAfter12Months", "checkbox");
    form("form-self-report", ProcessKeys.TASK_SUBMIT_SELF_REPORT,
        "sharedMailAddress", "checkbox", "sharedPhoneNumber", "checkbox",
        "openConsultation", "checkbox", "openConsultationTueThu", "checkbox",
        "phoneConsultationHours", "checkbox", "uniformFlyer", "checkbox");
    form(ProcessKeys.FORM_HALF_YEAR_REPORT, ProcessKeys.TASK_APPROVE_REPORT,
        "comment1_1", "textarea", "comment1_2", "textarea", "comment1_3", "textarea",
        "comment1_4", "textarea", "comment1_5", "textarea", "comment2", "textarea");
  }

  /**
   * form id → start form of this process key: the notice entries (SPEC §3 steps 1 and 6), case
   * events and corrections (steps 8 and 9).
   */
  static final Map<String, String> PROCESS_OF_START_FORM = new LinkedHashMap<>();
  /** The two notice entry forms (household, district choice). */
  static final List<String> NOTICE_START_FORMS = List.of(ProcessKeys.FORM_COURT_NOTICE_ENTRY,
      ProcessKeys.FORM_BAILIFF_NOTICE_ENTRY);

  static final String[] HOUSEHOLD = {"householdName", "textfield", "householdStreet", "textfield",
      "householdPostalCode", "textfield", "householdCity", "textfield", "householdPhone",
      "textfield", "householdEmail", "textfield"};
  static final String[] DISTRICT = {"enterForOtherDistrict", "checkbox", "district", "select"};

  static {
    startForm(ProcessKeys.FORM_COURT_NOTICE_ENTRY, ProcessKeys.COURT_NOTICE_ENTRY,
        concat(new String[] {"court", "textfield", "courtFileNumber", "textfield",
            "receivedOn", "datetime:date", "hearingOn", "datetime:date",
            "servedOn", "datetime:date"}, HOUSEHOLD,
            new String[] {"landlord", "textfield", "arrears", "number"}, DISTRICT));
    startForm(ProcessKeys.FORM_BAILIFF_NOTICE_ENTRY, ProcessKeys.BAILIFF_NOTICE_ENTRY,
        concat(new String[] {"bailiffReference", "textfield", "receivedOn", "datetime:date",
            "evictionAt", "datetime:datetime"}, HOUSEHOLD,
            new String[] {"court", "textfield", "courtFileNumber", "textfield"}, DISTRICT));
    startForm(ProcessKeys.FORM_CASE_EVENT_ENTRY, ProcessKeys.CASE_EVENT_ENTRY,
        "caseId", "textfield", "type", "select", "on", "datetime:date", "toDistrict", "select",
        "bailiffReference", "textfield", "evictionAt", "datetime:datetime", "reason", "textarea");
    startForm(ProcessKeys.FORM_CASE_CORRECTION_ENTRY, ProcessKeys.CASE_CORRECTION_ENTRY,
        "caseId", "textfield", "field", "select", "visit", "radio", "bailiffReference",
        "textfield", "value", "datetime:date", "reason", "textarea");
  }

  static String[] concat(String[]... parts) {
    return Stream.of(parts).flatMap(Stream::of).toArray(String[]::new);
  }

  static void startForm(String id, String processKey, String... keysAndTypes) {
    form(id, null, keysAndTypes);
    TASK_OF_FORM.remove(id);
    PROCESS_OF_START_FORM.put(id, processKey);
  }

  static void form(String id, String task, String... keysAndTypes) {
    TASK_OF_FORM.put(id, task);
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < keysAndTypes.length; i += 2) {
      fields.put(keysAndTypes[i], keysAndTypes[i + 1]);
    }
    CONTRACT.put(id, fields);
  }

  static Map<String, JsonNode> forms;

  @BeforeAll
  static void load() throws IOException {
    forms = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        JsonNode form = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        String id = form.path("id").asText();
        assertThat(forms).as("form id %s is used twice (%s)", id, file).doesNotContainKey(id);
        forms.put(id, form);
      }
    }
  }

  @Test
  void everyUserTaskHasExactlyItsForm() {
    assertThat(forms.keySet()).containsExactlyInAnyOrderElementsOf(CONTRACT.keySet());
  }

  @Test
  void everyFormIsACamunda7FormInSchemaVersion16() {
    forms.forEach((id, form) -> {
      assertThat(form.path("schemaVersion").asInt()).as(id).isEqualTo(16);
      assertThat(form.path("type").asText()).as(id).isEqualTo("default");
      assertThat(form.path("executionPlatform").asText()).as(id).isEqualTo("Camunda Platform");
      assertThat(form.path("components").isArray()).as(id).isTrue();
    });
  }

  @Test
  void componentIdsAndKeysAreUniqueWithinAForm() {
    forms.forEach((id, form) -> {
      Set<String> ids = new HashSet<>();
      Set<String> keys = new HashSet<>();
      for (JsonNode c : form.path("components")) {
        assertThat(ids.add(c.path("id").asText())).as("%s: component id %s", id, c.path("id")).isTrue();
        if (c.hasNonNull("key")) {
          assertThat(keys.add(c.path("key").asText())).as("%s: key %s", id, c.path("key")).isTrue();
        }
      }
    });
  }

  @Test
  void fieldKeysAndTypesAreTheContract() {
    CONTRACT.forEach((id, expected) -> {
      Map<String, String> actual = new LinkedHashMap<>();
      for (JsonNode c : forms.get(id).path("components")) {
        if (c.hasNonNull("key")) {
          String type = c.path("type").asText();
          actual.put(c.path("key").asText(),
              "datetime".equals(type) ? type + ":" + c.path("subtype").asText() : type);
        }
      }
      assertThat(actual).as(id).containsExactlyEntriesOf(expected);
    });
  }

  @Test
  void theServerRulesKnowEveryFieldOfTheForm() {
    TASK_OF_FORM.forEach((id, task) ->
        assertThat(TaskInputRules.fieldsOf(task)).as(id)
            .containsExactlyInAnyOrderElementsOf(CONTRACT.get(id).keySet()));
  }

  /** A refusal names the field as the caseworker sees it in the form ("Versanddatum: …"). */
  @Test
  void theServerRulesNameEveryFieldByItsLabelInTheForm() {
    TASK_OF_FORM.forEach((id, task) -> {
      for (JsonNode c : forms.get(id).path("components")) {
        if (c.hasNonNull("key")) {
          String key = c.path("key").asText();
          String label = c.path("datetime".equals(c.path("type").asText()) ? "dateLabel" : "label")
              .asText();
          assertThat(TaskInputRules.labelOf(task, key)).as("%s/%s", id, key).contains(label);
        }
      }
    });
  }

  /** The start forms are read by the intake (NoticeForm); the checkbox only shows the district. */
  @Test
  void theIntakeReadsEveryFieldOfTheStartForms() {
    Map<String, List<String>> read = Map.of(
        ProcessKeys.FORM_COURT_NOTICE_ENTRY, NoticeForm.COURT_FIELDS,
        ProcessKeys.FORM_BAILIFF_NOTICE_ENTRY, NoticeForm.BAILIFF_FIELDS);
    read.forEach((id, fields) -> assertThat(fields).as(id).containsExactlyInAnyOrderElementsOf(
        CONTRACT.get(id).keySet().stream().filter(k -> !k.equals("enterForOtherDistrict")).toList()));
  }

  /** The casework start forms submit what the REST API and the door guard take (StartForms). */
  @Test
  void theCaseworkStartFormsAreTheRequestsOfTheCaseworkApi() {
    assertThat(CONTRACT.get(ProcessKeys.FORM_CASE_EVENT_ENTRY).keySet())
        .containsExactlyElementsOf(StartForms.CASE_EVENT_FIELDS);
    assertThat(CONTRACT.get(ProcessKeys.FORM_CASE_CORRECTION_ENTRY).keySet())
        .containsExactlyElementsOf(StartForms.CASE_CORRECTION_FIELDS);
    String event = ProcessKeys.FORM_CASE_EVENT_ENTRY;
    Map<String, String> types = new LinkedHashMap<>();
    for (CaseEventType type : CaseEventType.values()) {
      types.put(type.code(), type.label());
    }
    assertThat(options(event, "type")).containsExactlyEntriesOf(types);
    assertThat(options(event, "toDistrict").keySet()).containsExactlyElementsOf(Districts.IDS);
    assertThat(options(event, "toDistrict").values())
        .containsExactlyElementsOf(Districts.IDS.stream().map(Districts.NAMES::get).toList());
    // each extra field only for the events that need it; required when shown
    assertThat(field(event, "toDistrict").path("conditional").path("hide").asText())
        .isEqualTo("=type != \"transferred\"");
    assertThat(field(event, "bailiffReference").path("conditional").path("hide").asText())
        .isEqualTo("=type != \"eviction-called-off\" and type != \"eviction-postponed\"");
    assertThat(field(event, "evictionAt").path("conditional").path("hide").asText())
        .isEqualTo("=type != \"eviction-postponed\"");
    assertThat(field(event, "reason").path("conditional").path("hide").asText())
        .isEqualTo("=type != \"entered-in-error\"");
    for (String key : StartForms.CASE_EVENT_FIELDS) {
      assertThat(field(event, key).path("validate").path("required").asBoolean()).as(key).isTrue();
    }
    assertThat(field(event, "evictionAt").path("timeSerializingFormat").asText())
        .isEqualTo("no_timezone");

    String correction = ProcessKeys.FORM_CASE_CORRECTION_ENTRY;
    assertThat(options(correction, "field").keySet())
        .containsExactlyInAnyOrderElementsOf(CaseCorrections.FIELDS);
    assertThat(options(correction, "visit")).containsExactly(Map.entry("1", "1. Hausbesuch"),
        Map.entry("2", "2. Hausbesuch"));
    assertThat(field(correction, "visit").path("conditional").path("hide").asText())
        .isEqualTo("=field != \"visitedOn\"");
    assertThat(field(correction, "bailiffReference").path("conditional").path("hide").asText())
        .isEqualTo("=field != \"receivedOn\" and field != \"evictionLetterSentOn\"");
    // optional for receivedOn (empty: the court notice); the server requires it for the letter
    assertThat(field(correction, "bailiffReference").path("validate").path("required")
        .asBoolean()).isFalse();
    for (String key : List.of("caseId", "field", "visit", "value", "reason")) {
      assertThat(field(correction, key).path("validate").path("required").asBoolean()).as(key)
          .isTrue();
    }
  }

  @Test
  void startFormsCheckWhatTheIntakeRequires() {
    for (String id : NOTICE_START_FORMS) {
      for (String key : List.of("receivedOn", "householdName", "householdStreet",
          "householdPostalCode", "district")) {
        assertThat(field(id, key).path("validate").path("required").asBoolean()).as(id + "/" + key)
            .isTrue();
      }
      for (String key : List.of("householdCity", "householdPhone", "householdEmail")) {
        assertThat(field(id, key).path("validate").path("required").asBoolean()).as(id + "/" + key)
            .isFalse();
      }
      assertThat(field(id, "householdPostalCode").path("validate").path("pattern").asText())
          .isEqualTo("^[0-9]{5}$");
      assertThat(field(id, "householdEmail").path("validate").path("validationType").asText())
          .isEqualTo("email");
      assertThat(field(id, "householdName").path("validate").path("maxLength").asInt())
          .isEqualTo(NoticeValidator.MAX_TEXT);
      // the district is chosen only when asked for; a caseworker's notice is for her district
      assertThat(field(id, "district").path("conditional").path("hide").asText())
          .isEqualTo("=enterForOtherDistrict != true");
      assertThat(options(id, "district").keySet()).containsExactlyElementsOf(Districts.IDS);
      assertThat(options(id, "district").values())
          .containsExactlyElementsOf(Districts.IDS.stream().map(Districts.NAMES::get).toList());
    }
    String court = ProcessKeys.FORM_COURT_NOTICE_ENTRY;
    for (String key : List.of("court", "courtFileNumber")) {
      assertThat(field(court, key).path("validate").path("required").asBoolean()).as(key).isTrue();
    }
    assertThat(field(court, "hearingOn").path("validate").path("required").asBoolean()).isFalse();
    assertThat(field(court, "servedOn").path("validate").path("required").asBoolean()).isFalse();
    JsonNode arrears = field(court, "arrears");
    assertThat(arrears.path("decimalDigits").asInt()).isEqualTo(2);
    assertThat(arrears.path("validate").path("min").asInt(-1)).isZero();
    assertThat(arrears.path("validate").path("max").decimalValue())
        .isEqualByComparingTo(NoticeValidator.MAX_ARREARS);
    String bailiff = ProcessKeys.FORM_BAILIFF_NOTICE_ENTRY;
    for (String key : List.of("bailiffReference", "evictionAt")) {
      assertThat(field(bailiff, key).path("validate").path("required").asBoolean()).as(key).isTrue();
    }
    JsonNode evictionAt = field(bailiff, "evictionAt");
    assertThat(evictionAt.path("timeSerializingFormat").asText()).isEqualTo("no_timezone");
    assertThat(evictionAt.path("use24h").asBoolean()).isTrue();
  }

  /**
   * The appointment is one of the free slots of the district calendar, which the server adds to
   * the form variables when the form is opened ({@code appointments.AppointmentFormHandler}):
   * values {@code 2026-12-08T10:00}, without timezone, labels {@code Di, 8.12.2026, 10:00 Uhr}.
   */
  @Test
  void theAppointmentIsChosenFromTheFreeSlotsOfTheDistrictCalendar() {
    JsonNode appointment = field("form-send-court-letter", "appointmentAt");
    assertThat(appointment.path("valuesKey").asText()).isEqualTo(CaseVariables.APPOINTMENT_SLOTS);
    assertThat(appointment.has("values")).isFalse();
  }

  @Test
  void requiredFieldsAreMarkedRequired() {
    List<String> required = List.of("form-send-court-letter/appointmentAt",
        "form-send-court-letter/letterSentOn", "form-record-contact/contactOn",
        "form-record-contact/contactChannel", "form-home-visit-1/visitedOn",
        "form-home-visit-1/visitStaffCount", "form-home-visit-2/visitedOn",
        "form-home-visit-2/visitStaffCount", "form-counselling/counsellingOn",
        "form-send-eviction-letter/evictionLetterSentOn", "form-attend-eviction/evictionStaffCount",
        "form-close-case/outcome");
    for (String path : required) {
      String[] parts = path.split("/");
      assertThat(field(parts[0], parts[1]).path("validate").path("required").asBoolean())
          .as(path).isTrue();
    }
    assertThat(field("form-close-case", "closedOn").path("validate").path("required").asBoolean())
        .as("closedOn is optional (defaults to today)").isFalse();
  }

  @Test
  void staffCountsAreIntegersOneOrTwo() {
    for (String path : List.of("form-home-visit-1/visitStaffCount",
        "form-home-visit-2/visitStaffCount", "form-attend-eviction/evictionStaffCount")) {
      String[] parts = path.split("/");
      JsonNode count = field(parts[0], parts[1]);
      assertThat(count.path("decimalDigits").asInt(-1)).as(path).isZero();
      assertThat(count.path("validate").path("min").asInt()).as(path).isEqualTo(1);
      assertThat(count.path("validate").path("max").asInt()).as(path).isEqualTo(2);
    }
  }

  @Test
  void conditionalFields() {
    assertThat(field("form-home-visit-1", "secondVisitWanted").path("conditional").path("hide")
        .asText()).isEqualTo("=contactMade");
    assertThat(field("form-attend-eviction", "evictionStaffCount").path("conditional").path("hide")
        .asText()).isEqualTo("=evictionAttended != true");
    assertThat(field("form-counselling", "rentDebtTakenOver").path("conditional").path("hide")
        .asText()).isEqualTo("=rentDebtTakeover != true");
  }

  /** The rent debt taken over: optional euros and cents, the bounds of the task input rules. */
  @Test
  void theRentDebtTakenOverIsAnOptionalAmountInEuros() {
    JsonNode amount = field("form-counselling", "rentDebtTakenOver");
    assertThat(amount.path("label").asText()).isEqualTo("Übernommene Mietschulden (€)");
    assertThat(amount.path("validate").path("required").asBoolean()).isFalse();
    assertThat(amount.path("decimalDigits").asInt()).isEqualTo(2);
    assertThat(amount.path("validate").path("min").asInt(-1)).isZero();
    assertThat(amount.path("validate").path("max").decimalValue())
        .isEqualByComparingTo(TaskInputRules.MAX_AMOUNT);
  }

  @Test
  void selectValuesAreTheContractValuesWithGermanLabels() {
    assertThat(options("form-record-contact", "contactChannel"))
        .containsExactlyEntriesOf(TaskInputRules.CONTACT_CHANNELS);
    assertThat(options("form-close-case", "outcome")).containsExactlyEntriesOf(TaskInputRules.OUTCOMES);
  }

  @Test
  void fieldsHaveGermanLabelsAndHelpTexts() {
    forms.forEach((id, form) -> {
      for (JsonNode c : form.path("components")) {
        if (!c.hasNonNull("key")) {
          continue;
        }
        String label = c.path("datetime".equals(c.path("type").asText()) ? "dateLabel" : "label")
            .asText();
        assertThat(label).as("%s/%s label", id, c.path("key").asText()).isNotBlank();
        assertThat(c.path("description").asText()).as("%s/%s description", id, c.path("key").asText())
            .isNotBlank();
      }
    });
  }

  @Test
  void caseDataIsShownWithTemplating() {
    String text = texts("form-send-court-letter");
    for (String variable : List.of("caseId", "householdName", "householdStreet",
        "householdPostalCode", "householdCity", "court", "courtFileNumber", "receivedOnText",
        "courtLetterDueOnText", "landlord", "arrearsText")) {
      assertThat(text).as(variable).contains("{{" + variable + "}}");
    }
    assertThat(text).contains("Qualitätsstandard 1.1", "3 Arbeitstagen");
    // dates and amounts in German formats: the display values of FormDisplayValues
    assertThat(texts("form-home-visit-1")).contains("{{homeVisitDueOnText}}",
        "{{arrearsText}}", "Qualitätsstandard 1.2", "10 Arbeitstagen");
    assertThat(texts("form-send-eviction-letter")).contains("{{bailiffReference}}",
        "{{bailiffReceivedOnText}}", "{{evictionAtText}}", "{{evictionLetterDueOnText}}",
        "{{householdName}}", "Qualitätsstandard 1.3", "dienstags und donnerstags von 9 bis 12 Uhr");
    assertThat(texts("form-decide-eviction-attendance")).contains("{{evictionAtText}}",
        "Qualitätsstandard 1.4");
  }

  /**
   * The half-year report shows each standard's value with its corridor and status and the pending
   * cases (display values of {@code reports.ReportFormValues}, computed when the form is read),
   * each followed by its reason; the reasons are optional in the form – which one is required
   * depends on the values ({@code reports.ReportApprovalListener}).
   */
  @Test
  void theHalfYearReportShowsEachValueAboveItsReason() {
    String id = ProcessKeys.FORM_HALF_YEAR_REPORT;
    String text = texts(id);
    assertThat(text).contains("## Bericht {{reportPeriodText}} prüfen und freigeben",
        "{{districtName}}", "(Vorschlag)",
        "Mit „Abschließen“ werden die Werte festgeschrieben und an die Monitoringstelle"
            + " übermittelt. Keine personenbezogenen Angaben in die Begründungen.");
    List<String> order = new ArrayList<>();
    forms.get(id).path("components").forEach(c -> order.add(c.path("type").asText() + ":"
        + (c.hasNonNull("key") ? c.path("key").asText() : c.path("text").asText())));
    assertThat(order).hasSize(1 + 2 * Standard.values().length);
    int i = 1;
    for (Standard standard : Standard.values()) {
      String key = standard.id().replace('.', '_');
      assertThat(order.get(i++)).isEqualTo("text:**" + standard.id() + " " + standard.title()
          + "** – {{indicator" + key + "Text}}  \nAusstehend: {{pending" + key + "Text}}");
      assertThat(order.get(i++)).isEqualTo("textarea:" + CaseVariables.commentOf(standard.id()));
      JsonNode reason = field(id, CaseVariables.commentOf(standard.id()));
      assertThat(reason.path("label").asText()).isEqualTo("Begründung zu " + standard.id());
      assertThat(reason.path("validate").path("required").asBoolean()).isFalse();
      assertThat(reason.path("validate").path("maxLength").asInt())
          .isEqualTo(TaskInputRules.MAX_TEXT_LENGTH);
    }
  }

  @Test
  void umlautsAreRealCharacters() throws IOException {
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(raw).as(file.toString()).doesNotContain("\\u00");
      }
    }
    assertThat(field("form-attend-eviction", "evictionCarriedOut").path("label").asText())
        .isEqualTo("Räumung wurde durchgeführt");
  }

  static JsonNode field(String formId, String key) {
    for (JsonNode c : forms.get(formId).path("components")) {
      if (key.equals(c.path("key").asText())) {
        return c;
      }
    }
    throw new AssertionError(formId + " has no field " + key);
  }

  static Map<String, String> options(String formId, String key) {
    Map<String, String> options = new LinkedHashMap<>();
    field(formId, key).path("values")
        .forEach(v -> options.put(v.path("value").asText(), v.path("label").asText()));
    return options;
  }

  static String texts(String formId) {
    List<String> texts = new ArrayList<>();
    forms.get(formId).path("components").forEach(c -> {
      if ("text".equals(c.path("type").asText())) {
        texts.add(c.path("text").asText());
      }
    });
    return String.join("\n", texts);
  }
}
