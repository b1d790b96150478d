package de.berlin.sozwohn.wohnraumerhalt;

import de.berlin.sozwohn.wohnraumerhalt.modelcheck.ModelCheckCommand;
import java.util.Optional;
import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Wohnraumerhalt: the prevention procedure of Berlin's Fachstellen Soziale Wohnhilfe on an embedded
 * Camunda 7 engine. Models come from {@code bpmn/}, forms from {@code forms/}.
 */
@SpringBootApplication
@EnableProcessApplication("wohnraumerhalt")
@ConfigurationPropertiesScan
@EnableScheduling
public class WohnraumerhaltApplication {

  public static void main(String[] args) {
    // --check-models=<file|folder>: the model check as a command, without starting the application
    Optional<String> models = ModelCheckCommand.target(args);
    if (models.isPresent()) {
      System.exit(ModelCheckCommand.run(models.get()));
    }
    SpringApplication.run(WohnraumerhaltApplication.class, args);
  }
}
