package de.berlin.sozwohn.wohnraumerhalt.casework;

import static de.berlin.sozwohn.wohnraumerhalt.intake.NoticeValidator.clean;

import de.berlin.sozwohn.wohnraumerhalt.calendar.DateValues;
import de.berlin.sozwohn.wohnraumerhalt.casework.CaseEngine.Notice;
import de.berlin.sozwohn.wohnraumerhalt.casework.CaseworkLog.RecordedEvent;
import de.berlin.sozwohn.wohnraumerhalt.indicators.IndicatorFactStore;
import de.berlin.sozwohn.wohnraumerhalt.indicators.IndicatorFactStore.NoticeStatus;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Standard;
import de.berlin.sozwohn.wohnraumerhalt.intake.CaseRegistry;
import de.berlin.sozwohn.wohnraumerhalt.intake.CaseRegistry.RegisteredCase;
import de.berlin.sozwohn.wohnraumerhalt.intake.MatchingKeys;
import de.berlin.sozwohn.wohnraumerhalt.intake.NoticeValidator;
import de.berlin.sozwohn.wohnraumerhalt.intake.Violation;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.Deadlines;
import de.berlin.sozwohn.wohnraumerhalt.process.GermanFormats;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.process.TaskInputRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Corrections of recorded dates by the district's team lead (SPEC §3 step 9): {@code receivedOn},
 * {@code letterSentOn}, {@code contactOn}, {@code visitedOn} ({@code visit} 1|2) and, per bailiff
 * notice ({@code bailiffReference}), its {@code receivedOn} and {@code evictionLetterSentOn}. The
 * new value passes the checks of the original input; open deadlines (task due date and the
 * deadline timer) are recomputed; the indicator facts follow; every correction is kept. Refusals
 * write dates German ({@link GermanFormats}: 7.12.2026); the correction kept and answered holds
 * ISO values, as the API's fields do.
 */
@Service
public class CaseCorrections {

  public static final Set<String> FIELDS = Set.of(CaseVariables.RECEIVED_ON,
      CaseVariables.LETTER_SENT_ON, CaseVariables.CONTACT_ON, CaseVariables.VISITED_ON,
      CaseVariables.EVICTION_LETTER_SENT_ON);
  /** The fields as the form names them. */
  static final Map<String, String> LABELS = Map.of(
      CaseVariables.RECEIVED_ON, "Eingang der Mitteilung",
      CaseVariables.LETTER_SENT_ON, "Versand des Standardanschreibens",
      CaseVariables.CONTACT_ON, "Kontakt",
      CaseVariables.VISITED_ON, "Hausbesuch",
      CaseVariables.EVICTION_LETTER_SENT_ON, "Versand des Anschreibens zur Zwangsräumung");
  private static final int MAX_REASON = 1000;

  private final CaseAccess access;
  private final CaseRegistry registry;
  private final CaseworkLog log;
  private final CaseEngine engine;
  private final IndicatorFactStore facts;
  private final NoticeValidator validator;
  private final Deadlines deadlines;
  private final TransactionTemplate transaction;

