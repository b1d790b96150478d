package de.berlin.sozwohn.wohnraumerhalt.cockpit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The Cockpit plugin "Wohnraumerhalt": pages "Kennzahlen" (indicators against their corridor, with
 * a half-year trend) and "Personalbedarf" (PPBE, model against history, with a "what if" case
 * volume). Assets in {@code plugin-webapp/wohnraumerhalt/app/}; data from
 * {@link CockpitPluginResource} under {@code /camunda/api/cockpit/plugin/wohnraumerhalt/}. Listed in
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}.
 */
public class WohnraumerhaltCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "wohnraumerhalt";

  @Override
  public String getId() {
    return ID;
  }

  /** Without a root resource Cockpit serves none of the plugin's assets (404). */
  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(CockpitPluginResource.class);
  }
}
