package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One home visit of a case (SPEC §3 step 4).
 *
 * @param number 1 for {@code HomeVisit1}, 2 for {@code HomeVisit2}
 * @param staffCount 1 or 2 (visits should be made in pairs); null when not recorded
 */
public record HomeVisit(int number, LocalDate visitedOn, Integer staffCount, boolean contactMade) {

  public HomeVisit {
    Objects.requireNonNull(visitedOn, "visitedOn");
  }

  public boolean inPairs() {
    return staffCount != null && staffCount >= 2;
  }
}
