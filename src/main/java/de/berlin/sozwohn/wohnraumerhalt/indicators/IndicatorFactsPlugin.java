package de.berlin.sozwohn.wohnraumerhalt.indicators;

import de.berlin.sozwohn.wohnraumerhalt.process.CalendarProperties;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Registers {@link IndicatorHistoryEventHandler} next to Camunda's database history handler, which
 * stays on: the engine writes its own history as before and, in the same transaction, our facts.
 */
@Component
public class IndicatorFactsPlugin extends AbstractProcessEnginePlugin {

  private final IndicatorFactStore store;
  private final CalendarProperties calendar;

  public IndicatorFactsPlugin(IndicatorFactStore store, CalendarProperties calendar) {
    this.store = store;
    this.calendar = calendar;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    handlers.add(new IndicatorHistoryEventHandler(store, calendar.zone()));
    configuration.setCustomHistoryEventHandlers(handlers);
    configuration.setEnableDefaultDbHistoryEventHandler(true);
  }
}
