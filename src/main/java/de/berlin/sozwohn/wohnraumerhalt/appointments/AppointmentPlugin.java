package de.berlin.sozwohn.wohnraumerhalt.appointments;

import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Connects the district calendars ({@link AppointmentCalendar}) to the model {@code wohnraumerhalt}
 * when it is parsed – on deployment and whenever a node loads it – without a line in the model:
 *
 * <ul>
 *   <li>{@code SendCourtLetter}: on <b>create</b> a free slot is proposed and held for the case; on
 *       <b>complete</b> the letter's slot is booked (or the completion refused); on <b>delete</b>
 *       (the task ended without a letter: a contact came first, the case ended) the proposal is
 *       given up. Its form handler proposes again whenever the task's form is <b>opened</b> and
 *       lists the free slots ({@link AppointmentFormHandler}).
 *   <li>The case's seat is freed when the case work {@code CaseWork} ends (closure, transfer,
 *       entered in error, deletion), when a case event settles the outreach ({@code
 *       OutreachSettled}: lawsuit withdrawn, arrears settled, household moved) and when the
 *       instance ends.
 * </ul>
 *
 * The listeners are the engine's built-in kind, so they run also where custom listeners are
 * skipped (deleting an instance with {@code skipCustomListeners}). Why not in the model: the form
 * being opened is no event a model can name (only a form handler sees it), and the case's end has
 * five ways (closure, transfer, entered in error, a settling event, deletion) – one registration
 * here keeps them together instead of listeners on five elements; the model stays the flow, and
 * the calendar is an application service the letter task uses, like the letter itself.
 *
 * <p>Engine internals used: a BPMN parse listener, {@code TaskDefinition} (listeners, form handler)
 * – class names to change for Operaton or CIB seven, nothing more.
 */
@Component
public class AppointmentPlugin extends AbstractProcessEnginePlugin {

  private final AppointmentCalendar calendar;

  public AppointmentPlugin(AppointmentCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    listeners.add(new CalendarParseListener());
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private final class CalendarParseListener extends AbstractBpmnParseListener {

    private final ExecutionListener release =
        execution -> calendar.release(execution.getProcessInstanceId());

    @Override
    public void parseProcess(Element element, ProcessDefinitionEntity process) {
      if (ProcessKeys.PROCESS.equals(process.getKey())) {
        process.addBuiltInListener(ExecutionListener.EVENTNAME_END, release);
      }
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      if (!ours(activity) || !ProcessKeys.TASK_SEND_COURT_LETTER.equals(activity.getId())
          || !(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
        return;
      }
      TaskDefinition task = behavior.getTaskDefinition();
      TaskListener listener = new AppointmentTaskListener(calendar);
      task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
      task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
      task.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, listener);
      task.setTaskFormHandler(new AppointmentFormHandler(task.getTaskFormHandler(), calendar));
    }

    @Override
    public void parseSubProcess(Element element, ScopeImpl scope, ActivityImpl activity) {
      if (ours(activity) && ProcessKeys.CASE_WORK.equals(activity.getId())) {
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, release);
      }
    }

    @Override
    public void parseBoundaryEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      if (ours(activity) && ProcessKeys.OUTREACH_SETTLED.equals(activity.getId())) {
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, release);
      }
    }

    private static boolean ours(ActivityImpl activity) {
      return activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition
          && ProcessKeys.PROCESS.equals(definition.getKey());
    }
  }
}
