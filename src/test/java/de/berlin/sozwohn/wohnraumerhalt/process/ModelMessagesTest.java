package de.berlin.sozwohn.wohnraumerhalt.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.junit.jupiter.api.Test;

/**
 * The messages the code sends into the case ({@code ProcessKeys.MSG_*}) are the model's, and each
 * is caught by an event: a message renamed in Camunda Modeler would otherwise make a case event
 * "succeed" without reaching the case (the services deliver only where a subscription waits).
 */
class ModelMessagesTest {

  @Test
  void everyMessageTheCodeSendsIsCaughtInTheCaseModel() throws Exception {
    BpmnModelInstance model =
        Bpmn.readModelFromFile(Path.of("bpmn/wohnraumerhalt.bpmn").toFile());
    Set<String> caught = model.getModelElementsByType(MessageEventDefinition.class).stream()
        .map(MessageEventDefinition::getMessage).map(Message::getName)
        .collect(Collectors.toSet());

    List<String> sent = new ArrayList<>();
    for (Field field : ProcessKeys.class.getDeclaredFields()) {
      if (field.getName().startsWith("MSG_") && Modifier.isStatic(field.getModifiers())
          && !field.getName().equals("MSG_SELF_REPORT_REQUESTED")
          && !field.getName().equals("MSG_REPORT_REQUESTED")) {
        sent.add((String) field.get(null));
      }
    }

    assertThat(sent).contains("CaseSettled", "EvictionCalledOff", "CaseTransferred",
        "CaseEnteredInError", "CaseTakenOver", "CourtNoticeReceived", "BailiffNoticeReceived");
    assertThat(caught).containsAll(sent);
  }

  /** The yearly processes start by their own message, each caught by its model's start event. */
  @Test
  void theReportMessagesStartTheirModels() {
    assertThat(caughtIn("bpmn/selbstauskunft-zugangsstandards.bpmn"))
        .containsExactly(ProcessKeys.MSG_SELF_REPORT_REQUESTED);
    assertThat(caughtIn("bpmn/halbjahresbericht.bpmn"))
        .containsExactly(ProcessKeys.MSG_REPORT_REQUESTED);
  }

  private static Set<String> caughtIn(String file) {
    return Bpmn.readModelFromFile(Path.of(file).toFile())
        .getModelElementsByType(MessageEventDefinition.class).stream()
        .map(MessageEventDefinition::getMessage).map(Message::getName)
        .collect(Collectors.toSet());
  }
}
