package de.berlin.sozwohn.wohnraumerhalt.flow;

import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import de.berlin.sozwohn.wohnraumerhalt.process.CalendarProperties;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Records how cases really flow (ADR 0018): the flow facts of every process instance, written in
 * the engine's transaction beside Camunda's own history and the indicator facts.
 *
 * <ul>
 *   <li>{@link FlowParseListener} (added to the engine's post-BPMN parse listeners, next to the
 *       others): a "take" listener on every sequence flow, and the deadline events marked;
 *   <li>{@link FlowHistoryEventHandler}: cases and steps from the history events.
 * </ul>
 *
 * <p>Why the handler is not one of the custom history event handlers like {@code
 * indicators.IndicatorFactsPlugin}'s: the engine runs those <em>before</em> its database handler,
 * and the end event of an activity started in an earlier transaction reaches them without a start
 * time – the database handler fills it in from its history row. Placed behind the whole chain
 * (Camunda's handler and all custom ones, which all still run, in their order), this handler gets
 * the start time for free instead of a query of its own per step. The chain is built in {@code
 * init()}; the engine looks it up for every event, so wrapping it in {@code postInit} is enough.
 */
@Component
public class FlowFactsPlugin extends AbstractProcessEnginePlugin {

  private final FlowFactWriter writer;
  private final WorkingDayCalendar workingDays;
  private final CalendarProperties calendar;

  public FlowFactsPlugin(FlowFactWriter writer, WorkingDayCalendar workingDays,
      CalendarProperties calendar) {
    this.writer = writer;
    this.workingDays = workingDays;
    this.calendar = calendar;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    listeners.add(new FlowParseListener(writer, calendar.zone()));
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    HistoryEventHandler flow = new FlowHistoryEventHandler(writer, workingDays, calendar.zone());
    HistoryEventHandler engineChain = configuration.getHistoryEventHandler();
    configuration.setHistoryEventHandler(engineChain == null ? flow
        : new CompositeHistoryEventHandler(engineChain, flow));
  }
}
