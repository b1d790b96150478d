package de.berlin.sozwohn.wohnraumerhalt.casework;

import static de.berlin.sozwohn.wohnraumerhalt.intake.NoticeValidator.clean;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.calendar.DateValues;
import de.berlin.sozwohn.wohnraumerhalt.casework.CaseEngine.Notice;
import de.berlin.sozwohn.wohnraumerhalt.casework.CaseworkLog.RecordedEvent;
import de.berlin.sozwohn.wohnraumerhalt.indicators.IndicatorFactStore;
import de.berlin.sozwohn.wohnraumerhalt.indicators.IndicatorFactStore.NoticeStatus;
import de.berlin.sozwohn.wohnraumerhalt.intake.CaseOpened;
import de.berlin.sozwohn.wohnraumerhalt.intake.CaseRegistry;
import de.berlin.sozwohn.wohnraumerhalt.intake.CaseRegistry.RegisteredCase;
import de.berlin.sozwohn.wohnraumerhalt.intake.CaseStartVariables;
import de.berlin.sozwohn.wohnraumerhalt.intake.MatchingKeys;
import de.berlin.sozwohn.wohnraumerhalt.intake.NoticeIntake;
import de.berlin.sozwohn.wohnraumerhalt.intake.NoticeValidator;
import de.berlin.sozwohn.wohnraumerhalt.intake.Violation;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.Deadlines;
import de.berlin.sozwohn.wohnraumerhalt.process.GermanFormats;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case events (SPEC §3 step 8): what happens to a case outside its tasks, recorded through {@code
 * POST /api/cases/{caseId}/events} or the Tasklist start form "Fallereignis erfassen". Each event
 * is checked (400 naming the field, 404, 409, 403), then – in one transaction with the engine –
 * delivered to the case's model, written to the indicator facts and kept in {@code case_event}.
 * Refusals are German and write dates as a caseworker reads them ({@link GermanFormats}:
 * 7.12.2026, 3.12.2026, 10:00 Uhr); only the wire format a REST client must send is shown in ISO.
 *
 * <ul>
 *   <li>{@code lawsuit-withdrawn}, {@code arrears-settled}, {@code household-moved}: the outreach
 *       ("Haushalt erreichen": letter, waiting, visits) ends through its boundary event "Verfahren
 *       erledigt"; without a contact "Fall abschließen" follows with the suggested outcome, with
 *       one the counselling goes on. A household that moved also has its pending evictions called
 *       off.
 *   <li>{@code transferred}: the case ends (event subprocess "Fall abgeben", outcome {@code
 *       transferred}); a linked case opens in {@code toDistrict}.
 *   <li>{@code eviction-called-off}, {@code eviction-postponed}: per bailiff notice.
 *   <li>{@code entered-in-error}: team lead or admin; the case ends and leaves every indicator,
 *       its court file and bailiff references are free again.
 * </ul>
 */
@Service
public class CaseEvents {

  private static final int MAX_REASON = 1000;

  private final CaseAccess access;
  private final CaseRegistry registry;
  private final CaseworkLog log;
  private final CaseEngine engine;
  private final IndicatorFactStore facts;
  private final NoticeValidator validator;
  private final NoticeIntake intake;
  private final CaseStartVariables startVariables;
  private final Deadlines deadlines;
  private final TransactionTemplate transaction;

