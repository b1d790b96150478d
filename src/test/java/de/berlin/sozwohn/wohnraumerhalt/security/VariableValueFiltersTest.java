package de.berlin.sozwohn.wohnraumerhalt.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariableValueFiltersTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void findsVariableValuesInQueryParameters() {
    assertThat(VariableValueFilters.inParameters(Map.of("variables",
        List.of("householdName_like_Heike%")))).contains("variables");
    assertThat(VariableValueFilters.inParameters(Map.of("processVariables", List.of("a_eq_b"))))
        .contains("processVariables");
    assertThat(VariableValueFilters.inParameters(Map.of("taskVariables", List.of("a_eq_b"))))
        .contains("taskVariables");
    assertThat(VariableValueFilters.inParameters(Map.of("variableValues", List.of("a_eq_b"))))
        .contains("variableValues");
    assertThat(VariableValueFilters.inParameters(Map.of("withTaskVariablesInReturn",
        List.of("true")))).contains("withTaskVariablesInReturn");
    assertThat(VariableValueFilters.inParameters(Map.of("sortBy", List.of("processVariable"))))
        .contains("sortBy");
  }

  @Test
  void leavesQueriesWithoutVariableValuesAlone() {
    assertThat(VariableValueFilters.inParameters(Map.of(
        "processInstanceBusinessKey", List.of("MI-2026-00001"),
        "variables", List.of(""),
        "withTaskVariablesInReturn", List.of("false"),
        "variableNamesIgnoreCase", List.of("true"),
        "sortBy", List.of("dueDate")))).isEmpty();
    assertThat(VariableValueFilters.inBody(body(Map.of("processInstanceIds", List.of("1"),
        "variables", List.of(), "sorting", List.of(Map.of("sortBy", "dueDate")))))).isEmpty();
  }

  @Test
  void findsVariableValuesWhereverTheyAreNestedInABody() throws Exception {
    Map<String, Object> filter = Map.of("name", "householdName", "operator", "like", "value", "H%");
    assertThat(VariableValueFilters.inBody(body(Map.of("variables", List.of(filter)))))
        .contains("variables");
    assertThat(VariableValueFilters.inBody(body(Map.of("orQueries",
        List.of(Map.of(), Map.of("processVariables", List.of(filter)))))))
        .contains("orQueries[1].processVariables");
    assertThat(VariableValueFilters.inBody(body(Map.of("processInstanceQuery",
        Map.of("variables", List.of(filter)))))).contains("processInstanceQuery.variables");
    assertThat(VariableValueFilters.inBody(body(Map.of("sorting", List.of(Map.of(
        "sortBy", "processVariable", "parameters", Map.of("variable", "householdName")))))))
        .contains("sorting[0].sortBy");
    assertThat(VariableValueFilters.inBody(body(Map.of("messageName", "X",
        "correlationKeys", Map.of("householdName", Map.of("value", "Heike"))))))
        .contains("correlationKeys");
  }

  private JsonNode body(Map<String, ?> value) {
    return json.valueToTree(value);
  }
}
