package de.berlin.sozwohn.wohnraumerhalt.security;

/** Camunda groups of SPEC §8 that are not per district. */
public final class Roles {
  public static final String ADMIN = "camunda-admin";
  public static final String PROCESS_OWNER = "prozessverantwortung";
  public static final String GPM = "gpm";
  public static final String MONITORING = "monitoring";

  private Roles() {}
}