  public CaseEvents(CaseAccess access, CaseRegistry registry, CaseworkLog log, CaseEngine engine,
      IndicatorFactStore facts, NoticeValidator validator, NoticeIntake intake,
      CaseStartVariables startVariables, Deadlines deadlines,
      PlatformTransactionManager transactionManager) {
    this.access = access;
    this.registry = registry;
    this.log = log;
    this.engine = engine;
    this.facts = facts;
    this.validator = validator;
    this.intake = intake;
    this.startVariables = startVariables;
    this.deadlines = deadlines;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /** A checked event, ready to apply. */
  private record Checked(CaseEventType type, LocalDate on, String toDistrict, String referenceKey,
      LocalDateTime evictionAt, String reason) {}

  /**
   * Records the event and answers the case's state after it.
   *
   * @throws CaseNotFoundException unknown case, or another district's
   * @throws CaseInputRejectedException bad fields (nothing changed)
   * @throws TeamLeadOnlyException entered-in-error by somebody else than the team lead or admin
   * @throws CaseEventConflictException the event does not fit the case
   */
  public CaseState record(String caseId, CaseEventRequest request) {
    RegisteredCase found = access.workedCase(caseId);
    CaseEventRequest body = request == null
        ? new CaseEventRequest(null, null, null, null, null, null) : request;
    List<Violation> violations = new ArrayList<>();
    Optional<CaseEventType> type = type(body.type(), violations);
    if (type.filter(CaseEventType.ENTERED_IN_ERROR::equals).isPresent()) {
      access.requireTeamLead(found, "Einen Fall als irrtümlich erfasst");
    }
    LocalDate on = day(body.on(), violations);
    String toDistrict = null;
    String referenceKey = null;
    LocalDateTime evictionAt = null;
    String reason = null;
    if (type.isPresent()) {
      switch (type.get()) {
        case TRANSFERRED -> toDistrict = toDistrict(body.toDistrict(), found, violations);
        case EVICTION_CALLED_OFF -> referenceKey = reference(body.bailiffReference(), violations);
        case EVICTION_POSTPONED -> {
          referenceKey = reference(body.bailiffReference(), violations);
          evictionAt = validator.evictionAt(body.evictionAt(),
              on == null ? validator.today() : on, violations).orElse(null);
        }
        case ENTERED_IN_ERROR -> reason = validator.requiredText("reason", "Begründung",
            body.reason(), MAX_REASON, violations);
        default -> { }
      }
    }
    if (!violations.isEmpty()) {
      throw new CaseInputRejectedException(violations);
    }
    Checked event = new Checked(type.orElseThrow(), on, toDistrict, referenceKey, evictionAt,
        reason);
    return transaction.execute(status -> apply(found.caseId(), event));
  }

  /** The case's state: status, open tasks and events. */
  public CaseState state(String caseId) {
    RegisteredCase c = access.workedCase(caseId);
    return state(registry.find(c.caseId()).orElseThrow());
  }

  private CaseState apply(String caseId, Checked event) {
    RegisteredCase c = registry.lock(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
    List<RecordedEvent> earlier = log.events(caseId);
    if (earlier.stream().anyMatch(e -> e.type() == CaseEventType.ENTERED_IN_ERROR)) {
      throw new CaseEventConflictException("type",
          "Der Fall " + caseId + " wurde bereits als irrtümlich erfasst storniert.");
    }
    if (event.type() != CaseEventType.ENTERED_IN_ERROR && !c.isOpen()) {
      throw new CaseEventConflictException("type", "Der Fall " + caseId
          + " ist bereits abgeschlossen; „" + event.type().label() + "“ passt nicht mehr.");
    }
    String pid = c.processInstanceId();
    Map<String, Object> variables = engine.variables(pid);
    if (event.type() != CaseEventType.ENTERED_IN_ERROR) {
      notBefore("on", event.on(), CaseEngine.date(variables.get(CaseVariables.RECEIVED_ON)),
          "dem Eingang der Mitteilung");
    }
    String linkedCaseId = null;
    switch (event.type()) {
      case LAWSUIT_WITHDRAWN, ARREARS_SETTLED, HOUSEHOLD_MOVED -> settle(c, event, earlier);
      case TRANSFERRED -> linkedCaseId = transfer(c, event, variables);
      case EVICTION_CALLED_OFF -> callOff(c, event);
      case EVICTION_POSTPONED -> postpone(c, event);
      case ENTERED_IN_ERROR -> enteredInError(c);
      default -> throw new IllegalStateException(event.type().code());
    }
    log.add(caseId, new RecordedEvent(event.type(), event.on(), event.referenceKey(),
        event.evictionAt(), event.toDistrict(), linkedCaseId, event.reason(), access.userId(),
        ClockUtil.getCurrentTime().toInstant()));
    return state(registry.find(caseId).orElseThrow());
  }

  private void settle(RegisteredCase c, Checked event, List<RecordedEvent> earlier) {
    Optional<RecordedEvent> settled = earlier.stream().filter(e -> e.type().settlesCase())
        .findFirst();
    if (settled.isPresent()) {
      throw new CaseEventConflictException("type", "Für den Fall " + c.caseId()
          + " ist bereits „" + settled.get().type().label() + "“ am "
          + GermanFormats.date(settled.get().on()) + " erfasst.");
    }
    String pid = c.processInstanceId();
    engine.setVariable(pid, CaseVariables.CASE_SETTLED_BY, event.type().code());
    engine.setVariable(pid, CaseVariables.CASE_SETTLED_ON, event.on().toString());
    engine.setVariable(pid, CaseVariables.OUTCOME, event.type().suggestedOutcome());
    engine.correlateIfWaiting(pid, ProcessKeys.MSG_CASE_SETTLED);
    facts.outreachEnded(pid, event.on(), event.type().code());
    if (event.type() == CaseEventType.HOUSEHOLD_MOVED) {
      for (Notice notice : engine.notices(pid)) {
        Optional<NoticeStatus> status = facts.noticeStatus(notice.key());
        if (status.isPresent() && !status.get().calledOff() && !status.get().recorded()
            && !status.get().evictionAt().toLocalDate().isBefore(event.on())) {
          callOff(pid, notice, event.on());
        }
      }
    }
  }

  private String transfer(RegisteredCase c, Checked event, Map<String, Object> variables) {
    String pid = c.processInstanceId();
    if (!engine.correlateIfWaiting(pid, ProcessKeys.MSG_CASE_TRANSFERRED)) {
      throw new CaseEventConflictException("type", "Der Fall " + c.caseId()
          + " kann gerade nicht abgegeben werden (keine laufende Fallbearbeitung).");
    }
    facts.outreachEnded(pid, event.on(), event.type().code());
    facts.closed(pid, event.on(), CaseEventType.TRANSFERRED.suggestedOutcome());
    registry.markClosed(c.caseId());
    CaseOpened opened = intake.openTransferredCase(c.caseId(), event.toDistrict(),
        newCaseId -> startVariables.transferredCase(newCaseId, event.toDistrict(), c.caseId(),
            variables, event.on()));
    return opened.caseId();
  }

  private void callOff(RegisteredCase c, Checked event) {
    String pid = c.processInstanceId();
    Notice notice = pendingNotice(c, event);
    callOff(pid, notice, event.on());
  }

  private void callOff(String pid, Notice notice, LocalDate on) {
    engine.deliverIfWaiting(pid, notice.key(), ProcessKeys.MSG_EVICTION_CALLED_OFF);
    facts.evictionCalledOff(notice.key(), on);
  }

  private void postpone(RegisteredCase c, Checked event) {
    String pid = c.processInstanceId();
    Notice notice = pendingNotice(c, event);
    NoticeStatus status = facts.noticeStatus(notice.key()).orElseThrow();
    if (status.evictionAt().equals(event.evictionAt())) {
      throw new CaseInputRejectedException(List.of(new Violation("evictionAt",
          "Der Räumungstermin ist bereits am " + GermanFormats.dateTime(event.evictionAt())
              + "; bitte den neuen Termin angeben.")));
    }
    String evictionAt = DateValues.formatDateTime(event.evictionAt());
    if (engine.executionRuns(notice.key())) {
      engine.setVariableLocal(notice.key(), CaseVariables.EVICTION_AT, evictionAt);
    }
    engine.openTasks(pid, ProcessKeys.TASK_ATTEND_EVICTION, event.referenceKey())
        .forEach(task -> engine.setDueDate(task, deadlines.endOfDay(evictionAt)));
    facts.evictionMoved(notice.key(), event.evictionAt());
  }

  /** The notice named by the event, neither called off nor with its eviction recorded. */
  private Notice pendingNotice(RegisteredCase c, Checked event) {
    Notice notice = engine.notice(c.processInstanceId(), event.referenceKey())
        .orElseThrow(() -> new CaseEventConflictException("bailiffReference",
            "Zum Fall " + c.caseId() + " ist keine Mitteilung der Gerichtsvollzieherin mit "
                + "diesem Aktenzeichen erfasst."));
    NoticeStatus status = facts.noticeStatus(notice.key())
        .orElseThrow(() -> new CaseEventConflictException("bailiffReference",
            "Die Mitteilung „" + notice.reference() + "“ ist noch nicht vollständig erfasst."));
    if (status.calledOff()) {
      throw new CaseEventConflictException("bailiffReference",
          "Die Räumung „" + notice.reference() + "“ ist bereits als abgesagt erfasst.");
    }
    if (status.recorded()) {
      throw new CaseEventConflictException("bailiffReference", "Die Räumung „"
          + notice.reference() + "“ ist bereits mit „Zwangsräumung begleiten“ dokumentiert.");
    }
    notBefore("on", event.on(), Optional.ofNullable(status.receivedOn()),
        "dem Eingang der Mitteilung der Gerichtsvollzieherin");
    LocalDate evictionDay = status.evictionAt().toLocalDate();
    if (event.on().isAfter(evictionDay)) {
      // the eviction day is over: what happened then is recorded, a later call-off changes nothing
      throw new CaseEventConflictException("on", "Der Räumungstermin „" + notice.reference()
          + "“ war am " + GermanFormats.date(evictionDay) + "; eine Absage oder Verschiebung "
          + "muss spätestens an diesem Tag erfolgt sein (Datum des Ereignisses: "
          + GermanFormats.date(event.on()) + ").");
    }
    return notice;
  }

  private void enteredInError(RegisteredCase c) {
    String pid = c.processInstanceId();
    engine.correlateIfWaiting(pid, ProcessKeys.MSG_CASE_ENTERED_IN_ERROR);
    facts.enteredInError(pid);
    registry.releaseKeys(c.caseId());
  }

  private CaseState state(RegisteredCase c) {
    List<RecordedEvent> events = log.events(c.caseId());
    String status = c.status();
    String linked = null;
    for (RecordedEvent e : events) {
      if (e.type() == CaseEventType.ENTERED_IN_ERROR) {
        status = e.type().code();
      } else if (e.type() == CaseEventType.TRANSFERRED) {
        status = e.type().code();
        linked = e.linkedCaseId();
      }
    }
    List<CaseState.Event> shown = events.stream().map(e -> new CaseState.Event(e.type().code(),
        e.on().toString(), e.toDistrict(), e.linkedCaseId(),
        e.evictionAt() == null ? null : DateValues.formatDateTime(e.evictionAt()),
        e.recordedBy(), e.recordedAt())).toList();
    return new CaseState(c.caseId(), c.processInstanceId(), c.district(), status,
        engine.openTaskKeys(c.processInstanceId()), linked, shown);
  }

  // ------------------------------------------------------------------ field checks

  private static Optional<CaseEventType> type(String value, List<Violation> violations) {
    String code = clean(value);
    String allowed = Arrays.stream(CaseEventType.values()).map(CaseEventType::code)
        .collect(Collectors.joining(", "));
    if (code == null) {
      violations.add(new Violation("type", "Pflichtangabe „Ereignis“ fehlt. Erlaubt sind: "
          + allowed + "."));
      return Optional.empty();
    }
    Optional<CaseEventType> type = CaseEventType.ofCode(code);
    if (type.isEmpty()) {
      violations.add(new Violation("type", "Unbekanntes Ereignis „" + shorten(code)
          + "“. Erlaubt sind: " + allowed + "."));
    }
    return type;
  }

  private LocalDate day(String value, List<Violation> violations) {
    String text = clean(value);
    if (text == null) {
      violations.add(new Violation("on", "Pflichtangabe „Datum des Ereignisses“ fehlt."));
      return null;
    }
    Optional<LocalDate> date = DateValues.parseDate(text);
    if (date.isEmpty()) {
      violations.add(new Violation("on", "„Datum des Ereignisses“ ist kein gültiges Datum: „"
          + shorten(text) + "“. Erwartet wird JJJJ-MM-TT, z. B. 2026-03-02."));
      return null;
    }
    LocalDate today = validator.today();
    if (date.get().isAfter(today)) {
      violations.add(new Violation("on", "Das Datum des Ereignisses "
          + GermanFormats.date(date.get()) + " liegt in der Zukunft (heute ist der "
          + GermanFormats.date(today) + ")."));
      return null;
    }
    return date.get();
  }

  private static String toDistrict(String value, RegisteredCase c, List<Violation> violations) {
    String district = clean(value);
    if (district == null) {
      violations.add(new Violation("toDistrict", "Pflichtangabe „Neuer Bezirk“ fehlt."));
    } else if (!Districts.isKnown(district)) {
      violations.add(new Violation("toDistrict", "Unbekannter Bezirk „" + shorten(district)
          + "“. Erlaubt sind: " + String.join(", ", Districts.IDS) + "."));
    } else if (district.equals(c.district())) {
      violations.add(new Violation("toDistrict", "Der Fall gehört bereits zum Bezirk "
          + Districts.displayName(district).orElse(district) + "."));
    } else {
      return district;
    }
    return null;
  }

  private static String reference(String value, List<Violation> violations) {
    String reference = clean(value);
    if (reference == null) {
      violations.add(new Violation("bailiffReference",
          "Pflichtangabe „Aktenzeichen der Gerichtsvollzieherin“ fehlt."));
      return null;
    }
    return MatchingKeys.bailiffReference(reference);
  }

  private static void notBefore(String field, LocalDate date, Optional<LocalDate> earliest,
      String what) {
    if (earliest.isPresent() && date.isBefore(earliest.get())) {
      throw new CaseInputRejectedException(List.of(new Violation(field, "Das Datum "
          + GermanFormats.date(date) + " liegt vor " + what + " am "
          + GermanFormats.date(earliest.get()) + ".")));
    }
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
