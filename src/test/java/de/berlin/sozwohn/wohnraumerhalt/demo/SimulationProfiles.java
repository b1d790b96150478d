package de.berlin.sozwohn.wohnraumerhalt.demo;

import de.berlin.sozwohn.wohnraumerhalt.support.TestProfiles;
import java.util.ArrayList;
import java.util.List;

/** The test profiles plus {@code simulation}. */
public class SimulationProfiles extends TestProfiles {

  @Override
  public String[] resolve(Class<?> testClass) {
    List<String> profiles = new ArrayList<>(List.of(super.resolve(testClass)));
    profiles.add("simulation");
    return profiles.toArray(String[]::new);
  }
}
