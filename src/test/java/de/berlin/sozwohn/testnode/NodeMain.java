package de.berlin.sozwohn.testnode;

import de.berlin.sozwohn.wohnraumerhalt.WohnraumerhaltApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * One application node of the cluster tests ({@code de.berlin.sozwohn.wohnraumerhalt.cluster}),
 * started by them in a JVM of its own: the real application plus {@link NodeClockController}, the
 * test's hand on the engine clock. The package lies outside the application's component scan, so
 * no other test context picks the controller up.
 *
 * <p>{@code -Dnode.clock=2026-03-06T08:00} sets the engine clock (Berlin local time) before the
 * application starts – before its job executor looks for due timers, as after a night in which the
 * application was down. The clock runs on from there.
 */
public final class NodeMain {

  public static void main(String[] args) {
    String clock = System.getProperty("node.clock");
    if (clock != null && !clock.isBlank()) {
      NodeClockController.moveTo(clock);
    }
    new SpringApplicationBuilder(WohnraumerhaltApplication.class, NodeClockController.class)
        .run(args);
  }

  private NodeMain() {}
}
