package de.berlin.sozwohn.wohnraumerhalt.process;

import java.util.Collection;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Values a task form shows but nobody stores: {@link FormDisplayValuesPlugin} asks every bean of
 * this type whenever a task's form variables are read and lets it add to the answer (in place).
 * An implementation adds a name only when {@code requested} is null or holds it, and never
 * overwrites an existing variable.
 */
public interface ComputedFormValues {

  void addTo(VariableMap variables, Collection<String> requested);
}
