package de.berlin.sozwohn.wohnraumerhalt.process;

import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.support.AppTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The process application deploys every form of {@code forms/} on start (META-INF/processes.xml,
 * {@code additionalResourceSuffixes=form}); without that, Tasklist shows only "Form failure".
 */
@AppTest
class FormsDeploymentTest {

  @Autowired RepositoryService repositoryService;

  @Test
  void everyFormIsDeployedByTheProcessApplication() throws IOException {
    List<String> deployed = repositoryService.createDeploymentQuery().list().stream()
        .filter(d -> "wohnraumerhalt".equals(d.getName()))
        .map(Deployment::getId)
        .flatMap(id -> repositoryService.getDeploymentResourceNames(id).stream())
        .toList();
    List<String> forms;
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      forms = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".form")).toList();
    }
    // ten case-work forms, two notice entry start forms, the case event and correction start
    // forms, the self-report of the access standards and the half-year report
    assertThat(forms).hasSize(16);
    for (String form : forms) {
      assertThat(deployed).as(form).contains("forms/" + form);
    }
  }
}
