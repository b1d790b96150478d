package de.berlin.sozwohn.wohnraumerhalt.demo;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo world ({@code demo.*}). Generated once, on the first start of a database, and only
 * where the demo users exist ({@code wohnraumerhalt.demo.users=true}).
 *
 * @param history generate a history of simulated cases on the first start ({@code
 *     --demo.history=false}: demo users only, empty engine); on in the embedded default, off in the
 *     production profile and in tests
 * @param cases how many households the demo world has (court and bailiff notices together)
 * @param span how far back the simulation starts; a little more than a year, so that a few cases
 *     closed over twelve months ago have reached their follow-up check
 * @param seed seed of the random choices: the same seed and the same day give the same world
 */
@ConfigurationProperties("demo")
public record DemoProperties(
    @DefaultValue("false") boolean history,
    @DefaultValue("180") int cases,
    @DefaultValue("P14M") Period span,
    @DefaultValue("20260302") long seed) {

  public DemoProperties {
    if (cases < 1) {
      throw new IllegalArgumentException("demo.cases must be at least 1, was " + cases);
    }
    if (span == null || span.isNegative() || span.isZero()) {
      throw new IllegalArgumentException("demo.span must be a positive period such as P14M, was " + span);
    }
  }
}
