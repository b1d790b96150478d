package de.berlin.sozwohn.wohnraumerhalt.indicators;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * Asks a district for its self-report on the access standards (process {@code selbstauskunft},
 * standard 1.5): one instance per district and year, in the district's tenant, business key
 * {@code selbstauskunft-<year>-<district>}. Started by the system, not as the requesting user:
 * the Monitoringstelle has no engine permissions, and the caller has checked who may ask.
 */
@Service
public class SelfReports {

  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  public SelfReports(RuntimeService runtimeService, IdentityService identityService) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  public static String businessKey(int year, String district) {
    return ProcessKeys.SELF_REPORT_PROCESS + "-" + year + "-" + district;
  }

  /** The running self-report of the district for that year, if any. */
  public Optional<String> running(String district, int year) {
    return asSystem(() -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.SELF_REPORT_PROCESS)
        .processInstanceBusinessKey(businessKey(year, district)).list().stream()
        .map(ProcessInstance::getId).findFirst());
  }

  /**
   * Starts the self-report of the district for that year.
   *
   * @return the process instance id
   * @throws SelfReportAlreadyRunningException one is already waiting
   */
  public String request(String district, int year) {
    Optional<String> running = running(district, year);
    if (running.isPresent()) {
      throw new SelfReportAlreadyRunningException(district, year, running.get());
    }
    return asSystem(() -> runtimeService
        .createMessageCorrelation(ProcessKeys.MSG_SELF_REPORT_REQUESTED)
        .processInstanceBusinessKey(businessKey(year, district))
        .setVariables(Variables.createVariables()
            .putValue(CaseVariables.DISTRICT, district)
            .putValue(CaseVariables.DISTRICT_NAME, Districts.displayName(district).orElse(district))
            .putValue(CaseVariables.REPORT_YEAR, year))
        .correlateStartMessage().getId());
  }

  /** Runs without the request's authentication (no authorization and tenant checks). */
  private <T> T asSystem(Supplier<T> work) {
    Authentication authentication = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (authentication != null) {
        identityService.setAuthentication(authentication);
      }
    }
  }
}
