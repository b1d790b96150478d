package de.berlin.sozwohn.wohnraumerhalt.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.ppbe.PpbeAttributes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --check-models=<file|folder>}: German findings, exit 0 when clean, 1 with errors. */
class ModelCheckCommandTest {

  @TempDir Path dir;
  final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

  String output() {
    return buffer.toString(StandardCharsets.UTF_8);
  }

  Path write(String name, BpmnModelInstance model) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, Bpmn.convertToString(model));
    return file;
  }

  @Test
  void ourModelsAreClean() {
    assertThat(ModelCheckCommand.run("bpmn", out)).isZero();
    assertThat(output()).contains("bpmn/wohnraumerhalt.bpmn: 0 Fehler, 0 Warnungen")
        .contains("bpmn/selbstauskunft-zugangsstandards.bpmn: 0 Fehler, 0 Warnungen")
        .contains("bpmn/halbjahresbericht.bpmn: 0 Fehler, 0 Warnungen")
        .contains("bpmn/mitteilung-raeumungsklage-erfassen.bpmn: 0 Fehler, 0 Warnungen")
        .contains("bpmn/mitteilung-zwangsraeumung-erfassen.bpmn: 0 Fehler, 0 Warnungen")
        .contains("0 Fehler, 0 Warnungen – in Ordnung.");
  }

  @Test
  void warningsAloneExitZero() throws IOException {
    BpmnModelInstance model = TestModels.clean();
    ((FlowNode) model.getModelElementById("Check")).setName("Prüfung");
    Path file = write("antrag.bpmn", model);
    assertThat(ModelCheckCommand.run(file.toString(), out)).isEqualTo(ModelCheckCommand.OK);
    assertThat(output()).contains("0 Fehler, 1 Warnung" + System.lineSeparator())
        .contains("WARNUNG [name-aktivitaet] Benutzeraufgabe „Prüfung“ (Check)")
        .contains("→ Aktivitäten heißen Objekt + Verb im Infinitiv");
  }

  @Test
  void errorsExitOneAndAFolderIsSearched() throws IOException {
    write("gut.bpmn", TestModels.clean());
    BpmnModelInstance bad = TestModels.clean();
    TestModels.property(bad, "Flow_No", PpbeAttributes.PROBABILITY, "20");
    Files.createDirectories(dir.resolve("unter"));
    write("unter/schlecht.bpmn", bad);
    Files.writeString(dir.resolve("notiz.txt"), "keine BPMN-Datei");

    assertThat(ModelCheckCommand.run(dir.toString(), out)).isEqualTo(ModelCheckCommand.ERRORS);
    assertThat(output())
        .contains("gut.bpmn: 0 Fehler, 0 Warnungen")
        .contains("schlecht.bpmn: 1 Fehler, 0 Warnungen")
        .contains("FEHLER [ppbe-wahrscheinlichkeit] Exklusives Gateway „Antrag vollständig?“ "
            + "(GW_Complete): die Wahrscheinlichkeiten (ppbe:probability) der ausgehenden Flüsse "
            + "ergeben 90 % statt 100 %.")
        .contains("Ergebnis: 2 Dateien geprüft, 1 Fehler, 0 Warnungen – bitte die Fehler beheben.")
        .doesNotContain("notiz.txt");
  }

  @Test
  void unreadableOrMissingFilesAreErrors() throws IOException {
    Path broken = dir.resolve("kaputt.bpmn");
    Files.writeString(broken, "<definitions>kein BPMN");
    assertThat(ModelCheckCommand.run(broken.toString(), out)).isEqualTo(ModelCheckCommand.ERRORS);
    assertThat(output()).contains("kaputt.bpmn: FEHLER – keine lesbare BPMN-2.0-Datei");

    assertThat(ModelCheckCommand.run(dir.resolve("fehlt.bpmn").toString(), out))
        .isEqualTo(ModelCheckCommand.ERRORS);
    assertThat(output()).contains("fehlt.bpmn gibt es nicht.");
    assertThat(ModelCheckCommand.run("", out)).isEqualTo(ModelCheckCommand.USAGE);
  }

  @Test
  void theOptionIsFoundAmongTheArguments() {
    assertThat(ModelCheckCommand.target(new String[] {"--check-models=bpmn/"})).contains("bpmn/");
    assertThat(ModelCheckCommand.target(new String[] {"--x", "--check-models", "a.bpmn"}))
        .contains("a.bpmn");
    assertThat(ModelCheckCommand.target(new String[] {"--server.port=9000"})).isEmpty();
  }
}
