package de.berlin.sozwohn.wohnraumerhalt.ppbe;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * The PPBE inputs GPM consultants keep in the models as extension properties
 * ({@code camunda:properties}, in Camunda Modeler: properties panel → Extension properties), SPEC §5.
 */
public final class PpbeAttributes {

  /** On every user task: mean processing time in minutes. */
  public static final String MINUTES = "ppbe:minutes";
  /** On the outgoing flows of exclusive gateways (percent, summing to 100); optional elsewhere. */
  public static final String PROBABILITY = "ppbe:probability";
  /** On start events: planned cases per year (event subprocesses: triggers per year). */
  public static final String CASES_PER_YEAR = "ppbe:casesPerYear";

  private PpbeAttributes() {}

  /** All {@code camunda:property} name/value pairs of the element (the first wins on duplicates). */
  public static Map<String, String> of(BaseElement element) {
    Map<String, String> properties = new LinkedHashMap<>();
    ExtensionElements extensions = element.getExtensionElements();
    if (extensions == null) {
      return properties;
    }
    for (CamundaProperties group : extensions.getElementsQuery()
        .filterByType(CamundaProperties.class).list()) {
      for (CamundaProperty property : group.getCamundaProperties()) {
        if (property.getCamundaName() != null) {
          properties.putIfAbsent(property.getCamundaName().trim(), property.getCamundaValue());
        }
      }
    }
    return properties;
  }

  /**
   * A number as consultants type it: "20", "12.5", "12,5", "88 %". Throws
   * {@link NumberFormatException} for anything else (including blank values).
   */
  public static double number(String value) {
    if (value == null || value.isBlank()) {
      throw new NumberFormatException("leer");
    }
    String plain = value.trim().replace('\u00a0', ' ');
    if (plain.endsWith("%")) {
      plain = plain.substring(0, plain.length() - 1).trim();
    }
    if (plain.matches("[+-]?\\d+(,\\d+)?")) {
      plain = plain.replace(',', '.');
    }
    if (!plain.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
      throw new NumberFormatException(value);
    }
    double number = Double.parseDouble(plain);
    if (!Double.isFinite(number)) {
      throw new NumberFormatException(value);
    }
    return number;
  }
}
