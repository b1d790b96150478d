package de.berlin.sozwohn.wohnraumerhalt.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The grammar heuristics on every name of our model and on good and bad examples. */
class GermanNamesTest {

  static final BpmnModelInstance MODEL =
      Bpmn.readModelFromFile(Path.of("bpmn/wohnraumerhalt.bpmn").toFile());

  static String lastWord(String name) {
    List<String> words = GermanNames.words(name);
    return words.get(words.size() - 1);
  }

  @Test
  void everyActivityOfOurModelEndsInAnInfinitiveAndNoParticiple() {
    var activities = MODEL.getModelElementsByType(Activity.class);
    assertThat(activities).hasSizeGreaterThan(15);
    for (Activity activity : activities) {
      String last = lastWord(activity.getName());
      assertThat(GermanNames.isInfinitive(last)).as(activity.getName()).isTrue();
      assertThat(GermanNames.words(activity.getName())).as(activity.getName()).hasSizeBetween(2, 5);
    }
  }

  @Test
  void everyEventOfOurModelEndsInAParticipleAndNoInfinitive() {
    var events = MODEL.getModelElementsByType(Event.class);
    assertThat(events).hasSizeGreaterThan(20);
    for (Event event : events) {
      String last = lastWord(event.getName());
      assertThat(GermanNames.isPastParticiple(last)).as(event.getName()).isTrue();
      assertThat(GermanNames.isInfinitive(last)).as(event.getName()).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"versenden", "durchführen", "abschließen", "prüfen", "erfassen",
      "bearbeiten", "entscheiden", "begleiten", "erreichen", "melden", "verhandeln", "ändern",
      "angeben", "abgeben", "ausgestalten", "genehmigen", "gewähren", "gestalten", "weiterleiten",
      "zustellen", "einladen", "beantragen", "vereinbaren", "festlegen", "übermitteln", "tun",
      "erhalten", "übergeben", "bekommen", "vorgehen", "umgehen", "anhören", "zurückrufen"})
  void infinitives(String word) {
    assertThat(GermanNames.isInfinitive(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"versendet", "eingegangen", "abgeschlossen", "geprüft", "Prüfung",
      "Versand", "Hausbesuch", "begonnen", "verstrichen", "entschieden", "informiert", "offen",
      "den", "gemeldet", "hergestellt", "abgegeben", "angeboten", "vergangen", "erfolgt",
      "Beratung", "neu", "2026", "z.B"})
  void noInfinitives(String word) {
    assertThat(GermanNames.isInfinitive(word)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"eingegangen", "gemeldet", "geprüft", "erreicht", "begonnen",
      "verstrichen", "vergangen", "eröffnet", "bearbeitet", "hergestellt", "mitgeteilt",
      "abgelaufen", "abgeschlossen", "informiert", "zugestellt", "angeboten", "durchgeführt",
      "übermittelt", "entschieden", "erhalten", "beantragt", "genehmigt", "anerkannt", "umgezogen",
      "vorbereitet", "versandt", "abgesagt", "geräumt", "übernommen", "eingereicht", "gewährt"})
  void participles(String word) {
    assertThat(GermanNames.isPastParticiple(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"eingehen", "prüfen", "versenden", "Eingang", "Prüfung", "offen",
      "erreichen", "melden", "abschließen", "durchführen", "beginnen", "ablaufen", "fertig", "neu",
      "Zwangsräumung", "angeben", "gestalten", "genehmigen", "vorgehen", "prüft"})
  void noParticiples(String word) {
    assertThat(GermanNames.isPastParticiple(word)).isFalse();
  }

  @Test
  void wordsDropPunctuationLineBreaksAndRemarks() {
    assertThat(GermanNames.words("Hausbesuch\ndurchführen (zu zweit)"))
        .containsExactly("Hausbesuch", "durchführen");
    assertThat(GermanNames.words("„Termin angeboten?“")).containsExactly("Termin", "angeboten");
    assertThat(GermanNames.words(null)).isEmpty();
  }
}
