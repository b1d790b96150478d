package de.berlin.sozwohn.wohnraumerhalt.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.calendar.DateValues;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Standard;
import java.io.File;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** The task catalogue against the models and the forms: one knowledge, no drift. */
class UserTaskCatalogueTest {

  private final ObjectMapper json = new ObjectMapper();

  private static List<UserTask> userTasksOfTheModels() {
    List<UserTask> tasks = new ArrayList<>();
    for (File model : new File("bpmn").listFiles((dir, name) -> name.endsWith(".bpmn"))) {
      tasks.addAll(Bpmn.readModelFromFile(model).getModelElementsByType(UserTask.class));
    }
    return tasks;
  }

  @Test
  void everyUserTaskOfTheModelsIsInTheCatalogueWithItsForm() {
    Set<UserTaskCatalogue> seen = new LinkedHashSet<>();
    for (UserTask task : userTasksOfTheModels()) {
      UserTaskCatalogue entry = UserTaskCatalogue.byKey(task.getId()).orElseThrow(
          () -> new AssertionError(task.getId() + " is not in the task catalogue"));
      assertThat(task.getCamundaFormRef()).as(task.getId()).isEqualTo(entry.form());
      seen.add(entry);
    }
    assertThat(seen).as("every catalogue entry is a task of a model")
        .containsExactlyInAnyOrder(UserTaskCatalogue.values());
  }

  @Test
  void theFormOfEveryTaskTakesExactlyItsFields() throws Exception {
    Map<String, JsonNode> forms = new HashMap<>();
    for (File file : new File("forms").listFiles((dir, name) -> name.endsWith(".form"))) {
      JsonNode form = json.readTree(file);
      forms.put(form.path("id").asText(), form);
    }
    for (UserTaskCatalogue task : UserTaskCatalogue.values()) {
      JsonNode form = forms.get(task.form());
      assertThat(form).as("form %s of %s", task.form(), task.key()).isNotNull();
      Set<String> inputs = new LinkedHashSet<>();
      collectInputKeys(form.path("components"), inputs);
      assertThat(inputs).as("input fields of %s", task.form())
          .containsExactlyInAnyOrderElementsOf(task.fields());
    }
  }

  @Test
  void aTaskOfADeadlineStandardIsDueByThatStandard() {
    for (UserTask task : userTasksOfTheModels()) {
      UserTaskCatalogue entry = UserTaskCatalogue.byKey(task.getId()).orElseThrow();
      entry.standard().filter(s -> s != Standard.EVICTION_ATTENDANCE && s != Standard.UNIFORM_ACCESS)
          .ifPresent(standard -> assertThat(task.getCamundaDueDate()).as(task.getId())
              .startsWith("${deadlines.due('" + standard.id() + "', "));
    }
  }

  @Test
  void whatEachTaskMeansForContact() {
    DateValues dates = new DateValues(ZoneId.of("Europe/Berlin"));
    Map<String, Object> visit = new HashMap<>(Map.of(CaseVariables.VISITED_ON, "2026-03-12",
        CaseVariables.CONTACT_MADE, false, CaseVariables.COUNSELLING_ON, "2026-03-13",
        CaseVariables.CONTACT_ON, "2026-03-11"));
    CaseFile withoutContact = new CaseFile(visit, "mitte", dates);
    assertThat(UserTaskCatalogue.HOME_VISIT_1.meansContact(withoutContact)).isFalse();
    assertThat(UserTaskCatalogue.RECORD_CONTACT.contactDate(withoutContact))
        .contains(LocalDate.of(2026, 3, 11));
    assertThat(UserTaskCatalogue.COUNSELLING.contactDate(withoutContact))
        .contains(LocalDate.of(2026, 3, 13));
    assertThat(UserTaskCatalogue.SEND_COURT_LETTER.meansContact(withoutContact)).isFalse();
    visit.put(CaseVariables.CONTACT_MADE, true);
    CaseFile withContact = new CaseFile(visit, "mitte", dates);
    assertThat(UserTaskCatalogue.HOME_VISIT_2.contactDate(withContact))
        .contains(LocalDate.of(2026, 3, 12));
    // counselling presupposes contact, also without a date
    assertThat(UserTaskCatalogue.COUNSELLING.meansContact(new CaseFile(Map.of(), "mitte", dates)))
        .isTrue();
  }

  private static void collectInputKeys(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key") && !component.path("type").asText().equals("text")) {
        keys.add(component.get("key").asText());
      }
      collectInputKeys(component.path("components"), keys);
    }
  }
}
