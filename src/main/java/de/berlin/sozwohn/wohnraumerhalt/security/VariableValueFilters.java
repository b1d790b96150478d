package de.berlin.sozwohn.wohnraumerhalt.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the parts of a request to Camunda's REST API that filter or sort by variable values.
 *
 * <p>With {@code enforceSpecificVariablePermission} a process owner cannot read a variable, but the
 * engine still lets anybody who may read an instance filter, count and sort instances and tasks by
 * variable values: {@code {"variables":[{"name":"householdName","operator":"like","value":"Heike%"}]}}
 * answers "1" or "0", and a prefix search rebuilds a name letter by letter. A user who may not read
 * the variables must therefore not filter or sort by them either. Plain Java (Jackson only), so the
 * list of keys is tested alone.
 *
 * <p>The keys are those of Camunda 7's REST query parameters and JSON query bodies that carry
 * variable values ({@code VariableQueryParameterDto}), wherever they are nested ({@code orQueries},
 * the {@code processInstanceQuery} of a batch, a filter's extending query), the sort orders by a
 * variable ({@code sortBy: processVariable|executionVariable|taskVariable|caseInstanceVariable|
 * caseExecutionVariable}), the task query's {@code with…VariablesInReturn}, and message
 * correlation keys.
 */
public final class VariableValueFilters {

  /** Parameters and body keys whose value filters by variable values. */
  static final Set<String> FILTER_KEYS = Set.of("variables", "processVariables", "taskVariables",
      "caseInstanceVariables", "caseExecutionVariables", "variableValues", "correlationKeys",
      "localCorrelationKeys", "processInstanceVariables");

  /** Flags that put variable values into a query's answer. */
  static final Set<String> RETURN_FLAGS = Set.of("withTaskVariablesInReturn",
      "withTaskLocalVariablesInReturn", "withVariablesInReturn");

  static final Set<String> VARIABLE_SORTS = Set.of("processVariable", "executionVariable",
      "taskVariable", "caseInstanceVariable", "caseExecutionVariable");

  private VariableValueFilters() {}

  /**
   * The first query parameter that uses variable values, if any.
   *
   * @param parameters name → values, as decoded from the query string
   */
  public static Optional<String> inParameters(Map<String, ? extends Iterable<String>> parameters) {
    for (var entry : parameters.entrySet()) {
      String name = entry.getKey();
      for (String value : entry.getValue()) {
        if (uses(name, value == null ? "" : value)) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }

  /** The path of the first body member that uses variable values ({@code orQueries[0].variables}). */
  public static Optional<String> inBody(JsonNode body) {
    return find(body, "");
  }

  private static boolean uses(String name, String value) {
    if (FILTER_KEYS.contains(name)) {
      return !value.isBlank();
    }
    if (RETURN_FLAGS.contains(name)) {
      return Boolean.parseBoolean(value.strip());
    }
    return "sortBy".equals(name) && VARIABLE_SORTS.contains(value.strip());
  }

  private static Optional<String> find(JsonNode node, String path) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Optional<String> found = find(node.get(i), path + "[" + i + "]");
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (!node.isObject()) {
      return Optional.empty();
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      String name = member.getKey();
      JsonNode value = member.getValue();
      String memberPath = path.isEmpty() ? name : path + "." + name;
      if (FILTER_KEYS.contains(name) && !isEmpty(value)) {
        return Optional.of(memberPath);
      }
      if (RETURN_FLAGS.contains(name) && value.asBoolean(false)) {
        return Optional.of(memberPath);
      }
      if ("sortBy".equals(name) && value.isTextual() && VARIABLE_SORTS.contains(value.asText())) {
        return Optional.of(memberPath);
      }
      Optional<String> nested = find(value, memberPath);
      if (nested.isPresent()) {
        return nested;
      }
    }
    return Optional.empty();
  }

  private static boolean isEmpty(JsonNode value) {
    return value == null || value.isNull() || (value.isContainerNode() && value.isEmpty())
        || (value.isTextual() && value.asText().isBlank());
  }
}
