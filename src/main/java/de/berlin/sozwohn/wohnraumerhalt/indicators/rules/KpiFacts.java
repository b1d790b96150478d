package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import java.util.List;

/**
 * The recorded facts a report is computed from. May hold more than the period needs (the rules
 * pick what belongs to it) and must hold every district that the report shows – for Berlin all of
 * them.
 */
public record KpiFacts(
    List<CaseFacts> cases,
    List<EvictionNoticeFacts> notices,
    List<AccessStandards> selfReports,
    List<StaffSurvey> surveys) {

  public KpiFacts {
    cases = List.copyOf(cases);
    notices = List.copyOf(notices);
    selfReports = List.copyOf(selfReports);
    surveys = List.copyOf(surveys);
  }
}
