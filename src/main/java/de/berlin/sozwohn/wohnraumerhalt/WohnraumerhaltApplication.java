package de.berlin.sozwohn.wohnraumerhalt;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Wohnraumerhalt: the prevention procedure of Berlin's Fachstellen Soziale Wohnhilfe on an embedded
 * Camunda 7 engine. Models come from {@code bpmn/}, forms from {@code forms/}.
 */
@SpringBootApplication
@EnableProcessApplication("wohnraumerhalt")
@ConfigurationPropertiesScan
public class WohnraumerhaltApplication {

  public static void main(String[] args) {
    SpringApplication.run(WohnraumerhaltApplication.class, args);
  }
}
