package de.berlin.sozwohn.wohnraumerhalt.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Profiles of every Spring test: {@code test}, plus {@code test-postgres} when the suite runs
 * against PostgreSQL ({@code -Dwohnraumerhalt.test.db=postgres}).
 */
public class TestProfiles implements ActiveProfilesResolver {

  public static boolean onPostgres() {
    return "postgres".equalsIgnoreCase(System.getProperty("wohnraumerhalt.test.db", "h2"));
  }

  @Override
  public String[] resolve(Class<?> testClass) {
    return onPostgres() ? new String[] {"test", "test-postgres"} : new String[] {"test"};
  }
}
