package de.berlin.sozwohn.wohnraumerhalt.support;

/** The Camunda webapps in tests that share a JVM with other Spring contexts. */
public final class Webapps {

  /**
   * The webapps keep their runtime delegates (plugin registry, engine lookup) in JVM-wide statics.
   * In the full suite, test classes with their own (later closed) Spring context leave them
   * pointing at that context, and the webapps of the shared context answer 500 (Tasklist login,
   * pages). One application per JVM, as in production, never sees this; a test that uses the
   * webapps gives them fresh delegates, as the application does at start.
   */
  public static void freshRuntimeDelegates() {
    org.camunda.bpm.tasklist.Tasklist.setTasklistRuntimeDelegate(
        new org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate());
    org.camunda.bpm.cockpit.Cockpit.setCockpitRuntimeDelegate(
        new org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate());
    org.camunda.bpm.admin.Admin.setAdminRuntimeDelegate(
        new org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate());
    org.camunda.bpm.welcome.Welcome.setRuntimeDelegate(
        new org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate());
  }

  private Webapps() {}
}
