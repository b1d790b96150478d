package de.berlin.sozwohn.wohnraumerhalt.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import de.berlin.sozwohn.wohnraumerhalt.casework.CaseEventType;
import de.berlin.sozwohn.wohnraumerhalt.demo.CasePlan.Casework;
import de.berlin.sozwohn.wohnraumerhalt.demo.CasePlan.Eviction;
import de.berlin.sozwohn.wohnraumerhalt.demo.CasePlan.Reaction;
import de.berlin.sozwohn.wohnraumerhalt.intake.NoticeValidator;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoScenarioTest {

  static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar();
  static final LocalDate FROM = LocalDate.of(2025, 9, 21);
  static final LocalDate UNTIL = LocalDate.of(2026, 11, 21);

  final List<CasePlan> plans = DemoScenario.plan(20260302L, FROM, UNTIL, 220, CALENDAR);

  /**
   * The world of DemoHistoryTest: 48 households in three months, follow-up after two months (the
   * smallest world with the whole morning's work, {@link DemoScenario#morningPerDistrict}).
   */
  static final int SMALL_CASES = 48;
  static final String SMALL_SPAN = "P3M";
  static final String SMALL_FOLLOW_UP = "P2M";

  /** The tasks the morning's cases wait at (the backlog adds SendCourtLetter and RecordContact). */
  static final Set<String> MORNING_TASKS = Set.of(ProcessKeys.TASK_HOME_VISIT_1,
      ProcessKeys.TASK_HOME_VISIT_2, ProcessKeys.TASK_COUNSELLING, ProcessKeys.TASK_CLOSE_CASE,
      ProcessKeys.TASK_SEND_EVICTION_LETTER, ProcessKeys.TASK_DECIDE_EVICTION_ATTENDANCE,
      ProcessKeys.TASK_ATTEND_EVICTION, ProcessKeys.TASK_FOLLOW_UP);

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
          && CALENDAR.workingDaysBetween(p.enteredOn(), UNTIL) > 3 && p.outreach().letterDelay() > 0
          && CALENDAR.addWorkingDays(p.enteredOn(), p.outreach().letterDelay()).isAfter(UNTIL));
    }
  }

  @Test
  void mitteAndNeukoellnHaveCasesWaitingAtEveryKindOfTask() {
    LocalDate lastDay = lastWorkingDayBefore(UNTIL);
    for (String district : DemoScenario.BACKLOG_DISTRICTS) {
      List<CasePlan> morning = plans.stream()
          .filter(p -> p.district().equals(district) && p.openToday() != null).toList();
      assertThat(morning).extracting(CasePlan::openToday).containsAll(MORNING_TASKS);
      assertThat(morning).allSatisfy(p -> {
        // recent cases (but the follow-up), never part of a case event
        assertThat(p.casework()).isEqualTo(Casework.NONE);
        if (!p.openToday().equals(ProcessKeys.TASK_FOLLOW_UP)) {
          assertThat(CALENDAR.workingDaysBetween(p.enteredOn(), lastDay)).as(p.toString())
              .isBetween(0, 15);
        }
      });
      // one home visit overdue: its letter (the day of entry) more than 10 working days ago
      assertThat(morning).anyMatch(p -> p.openToday().equals(ProcessKeys.TASK_HOME_VISIT_1)
          && CALENDAR.addWorkingDays(p.enteredOn(), 10).isBefore(lastDay));
      // and one due in the next days
      assertThat(morning).anyMatch(p -> p.openToday().equals(ProcessKeys.TASK_HOME_VISIT_1)
          && !CALENDAR.addWorkingDays(p.enteredOn(), 10).isBefore(UNTIL));
      // the eviction to attend lies ahead; the follow-up case was closed over a year ago
      assertThat(morning).filteredOn(p -> p.openToday().equals(ProcessKeys.TASK_ATTEND_EVICTION))
          .allSatisfy(p -> {
            assertThat(p.eviction().evictionAt().toLocalDate()).isAfter(lastDay);
            assertThat(p.eviction().attend()).isTrue();
          });
      assertThat(morning).filteredOn(p -> p.openToday().equals(ProcessKeys.TASK_FOLLOW_UP))
          .allSatisfy(p -> assertThat(p.enteredOn()).isBefore(lastDay.minusMonths(12)));
    }
    // only where the demo caseworkers work
    assertThat(plans).filteredOn(p -> p.openToday() != null)
        .allSatisfy(p -> assertThat(DemoScenario.BACKLOG_DISTRICTS).contains(p.district()));
  }

  @Test
  void aSmallWorldStillHasTheBacklog() {
    List<CasePlan> small = DemoScenario.plan(1L, UNTIL.minusMonths(2), UNTIL, 20, CALENDAR);
    assertThat(small).hasSize(20);
    assertThat(small).anyMatch(p -> p.district().equals("mitte") && p.outreach().letterDelay() > 20);
  }

  // ------------------------------------------------------------------ casework (SPEC §3 steps 8–9)

  /** The case events the demo plays: all but entered-in-error, which is a team lead's correction. */
  static final Set<CaseEventType> PLAYED = EnumSet.complementOf(EnumSet.of(
      CaseEventType.ENTERED_IN_ERROR));

  @Test
  void casesLeaveTheTextbookPathInPlausibleSharesAcrossTheDistricts() {
    Map<CaseEventType, Long> events = plans.stream().map(p -> p.casework().event())
        .filter(Objects::nonNull).collect(Collectors.groupingBy(e -> e, Collectors.counting()));
    assertThat(events.keySet()).isEqualTo(PLAYED);
    assertThat(events.get(CaseEventType.TRANSFERRED)).isEqualTo(1);
    long courtCases = plans.stream().filter(p -> !p.openedByBailiff()).count();
    long settled = events.get(CaseEventType.ARREARS_SETTLED) + events.get(CaseEventType.LAWSUIT_WITHDRAWN);
    assertThat(settled).isBetween(courtCases / 30, courtCases / 6);
    assertThat(events.get(CaseEventType.ARREARS_SETTLED))
        .isGreaterThanOrEqualTo(events.get(CaseEventType.LAWSUIT_WITHDRAWN));
    long evictions = plans.stream().filter(p -> p.eviction() != null).count();
    long evictionEvents = events.get(CaseEventType.HOUSEHOLD_MOVED)
        + events.get(CaseEventType.EVICTION_CALLED_OFF) + events.get(CaseEventType.EVICTION_POSTPONED);
    assertThat(evictionEvents).isBetween(evictions / 8, evictions / 2);
    long beforeLetter = plans.stream()
        .filter(p -> p.outreach().reaction() == Reaction.BEFORE_LETTER).count();
    assertThat(beforeLetter).isBetween(courtCases / 40, courtCases / 8);
    // not only in the districts of the demo users
    assertThat(plans.stream().filter(p -> p.casework().event() != null
            || p.outreach().reaction() == Reaction.BEFORE_LETTER)
        .map(CasePlan::district).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(5);
    // the demo users' districts each show every kind, on a simulated day
    LocalDate lastDay = lastWorkingDayBefore(UNTIL);
    for (String district : DemoScenario.EVENT_DISTRICTS) {
      for (CaseEventType type : PLAYED) {
        if (type != CaseEventType.TRANSFERRED) {
          assertThat(plans).as(type + " in " + district).anyMatch(p -> p.district().equals(district)
              && p.casework().event() == type && !playedOn(p, type).isAfter(lastDay));
        }
      }
    }
    assertThat(plans.stream().filter(p -> p.casework().letterDateCorrected()).toList())
        .singleElement().satisfies(p -> {
          assertThat(p.district()).isEqualTo("mitte");
          assertThat(p.casework().event()).isNull();
          assertThat(p.outreach().letterDelay()).isBetween(1, 3);
        });
  }

  @Test
  void everyEventFitsItsCase() {
    LocalDate lastDay = lastWorkingDayBefore(UNTIL);
    for (CasePlan plan : plans) {
      Casework casework = plan.casework();
      if (casework.event() == null) {
        continue;
      }
      switch (casework.event()) {
        case LAWSUIT_WITHDRAWN, ARREARS_SETTLED -> {
          // while the outreach waits: a lawsuit without a bailiff notice, a household the letter
          // does not reach
          assertThat(plan.openedByBailiff()).as(plan.toString()).isFalse();
          assertThat(plan.eviction()).as(plan.toString()).isNull();
          assertThat(plan.outreach().reaction()).as(plan.toString()).isIn(Reaction.AT_VISIT_1,
              Reaction.AT_VISIT_2, Reaction.AFTER_VISITS, Reaction.NEVER);
          assertThat(casework.days()).isBetween(1, 5);
        }
        case HOUSEHOLD_MOVED, EVICTION_CALLED_OFF, EVICTION_POSTPONED -> {
          Eviction eviction = plan.eviction();
          assertThat(eviction).as(plan.toString()).isNotNull();
          LocalDate day = DemoScenario.evictionEventDay(eviction.enteredOn(),
              eviction.evictionAt().toLocalDate(), casework.days(), CALENDAR);
          assertThat(day).isAfter(eviction.enteredOn())
              .isBeforeOrEqualTo(eviction.evictionAt().toLocalDate());
          assertThat(casework.postponedBy() > 0)
              .isEqualTo(casework.event() == CaseEventType.EVICTION_POSTPONED);
        }
        case TRANSFERRED -> {
          // a notice for an address in Neukölln reached Mitte, shortly before today
          assertThat(plan.district()).isEqualTo("mitte");
          assertThat(casework.toDistrict()).isEqualTo("neukoelln");
          assertThat(plan.openedByBailiff()).isFalse();
          assertThat(plan.eviction()).isNull();
          assertThat(plan.courtNotice().court()).isEqualTo("Amtsgericht Neukölln");
          assertThat(plan.courtNotice().household().postalCode()).startsWith("12");
          assertThat(CALENDAR.addWorkingDays(plan.enteredOn(), 1 + DemoScenario.TRANSFER_MARGIN))
              .isBeforeOrEqualTo(lastDay);
          assertThat(plan.outreach().reaction()).isNotEqualTo(Reaction.BEFORE_LETTER);
        }
        default -> throw new AssertionError("not played by the demo: " + casework.event());
      }
    }
    assertThat(plans).filteredOn(p -> p.outreach().reaction() == Reaction.BEFORE_LETTER)
        .allSatisfy(p -> assertThat(p.openedByBailiff()).isFalse())
        .allSatisfy(p -> assertThat(p.outreach().contactDelay()).isBetween(0, 1));
  }

  @Test
  void aSmallWorldStillShowsEveryEventAndEveryTaskToTheDemoUsers() {
    // the world of DemoHistoryTest, on several days
    for (int shift = 0; shift < 366; shift += 5) {
      LocalDate until = UNTIL.plusDays(shift);
      List<CasePlan> small = DemoScenario.plan(20260302L, until.minus(Period.parse(SMALL_SPAN)),
          until, SMALL_CASES, CALENDAR, Period.parse(SMALL_FOLLOW_UP));
      assertThat(small).hasSize(SMALL_CASES);
      LocalDate lastDay = lastWorkingDayBefore(until);
      for (String district : DemoScenario.BACKLOG_DISTRICTS) {
        assertThat(small).as("the morning's work in " + district + " until " + until)
            .filteredOn(p -> p.district().equals(district) && p.openToday() != null)
            .extracting(CasePlan::openToday).containsAll(MORNING_TASKS);
      }
      for (CaseEventType type : PLAYED) {
        assertThat(small).as(type + " until " + until).anyMatch(p ->
            p.casework().event() == type
                && (type == CaseEventType.TRANSFERRED || DemoScenario.EVENT_DISTRICTS.contains(p.district()))
                && !playedOn(p, type).isAfter(lastDay));
      }
      assertThat(small).as("contact before the letter until " + until).anyMatch(p ->
          p.outreach().reaction() == Reaction.BEFORE_LETTER
              && DemoScenario.EVENT_DISTRICTS.contains(p.district()));
      assertThat(small).as("correction until " + until)
          .anyMatch(p -> p.casework().letterDateCorrected() && p.district().equals("mitte"));
      for (CasePlan plan : small) {
        if (plan.eviction() != null) {
          assertThat(validator(plan.eviction().enteredOn()).validate(plan.eviction().notice()))
              .as(plan.toString()).isEmpty();
        }
      }
    }
  }

  /** The latest day the event of the plan can be played (the letter on its planned day). */
  private static LocalDate playedOn(CasePlan plan, CaseEventType type) {
    int days = plan.casework().days();
    return switch (type) {
      case LAWSUIT_WITHDRAWN, ARREARS_SETTLED -> {
        LocalDate receivedOn = LocalDate.parse(plan.courtNotice().receivedOn());
        int letterDelay = plan.outreach().letterDelay();
        LocalDate due = letterDelay == 0 ? receivedOn : CALENDAR.addWorkingDays(receivedOn, letterDelay);
        yield CALENDAR.addWorkingDays(due.isBefore(plan.enteredOn()) ? plan.enteredOn() : due, days);
      }
      case TRANSFERRED -> CALENDAR.addWorkingDays(plan.enteredOn(), days);
      default -> DemoScenario.evictionEventDay(plan.eviction().enteredOn(),
          plan.eviction().evictionAt().toLocalDate(), days, CALENDAR);
    };
  }

  private static LocalDate lastWorkingDayBefore(LocalDate until) {
    LocalDate day = until.minusDays(1);
    while (!CALENDAR.isWorkingDay(day)) {
      day = day.minusDays(1);
    }
    return day;
  }

  private static NoticeValidator validator(LocalDate today) {
    return new NoticeValidator(() -> today, Period.ofYears(1), ZoneId.of("Europe/Berlin"));
  }
}
