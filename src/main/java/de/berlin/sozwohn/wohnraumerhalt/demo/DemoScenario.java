package de.berlin.sozwohn.wohnraumerhalt.demo;

import static de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys.*;

import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import de.berlin.sozwohn.wohnraumerhalt.casework.CaseEventType;
import de.berlin.sozwohn.wohnraumerhalt.demo.CasePlan.Casework;
import de.berlin.sozwohn.wohnraumerhalt.demo.CasePlan.Closure;
import de.berlin.sozwohn.wohnraumerhalt.demo.CasePlan.Eviction;
import de.berlin.sozwohn.wohnraumerhalt.demo.CasePlan.Outreach;
import de.berlin.sozwohn.wohnraumerhalt.demo.CasePlan.Reaction;
import de.berlin.sozwohn.wohnraumerhalt.intake.BailiffNoticeRequest;
import de.berlin.sozwohn.wohnraumerhalt.intake.CourtNoticeRequest;
import de.berlin.sozwohn.wohnraumerhalt.intake.HouseholdData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The demo world as a plan: households, their notices and how everybody reacts, drawn from one
 * seeded {@link Random} (same seed, same dates → same world). Plain Java; {@link
 * DemoHistoryGenerator} plays the plan through the real engine.
 *
 * <p>The proportions are invented but plausible for a Fachstelle: most letters within three
 * working days, some late; about a third of the households react to the letter, others are met at
 * a home visit or only later, a quarter never; bailiff notices follow some lawsuits and open a few
 * cases of their own; most evictions attended by the Fachstelle are carried out, some are called
 * off.
 *
 * <p>Casework leaves the textbook path as it does in a Fachstelle (SPEC §3 steps 8–9): some
 * households call before the letter went out, some lawsuits are withdrawn or the arrears paid
 * within the grace period while the Fachstelle still tries to reach the household, some households
 * move out before the eviction, bailiffs call evictions off or postpone them; one notice that Mitte
 * received for an address in Neukölln is handed over there, and Mitte's team lead corrects the date
 * of one letter. These choices come from a random of their own (same seed, same choices), so the
 * households, notices and delays drawn before stay as they were. Every kind occurs where the demo
 * users work: in Mitte and in Neukölln each from {@value #OWN_SHOWCASE} cases on, otherwise in
 * one of them – a small world may get a household's reaction changed or a bailiff notice added
 * for it.
 *
 * <p>Today's work (issue 14): fk.mitte and fk.neukoelln each find open tasks of every kind in
 * Tasklist in the morning – the letters of the backlog (some overdue), and cases planned to wait
 * at a home visit (one overdue), a second visit, counselling, a closure, an eviction letter, an
 * attendance decision, an eviction to attend and a follow-up ({@link Morning}). They are cases
 * like the others, entered through the intake and worked through the real process up to that
 * task; they take part in no case event.
 */
public final class DemoScenario {

  /** The districts of the demo world and their share of the cases. */
  static final Map<String, Double> DISTRICT_WEIGHTS = new LinkedHashMap<>();

  static {
    DISTRICT_WEIGHTS.put("mitte", 0.28);
    DISTRICT_WEIGHTS.put("neukoelln", 0.24);
    DISTRICT_WEIGHTS.put("friedrichshain-kreuzberg", 0.14);
    DISTRICT_WEIGHTS.put("spandau", 0.12);
    DISTRICT_WEIGHTS.put("lichtenberg", 0.11);
    DISTRICT_WEIGHTS.put("marzahn-hellersdorf", 0.11);
  }

  /**
   * Districts with a demo caseworker (fk.mitte, fk.neukoelln) get a small backlog: notices of the
   * last two weeks whose letter is not written yet, one of them overdue – work for today; and the
   * rest of a morning's work ({@link Morning}).
   */
  static final List<String> BACKLOG_DISTRICTS = List.of("mitte", "neukoelln");
  /** Working days before today in which the backlog arrived. */
  static final int BACKLOG_DAYS = 10;

  /**
   * The rest of a caseworker's morning in the districts of the demo caseworkers: besides the
   * letters of the backlog, a case waiting at each other kind of task – a home visit (one
   * overdue), a second visit, counselling, a closure, the three steps of a bailiff notice
   * (letter, decision, attendance) and a follow-up. Each case is planned so that it reaches its
   * task a few working days before today ({@link CasePlan#openToday()}). In this order a small
   * world gets fewer of them (see {@link #morningPerDistrict}).
   */
  enum Morning {
    /** HomeVisit1, due in a few days (entered 7 working days ago, the appointment has passed). */
    HOME_VISIT(7),
    /** Counselling after the household called (entered 4 working days ago). */
    COUNSELLING(4),
    /** CloseCase after counselling (entered 8 working days ago). */
    CLOSURE(8),
    /** SendEvictionLetter: a bailiff notice of yesterday opened the case. */
    EVICTION_LETTER(1),
    /** DecideEvictionAttendance: the eviction letter went out 3 working days ago. */
    EVICTION_DECISION(3),
    /** AttendEviction: the eviction the Fachstelle attends is 2 working days after yesterday. */
    EVICTION_ATTENDANCE(12),
    /** HomeVisit2 after a first visit without contact (entered 10 working days ago). */
    SECOND_HOME_VISIT(10),
    /** FollowUp: the case was closed a little more than the follow-up period ago. */
    FOLLOW_UP(-1),
    /** HomeVisit1 overdue: entered 13 working days ago, due 10 working days after the letter. */
    HOME_VISIT_OVERDUE(13);

    /** Working days before the last simulated day on which the case is entered; -1: computed. */
    final int daysBack;

    Morning(int daysBack) {
      this.daysBack = daysBack;
    }
  }

  /**
   * Working days from closing the follow-up case to the last simulated day, beyond the follow-up
   * period (the check has been waiting for about a week), and from its notice to the closure.
   */
  static final int FOLLOW_UP_WAITING = 5;
  static final int FOLLOW_UP_CASE_DAYS = 6;
  /** Working days from the last simulated day to the eviction the Fachstelle attends. */
  static final int ATTENDANCE_AHEAD = 2;

  /** Share of cases opened by a bailiff notice without a lawsuit known to the Fachstelle. */
  static final double OPENED_BY_BAILIFF = 0.07;
  /** Share of court cases that a bailiff notice follows later. */
  static final double BAILIFF_FOLLOWS = 0.2;

  /** Districts whose demo users should see every kind of case event (fk.*, leitung.mitte). */
  static final List<String> EVENT_DISTRICTS = List.of("mitte", "neukoelln");
  /** Share of the households that get in touch early who call before the letter went out. */
  static final double BEFORE_LETTER = 0.2;
  /**
   * Shares of the court cases without a bailiff notice whose household is not reached by the
   * letter: arrears paid within the grace period (§ 569 BGB, often by the Jobcenter), lawsuit
   * withdrawn.
   */
  static final double ARREARS_SETTLED = 0.12;
  static final double LAWSUIT_WITHDRAWN = 0.06;
  /** Shares of the households with a bailiff notice: moved out before the eviction day. */
  static final double HOUSEHOLD_MOVED = 0.1;
  /** Shares of the bailiff notices: eviction called off / postponed by the bailiff beforehand. */
  static final double EVICTION_CALLED_OFF = 0.14;
  static final double EVICTION_POSTPONED = 0.1;
  /** The one transfer of the demo world: a notice for an address in Neukölln reached Mitte. */
  static final String TRANSFER_FROM = "mitte";
  static final String TRANSFER_TO = "neukoelln";
  /** The district whose team lead corrects one letter date. */
  static final String CORRECTION_DISTRICT = "mitte";
  /** From this many cases on, Mitte and Neukölln each show every kind of event of their own. */
  static final int OWN_SHOWCASE = 20;
  /** Working days before the last simulated day by which the transfer should have happened. */
  static final int TRANSFER_MARGIN = 10;

  private final Random random;
  /** The casework choices: a random of their own, so they leave the rest of the world as it was. */
  private final Random casework;
  private final DemoHouseholds relocations;
  private final WorkingDayCalendar calendar;
  private final DemoHouseholds households;
  private final Period followUpPeriod;
  private final Set<String> courtFiles = new HashSet<>();
  private int bailiffNumber = 100;

  private DemoScenario(long seed, WorkingDayCalendar calendar, Period followUpPeriod) {
    this.random = new Random(seed);
    this.casework = new Random(~seed);
    this.calendar = calendar;
    this.followUpPeriod = followUpPeriod;
    this.households = new DemoHouseholds(random);
    this.relocations = new DemoHouseholds(casework);
  }

  /** {@link #plan(long, LocalDate, LocalDate, int, WorkingDayCalendar, Period)}, follow-up P12M. */
  public static List<CasePlan> plan(long seed, LocalDate from, LocalDate until, int cases,
      WorkingDayCalendar calendar) {
    return plan(seed, from, until, cases, calendar, Period.ofMonths(12));
  }

  /**
   * Plans {@code cases} households whose first notice arrives on a working day in {@code [from,
   * until)}, ordered by the day it is entered. Follow-up notices may fall on or after {@code
   * until}; the generator leaves those out.
   *
   * @param followUpPeriod the process's {@code wohnraumerhalt.follow-up-period}: a follow-up case
   *     of the morning's work is closed that long before today (none if the span is too short)
   */
  public static List<CasePlan> plan(long seed, LocalDate from, LocalDate until, int cases,
      WorkingDayCalendar calendar, Period followUpPeriod) {
    return new DemoScenario(seed, calendar, followUpPeriod).plan(from, until, cases);
  }

  /** The districts the demo world has cases in. */
  public static Set<String> districts() {
    return Collections.unmodifiableSet(DISTRICT_WEIGHTS.keySet());
  }

  /**
   * How many of the {@link Morning} cases each district of {@link #BACKLOG_DISTRICTS} gets: all
   * of them in a world of 48 households and more; a smaller world keeps most of its households
   * free for the drawn stories (together with the backlog at most a quarter per district).
   */
  static int morningPerDistrict(int cases, int backlog) {
    return Math.min(Morning.values().length, Math.max(0, cases / 4 - backlog));
  }

  private List<CasePlan> plan(LocalDate from, LocalDate until, int cases) {
    List<LocalDate> workingDays = new ArrayList<>();
    for (LocalDate d = from; d.isBefore(until); d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d)) {
        workingDays.add(d);
      }
    }
    if (workingDays.isEmpty()) {
      return List.of();
    }
    int backlog = Math.min(cases / 2 / BACKLOG_DISTRICTS.size(), Math.max(2, Math.round(cases * 0.04f)));
    List<Morning> morning = new ArrayList<>();
    for (Morning kind : List.of(Morning.values()).subList(0, morningPerDistrict(cases, backlog))) {
      if (morningDay(kind, workingDays) != null) {
        morning.add(kind);
      }
    }
    List<LocalDate> receipts = new ArrayList<>();
    for (int i = 0; i < cases - (backlog + morning.size()) * BACKLOG_DISTRICTS.size(); i++) {
      receipts.add(workingDays.get(random.nextInt(workingDays.size())));
    }
    receipts.sort(null);
    LocalDate lastDay = workingDays.get(workingDays.size() - 1);

    List<CasePlan> plans = new ArrayList<>();
    Set<CasePlan> backlogPlans = Collections.newSetFromMap(new IdentityHashMap<>());
    for (LocalDate receivedOn : receipts) {
      // a notice is mostly entered the day it arrives, sometimes a day or two later
      LocalDate enteredOn = chance(0.8) ? receivedOn : calendar.addWorkingDays(receivedOn, 1 + random.nextInt(2));
      if (enteredOn.isAfter(lastDay)) {
        enteredOn = lastDay;
      }
      plans.add(household(district(), receivedOn, enteredOn, null));
    }
    List<LocalDate> lastDays = workingDays.subList(Math.max(0, workingDays.size() - BACKLOG_DAYS),
        workingDays.size());
    for (String district : BACKLOG_DISTRICTS) {
      for (int i = 0; i < backlog; i++) {
        // the first has waited for a week and more: overdue; the others are late or still in time
        LocalDate receivedOn = i == 0 ? lastDays.get(Math.max(0, lastDays.size() - 6 - random.nextInt(4)))
            : lastDays.get(random.nextInt(lastDays.size()));
        CasePlan plan = household(district, receivedOn, receivedOn, i == 0 ? 60 : 4 + random.nextInt(10));
        plans.add(plan);
        backlogPlans.add(plan);
      }
      for (Morning kind : morning) {
        CasePlan plan = morning(district, kind, morningDay(kind, workingDays));
        plans.add(plan);
        backlogPlans.add(plan);
      }
    }
    plans.sort((a, b) -> a.enteredOn().compareTo(b.enteredOn()));
    casework(plans, backlogPlans, lastDay);
    return plans;
  }

  /**
   * @param letterDelay working days to the standard letter for a backlog case; null: drawn as usual
   */
  private CasePlan household(String district, LocalDate receivedOn, LocalDate enteredOn,
      Integer letterDelay) {
    HouseholdData household = households.household(district);
    String court = DemoHouseholds.court(district, household.postalCode());
    boolean openedByBailiff = letterDelay == null && chance(OPENED_BY_BAILIFF);
    Closure closure = closure();
    if (openedByBailiff) {
      // the Fachstelle learns of the household only from the bailiff; a court file is sometimes named
      String courtFile = chance(0.4) ? courtFile(receivedOn) : null;
      Eviction eviction = eviction(random, district, household, receivedOn, enteredOn,
          courtFile == null ? null : court, courtFile, null);
      Outreach outreach = new Outreach(chance(0.45) ? Reaction.EARLY_CONTACT : Reaction.NEVER, 0,
          pick("phone", "phone", "office", "letter"), 2 + random.nextInt(9), 0, 0, false, 0, 0);
      return new CasePlan(district, enteredOn, null, outreach, eviction, closure, Casework.NONE);
    }

    String courtFile = courtFile(receivedOn);
    CourtNoticeRequest notice = new CourtNoticeRequest(district, court, courtFile,
        receivedOn.toString(), household, households.landlord(), arrears(),
        chance(0.5) ? calendar.addWorkingDays(receivedOn, 15 + random.nextInt(30)).toString() : null);
    Outreach outreach = outreach(letterDelay);
    Eviction eviction = null;
    if (letterDelay == null && chance(BAILIFF_FOLLOWS)) {
      LocalDate bailiffReceived = calendar.addWorkingDays(receivedOn, 15 + random.nextInt(80));
      // with the court file in most notices, otherwise matched by household
      boolean namesFile = chance(0.7);
      eviction = eviction(random, district, household, bailiffReceived, bailiffReceived,
          namesFile ? court : null, namesFile ? courtFile : null, null);
    }
    return new CasePlan(district, enteredOn, notice, outreach, eviction, closure, Casework.NONE);
  }

  private Outreach outreach(Integer backlogLetterDelay) {
    double r = random.nextDouble();
    Reaction reaction = r < 0.30 ? Reaction.EARLY_CONTACT
        : r < 0.40 ? Reaction.AT_APPOINTMENT
        : r < 0.60 ? Reaction.AT_VISIT_1
        : r < 0.68 ? Reaction.AT_VISIT_2
        : r < 0.76 ? Reaction.AFTER_VISITS
        : Reaction.NEVER;
    int letterDelay = chance(0.9) ? pickInt(0, 1, 1, 1, 2, 2, 3) : 4 + random.nextInt(4);
    if (backlogLetterDelay != null) {
      letterDelay = backlogLetterDelay;
    }
    String channel = switch (reaction) {
      case AT_APPOINTMENT -> "office";
      case AFTER_VISITS -> pick("phone", "letter", "office");
      default -> pick("phone", "phone", "phone", "email", "email", "letter", "office");
    };
    int contactDelay = reaction == Reaction.AFTER_VISITS ? 3 + random.nextInt(20) : 1 + random.nextInt(5);
    int visit1Delay = chance(0.82) ? 1 + random.nextInt(4) : 6 + random.nextInt(4);
    boolean secondVisit = reaction == Reaction.AT_VISIT_2
        || (reaction != Reaction.AT_VISIT_1 && chance(0.55));
    return new Outreach(reaction, letterDelay, channel, contactDelay, visit1Delay, staff(),
        secondVisit, 4 + random.nextInt(8), staff());
  }

  /**
   * A bailiff notice drawn from {@code r} (the world's random, or the casework random).
   *
   * @param evictionDays working days from receipt to the eviction; null: drawn (15 to 34)
   */
  private Eviction eviction(Random r, String district, HouseholdData household,
      LocalDate receivedOn, LocalDate enteredOn, String court, String courtFile,
      Integer evictionDays) {
    LocalDate evictionDay = calendar.addWorkingDays(receivedOn,
        evictionDays != null ? evictionDays : 15 + r.nextInt(20));
    LocalDateTime evictionAt = evictionDay.atTime(LocalTime.of(8 + r.nextInt(4), 0));
    String reference = "DR II " + (bailiffNumber += 1 + r.nextInt(40)) + "/"
        + String.format(Locale.ROOT, "%02d", receivedOn.getYear() % 100);
    BailiffNoticeRequest notice = new BailiffNoticeRequest(district, reference, receivedOn.toString(),
        evictionAt.toString(), household, court, courtFile);
    int[] letterDelays = {0, 1, 1, 2, 3};
    int letterDelay = r.nextDouble() < 0.88 ? letterDelays[r.nextInt(letterDelays.length)]
        : 4 + r.nextInt(3);
    boolean attend = r.nextDouble() < 0.75;
    boolean attended = attend && r.nextDouble() < 0.92;
    return new Eviction(enteredOn, notice, evictionAt, letterDelay, r.nextInt(3), attend,
        attended, r.nextDouble() < 0.7 ? 2 : 1, r.nextDouble() < 0.9);
  }

  // ------------------------------------------------------------------ the morning's work

  /**
   * The day the case of a {@link Morning} kind is entered (its notice received the same day); null
   * when the simulated span does not reach back far enough.
   */
  private LocalDate morningDay(Morning kind, List<LocalDate> workingDays) {
    LocalDate lastDay = workingDays.get(workingDays.size() - 1);
    if (kind != Morning.FOLLOW_UP) {
      int index = workingDays.size() - 1 - kind.daysBack;
      return index < 0 ? null : workingDays.get(index);
    }
    // closed FOLLOW_UP_WAITING working days before lastDay minus the period; entered before that
    LocalDate due = lastDay.minus(followUpPeriod);
    while (!calendar.isWorkingDay(due)) {
      due = due.minusDays(1);
    }
    LocalDate day = minus(due, FOLLOW_UP_WAITING + FOLLOW_UP_CASE_DAYS);
    return day.isBefore(workingDays.get(0)) ? null : day;
  }

  /**
   * A case of the morning's work: entered on {@code day}, with the delays that bring it to its
   * task in time and the task left open.
   */
  private CasePlan morning(String district, Morning kind, LocalDate day) {
    HouseholdData household = households.household(district);
    String court = DemoHouseholds.court(district, household.postalCode());
    String courtFile = courtFile(day);
    Closure drawn = closure();
    // counselling two working days after the contact, closed two working days after counselling
    Closure closure = new Closure(2, drawn.rentDebtTakeover(), drawn.help67(),
        drawn.landlordAgreement(), drawn.notes(), 2, drawn.outcome(), drawn.followUpDelay(),
        drawn.stillHoused());
    Outreach drawnOutreach = outreach(0);
    return switch (kind) {
      case EVICTION_LETTER, EVICTION_DECISION, EVICTION_ATTENDANCE -> {
        // the Fachstelle learns of the household from the bailiff; nobody has reached it yet
        boolean attendance = kind == Morning.EVICTION_ATTENDANCE;
        Eviction drawnEviction = eviction(random, district, household, day, day, court, courtFile,
            attendance ? kind.daysBack + ATTENDANCE_AHEAD : null);
        Eviction eviction = new Eviction(day, drawnEviction.notice(), drawnEviction.evictionAt(),
            0, 1, true, true, drawnEviction.staff(), drawnEviction.carriedOut());
        Outreach outreach = new Outreach(Reaction.NEVER, 0, drawnOutreach.contactChannel(), 2, 0,
            0, false, 0, 0);
        String task = switch (kind) {
          case EVICTION_LETTER -> TASK_SEND_EVICTION_LETTER;
          case EVICTION_DECISION -> TASK_DECIDE_EVICTION_ATTENDANCE;
          default -> TASK_ATTEND_EVICTION;
        };
        yield new CasePlan(district, day, null, outreach, eviction, closure, Casework.NONE, task);
      }
      default -> {
        boolean reached = kind == Morning.COUNSELLING || kind == Morning.CLOSURE
            || kind == Morning.FOLLOW_UP;
        // reached: calls the day after the letter; else not met at the visits (never reacts)
        Outreach outreach = new Outreach(reached ? Reaction.EARLY_CONTACT : Reaction.NEVER, 0,
            drawnOutreach.contactChannel(), 1, 1, drawnOutreach.visit1Staff(),
            kind == Morning.SECOND_HOME_VISIT, drawnOutreach.visit2Delay(),
            drawnOutreach.visit2Staff());
        CourtNoticeRequest notice = new CourtNoticeRequest(district, court, courtFile,
            day.toString(), household, households.landlord(), arrears(),
            chance(0.5) ? calendar.addWorkingDays(day, 15 + random.nextInt(30)).toString() : null);
        String task = switch (kind) {
          case HOME_VISIT, HOME_VISIT_OVERDUE -> TASK_HOME_VISIT_1;
          case SECOND_HOME_VISIT -> TASK_HOME_VISIT_2;
          case COUNSELLING -> TASK_COUNSELLING;
          case CLOSURE -> TASK_CLOSE_CASE;
          default -> TASK_FOLLOW_UP;
        };
        yield new CasePlan(district, day, notice, outreach, null, closure, Casework.NONE, task);
      }
    };
  }

  /** The n-th working day before {@code day}. */
  private LocalDate minus(LocalDate day, int workingDays) {
    LocalDate d = day;
    for (int n = 0; n < workingDays; ) {
      d = d.minusDays(1);
      if (calendar.isWorkingDay(d)) {
        n++;
      }
    }
    return d;
  }

  // ------------------------------------------------------------------ casework (SPEC §3 steps 8–9)

  /**
   * Draws the case events and the correction (casework random only), then makes sure that every
   * kind occurs where the demo users can see it.
   */
  private void casework(List<CasePlan> plans, Set<CasePlan> backlog, LocalDate lastDay) {
    for (int i = 0; i < plans.size(); i++) {
      CasePlan plan = plans.get(i);
      // the same draws for every household, so that one choice does not shift the others
      double contact = casework.nextDouble();
      double event = casework.nextDouble();
      int days = 1 + casework.nextInt(5);
      int postponedBy = 5 + casework.nextInt(16);
      int callAfter = casework.nextInt(2);
      if (backlog.contains(plan)) {
        continue;
      }
      if (!plan.openedByBailiff() && plan.outreach().reaction() == Reaction.EARLY_CONTACT
          && contact < BEFORE_LETTER) {
        plan = plan.withOutreach(plan.outreach().beforeLetter(callAfter));
      }
      CaseEventType type = null;
      if (plan.eviction() != null) {
        type = event < HOUSEHOLD_MOVED ? CaseEventType.HOUSEHOLD_MOVED
            : event < HOUSEHOLD_MOVED + EVICTION_CALLED_OFF ? CaseEventType.EVICTION_CALLED_OFF
            : event < HOUSEHOLD_MOVED + EVICTION_CALLED_OFF + EVICTION_POSTPONED
                ? CaseEventType.EVICTION_POSTPONED : null;
      } else if (!plan.openedByBailiff() && notReachedByLetter(plan)) {
        type = event < ARREARS_SETTLED ? CaseEventType.ARREARS_SETTLED
            : event < ARREARS_SETTLED + LAWSUIT_WITHDRAWN ? CaseEventType.LAWSUIT_WITHDRAWN : null;
      }
      if (type != null) {
        plan = plan.withCasework(new Casework(type, days,
            type == CaseEventType.EVICTION_POSTPONED ? postponedBy : 0, null, false));
      }
      plans.set(i, plan);
    }
    transfer(plans, backlog, lastDay);
    correction(plans, backlog, lastDay);

    // the events that need most time first: a bailiff notice, and a day before the eviction
    for (CaseEventType type : List.of(CaseEventType.HOUSEHOLD_MOVED,
        CaseEventType.EVICTION_CALLED_OFF, CaseEventType.EVICTION_POSTPONED)) {
      Casework planned = new Casework(type, 2,
          type == CaseEventType.EVICTION_POSTPONED ? 10 : 0, null, false);
      Predicate<CasePlan> has = p -> p.casework().event() == type && evictionFits(p, lastDay);
      boolean done = ensure(plans, has, List.of(
          p -> free(p, backlog) && p.eviction() != null
              && evictionFits(p.withCasework(planned), lastDay)),
          p -> p.withCasework(planned));
      if (!done) {
        // a small world without a bailiff notice to spare: one follows a lawsuit
        addEviction(plans, backlog, lastDay, planned);
      }
    }
    for (CaseEventType settled : List.of(CaseEventType.ARREARS_SETTLED,
        CaseEventType.LAWSUIT_WITHDRAWN)) {
      Predicate<CasePlan> fitting = p -> free(p, backlog) && !p.openedByBailiff()
          && p.eviction() == null && settleFits(p.withCasework(Casework.event(settled, 3)), lastDay);
      // a household the letter does not reach; else one that will not react to it
      ensure(plans, p -> p.casework().event() == settled && settleFits(p, lastDay),
          List.of(fitting.and(DemoScenario::notReachedByLetter),
              fitting.and(p -> p.outreach().reaction() != Reaction.BEFORE_LETTER)),
          p -> (notReachedByLetter(p) ? p
              : p.withOutreach(p.outreach().withReaction(Reaction.NEVER)))
              .withCasework(Casework.event(settled, 3)));
    }
    ensure(plans, p -> p.outreach().reaction() == Reaction.BEFORE_LETTER
            && fits(p.enteredOn(), 1, lastDay),
        List.of(p -> free(p, backlog) && !p.openedByBailiff() && fits(p.enteredOn(), 1, lastDay)),
        p -> p.withOutreach(p.outreach().beforeLetter(casework.nextInt(2))));
  }

  /**
   * Mitte hands one case over to Neukölln the day after it was entered: the notice named an
   * address there. A case entered shortly before today, so that Neukölln still works on it.
   */
  private void transfer(List<CasePlan> plans, Set<CasePlan> backlog, LocalDate lastDay) {
    Predicate<CasePlan> candidate = p -> p.district().equals(TRANSFER_FROM) && free(p, backlog)
        && !p.openedByBailiff() && p.eviction() == null
        && p.outreach().reaction() != Reaction.BEFORE_LETTER;
    Optional<CasePlan> chosen = plans.stream()
        .filter(candidate.and(p -> fits(p.enteredOn(), 1 + TRANSFER_MARGIN, lastDay)))
        .max(Comparator.comparing(CasePlan::enteredOn));
    if (chosen.isEmpty()) {
      chosen = plans.stream().filter(candidate.and(p -> fits(p.enteredOn(), 1, lastDay)))
          .max(Comparator.comparing(CasePlan::enteredOn));
    }
    chosen.ifPresent(plan -> {
      CourtNoticeRequest notice = plan.courtNotice();
      HouseholdData household = relocations.relocate(notice.household(), TRANSFER_TO);
      CourtNoticeRequest misrouted = new CourtNoticeRequest(notice.district(),
          DemoHouseholds.court(TRANSFER_TO, household.postalCode()), notice.courtFileNumber(),
          notice.receivedOn(), household, notice.landlord(), notice.arrears(), notice.hearingOn());
      replace(plans, plan, plan.withCourtNotice(misrouted).withCasework(
          new Casework(CaseEventType.TRANSFERRED, 1, 0, TRANSFER_TO, false)));
    });
  }

  /** Mitte's team lead corrects the date of one standard letter sent on time. */
  private void correction(List<CasePlan> plans, Set<CasePlan> backlog, LocalDate lastDay) {
    List<CasePlan> candidates = plans.stream()
        .filter(p -> p.district().equals(CORRECTION_DISTRICT) && free(p, backlog)
            && !p.openedByBailiff() && p.outreach().reaction() != Reaction.BEFORE_LETTER
            && p.outreach().letterDelay() >= 1 && p.outreach().letterDelay() <= 3
            && fits(letterDay(p), 2, lastDay))
        .toList();
    if (!candidates.isEmpty()) {
      CasePlan plan = candidates.get(casework.nextInt(candidates.size()));
      replace(plans, plan, plan.withCasework(new Casework(null, 0, 0, null, true)));
    }
  }

  /**
   * Makes sure that a plan {@code has} it where the demo users look: in Mitte and in Neukölln when
   * they have {@value #OWN_SHOWCASE} cases or more, else in one of them, else anywhere. Where it
   * is missing, {@code change} is applied to a candidate (the first kind of candidate that
   * exists); false when there is none.
   */
  private boolean ensure(List<CasePlan> plans, Predicate<CasePlan> has,
      List<Predicate<CasePlan>> candidates, UnaryOperator<CasePlan> change) {
    for (String district : EVENT_DISTRICTS) {
      if (plans.stream().filter(p -> p.district().equals(district)).count() >= OWN_SHOWCASE
          && plans.stream().noneMatch(p -> p.district().equals(district) && has.test(p))) {
        change(plans, List.of(district), candidates, change);
      }
    }
    if (plans.stream().anyMatch(p -> EVENT_DISTRICTS.contains(p.district()) && has.test(p))) {
      return true;
    }
    List<String> others = DISTRICT_WEIGHTS.keySet().stream()
        .filter(d -> !EVENT_DISTRICTS.contains(d)).toList();
    return change(plans, EVENT_DISTRICTS, candidates, change)
        || change(plans, others, candidates, change);
  }

  /** Changes a candidate of the first district (in this order) that has one. */
  private boolean change(List<CasePlan> plans, List<String> districts,
      List<Predicate<CasePlan>> candidates, UnaryOperator<CasePlan> change) {
    for (Predicate<CasePlan> candidate : candidates) {
      for (String district : districts) {
        List<CasePlan> found = plans.stream()
            .filter(p -> p.district().equals(district) && candidate.test(p)).toList();
        if (!found.isEmpty()) {
          CasePlan plan = found.get(casework.nextInt(found.size()));
          replace(plans, plan, change.apply(plan));
          return true;
        }
      }
    }
    return false;
  }

  /** A bailiff notice follows the earliest lawsuit of Mitte or Neukölln that leaves time for it. */
  private void addEviction(List<CasePlan> plans, Set<CasePlan> backlog, LocalDate lastDay,
      Casework planned) {
    List<CasePlan> candidates = plans.stream()
        .filter(p -> EVENT_DISTRICTS.contains(p.district()) && free(p, backlog)
            && !p.openedByBailiff() && p.eviction() == null)
        .sorted(Comparator.comparing(CasePlan::enteredOn)).toList();
    for (CasePlan plan : candidates) {
      CourtNoticeRequest court = plan.courtNotice();
      LocalDate receivedOn = calendar.addWorkingDays(plan.enteredOn(), 10 + casework.nextInt(6));
      Eviction eviction = eviction(casework, plan.district(), court.household(), receivedOn,
          receivedOn, court.court(), court.courtFileNumber(), 15 + casework.nextInt(5));
      CasePlan changed = plan.withEviction(eviction).withCasework(planned);
      if (evictionFits(changed, lastDay)) {
        replace(plans, plan, changed);
        return;
      }
    }
  }

  private static boolean free(CasePlan plan, Set<CasePlan> backlog) {
    return !backlog.contains(plan) && plan.casework().equals(Casework.NONE);
  }

  /** Households the letter does not reach: the outreach still waits for them after it. */
  private static boolean notReachedByLetter(CasePlan plan) {
    return switch (plan.outreach().reaction()) {
      case AT_VISIT_1, AT_VISIT_2, AFTER_VISITS, NEVER -> true;
      default -> false;
    };
  }

  /** The day the standard letter is planned to go out. */
  private LocalDate letterDay(CasePlan plan) {
    LocalDate due = plus(LocalDate.parse(plan.courtNotice().receivedOn()),
        plan.outreach().letterDelay());
    return due.isBefore(plan.enteredOn()) ? plan.enteredOn() : due;
  }

  private boolean settleFits(CasePlan plan, LocalDate lastDay) {
    return !plan.openedByBailiff() && fits(letterDay(plan), plan.casework().days(), lastDay);
  }

  /** The eviction event (or move) falls on a simulated day, not after the eviction day. */
  private boolean evictionFits(CasePlan plan, LocalDate lastDay) {
    Eviction eviction = plan.eviction();
    if (eviction == null) {
      return false;
    }
    LocalDate day = evictionEventDay(eviction.enteredOn(), eviction.evictionAt().toLocalDate(),
        plan.casework().days(), calendar);
    return !day.isAfter(lastDay) && !day.isAfter(eviction.evictionAt().toLocalDate());
  }

  /**
   * The day of an eviction event or move: {@code days} working days before the eviction day, but
   * not before the working day after the bailiff notice was entered.
   */
  static LocalDate evictionEventDay(LocalDate noticeEnteredOn, LocalDate evictionDay, int days,
      WorkingDayCalendar calendar) {
    LocalDate day = evictionDay;
    for (int n = 0; n < days; ) {
      day = day.minusDays(1);
      if (calendar.isWorkingDay(day)) {
        n++;
      }
    }
    LocalDate earliest = calendar.addWorkingDays(noticeEnteredOn, 1);
    return day.isBefore(earliest) ? earliest : day;
  }

  private boolean fits(LocalDate day, int workingDays, LocalDate lastDay) {
    return !plus(day, workingDays).isAfter(lastDay);
  }

  private LocalDate plus(LocalDate day, int workingDays) {
    return workingDays <= 0 ? day : calendar.addWorkingDays(day, workingDays);
  }

  private static void replace(List<CasePlan> plans, CasePlan old, CasePlan changed) {
    for (int i = 0; i < plans.size(); i++) {
      if (plans.get(i) == old) {
        plans.set(i, changed);
        return;
      }
    }
  }

  private Closure closure() {
    double r = random.nextDouble();
    String outcome = r < 0.72 ? "housing-retained" : r < 0.86 ? "moved-out" : "other";
    boolean rentDebt = chance(0.5);
    boolean help67 = chance(0.2);
    boolean agreement = chance(0.4);
    String notes = rentDebt ? "Antrag auf Mietschuldenübernahme gestellt."
        : agreement ? "Ratenzahlung mit dem Vermieter vereinbart." : null;
    boolean stillHoused = switch (outcome) {
      case "housing-retained" -> chance(0.85);
      case "moved-out" -> false;
      default -> chance(0.5);
    };
    return new Closure(2 + random.nextInt(10), rentDebt, help67, agreement, notes,
        3 + random.nextInt(22), outcome, 1 + random.nextInt(15), stillHoused);
  }

  private String district() {
    double r = random.nextDouble();
    double sum = 0;
    String last = null;
    for (Map.Entry<String, Double> entry : DISTRICT_WEIGHTS.entrySet()) {
      sum += entry.getValue();
      last = entry.getKey();
      if (r < sum) {
        return last;
      }
    }
    return last;
  }

  /**
   * A court file number "27 C 312/25", unique within the demo world; departments 20 to 69, so that
   * the examples of README and SPEC ("12 C 345/26") never meet a demo case as a duplicate.
   */
  private String courtFile(LocalDate receivedOn) {
    String file;
    do {
      file = (20 + random.nextInt(50)) + " C " + (100 + random.nextInt(900)) + "/"
          + String.format(Locale.ROOT, "%02d", receivedOn.minusMonths(2).getYear() % 100);
    } while (!courtFiles.add(file));
    return file;
  }

  private BigDecimal arrears() {
    if (chance(0.1)) {
      return null;
    }
    return BigDecimal.valueOf(600 + random.nextInt(8400) + random.nextInt(100) / 100.0)
        .setScale(2, RoundingMode.HALF_UP);
  }

  /** Home visits should be made in pairs; mostly they are. */
  private int staff() {
    return chance(0.75) ? 2 : 1;
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }

  private int pickInt(int... options) {
    return options[random.nextInt(options.length)];
  }
}
