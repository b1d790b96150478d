package de.berlin.sozwohn.wohnraumerhalt.casework;

/** Only the district's team lead or an administrator may do this (403). */
public class TeamLeadOnlyException extends RuntimeException {

  public TeamLeadOnlyException(String what) {
    super(what + " dürfen nur die Fachstellenleitung des Bezirks und die Administration erfassen.");
  }
}
