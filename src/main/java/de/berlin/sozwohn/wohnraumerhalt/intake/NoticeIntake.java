package de.berlin.sozwohn.wohnraumerhalt.intake;

import static de.berlin.sozwohn.wohnraumerhalt.intake.NoticeValidator.clean;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.intake.CaseRegistry.NewCase;
import de.berlin.sozwohn.wohnraumerhalt.intake.CaseRegistry.RegisteredCase;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.security.CurrentUser;
import de.berlin.sozwohn.wohnraumerhalt.security.EngineAuthority;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files court and bailiff notices (SPEC §3 steps 1 and 6) for both doors – the REST API ({@link
 * NoticeController}) and the start forms in Tasklist ({@link NoticeFormEntry}): checks the
 * district and the fields, registers the case and starts or notifies its process instance – all in
 * one transaction that the engine shares, so an error leaves nothing behind. The duplicate rules
 * are primary keys: court + court file number ({@code court_notice}) and district + bailiff
 * reference ({@code bailiff_notice}), both normalised by {@link MatchingKeys}.
 */
@Service
public class NoticeIntake {

  private static final Logger LOG = LoggerFactory.getLogger(NoticeIntake.class);


  private final NoticeValidator validator;
  private final CaseRegistry registry;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;
  private final CaseStartVariables startVariables;
  private final TransactionTemplate transaction;
  private final EngineAuthority engineAuthority;

  public NoticeIntake(NoticeValidator validator, CaseRegistry registry,
      RuntimeService runtimeService, CurrentUser currentUser, CaseStartVariables startVariables,
      PlatformTransactionManager transactionManager, EngineAuthority engineAuthority) {
    this.validator = validator;
    this.registry = registry;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
    this.startVariables = startVariables;
    this.transaction = new TransactionTemplate(transactionManager);
    this.engineAuthority = engineAuthority;
  }

  /**
   * Opens the case of a court notice.
   *
   * @throws DistrictNotAllowedException the user does not work for the district
   * @throws org.camunda.bpm.engine.AuthorizationException the user may not file notices
   * @throws NoticeRejectedException bad fields
   * @throws DuplicateCourtNoticeException the court file already has a case
   */
  public CaseOpened fileCourtNotice(CourtNoticeRequest notice) {
    checkDistrict(notice == null ? null : notice.district());
    engineAuthority.requireStartPermission(ProcessKeys.COURT_NOTICE_ENTRY);
    reject(validator.validate(notice));
    CourtNotice parsed = validator.parse(notice);
    String courtKey = MatchingKeys.court(parsed.court());
    String fileKey = MatchingKeys.courtFile(parsed.courtFileNumber());
    try {
      return transaction.execute(status -> openCourtCase(parsed, courtKey, fileKey));
    } catch (DuplicateKeyException raced) {
      // a concurrent notice claimed the court file first; our transaction is rolled back
      LOG.info("Gleichzeitige Mitteilung zu einer bereits beanspruchten Akte abgewiesen ({})",
          parsed.district());
      throw new DuplicateCourtNoticeException(winner(courtKey, fileKey));
    }
  }

  /**
   * The case that won a race for the court file. Our transaction is rolled back when we are the
   * outermost one (REST); inside the engine's (start form) it is only marked rollback-only and,
   * on PostgreSQL, refuses further statements – then the answer names no case.
   */
  private String winner(String courtKey, String fileKey) {
    try {
      return registry.caseIdOfCourtFile(courtKey, fileKey).orElse(null);
    } catch (DataAccessException e) {
      return null;
    }
  }

  /**
   * Joins the bailiff notice to the open case of the same court file or household in the district,
   * or opens a new case for it.
   *
   * @throws DistrictNotAllowedException the user does not work for the district
   * @throws NoticeRejectedException bad fields
   * @throws DuplicateBailiffNoticeException the district already has a notice with this reference
   */
  public BailiffNoticeFiled fileBailiffNotice(BailiffNoticeRequest notice) {
    checkDistrict(notice == null ? null : notice.district());
    engineAuthority.requireStartPermission(ProcessKeys.BAILIFF_NOTICE_ENTRY);
    reject(validator.validate(notice));
    BailiffNotice parsed = validator.parse(notice);
    String district = parsed.district();
    String referenceKey = MatchingKeys.bailiffReference(parsed.bailiffReference());
    try {
      return transaction.execute(status -> joinOrOpenCase(parsed, referenceKey));
    } catch (DuplicateKeyException raced) {
      // a concurrent notice claimed the reference first (the district lock makes this rare)
      LOG.info("Gleichzeitige Mitteilung der Gerichtsvollzieherin zu einem bereits erfassten "
          + "Aktenzeichen abgewiesen ({})", district);
      throw new DuplicateBailiffNoticeException(bailiffWinner(district, referenceKey));
    }
  }

  /** The case that won a race for the bailiff reference; see {@link #winner}. */
  private String bailiffWinner(String district, String referenceKey) {
    try {
      return registry.caseIdOfBailiffNotice(district, referenceKey).orElse(null);
    } catch (DataAccessException e) {
      return null;
    }
  }

