package de.berlin.sozwohn.wohnraumerhalt.modelcheck;

import de.berlin.sozwohn.wohnraumerhalt.ppbe.PpbeAttributes;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** Small models that follow the convention, and helpers to break them one rule at a time. */
final class TestModels {

  static final String DOCUMENTATION = "Prozessverantwortung: SenASGIVA. Rechtsgrundlagen: "
      + "§ 22 Abs. 9 SGB II, § 36 SGB XII, § 67 SGB XII. KLR-Produkt 80635. Version 1.0.";

  /**
   * Antrag eingegangen → Antrag prüfen → "Antrag vollständig?" ja → Antrag bewilligen → merge →
   * Antrag beschieden; nein → Unterlagen nachfordern → merge.
   */
  static BpmnModelInstance clean() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("antrag")
        .name("Antrag bearbeiten")
        .camundaHistoryTimeToLive(30)
        .camundaVersionTag("1.0")
        .startEvent("Received").name("Antrag eingegangen")
        .userTask("Check").name("Antrag prüfen").camundaCandidateGroups("fachkraft-${district}")
        .exclusiveGateway("GW_Complete").name("Antrag vollständig?")
          .sequenceFlowId("Flow_Yes").condition("ja", "${complete}")
        .userTask("Grant").name("Antrag bewilligen").camundaCandidateGroups("fachkraft-${district}")
        .exclusiveGateway("GW_Merge")
        .endEvent("Decided").name("Antrag beschieden")
        .moveToNode("GW_Complete")
          .sequenceFlowId("Flow_No").condition("nein", "${!complete}")
        .userTask("Request").name("Unterlagen nachfordern")
          .camundaCandidateGroups("fachkraft-${district}")
        .connectTo("GW_Merge")
        .done();
    document(model, "antrag", DOCUMENTATION);
    property(model, "Received", PpbeAttributes.CASES_PER_YEAR, "100");
    property(model, "Check", PpbeAttributes.MINUTES, "20");
    property(model, "Grant", PpbeAttributes.MINUTES, "30");
    property(model, "Request", PpbeAttributes.MINUTES, "10");
    property(model, "Flow_Yes", PpbeAttributes.PROBABILITY, "70");
    property(model, "Flow_No", PpbeAttributes.PROBABILITY, "30");
    return model;
  }

  static void document(BpmnModelInstance model, String elementId, String text) {
    BaseElement element = model.getModelElementById(elementId);
    element.getDocumentations().forEach(d -> element.removeChildElement(d));
    Documentation documentation = model.newInstance(Documentation.class);
    documentation.setTextContent(text);
    if (element instanceof Process process && !process.getChildElementsByType(
        org.camunda.bpm.model.bpmn.instance.FlowElement.class).isEmpty()) {
      element.insertElementAfter(documentation, null);
    } else {
      element.getDocumentations().add(documentation);
    }
  }

  static void property(BpmnModelInstance model, String elementId, String name, String value) {
    BaseElement element = model.getModelElementById(elementId);
    ExtensionElements extensions = element.getExtensionElements();
    if (extensions == null) {
      extensions = model.newInstance(ExtensionElements.class);
      element.setExtensionElements(extensions);
    }
    CamundaProperties properties = extensions.getElementsQuery()
        .filterByType(CamundaProperties.class).list().stream().findFirst().orElse(null);
    if (properties == null) {
      properties = extensions.addExtensionElement(CamundaProperties.class);
    }
    for (CamundaProperty existing : properties.getCamundaProperties()) {
      if (name.equals(existing.getCamundaName())) {
        existing.setCamundaValue(value);
        return;
      }
    }
    CamundaProperty property = model.newInstance(CamundaProperty.class);
    property.setCamundaName(name);
    property.setCamundaValue(value);
    properties.getCamundaProperties().add(property);
  }

  static void removeProperties(BpmnModelInstance model, String elementId) {
    BaseElement element = model.getModelElementById(elementId);
    if (element.getExtensionElements() != null) {
      element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list()
          .forEach(p -> element.getExtensionElements().removeChildElement(p));
    }
  }

  static void removeDiagramElement(BpmnModelInstance model, String elementId) {
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      if (shape.getBpmnElement() != null && elementId.equals(shape.getBpmnElement().getId())) {
        shape.getParentElement().removeChildElement(shape);
      }
    }
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      if (edge.getBpmnElement() != null && elementId.equals(edge.getBpmnElement().getId())) {
        edge.getParentElement().removeChildElement(edge);
      }
    }
  }

  /** Round trip through XML, as a file on disk would be read. */
  static BpmnModelInstance reread(BpmnModelInstance model) {
    return Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(
        Bpmn.convertToString(model).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private TestModels() {}
}
