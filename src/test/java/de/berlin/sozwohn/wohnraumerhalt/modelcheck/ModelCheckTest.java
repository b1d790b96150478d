package de.berlin.sozwohn.wohnraumerhalt.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The model check in the build: every model in bpmn/ follows the Berlin modelling convention. */
class ModelCheckTest {

  static Stream<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      List<Path> models = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
      assertThat(models).isNotEmpty();
      return models.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void hasNoErrors(Path model) throws IOException {
    List<Finding> findings;
    try (InputStream in = Files.newInputStream(model)) {
      findings = new ModelChecker().check(in);
    }
    assertThat(findings).filteredOn(Finding::isError).extracting(Finding::toGerman).isEmpty();
  }

  @Test
  void theMainModelHasNoWarningsEither() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("bpmn/wohnraumerhalt.bpmn"))) {
      assertThat(new ModelChecker().check(in)).extracting(Finding::toGerman).isEmpty();
    }
  }
}
