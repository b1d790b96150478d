package de.berlin.sozwohn.wohnraumerhalt.indicators.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortFiguresTest {

  static final Period H1 = Period.of("2026-01-01", "2026-06-30");

  static CaseFacts courtCase(String key, String district, String received, List<HomeVisit> visits,
      String outcome, Boolean stillHoused) {
    LocalDate on = LocalDate.parse(received);
    return new CaseFacts(key, district, on, on.plusDays(2), on.plusDays(9), null, null, visits,
        outcome == null ? null : on.plusMonths(2), outcome,
        stillHoused == null ? null : on.plusMonths(14), stillHoused);
  }

  static HomeVisit visit(int number, String on, Integer staff) {
    return new HomeVisit(number, LocalDate.parse(on), staff, true);
  }

  @Test
  void countsTheCasesReceivedInThePeriodOfTheDistrict() {
    List<CaseFacts> facts = List.of(
        courtCase("a", "mitte", "2026-02-02", List.of(visit(1, "2026-02-10", 2),
            visit(2, "2026-02-20", 1)), "housing-retained", true),
        courtCase("b", "mitte", "2026-03-02", List.of(visit(1, "2026-03-10", 2)),
            "moved-out", false),
        courtCase("c", "mitte", "2026-04-01", List.of(visit(1, "2026-04-10", null)), null, null),
        // received before the period: letter in the period, but not part of this cohort
        courtCase("d", "mitte", "2025-12-30", List.of(visit(1, "2026-01-08", 2)),
            "housing-retained", true),
        courtCase("e", "pankow", "2026-02-02", List.of(), "housing-retained", null));

    CohortFigures mitte = CohortFigures.of(H1, facts, "mitte");

    assertThat(mitte.cases()).isEqualTo(3);
    assertThat(mitte.visits()).isEqualTo(4);
    assertThat(mitte.visitsInPairs()).isEqualTo(2);
    assertThat(mitte.pairsPercent()).isEqualByComparingTo(new BigDecimal("50.0"));
    assertThat(mitte.closed()).isEqualTo(2);
    assertThat(mitte.outcomes()).containsEntry("housing-retained", 1).containsEntry("moved-out", 1);
    assertThat(mitte.followUps()).isEqualTo(2);
    assertThat(mitte.stillHoused()).isEqualTo(1);
    assertThat(mitte.stillHousedPercent()).isEqualByComparingTo(new BigDecimal("50.0"));

    CohortFigures berlin = CohortFigures.of(H1, facts, null);
    assertThat(berlin.cases()).isEqualTo(4);
    assertThat(berlin.outcomes()).containsEntry("housing-retained", 2);
    assertThat(berlin.followUps()).isEqualTo(2);
  }

  @Test
  void withoutVisitsOrFollowUpsThereIsNoShare() {
    CohortFigures none = CohortFigures.of(H1, List.of(), "mitte");
    assertThat(none.cases()).isZero();
    assertThat(none.pairsPercent()).isNull();
    assertThat(none.stillHousedPercent()).isNull();
    assertThat(none.outcomes()).isEmpty();
  }
}
