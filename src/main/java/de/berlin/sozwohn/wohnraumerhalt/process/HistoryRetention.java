package de.berlin.sozwohn.wohnraumerhalt.process;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * How long the history of a case – with the household's social data – is kept:
 * {@code wohnraumerhalt.retention.history-time-to-live} (days, ISO-8601, default {@code P1825D} =
 * 5 years). It overrides the {@code historyTimeToLive} of the model {@code wohnraumerhalt} (which
 * the Berlin convention requires in the model, and which Camunda Modeler shows):
 * <ul>
 *   <li>every new version of the model gets it when it is deployed (a parse listener), and</li>
 *   <li>on start, every deployed version whose value differs is set to it – so a changed
 *       configuration applies without a new model version.</li>
 * </ul>
 * Camunda computes a case's removal time when the case ends (removal-time-based cleanup), so the
 * value applies to cases ending from then on; finished cases keep the removal time they have.
 */
@Component
public class HistoryRetention extends AbstractProcessEnginePlugin implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(HistoryRetention.class);

  private final int days;
  private final RepositoryService repositoryService;

  public HistoryRetention(
      RetentionProperties retention,
      @Lazy RepositoryService repositoryService) {
    this.days = days(retention.historyTimeToLive());
    this.repositoryService = repositoryService;
  }

  /** The configured period in days; years and months are refused (their length in days varies). */
  static int days(Period period) {
    if (period.getYears() != 0 || period.getMonths() != 0 || period.getDays() < 1) {
      throw new IllegalArgumentException("wohnraumerhalt.retention.history-time-to-live muss eine "
          + "positive Zahl von Tagen sein, z. B. P1825D (5 Jahre), nicht " + period);
    }
    return period.getDays();
  }

  /** The retention in days. */
  public int days() {
    return days;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
        if (ProcessKeys.PROCESS.equals(definition.getKey())) {
          definition.setHistoryTimeToLive(days);
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /** Brings the deployed versions of the case model to the configured value. */
  @Override
  public void run(ApplicationArguments args) {
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.PROCESS).list()) {
      if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
        repositoryService.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
        LOG.info("Aufbewahrungsfrist der Historie von {} (Version {}) auf {} Tage gesetzt (war {})",
            definition.getKey(), definition.getVersion(), days, definition.getHistoryTimeToLive());
      }
    }
  }
}