  public CaseCorrections(CaseAccess access, CaseRegistry registry, CaseworkLog log,
      CaseEngine engine, IndicatorFactStore facts, NoticeValidator validator, Deadlines deadlines,
      PlatformTransactionManager transactionManager) {
    this.access = access;
    this.registry = registry;
    this.log = log;
    this.engine = engine;
    this.facts = facts;
    this.validator = validator;
    this.deadlines = deadlines;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /** A checked request. */
  private record Checked(String field, LocalDate value, String reason, Integer visit,
      String referenceKey) {}

  /**
   * Corrects one date.
   *
   * @throws CaseNotFoundException unknown case, or another district's
   * @throws TeamLeadOnlyException not the district's team lead or an administrator
   * @throws CaseInputRejectedException bad fields or a value the original input would refuse
   * @throws CaseEventConflictException the date was never recorded, the notice is unknown
   */
  public CaseCorrection correct(String caseId, CaseCorrectionRequest request) {
    RegisteredCase c = access.workedCase(caseId);
    access.requireTeamLead(c, "Korrekturen");
    CaseCorrectionRequest body = request == null
        ? new CaseCorrectionRequest(null, null, null, null, null) : request;
    List<Violation> violations = new ArrayList<>();
    String field = clean(body.field());
    if (field == null) {
      violations.add(new Violation("field", "Pflichtangabe „Welches Datum?“ fehlt. "
          + "Korrigierbar sind: " + correctable() + "."));
    } else if (!FIELDS.contains(field)) {
      violations.add(new Violation("field", "„" + shorten(field) + "“ kann nicht korrigiert "
          + "werden. Korrigierbar sind: " + correctable() + "."));
    }
    LocalDate value = null;
    String text = clean(body.value());
    if (text == null) {
      violations.add(new Violation("value", "Pflichtangabe „Neuer Wert“ fehlt."));
    } else {
      value = DateValues.parseDate(text).orElse(null);
      if (value == null) {
        violations.add(new Violation("value", "„Neuer Wert“ ist kein gültiges Datum: „"
            + shorten(text) + "“. Erwartet wird JJJJ-MM-TT, z. B. 2026-03-02."));
      }
    }
    String reason = validator.requiredText("reason", "Begründung", body.reason(), MAX_REASON,
        violations);
    Integer visit = null;
    if (CaseVariables.VISITED_ON.equals(field)) {
      visit = body.visit();
      if (visit == null || visit != 1 && visit != 2) {
        violations.add(new Violation("visit", "Bei einer Korrektur des Hausbesuchs bitte angeben, "
            + "welcher: 1 (erster) oder 2 (zweiter)."));
      }
    }
    String reference = clean(body.bailiffReference());
    if (CaseVariables.EVICTION_LETTER_SENT_ON.equals(field) && reference == null) {
      violations.add(new Violation("bailiffReference", "Beim Versand des Anschreibens zur "
          + "Zwangsräumung bitte das Aktenzeichen der Gerichtsvollzieherin angeben."));
    }
    if (!violations.isEmpty()) {
      throw new CaseInputRejectedException(violations);
    }
    Checked checked = new Checked(field, value, reason, visit,
        reference == null ? null : MatchingKeys.bailiffReference(reference));
    return transaction.execute(status -> apply(c.caseId(), checked));
  }

  public List<CaseCorrection> list(String caseId) {
    RegisteredCase c = access.workedCase(caseId);
    return log.corrections(c.caseId());
  }

  private CaseCorrection apply(String caseId, Checked request) {
    RegisteredCase c = registry.lock(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
    if (log.events(caseId).stream().map(RecordedEvent::type)
        .anyMatch(CaseEventType.ENTERED_IN_ERROR::equals)) {
      throw new CaseEventConflictException(null, "Der Fall " + caseId
          + " wurde als irrtümlich erfasst storniert; er wird nicht mehr korrigiert.");
    }
    String pid = c.processInstanceId();
    Map<String, Object> variables = engine.variables(pid);
    LocalDate old = request.referenceKey() != null
        ? correctNotice(c, request)
        : switch (request.field()) {
          case CaseVariables.RECEIVED_ON -> correctReceivedOn(c, variables, request.value());
          case CaseVariables.LETTER_SENT_ON -> correctLetterSentOn(pid, variables,
              request.value());
          case CaseVariables.CONTACT_ON -> correctContactOn(pid, variables, request.value());
          case CaseVariables.VISITED_ON -> correctVisitedOn(pid, variables, request.visit(),
              request.value());
          default -> throw new IllegalStateException(request.field());
        };
    CaseCorrection correction = new CaseCorrection(request.field(), request.visit(),
        request.referenceKey(), old == null ? null : old.toString(), request.value().toString(),
        request.reason(), access.userId(), ClockUtil.getCurrentTime().toInstant());
    log.add(caseId, correction);
    return correction;
  }

  private LocalDate correctReceivedOn(RegisteredCase c, Map<String, Object> variables,
      LocalDate value) {
    if (CaseRegistry.ORIGIN_BAILIFF.equals(c.origin())) {
      throw new CaseEventConflictException("bailiffReference", "Der Fall " + c.caseId()
          + " wurde durch eine Mitteilung der Gerichtsvollzieherin eröffnet: bitte deren "
          + "Aktenzeichen angeben.");
    }
    LocalDate old = recorded(variables, CaseVariables.RECEIVED_ON, "Eingangsdatum");
    List<Violation> violations = receiptChecks(value);
    for (String later : List.of(CaseVariables.LETTER_SENT_ON, CaseVariables.CONTACT_ON)) {
      CaseEngine.date(variables.get(later)).filter(value::isAfter).ifPresent(day ->
          violations.add(new Violation("value", "Das Eingangsdatum " + GermanFormats.date(value)
              + " liegt nach dem Tag „" + LABELS.get(later) + "“ (" + GermanFormats.date(day)
              + ").")));
    }
    reject(violations);
    String pid = c.processInstanceId();
    if (engine.isRunning(pid)) {
      engine.setVariable(pid, CaseVariables.RECEIVED_ON, value.toString());
      engine.setVariable(pid, CaseVariables.COURT_LETTER_DUE_ON,
          deadlines.dueDay(Standard.COURT_NOTICE_LETTER.id(), value.toString()));
      var due = deadlines.due(Standard.COURT_NOTICE_LETTER.id(), value.toString());
      engine.openTasks(pid, ProcessKeys.TASK_SEND_COURT_LETTER, null)
          .forEach(task -> engine.setDueDate(task, due));
      engine.moveTimer(pid, ProcessKeys.TIMER_SEND_COURT_LETTER, null, due);
    }
    facts.courtReceivedOn(pid, value);
    return old;
  }

  private LocalDate correctLetterSentOn(String pid, Map<String, Object> variables,
      LocalDate value) {
    LocalDate old = recorded(variables, CaseVariables.LETTER_SENT_ON, "Versanddatum");
    checkAsTask(ProcessKeys.TASK_SEND_COURT_LETTER, CaseVariables.LETTER_SENT_ON, value,
        variables);
    if (engine.isRunning(pid)) {
      engine.setVariable(pid, CaseVariables.LETTER_SENT_ON, value.toString());
      var due = deadlines.due(Standard.HOME_VISIT.id(), value.toString());
      engine.openTasks(pid, ProcessKeys.TASK_HOME_VISIT_1, null).forEach(task -> {
        engine.setDueDate(task, due);
        engine.setVariableLocal(task.getExecutionId(), CaseVariables.HOME_VISIT_DUE_ON,
            deadlines.dueDay(Standard.HOME_VISIT.id(), value.toString()));
      });
      engine.moveTimer(pid, ProcessKeys.TIMER_HOME_VISIT_1, null, due);
    }
    facts.letterSentOn(pid, value);
    return old;
  }

  private LocalDate correctContactOn(String pid, Map<String, Object> variables,
      LocalDate value) {
    LocalDate old = recorded(variables, CaseVariables.CONTACT_ON, "Kontaktdatum");
    checkAsTask(ProcessKeys.TASK_RECORD_CONTACT, CaseVariables.CONTACT_ON, value, variables);
    if (engine.isRunning(pid)) {
      engine.setVariable(pid, CaseVariables.CONTACT_ON, value.toString());
    }
    facts.recordedContactOn(pid, value);
    return old;
  }

  private LocalDate correctVisitedOn(String pid, Map<String, Object> variables, int visit,
      LocalDate value) {
    LocalDate old = facts.visitOn(pid, visit).orElseThrow(() -> new CaseEventConflictException(
        "visit", "Ein " + visit + ". Hausbesuch ist in diesem Fall nicht erfasst."));
    checkAsTask(visit == 1 ? ProcessKeys.TASK_HOME_VISIT_1 : ProcessKeys.TASK_HOME_VISIT_2,
        CaseVariables.VISITED_ON, value, variables);
    boolean latest = visit == 2 || facts.visitOn(pid, 2).isEmpty();
    if (latest && engine.isRunning(pid)) {
      engine.setVariable(pid, CaseVariables.VISITED_ON, value.toString());
    }
    facts.visitedOn(pid, visit, value);
    return old;
  }

  private LocalDate correctNotice(RegisteredCase c, Checked request) {
    String pid = c.processInstanceId();
    Notice notice = engine.notice(pid, request.referenceKey())
        .orElseThrow(() -> new CaseEventConflictException("bailiffReference",
            "Zum Fall " + c.caseId() + " ist keine Mitteilung der Gerichtsvollzieherin mit "
                + "diesem Aktenzeichen erfasst."));
    NoticeStatus status = facts.noticeStatus(notice.key())
        .orElseThrow(() -> new CaseEventConflictException("bailiffReference",
            "Die Mitteilung „" + notice.reference() + "“ ist noch nicht vollständig erfasst."));
    boolean running = engine.executionRuns(notice.key());
    LocalDate value = request.value();
    if (CaseVariables.RECEIVED_ON.equals(request.field())) {
      List<Violation> violations = receiptChecks(value);
      if (status.evictionLetterSentOn() != null && value.isAfter(status.evictionLetterSentOn())) {
        violations.add(new Violation("value", "Das Eingangsdatum " + GermanFormats.date(value)
            + " liegt nach dem Versand des Anschreibens ("
            + GermanFormats.date(status.evictionLetterSentOn()) + ")."));
      }
      if (value.isAfter(status.evictionAt().toLocalDate())) {
        violations.add(new Violation("value", "Das Eingangsdatum " + GermanFormats.date(value)
            + " liegt nach dem Räumungstermin ("
            + GermanFormats.date(status.evictionAt().toLocalDate()) + ")."));
      }
      reject(violations);
      if (running) {
        engine.setVariableLocal(notice.key(), CaseVariables.BAILIFF_RECEIVED_ON,
            value.toString());
        engine.setVariableLocal(notice.key(), CaseVariables.EVICTION_LETTER_DUE_ON,
            deadlines.dueDay(Standard.BAILIFF_NOTICE_LETTER.id(), value.toString()));
        var due = deadlines.due(Standard.BAILIFF_NOTICE_LETTER.id(), value.toString());
        engine.openTasks(pid, ProcessKeys.TASK_SEND_EVICTION_LETTER, request.referenceKey())
            .forEach(task -> engine.setDueDate(task, due));
        engine.moveTimer(pid, ProcessKeys.TIMER_SEND_EVICTION_LETTER, request.referenceKey(),
            due);
      }
      facts.noticeReceivedOn(notice.key(), value);
      // the notice that opened a case gave the case its receipt: it moves with it
      if (CaseRegistry.ORIGIN_BAILIFF.equals(c.origin()) && engine.isRunning(pid)
          && CaseEngine.date(engine.variables(pid).get(CaseVariables.RECEIVED_ON))
              .filter(status.receivedOn()::equals).isPresent()) {
        engine.setVariable(pid, CaseVariables.RECEIVED_ON, value.toString());
      }
      return status.receivedOn();
    }
    if (!CaseVariables.EVICTION_LETTER_SENT_ON.equals(request.field())) {
      throw new CaseInputRejectedException(List.of(new Violation("field", "Zu einer Mitteilung "
          + "der Gerichtsvollzieherin sind nur der Eingang (receivedOn) und der Versand des "
          + "Anschreibens (evictionLetterSentOn) korrigierbar.")));
    }
    if (status.evictionLetterSentOn() == null) {
      throw new CaseEventConflictException("field", "Das Anschreiben zur Räumung „"
          + notice.reference() + "“ ist noch nicht versandt; es gibt nichts zu korrigieren.");
    }
    Map<String, Object> existing = new HashMap<>();
    existing.put(CaseVariables.BAILIFF_RECEIVED_ON, status.receivedOn().toString());
    checkAsTask(ProcessKeys.TASK_SEND_EVICTION_LETTER, CaseVariables.EVICTION_LETTER_SENT_ON,
        value, existing);
    if (running) {
      engine.setVariableLocal(notice.key(), CaseVariables.EVICTION_LETTER_SENT_ON,
          value.toString());
    }
    facts.evictionLetterSent(notice.key(), value);
    return status.evictionLetterSentOn();
  }

  /** A receipt date checked as the intake checks it; the violations name the field "value". */
  private List<Violation> receiptChecks(LocalDate value) {
    List<Violation> checks = new ArrayList<>();
    validator.receivedOn(value.toString(), checks);
    List<Violation> violations = new ArrayList<>();
    checks.forEach(v -> violations.add(new Violation("value", v.message())));
    return violations;
  }

  /** The value checked as the task's form checks it (date window, order of events). */
  private void checkAsTask(String taskKey, String field, LocalDate value,
      Map<String, Object> existing) {
    List<Violation> violations = TaskInputRules.check(taskKey, Map.of(field, value.toString()),
            existing, validator.today()).stream()
        .filter(v -> v.field().equals(field))
        .map(v -> new Violation("value", v.message())).toList();
    reject(violations);
  }

  private static LocalDate recorded(Map<String, Object> variables, String field, String label) {
    Optional<LocalDate> day = CaseEngine.date(variables.get(field));
    return day.orElseThrow(() -> new CaseEventConflictException("field",
        "„" + label + "“ ist in diesem Fall noch nicht erfasst; es gibt nichts zu korrigieren."));
  }

  /** "receivedOn (Eingang der Mitteilung), …" for the messages. */
  private static String correctable() {
    return FIELDS.stream().sorted().map(f -> f + " (" + LABELS.get(f) + ")")
        .collect(java.util.stream.Collectors.joining(", "));
  }

  private static void reject(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new CaseInputRejectedException(violations);
    }
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
