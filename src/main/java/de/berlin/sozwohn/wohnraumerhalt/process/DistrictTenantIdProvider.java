package de.berlin.sozwohn.wohnraumerhalt.process;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * The models are deployed once, without tenant; every case instance belongs to its district's
 * tenant, taken from the start variable {@code district} (sub instances inherit their parent's).
 *
 * <p>The notice entry instances (start forms {@link ProcessKeys#COURT_NOTICE_ENTRY}, {@link
 * ProcessKeys#BAILIFF_NOTICE_ENTRY}) carry the notice's personal data in their history until it is
 * cleaned up, so they belong to the district as well: the district chosen in the form, otherwise
 * the one district of the user who submits it ({@link Districts#ofEntry}); none when neither is
 * known – the entry then fails and nothing is stored.
 *
 * <p>The casework entry instances ({@link ProcessKeys#CASE_EVENT_ENTRY}, {@link
 * ProcessKeys#CASE_CORRECTION_ENTRY}) keep the case number, bailiff reference and reason they were
 * started with in their history (variable updates) until it is cleaned up: they belong to the
 * district of the case they name (its case id's prefix), otherwise to the one district of the user
 * who submits them, so that no other district's staff read them.
 */
@Component
public class DistrictTenantIdProvider extends AbstractProcessEnginePlugin implements TenantIdProvider {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(this);
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    DelegateExecution superExecution = ctx.getSuperExecution();
    if (superExecution != null) {
      return superExecution.getTenantId();
    }
    Object district = ctx.getVariables() == null ? null : ctx.getVariables().get(CaseVariables.DISTRICT);
    if (ctx.getProcessDefinition() != null
        && ProcessKeys.isNoticeEntry(ctx.getProcessDefinition().getKey())) {
      return Districts.ofEntry(district instanceof String chosen ? chosen : null, userDistricts())
          .filter(Districts::isKnown).orElse(null);
    }
    if (ctx.getProcessDefinition() != null
        && isCaseworkEntry(ctx.getProcessDefinition().getKey())) {
      Object caseId = ctx.getVariables() == null ? null
          : ctx.getVariables().get(CaseVariables.CASE_ID);
      return Districts.ofCaseId(caseId instanceof String id ? id : null)
          .or(() -> Districts.ofEntry(null, userDistricts()).filter(Districts::isKnown))
          .orElse(null);
    }
    return district == null ? null : district.toString();
  }

  private static boolean isCaseworkEntry(String key) {
    return ProcessKeys.CASE_EVENT_ENTRY.equals(key) || ProcessKeys.CASE_CORRECTION_ENTRY.equals(key);
  }

  /** The tenants of the user on whose behalf the engine runs this command. */
  private static List<String> userDistricts() {
    CommandContext command = Context.getCommandContext();
    Authentication authentication = command == null ? null : command.getAuthentication();
    return authentication == null || authentication.getTenantIds() == null ? List.of()
        : authentication.getTenantIds();
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(
      TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() == null ? null : ctx.getExecution().getTenantId();
  }
}
