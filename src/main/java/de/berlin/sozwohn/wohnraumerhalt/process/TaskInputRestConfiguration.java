package de.berlin.sozwohn.wohnraumerhalt.process;

import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/** Registers {@link TaskInputErrorMapper} with Camunda's REST API ({@code /engine-rest}). */
@Component
public class TaskInputRestConfiguration implements ResourceConfigCustomizer {

  @Override
  public void customize(ResourceConfig config) {
    config.register(TaskInputErrorMapper.class);
  }
}
