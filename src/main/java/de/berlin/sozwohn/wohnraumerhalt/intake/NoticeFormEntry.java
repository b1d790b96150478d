package de.berlin.sozwohn.wohnraumerhalt.intake;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.intake.NoticeForm.Mapped;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.security.CurrentUser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The second door to the intake: the start forms "Mitteilung über Räumungsklage erfassen" and
 * "Mitteilung über Zwangsräumung erfassen" in Tasklist (processes {@code courtNoticeEntry},
 * {@code bailiffNoticeEntry}, models in {@code bpmn/}). Their only service task calls this bean
 * ({@code ${courtNoticeFormEntry}}, {@code ${bailiffNoticeFormEntry}}, see {@link
 * IntakeConfiguration}) while the engine starts the entry instance: it reads the submitted values
 * with {@link NoticeForm}, takes the district from the user and hands the notice to {@link
 * NoticeIntake} – the same validation, duplicate rule, matching and case start as {@code POST
 * /api/notices}, in the engine's transaction.
 *
 * <p>A refusal is thrown as {@link NoticeEntryRejectedException}: the engine rolls back the whole
 * start (no entry instance, no registry row, no case) and the REST API answers with the intake's
 * status and a German message that Tasklist shows. On success the entry instance forgets the
 * notice's data (the case holds it) and keeps only which case it went to.
 *
 * <p>District: a caseworker works for one district, and her notices belong to it – the form has no
 * district field for her to get wrong. The optional form field {@code district} (hidden behind
 * "Für einen anderen Bezirk erfassen") is for administrators, who work for all districts and must
 * choose; anybody else may only choose her own ({@link NoticeIntake} refuses other districts).
 */
@Component
public class NoticeFormEntry {

  static final String NO_DISTRICT = "Bitte wählen Sie den Bezirk der Mitteilung (unter „Für "
      + "einen anderen Bezirk erfassen“): Ihr Benutzerkonto gehört nicht zu genau einem Bezirk.";

  private final NoticeIntake intake;
  private final NoticeValidator validator;
  private final CurrentUser currentUser;

  public NoticeFormEntry(NoticeIntake intake, NoticeValidator validator, CurrentUser currentUser) {
    this.intake = intake;
    this.validator = validator;
    this.currentUser = currentUser;
  }

  /** Files the court notice of the start form; see the class comment. */
  public void fileCourtNotice(DelegateExecution execution) {
    Map<String, Object> values = execution.getVariables();
    Optional<String> district = district(values);
    Mapped<CourtNoticeRequest> form = NoticeForm.courtNotice(values, district.orElse(null));
    try {
      rejectUnreadable(form, district, validator::validate);
      CaseOpened opened = intake.fileCourtNotice(form.notice());
      remember(execution, opened.caseId(), opened.processInstanceId(), null);
    } catch (RuntimeException e) {
      throw translated(e);
    }
  }

  /** Files the bailiff notice of the start form (joins an open case or opens one). */
  public void fileBailiffNotice(DelegateExecution execution) {
    Map<String, Object> values = execution.getVariables();
    Optional<String> district = district(values);
    Mapped<BailiffNoticeRequest> form = NoticeForm.bailiffNotice(values, district.orElse(null));
    try {
      rejectUnreadable(form, district, validator::validate);
      BailiffNoticeFiled filed = intake.fileBailiffNotice(form.notice());
      remember(execution, filed.caseId(), filed.processInstanceId(), filed.joined());
    } catch (RuntimeException e) {
      throw translated(e);
    }
  }

  private Optional<String> district(Map<String, Object> values) {
    return Districts.ofEntry(NoticeForm.chosenDistrict(values), currentUser.districts());
  }

  /**
   * Values of the wrong type and a district that cannot be derived are refused here, together with
   * everything the validator finds in the rest, so that the user learns all at once.
   */
  private static <T> void rejectUnreadable(Mapped<T> form, Optional<String> district,
      Function<T, List<Violation>> validate) {
    List<Violation> early = new ArrayList<>(form.violations());
    if (district.isEmpty()) {
      early.add(new Violation(CaseVariables.DISTRICT, NO_DISTRICT));
    }
    if (early.isEmpty()) {
      return;
    }
    Set<String> named = new HashSet<>();
    early.forEach(v -> named.add(v.field()));
    List<Violation> all = new ArrayList<>(early);
    validate.apply(form.notice()).stream()
        .filter(v -> !named.contains(NoticeForm.formField(v.field())))
        .forEach(all::add);
    throw new NoticeRejectedException(all);
  }

  /** The entry instance keeps where the notice went, not the notice's personal data. */
  private static void remember(DelegateExecution execution, String caseId, String instanceId,
      Boolean joined) {
    execution.removeVariables();
    execution.setVariable(CaseVariables.ENTERED_CASE_ID, caseId);
    execution.setVariable(CaseVariables.ENTERED_CASE_INSTANCE_ID, instanceId);
    if (joined != null) {
      execution.setVariable(CaseVariables.JOINED_OPEN_CASE, joined);
    }
  }

  private static RuntimeException translated(RuntimeException e) {
    if (e instanceof NoticeRejectedException rejected) {
      return NoticeEntryRejectedException.invalid(rejected.violations());
    }
    if (e instanceof DuplicateCourtNoticeException duplicate) {
      return NoticeEntryRejectedException.duplicate(duplicate.existingCaseId());
    }
    if (e instanceof DuplicateBailiffNoticeException duplicate) {
      return NoticeEntryRejectedException.duplicateBailiff(duplicate.existingCaseId());
    }
    if (e instanceof DistrictNotAllowedException foreign) {
      return NoticeEntryRejectedException.foreignDistrict(foreign.district());
    }
    if (e instanceof CaseNotReceivingException notReceiving) {
      return NoticeEntryRejectedException.notReceiving(notReceiving.caseId());
    }
    return e;
  }
}