  private CaseOpened openCourtCase(CourtNotice notice, String courtKey, String fileKey) {
    String district = notice.district();
    registry.lockDistrict(district);
    Optional<String> existing = registry.caseIdOfCourtFile(courtKey, fileKey)
        .or(() -> registry.findOpenByCourtFile(district, courtKey, fileKey)
            .map(RegisteredCase::caseId));
    if (existing.isPresent()) {
      throw new DuplicateCourtNoticeException(
          registry.handedOverTo(existing.get(), district).orElse(existing.get()));
    }
    HouseholdData household = notice.household();
    String caseId = registry.nextCaseId(district, validator.today());
    registry.register(new NewCase(caseId, district, CaseRegistry.ORIGIN_COURT, courtKey, fileKey,
        householdKey(household)));
    registry.claimCourtFile(courtKey, fileKey, caseId);

    VariableMap variables = startVariables.courtCase(caseId, notice, currentUser.id());
    ProcessInstance instance = ownCommand(() ->
        runtimeService.createMessageCorrelation(ProcessKeys.MSG_COURT_NOTICE)
            .processInstanceBusinessKey(caseId)
            .setVariables(variables)
            .correlateStartMessage());
    registry.attachProcessInstance(caseId, instance.getId());
    return new CaseOpened(caseId, instance.getId());
  }

  private BailiffNoticeFiled joinOrOpenCase(BailiffNotice notice, String referenceKey) {
    String district = notice.district();
    String courtKey = MatchingKeys.court(notice.court());
    String fileKey = MatchingKeys.courtFile(notice.courtFileNumber());
    HouseholdData household = notice.household();
    String householdKey = householdKey(household);
    registry.lockDistrict(district);
    // under the district lock a notice entered before is seen here; the key below stays the rule
    Optional<String> earlier = registry.caseIdOfBailiffNotice(district, referenceKey);
    if (earlier.isPresent()) {
      throw new DuplicateBailiffNoticeException(earlier.get());
    }

    Optional<RegisteredCase> open = fileKey == null ? Optional.empty()
        : registry.findOpenByCourtFile(district, courtKey, fileKey);
    if (open.isEmpty()) {
      open = registry.findOpenByHousehold(district, householdKey, courtKey, fileKey);
    }
    if (open.isPresent()) {
      RegisteredCase existing = open.get();
      registry.claimBailiffNotice(district, referenceKey, existing.caseId());
      notifyCase(existing.caseId(), existing.processInstanceId(), notice);
      return new BailiffNoticeFiled(existing.caseId(), existing.processInstanceId(), true);
    }

    String caseId = registry.nextCaseId(district, validator.today());
    registry.register(new NewCase(caseId, district, CaseRegistry.ORIGIN_BAILIFF, courtKey, fileKey,
        householdKey));
    registry.claimBailiffNotice(district, referenceKey, caseId);
    VariableMap variables = startVariables.bailiffCase(caseId, notice, currentUser.id());
    ProcessInstance instance = ownCommand(() ->
        runtimeService.createMessageCorrelation(ProcessKeys.MSG_CASE_OPENED_BY_BAILIFF)
            .processInstanceBusinessKey(caseId)
            .setVariables(variables)
            .correlateStartMessage());
    registry.attachProcessInstance(caseId, instance.getId());
    notifyCase(caseId, instance.getId(), notice);
    return new BailiffNoticeFiled(caseId, instance.getId(), false);
  }

  /**
   * Opens the case of a household handed over from another district (case event "transferred"),
   * in the caller's transaction: registered in {@code toDistrict} with the first case's keys and
   * started with {@code variables} (see {@link CaseStartVariables#transferredCase}). The caller
   * has checked that the user works for the handing district; the receiving district's case is
   * opened on the engine's own authority.
   */
  public CaseOpened openTransferredCase(String previousCaseId, String toDistrict,
      Function<String, VariableMap> variables) {
    String caseId = registry.registerTransfer(previousCaseId, toDistrict, validator.today());
    VariableMap start = variables.apply(caseId);
    ProcessInstance instance = engineAuthority.acrossDistricts(() ->
        runtimeService.createMessageCorrelation(ProcessKeys.MSG_CASE_TAKEN_OVER)
            .processInstanceBusinessKey(caseId)
            .setVariables(start)
            .correlateStartMessage());
    registry.attachProcessInstance(caseId, instance.getId());
    return new CaseOpened(caseId, instance.getId());
  }

  /** Triggers the bailiff-notice event subprocess; the notice's data is local to it. */
  private void notifyCase(String caseId, String processInstanceId, BailiffNotice notice) {
    VariableMap variables = startVariables.bailiffNotice(notice);
    try {
      ownCommand(() -> runtimeService.createMessageCorrelation(ProcessKeys.MSG_BAILIFF_NOTICE)
          .processInstanceId(processInstanceId)
          .setVariablesToTriggeredScope(variables)
          .correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      throw new CaseNotReceivingException(caseId, e);
    }
  }

  /**
   * Runs an engine call in a command context of its own, in the same transaction. When the intake
   * is called from inside an engine command (the start forms, {@link NoticeFormEntry}), engine calls
   * would otherwise share that command's context and write nothing until it ends: a bailiff notice
   * that opens a case could then not find the case's event subscription to deliver itself to.
   *
   * <p>Without the engine's authorization check: caseworkers may not start or correlate into a
   * case themselves ({@code IdentitySetup}); the intake has checked the district and the fields.
   */
  private <T> T ownCommand(Callable<T> call) {
    return engineAuthority.withoutAuthorizationCheck(call);
  }

  private static String householdKey(HouseholdData household) {
    return MatchingKeys.household(household.name(), household.street(), household.postalCode());
  }

  /** 403 before anything else when the user does not work for a known district. */
  private void checkDistrict(String district) {
    String id = clean(district);
    if (Districts.isKnown(id) && !currentUser.worksFor(id)) {
      throw new DistrictNotAllowedException(id);
    }
  }

  private static void reject(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new NoticeRejectedException(violations);
    }
  }
}
