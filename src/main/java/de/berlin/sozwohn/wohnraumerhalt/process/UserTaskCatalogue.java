package de.berlin.sozwohn.wohnraumerhalt.process;

import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Standard;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The user tasks of the models, each in one place: its key (the BPMN id, SPEC §3), its form, the
 * fields it takes (the rules are {@link TaskInputRules}), what it means for the household's contact
 * with the Fachstelle, and the quality standard it serves (whose deadline it has, where the
 * standard has one: {@link Standard#workingDays()}). Plain Java.
 *
 * <p>{@code UserTaskCatalogueTest} ties it to the models (every user task is here, with its form)
 * and to the forms (the form's input fields are the task's fields).
 */
public enum UserTaskCatalogue {
  SEND_COURT_LETTER(ProcessKeys.TASK_SEND_COURT_LETTER, "form-send-court-letter",
      Standard.COURT_NOTICE_LETTER, Contact.NONE, null),
  RECORD_CONTACT(ProcessKeys.TASK_RECORD_CONTACT, "form-record-contact",
      null, Contact.ALWAYS, CaseFile::contactOn),
  HOME_VISIT_1(ProcessKeys.TASK_HOME_VISIT_1, "form-home-visit-1",
      Standard.HOME_VISIT, Contact.IF_MADE, CaseFile::visitedOn),
  HOME_VISIT_2(ProcessKeys.TASK_HOME_VISIT_2, "form-home-visit-2",
      null, Contact.IF_MADE, CaseFile::visitedOn),
  COUNSELLING(ProcessKeys.TASK_COUNSELLING, "form-counselling",
      null, Contact.ALWAYS, CaseFile::counsellingOn),
  SEND_EVICTION_LETTER(ProcessKeys.TASK_SEND_EVICTION_LETTER, "form-send-eviction-letter",
      Standard.BAILIFF_NOTICE_LETTER, Contact.NONE, null),
  DECIDE_EVICTION_ATTENDANCE(ProcessKeys.TASK_DECIDE_EVICTION_ATTENDANCE,
      "form-decide-eviction-attendance", Standard.EVICTION_ATTENDANCE, Contact.NONE, null),
  ATTEND_EVICTION(ProcessKeys.TASK_ATTEND_EVICTION, "form-attend-eviction",
      Standard.EVICTION_ATTENDANCE, Contact.NONE, null),
  CLOSE_CASE(ProcessKeys.TASK_CLOSE_CASE, "form-close-case", null, Contact.NONE, null),
  FOLLOW_UP(ProcessKeys.TASK_FOLLOW_UP, "form-follow-up", null, Contact.NONE, null),
  SUBMIT_SELF_REPORT(ProcessKeys.TASK_SUBMIT_SELF_REPORT, "form-self-report",
      Standard.UNIFORM_ACCESS, Contact.NONE, null),
  APPROVE_REPORT(ProcessKeys.TASK_APPROVE_REPORT, ProcessKeys.FORM_HALF_YEAR_REPORT, null,
      Contact.NONE, null);

  /** What completing the task says about contact with the household (SPEC §3 steps 3–5). */
  public enum Contact {
    /** nothing */
    NONE,
    /** there was contact (a recorded contact, counselling), on the task's date where it has one */
    ALWAYS,
    /** there was contact when the form says so ({@code contactMade}), on the task's date */
    IF_MADE
  }

  private final String key;
  private final String form;
  private final Standard standard;
  private final Contact contact;
  private final Function<CaseFile, Optional<LocalDate>> actDate;

  UserTaskCatalogue(String key, String form, Standard standard, Contact contact,
      Function<CaseFile, Optional<LocalDate>> actDate) {
    this.key = key;
    this.form = form;
    this.standard = standard;
    this.contact = contact;
    this.actDate = actDate;
  }

  public String key() {
    return key;
  }

  /** The id of its Camunda Form ({@code forms/*.form}), the model's {@code camunda:formRef}. */
  public String form() {
    return form;
  }

  /** The quality standard the task serves, if any. */
  public Optional<Standard> standard() {
    return Optional.ofNullable(standard);
  }

  /** The fields its form submits ({@link TaskInputRules}). */
  public Set<String> fields() {
    return TaskInputRules.fieldsOf(key);
  }

  public Contact contact() {
    return contact;
  }

  /**
   * The date of contact that completing this task records in the case, if it records one: the
   * contact's, the visit's (when contact was made) or the counselling's date.
   */
  public Optional<LocalDate> contactDate(CaseFile file) {
    return switch (contact) {
      case NONE -> Optional.empty();
      case ALWAYS -> actDate.apply(file);
      case IF_MADE -> file.contactMade() ? actDate.apply(file) : Optional.empty();
    };
  }

  /** Does completing this task, with this case's values, mean the household had contact? */
  public boolean meansContact(CaseFile file) {
    return contact == Contact.ALWAYS || contactDate(file).isPresent();
  }

  public static Optional<UserTaskCatalogue> byKey(String taskKey) {
    return Arrays.stream(values()).filter(task -> task.key.equals(taskKey)).findFirst();
  }
}
