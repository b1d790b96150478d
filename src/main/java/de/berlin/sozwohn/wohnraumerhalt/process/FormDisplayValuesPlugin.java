package de.berlin.sozwohn.wohnraumerhalt.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.PrimitiveValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Adds the German display values of {@link FormDisplayValues} ({@code receivedOnText}, {@code
 * arrearsText}, …) to a task's form variables – what Tasklist loads ({@code GET
 * …/task/{id}/form-variables}) and hands to form-js, whose text blocks show them. The engine's
 * {@code FormService#getTaskFormVariables} is the one way there (REST API, Tasklist's copy of it,
 * Java API), so a command interceptor catches its answer; nothing is stored.
 *
 * <p>Computed from the values in that answer, so only what the reader may read anyway: when the
 * caller asks for certain variables, a display value comes only when asked for and its variable is
 * in the answer too. An existing variable of the same name is never overwritten. Other
 * computed values ({@link ComputedFormValues} beans, e.g. the half-year report's texts) are added
 * by the same interceptor.
 *
 * <p>Engine internals used: {@code GetTaskFormVariablesCmd} and a command interceptor of the
 * process engine configuration – a class name to change for Operaton or CIB seven, nothing more.
 */
@Component
public class FormDisplayValuesPlugin extends AbstractProcessEnginePlugin {

  private final CaseFiles caseFiles;
  private final List<ComputedFormValues> computed;

  public FormDisplayValuesPlugin(CaseFiles caseFiles, List<ComputedFormValues> computed) {
    this.caseFiles = caseFiles;
    this.computed = List.copyOf(computed);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(new DisplayValuesInterceptor());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  /** Adds the display values to the variables of one form (in place). */
  void addDisplayValues(VariableMap variables, Collection<String> requested) {
    Map<String, Object> plain = new HashMap<>();
    for (String name : variables.keySet()) {
      TypedValue value = variables.getValueTyped(name);
      if (value instanceof PrimitiveValue<?> primitive) {
        plain.put(name, primitive.getValue());
      }
    }
    FormDisplayValues.of(caseFiles.of(plain)).forEach((name, text) -> {
      if (!variables.containsKey(name) && (requested == null || requested.contains(name))) {
        variables.putValueTyped(name, Variables.stringValue(text));
      }
    });
  }

  private final class DisplayValuesInterceptor extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      T result = next.execute(command);
      if (command instanceof GetTaskFormVariablesCmd form && result instanceof VariableMap variables) {
        addDisplayValues(variables, form.formVariableNames);
        computed.forEach(values -> values.addTo(variables, form.formVariableNames));
      }
      return result;
    }
  }
}
