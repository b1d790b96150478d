package de.berlin.sozwohn.wohnraumerhalt.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the text of task and instance comments out of the user operation log.
 *
 * <p>Camunda logs a changed comment with its old and new text ({@code UpdateComment}, property
 * {@code comment}), and the log is readable with {@code READ_HISTORY} – by process owners, who may
 * not read the comment itself ({@link EngineDoorGuard}). The entry stays (who changed which
 * comment when); its values are dropped before Camunda's database handler writes it (custom
 * history handlers run first).
 */
@Component
public class CommentTextRedaction extends AbstractProcessEnginePlugin {

  static final String COMMENT_PROPERTY = "comment";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    handlers.add(new Handler());
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  static final class Handler implements HistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof UserOperationLogEntryEventEntity entry
          && COMMENT_PROPERTY.equals(entry.getProperty())) {
        entry.setOrgValue(null);
        entry.setNewValue(null);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }
}
