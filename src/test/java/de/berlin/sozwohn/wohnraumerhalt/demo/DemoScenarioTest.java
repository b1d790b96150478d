package de.berlin.sozwohn.wohnraumerhalt.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import de.berlin.sozwohn.wohnraumerhalt.demo.CasePlan.Eviction;
import de.berlin.sozwohn.wohnraumerhalt.demo.CasePlan.Reaction;
import de.berlin.sozwohn.wohnraumerhalt.intake.NoticeValidator;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoScenarioTest {

  static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar();
  static final LocalDate FROM = LocalDate.of(2025, 9, 21);
  static final LocalDate UNTIL = LocalDate.of(2026, 11, 21);

  final List<CasePlan> plans = DemoScenario.plan(20260302L, FROM, UNTIL, 220, CALENDAR);

  @Test
  void theSameSeedAndDatesGiveTheSameWorld() {
    assertThat(DemoScenario.plan(20260302L, FROM, UNTIL, 220, CALENDAR)).isEqualTo(plans);
    assertThat(DemoScenario.plan(7L, FROM, UNTIL, 220, CALENDAR)).isNotEqualTo(plans);
  }

  @Test
  void householdsOfSeveralDistrictsArriveOnWorkingDaysInOrder() {
    assertThat(plans).hasSize(220);
    Set<String> districts = plans.stream().map(CasePlan::district).collect(Collectors.toSet());
    assertThat(districts).contains("mitte", "neukoelln").hasSizeGreaterThanOrEqualTo(4);
    assertThat(plans).allSatisfy(plan -> {
      assertThat(plan.enteredOn()).isAfterOrEqualTo(FROM).isBefore(UNTIL);
      assertThat(CALENDAR.isWorkingDay(plan.enteredOn())).isTrue();
    });
    assertThat(plans).isSortedAccordingTo((a, b) -> a.enteredOn().compareTo(b.enteredOn()));
  }

  @Test
  void everyNoticePassesTheIntakeValidationOnTheDayItIsEntered() {
    for (CasePlan plan : plans) {
      if (plan.courtNotice() != null) {
        assertThat(validator(plan.enteredOn()).validate(plan.courtNotice())).as(plan.toString()).isEmpty();
      }
      Eviction eviction = plan.eviction();
      if (eviction != null) {
        assertThat(validator(eviction.enteredOn()).validate(eviction.notice())).as(plan.toString()).isEmpty();
        assertThat(eviction.evictionAt().toLocalDate()).isAfter(eviction.enteredOn());
      }
    }
    List<String> files = plans.stream().filter(p -> p.courtNotice() != null)
        .map(p -> p.courtNotice().courtFileNumber()).toList();
    assertThat(files).doesNotHaveDuplicates();
  }

  @Test
  void theStoriesAreMixedAsInAFachstelle() {
    assertThat(plans.stream().map(p -> p.outreach().reaction()).collect(Collectors.toSet()))
        .containsAll(Set.of(Reaction.values()));
    long late = plans.stream().filter(p -> !p.openedByBailiff() && p.outreach().letterDelay() > 3).count();
    long onTime = plans.stream().filter(p -> !p.openedByBailiff() && p.outreach().letterDelay() <= 3).count();
    assertThat(late).isPositive().isLessThan(onTime / 3);
    assertThat(plans.stream().filter(CasePlan::openedByBailiff).count()).isBetween(5L, 40L);
    List<Eviction> evictions = plans.stream().map(CasePlan::eviction).filter(Objects::nonNull).toList();
    assertThat(evictions.size()).isBetween(30, 90);
    assertThat(evictions).anyMatch(e -> e.attend() && e.attended() && e.carriedOut())
        .anyMatch(e -> e.attend() && !e.carriedOut());
    assertThat(plans).anyMatch(p -> p.outreach().visit1Staff() == 1)
        .anyMatch(p -> p.outreach().visit1Staff() == 2);
  }

  @Test
  void mitteAndNeukoellnHaveABacklogOfLettersForToday() {
    LocalDate twoWeeksAgo = UNTIL.minusDays(14);
    for (String district : DemoScenario.BACKLOG_DISTRICTS) {
      // received more than three working days ago, letter planned after today: overdue today
      assertThat(plans).anyMatch(p -> p.district().equals(district) && !p.openedByBailiff()
          && p.enteredOn().isAfter(twoWeeksAgo)
          && CALENDAR.workingDaysBetween(p.enteredOn(), UNTIL) > 3
          && CALENDAR.addWorkingDays(p.enteredOn(), p.outreach().letterDelay()).isAfter(UNTIL));
    }
  }

  @Test
  void aSmallWorldStillHasTheBacklog() {
    List<CasePlan> small = DemoScenario.plan(1L, UNTIL.minusMonths(2), UNTIL, 20, CALENDAR);
    assertThat(small).hasSize(20);
    assertThat(small).anyMatch(p -> p.district().equals("mitte") && p.outreach().letterDelay() > 20);
  }

  private static NoticeValidator validator(LocalDate today) {
    return new NoticeValidator(() -> today, Period.ofYears(1), ZoneId.of("Europe/Berlin"));
  }
}
