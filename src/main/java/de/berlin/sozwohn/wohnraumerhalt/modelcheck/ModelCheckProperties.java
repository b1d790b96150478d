package de.berlin.sozwohn.wohnraumerhalt.modelcheck;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code wohnraumerhalt.model-check.*}.
 *
 * @param onDeploy what the check does when a model is deployed: {@code enforce} (default: a model
 *     with errors is refused), {@code warn} (errors are logged, the model is deployed) or {@code off}
 */
@ConfigurationProperties("wohnraumerhalt.model-check")
public record ModelCheckProperties(@DefaultValue("enforce") OnDeploy onDeploy) {

  public enum OnDeploy { ENFORCE, WARN, OFF }
}
