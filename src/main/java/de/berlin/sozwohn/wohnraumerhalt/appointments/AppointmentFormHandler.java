package de.berlin.sozwohn.wohnraumerhalt.appointments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.appointments.AppointmentCalendar.Offer;
import de.berlin.sozwohn.wohnraumerhalt.calendar.AppointmentSlots;
import de.berlin.sozwohn.wohnraumerhalt.calendar.DateValues;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.FormDataImpl;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.form.type.StringFormType;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The form of {@code SendCourtLetter} as Tasklist opens it ({@code GET …/task/{id}/form} and {@code
 * …/form-variables}, {@code FormService} in Java): before the form's variables are read, the case's
 * appointment is proposed again if it has become stale or is no longer the case's ({@link
 * AppointmentCalendar#offer}), and the free slots are added as the form variable {@value
 * CaseVariables#APPOINTMENT_SLOTS} – a list of {@code {label: "Di, 8.12.2026, 10:00 Uhr", value:
 * "2026-12-08T10:00"}}, JSON, which the letter form's select shows. The list is computed, never
 * stored. Everything else is the model's own form handler ({@code delegate}).
 */
class AppointmentFormHandler implements TaskFormHandler {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TaskFormHandler delegate;
  private final AppointmentCalendar calendar;

  AppointmentFormHandler(TaskFormHandler delegate, AppointmentCalendar calendar) {
    this.delegate = delegate;
    this.calendar = calendar;
  }

  @Override
  public TaskFormData createTaskForm(TaskEntity task) {
    Offer offer = task.isSuspended() || task.getExecution() == null ? null
        : AppointmentTaskListener.propose(task, calendar);
    TaskFormData form = delegate.createTaskForm(task);
    if (offer != null && form instanceof FormDataImpl data) {
      List<FormField> fields = new ArrayList<>(data.getFormFields() == null ? List.of()
          : data.getFormFields());
      fields.add(slotsField(offer.slots()));
      data.setFormFields(fields);
    }
    return form;
  }

  /** The free slots as the form's select takes them. */
  static FormField slotsField(List<LocalDateTime> slots) {
    List<Map<String, String>> options = new ArrayList<>();
    for (LocalDateTime slot : slots) {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", AppointmentSlots.label(slot));
      option.put("value", DateValues.formatDateTime(slot));
      options.add(option);
    }
    String json;
    try {
      json = JSON.writeValueAsString(options);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    FormFieldImpl field = new FormFieldImpl();
    field.setId(CaseVariables.APPOINTMENT_SLOTS);
    field.setLabel("Freie Termine");
    field.setType(new StringFormType());
    field.setValue(Variables.serializedObjectValue(json)
        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
        .objectTypeName(ArrayList.class.getName())
        .create());
    return field;
  }

  @Override
  public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
      ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
    delegate.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
  }

  @Override
  public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
    delegate.submitFormVariables(properties, variableScope);
  }
}
