package de.berlin.sozwohn.wohnraumerhalt.process;

import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Registers the exception mappers of Camunda's REST API ({@code /engine-rest}): {@link
 * TaskInputErrorMapper} and {@link TenantCheckErrorMapper}. The one place to register them.
 */
@Component
public class TaskInputRestConfiguration implements ResourceConfigCustomizer {

  @Override
  public void customize(ResourceConfig config) {
    config.register(TaskInputErrorMapper.class);
    config.registerClasses(TenantCheckErrorMapper.MAPPERS.toArray(Class<?>[]::new));
  }
}
