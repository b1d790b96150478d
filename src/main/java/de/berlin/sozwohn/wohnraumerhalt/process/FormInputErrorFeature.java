package de.berlin.sozwohn.wohnraumerhalt.process;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Registers {@link FormInputErrorMapper} and {@link TenantCheckErrorMapper} with every Jersey application: Camunda's REST API at
 * {@code /engine-rest} (Spring Boot's Jersey) and the webapps' engine API at {@code
 * /camunda/api/engine} that Tasklist uses. The webapps' API is a plain JAX-RS application that the
 * starter registers as a servlet, out of reach of Spring's {@code ResourceConfigCustomizer}; Jersey
 * applies a {@link ForcedAutoDiscoverable} (listed in {@code META-INF/services}) to each
 * application it starts, also where auto-discovery is switched off.
 */
public class FormInputErrorFeature implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(FormInputErrorMapper.class)) {
      context.register(FormInputErrorMapper.class);
    }
    for (Class<?> mapper : TenantCheckErrorMapper.MAPPERS) {
      if (!context.getConfiguration().isRegistered(mapper)) {
        context.register(mapper);
      }
    }
  }
}
