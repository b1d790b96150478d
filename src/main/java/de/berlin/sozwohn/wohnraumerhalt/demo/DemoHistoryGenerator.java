package de.berlin.sozwohn.wohnraumerhalt.demo;

import static de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables.*;
import static de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys.*;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import de.berlin.sozwohn.wohnraumerhalt.casework.CaseCorrectionRequest;
import de.berlin.sozwohn.wohnraumerhalt.casework.CaseCorrections;
import de.berlin.sozwohn.wohnraumerhalt.casework.CaseEventRequest;
import de.berlin.sozwohn.wohnraumerhalt.casework.CaseEventType;
import de.berlin.sozwohn.wohnraumerhalt.casework.CaseEvents;
import de.berlin.sozwohn.wohnraumerhalt.casework.CaseState;
import de.berlin.sozwohn.wohnraumerhalt.demo.CasePlan.Closure;
import de.berlin.sozwohn.wohnraumerhalt.demo.CasePlan.Eviction;
import de.berlin.sozwohn.wohnraumerhalt.demo.CasePlan.Outreach;
import de.berlin.sozwohn.wohnraumerhalt.demo.CasePlan.Reaction;
import de.berlin.sozwohn.wohnraumerhalt.demo.SimulationClock.JobRun;
import de.berlin.sozwohn.wohnraumerhalt.intake.BailiffNoticeFiled;
import de.berlin.sozwohn.wohnraumerhalt.intake.CaseOpened;
import de.berlin.sozwohn.wohnraumerhalt.intake.NoticeIntake;
import de.berlin.sozwohn.wohnraumerhalt.process.Deadlines;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessProperties;
import de.berlin.sozwohn.wohnraumerhalt.security.Roles;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Plays a {@link DemoScenario} through the real engine, day by day: the engine clock moves from
 * the first day to yesterday; each working day the notices of the day go through {@link
 * NoticeIntake} (the same validation as the REST API), then the caseworkers complete the tasks
 * whose day has come with the variables their forms submit (same input validation, letters,
 * listeners); at the end of each day the due timers fire and the deadline escalations run (mails go
 * to the configured gateway – the log on the embedded default). Finally the clock returns to real
 * time, so the remaining timers fire live.
 *
 * <p>Notices are entered as the district's demo caseworker (fk.mitte, fk.neukoelln) where there
 * is one and as {@code admin} elsewhere, through the intake's own checks. Tasks are claimed for
 * that caseworker (so Tasklist and history show who did the work) and completed without an
 * authenticated engine user: the engine's authorization checks would cost a fifth of the
 * generation time, and what a caseworker may do is tested elsewhere. The user operation log
 * therefore has no entries for the demo's task work. Districts are worked in two lanes in
 * parallel (see {@code Run}).
 *
 * <p>What happens outside the tasks ({@link CasePlan.Casework}) goes through the services of the
 * API, {@link CaseEvents} and {@link CaseCorrections}, as the district's demo caseworker (the
 * correction as its team lead, leitung.mitte) on the simulated day: registry, indicator facts and
 * {@code case_event} rows are written as in production. An event only happens while it fits the
 * case (a withdrawal while the outreach still waits, a call-off while the eviction is pending);
 * a case with such an event ahead is not closed before it. A case handed over to another district
 * is worked on there by that district's caseworker, with the rest of the household's story.
 *
 * <p>Tasks whose day lies after yesterday stay open: today's work in Tasklist, some of it overdue;
 * so does the task a case of the morning's work has reached ({@link CasePlan#openToday()}).
 * A step that fails is logged and left alone (the task stays open); the demo never stops the
 * application.
 */
@Component
public class DemoHistoryGenerator {

  private static final Logger LOG = LoggerFactory.getLogger(DemoHistoryGenerator.class);

  /** Decision "this task is never done by the demo" (it is cancelled by the process or stays open). */
  private static final LocalDate NEVER = LocalDate.MAX;
  private static final LocalTime WORK_STARTS = LocalTime.of(8, 0);
  private static final LocalTime WORK_ENDS = LocalTime.of(22, 0);
  /** When the day's timers fire: after the deadlines (end of day, 23:59 by default). */
  private static final LocalTime NIGHT = LocalTime.of(23, 59, 30);

  /** Tasks after which the next task of the case may be due the same day. */
  private static final Set<String> SAME_DAY_FOLLOW_UPS = Set.of(TASK_SEND_EVICTION_LETTER,
      TASK_DECIDE_EVICTION_ATTENDANCE, TASK_ATTEND_EVICTION);

  /** Why the team lead corrects the demo's letter date. */
  static final String LETTER_DATE_REASON = "Laut Postausgangsbuch ist das Anschreiben bereits am "
      + "Vortag versandt worden; das Datum war falsch übernommen.";

  /**
   * What happened in a generation run.
   *
   * @param casesTakenOver cases opened by a transfer from another district
   * @param caseEvents case events recorded (SPEC §3 step 8)
   * @param corrections dates corrected by a team lead (step 9)
   */
  public record DemoSummary(int households, int courtNotices, int bailiffNoticesJoined,
      int casesOpenedByBailiff, int casesTakenOver, int tasksCompleted, int caseEvents,
      int corrections, int jobsExecuted, int failures, Duration duration, Duration cpuTime) {

    public int cases() {
      return courtNotices + casesOpenedByBailiff + casesTakenOver;
    }
  }

  private final NoticeIntake intake;
  private final CaseEvents caseEvents;
  private final CaseCorrections corrections;
  private final TaskService taskService;
  private final FormService formService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final SimulationClock clock;
  private final Deadlines deadlines;
  private final WorkingDayCalendar calendar;
  private final Period followUpPeriod;
  private final DemoReporting reporting;

  public DemoHistoryGenerator(NoticeIntake intake, CaseEvents caseEvents,
      CaseCorrections corrections, TaskService taskService, FormService formService,
      RuntimeService runtimeService,
      IdentityService identityService, SimulationClock clock, Deadlines deadlines,
      WorkingDayCalendar calendar, ProcessProperties process, DemoReporting reporting) {
    this.intake = intake;
    this.caseEvents = caseEvents;
    this.corrections = corrections;
    this.taskService = taskService;
    this.formService = formService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.clock = clock;
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.followUpPeriod = process.followUpPeriod();
    this.reporting = reporting;
  }

  /**
   * Simulates the days {@code [from, until)} with {@code households} households drawn from {@code
   * seed}, then resets the engine clock to real time and runs the jobs due by now.
   */
  public DemoSummary generate(LocalDate from, LocalDate until, int households, long seed) {
    long started = System.nanoTime();
    long cpuStarted = processCpuNanos();
    List<CasePlan> plans = DemoScenario.plan(seed, from, until, households, calendar,
        followUpPeriod);
    Run run = new Run(plans, seed);
    // standard 2 (survey results) before the first day; self-reports and reports day by day
    run.failures.addAndGet(reporting.beforeSimulation(from, until));
    ExecutorService pool = run.lanes.size() > 1
        ? Executors.newFixedThreadPool(run.lanes.size(), new LaneThreads()) : null;
    try {
      for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
        run.simulate(day, pool);
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
      run.jobs(clock.resetToRealTime());
    }
    return new DemoSummary(plans.size(), run.courtNotices.get(), run.bailiffJoined.get(),
        run.bailiffOpened.get(), run.takenOver.get(), run.tasksCompleted.get(),
        run.eventsRecorded.get(), run.datesCorrected.get(), run.jobsExecuted.get(),
        run.failures.get(), Duration.ofNanos(System.nanoTime() - started),
        Duration.ofNanos(processCpuNanos() - cpuStarted));
  }

  /** A case as the demo knows it: its plan and what has happened so far. */
  private static final class CaseRun {
    final CasePlan plan;
    final boolean openedByBailiff;
    final Reaction reaction;
    /** The district working the case (another than the plan's after a transfer). */
    final String district;
    /** The day the case was opened, and its receipt (the handover for a case taken over). */
    final LocalDate openedOn;
    final LocalDate receivedOn;
    /** Case events and the correction still ahead ({@link Lane#casework}). */
    final List<Planned> planned = new ArrayList<>();
    String caseId;
    LocalDate letterSentOn;
    LocalDate appointmentDay;
    LocalDate contactOn;
    LocalDate notReachedOn;
    LocalDate counsellingOn;
    LocalDate evictionLetterSentOn;
    boolean evictionCarriedOut;
    /** The eviction date of the case's bailiff notice (moved by a postponement); null: none. */
    LocalDateTime evictionAt;
    /** The eviction is recorded ({@code AttendEviction}) or called off. */
    boolean evictionSettled;
    CaseEventType settledBy;
    LocalDate settledOn;
    /** Closed with "Fall abschließen" or handed over. */
    LocalDate closedOn;

    CaseRun(CasePlan plan, boolean openedByBailiff) {
      this.plan = plan;
      this.openedByBailiff = openedByBailiff;
      Reaction planned = plan.outreach().reaction();
      // a household whose court case was closed before the bailiff came reacts as before, or not
      this.reaction = !openedByBailiff || plan.openedByBailiff() ? planned
          : planned == Reaction.NEVER || planned == Reaction.AFTER_VISITS ? Reaction.NEVER
          : Reaction.EARLY_CONTACT;
      this.district = plan.district();
      this.openedOn = openedByBailiff ? plan.eviction().enteredOn() : plan.enteredOn();
      this.receivedOn = LocalDate.parse(openedByBailiff ? plan.eviction().notice().receivedOn()
          : plan.courtNotice().receivedOn());
    }

    /** The case {@code from} handed over to {@code district}: the household's story goes on there. */
    CaseRun(CaseRun from, String district, LocalDate handedOverOn) {
      this.plan = from.plan;
      this.openedByBailiff = false;
      this.reaction = from.reaction;
      this.district = district;
      this.openedOn = handedOverOn;
      this.receivedOn = handedOverOn;
    }

    /** A case event lies ahead: the case is not closed before it. */
    boolean closureWaits() {
      return planned.stream().anyMatch(p -> p.type != null);
    }
  }

  /** A case event (or, with type null, the correction of the letter date) still ahead. */
  private static final class Planned {
    final CaseEventType type;
    /** The day it happens; null while it depends on a step not yet done (the letter). */
    LocalDate day;

    Planned(CaseEventType type, LocalDate day) {
      this.type = type;
      this.day = day;
    }
  }

  /** A notice to enter on a day: the court notice or the bailiff notice of a household. */
  private record Notice(CasePlan plan, boolean bailiff) {}

  /**
   * One simulation. The districts are split into lanes (one per processor, at most two) that work
   * in parallel within a day – different districts never share a case – while the engine clock is
   * shared and only moves forward; the timers of the night run alone.
   */
  private final class Run {
    final Map<LocalDate, List<Notice>> notices = new TreeMap<>();
    final Map<String, CaseRun> byInstance = new ConcurrentHashMap<>();
    final Map<String, LocalDate> decisions = new ConcurrentHashMap<>();
    final Map<String, Authentication> actors = new ConcurrentHashMap<>();
    final Set<String> seen = ConcurrentHashMap.newKeySet();
    final List<Lane> lanes = new ArrayList<>();
    final AtomicInteger courtNotices = new AtomicInteger();
    final AtomicInteger bailiffJoined = new AtomicInteger();
    final AtomicInteger bailiffOpened = new AtomicInteger();
    final AtomicInteger takenOver = new AtomicInteger();
    final AtomicInteger tasksCompleted = new AtomicInteger();
    final AtomicInteger eventsRecorded = new AtomicInteger();
    final AtomicInteger datesCorrected = new AtomicInteger();
    final AtomicInteger jobsExecuted = new AtomicInteger();
    final AtomicInteger failures = new AtomicInteger();
    LocalDate cursorDay;
    LocalTime cursor;

    Run(List<CasePlan> plans, long seed) {
      Map<String, Integer> perDistrict = new TreeMap<>();
      for (CasePlan plan : plans) {
        perDistrict.merge(plan.district(), 1, Integer::sum);
        on(plan.enteredOn(), new Notice(plan, plan.openedByBailiff()));
        if (!plan.openedByBailiff() && plan.eviction() != null) {
          on(plan.eviction().enteredOn(), new Notice(plan, true));
        }
      }
      // districts with most cases first, each to the lane with the fewest cases so far
      int laneCount = Math.max(1, Math.min(Math.min(2, Runtime.getRuntime().availableProcessors()),
          perDistrict.size()));
      for (int i = 0; i < laneCount; i++) {
        lanes.add(new Lane(new Random(seed + 1 + i)));
      }
      perDistrict.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .forEach(e -> lanes.stream().min(Comparator.comparingInt(l -> l.cases))
              .ifPresent(lane -> lane.add(e.getKey(), e.getValue())));
    }

    void on(LocalDate day, Notice notice) {
      notices.computeIfAbsent(day, d -> new ArrayList<>()).add(notice);
    }

    void simulate(LocalDate day, ExecutorService pool) {
      // the team leads' reporting work (self-reports, half-year reports) before the casework
      failures.addAndGet(reporting.workDay(day));
      if (calendar.isWorkingDay(day)) {
        synchronized (this) {
          cursorDay = day;
          cursor = WORK_STARTS;
        }
        List<Notice> todays = notices.getOrDefault(day, List.of());
        if (pool == null) {
          lanes.forEach(lane -> lane.workDay(day, todays));
        } else {
          List<Callable<Void>> work = new ArrayList<>();
          for (Lane lane : lanes) {
            work.add(() -> {
              lane.workDay(day, todays);
              return null;
            });
          }
          try {
            for (Future<Void> done : pool.invokeAll(work)) {
              done.get();
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Demo-Historie unterbrochen", e);
          } catch (ExecutionException e) {
            throw new IllegalStateException("Demo-Historie: Fehler am " + day, e.getCause());
          }
        }
      }
      clock.set(day.atTime(NIGHT));
      jobs(clock.runDueJobs(false));
    }

    void jobs(JobRun run) {
      jobsExecuted.addAndGet(run.executed());
      failures.addAndGet(run.failed().size());
    }

    /**
     * Moves the shared clock a few minutes on within the working day (never back), so that the
     * acts of a day are spread over it and each case's steps keep their order.
     */
    synchronized void tick(Random random) {
      cursor = cursor.plusMinutes(1 + random.nextInt(6));
      if (cursor.isAfter(WORK_ENDS) || cursor.isBefore(WORK_STARTS)) {
        cursor = WORK_ENDS;
      }
      clock.set(cursorDay.atTime(cursor));
    }

    /** The districts one thread works on, with its own random for the small choices. */
    private final class Lane {
      final Set<String> districts = new HashSet<>();
      final Random random;
      /** The lane's cases with a case event or correction ahead. */
      final List<CaseRun> planning = new ArrayList<>();
      int cases;

      Lane(Random random) {
        this.random = random;
      }

      void add(String district, int districtCases) {
        districts.add(district);
        cases += districtCases;
      }

      void workDay(LocalDate day, List<Notice> todays) {
        for (Notice notice : todays) {
          if (districts.contains(notice.plan().district())) {
            if (notice.bailiff()) {
              fileBailiffNotice(notice.plan());
            } else {
              fileCourtNotice(notice.plan());
            }
          }
        }
        casework(day);
        work(day);
      }

      void fileCourtNotice(CasePlan plan) {
        tick(random);
        try {
          actAs(plan.district());
          CaseOpened opened = intake.fileCourtNotice(plan.courtNotice());
          CaseRun run = new CaseRun(plan, false);
          run.caseId = opened.caseId();
          byInstance.put(opened.processInstanceId(), run);
          courtNotices.incrementAndGet();
          CaseEventType event = plan.casework().event();
          if (event == CaseEventType.TRANSFERRED) {
            plan(run, event, workingDaysAfter(run.openedOn, plan.casework().days()));
          } else if (event == CaseEventType.LAWSUIT_WITHDRAWN
              || event == CaseEventType.ARREARS_SETTLED) {
            plan(run, event, null); // its day follows from the letter
          }
          if (plan.casework().letterDateCorrected()) {
            plan(run, null, null);
          }
        } catch (RuntimeException e) {
          failed("Mitteilung des Amtsgerichts " + plan.courtNotice().courtFileNumber(), e);
        } finally {
          identityService.clearAuthentication();
        }
      }

      void fileBailiffNotice(CasePlan plan) {
        Eviction eviction = plan.eviction();
        tick(random);
        try {
          actAs(plan.district());
          BailiffNoticeFiled filed = intake.fileBailiffNotice(eviction.notice());
          CaseRun run;
          if (filed.joined()) {
            bailiffJoined.incrementAndGet();
            run = byInstance.get(filed.processInstanceId());
          } else {
            run = new CaseRun(plan, true);
            run.caseId = filed.caseId();
            // without a court notice there is no letter and no visit: "not reached" from the start
            run.notReachedOn = eviction.enteredOn();
            byInstance.put(filed.processInstanceId(), run);
            bailiffOpened.incrementAndGet();
          }
          if (run != null) {
            run.evictionAt = eviction.evictionAt();
            run.evictionSettled = false;
            CaseEventType event = plan.casework().event();
            if (event == CaseEventType.HOUSEHOLD_MOVED
                || event == CaseEventType.EVICTION_CALLED_OFF
                || event == CaseEventType.EVICTION_POSTPONED) {
              plan(run, event, DemoScenario.evictionEventDay(eviction.enteredOn(),
                  eviction.evictionAt().toLocalDate(), plan.casework().days(), calendar));
            }
          }
        } catch (RuntimeException e) {
          failed("Mitteilung der Gerichtsvollzieherin " + eviction.notice().bailiffReference(), e);
        } finally {
          identityService.clearAuthentication();
        }
      }

      void plan(CaseRun run, CaseEventType type, LocalDate day) {
        run.planned.add(new Planned(type, day));
        if (!planning.contains(run)) {
          planning.add(run);
        }
      }

      /** The case events and corrections of the day, before the tasks. */
      void casework(LocalDate day) {
        for (Iterator<CaseRun> runs = planning.iterator(); runs.hasNext(); ) {
          CaseRun run = runs.next();
          for (Iterator<Planned> it = run.planned.iterator(); it.hasNext(); ) {
            Planned next = it.next();
            if (!stillPossible(next, run, day)) {
              LOG.debug("Demo-Historie: {} in Fall {} entfällt, es passt nicht mehr zum Fall",
                  next.type == null ? "Korrektur" : next.type.code(), run.caseId);
              it.remove();
              continue;
            }
            LocalDate when = dayOf(next, run);
            if (when != null && !when.isAfter(day)) {
              it.remove();
              play(next, run, day);
            }
          }
          if (run.planned.isEmpty()) {
            runs.remove();
          }
        }
      }

      void play(Planned next, CaseRun run, LocalDate day) {
        tick(random);
        try {
          if (next.type == null) {
            correctLetterDate(run);
          } else {
            recordEvent(next.type, run, day);
          }
        } catch (RuntimeException e) {
          failed((next.type == null ? "Korrektur des Versanddatums"
              : "Fallereignis " + next.type.code()) + " in Fall " + run.caseId, e);
        } finally {
          identityService.clearAuthentication();
        }
      }

      /** Records the event as the district's caseworker, through the service of the API. */
      void recordEvent(CaseEventType type, CaseRun run, LocalDate day) {
        String reference = type.concernsEviction()
            ? run.plan.eviction().notice().bailiffReference() : null;
        LocalDateTime postponedTo = type == CaseEventType.EVICTION_POSTPONED
            ? workingDaysAfter(run.evictionAt.toLocalDate(), run.plan.casework().postponedBy())
                .atTime(run.evictionAt.toLocalTime())
            : null;
        String toDistrict = type == CaseEventType.TRANSFERRED ? run.plan.casework().toDistrict()
            : null;
        actAs(run.district);
        CaseState state = caseEvents.record(run.caseId, new CaseEventRequest(type.code(),
            day.toString(), toDistrict, reference,
            postponedTo == null ? null : postponedTo.toString(), null));
        identityService.clearAuthentication();
        eventsRecorded.incrementAndGet();
        switch (type) {
          case LAWSUIT_WITHDRAWN, ARREARS_SETTLED -> settled(run, type, day);
          case HOUSEHOLD_MOVED -> {
            settled(run, type, day);
            // the service called the pending eviction off
            run.evictionSettled |= run.evictionAt != null
                && !run.evictionAt.toLocalDate().isBefore(day);
          }
          case EVICTION_CALLED_OFF -> run.evictionSettled = true;
          case EVICTION_POSTPONED -> {
            run.evictionAt = postponedTo;
            // an open "Zwangsräumung begleiten" is done on the new day
            for (Task task : taskService.createTaskQuery()
                .processInstanceBusinessKey(run.caseId)
                .taskDefinitionKey(TASK_ATTEND_EVICTION).list()) {
              decisions.remove(task.getId());
            }
          }
          case TRANSFERRED -> handOver(run, toDistrict, state.linkedCaseId(), day);
          default -> { }
        }
      }

      void settled(CaseRun run, CaseEventType type, LocalDate day) {
        run.settledBy = type;
        run.settledOn = day;
      }

      /** The receiving district's caseworker goes on with the household's story. */
      void handOver(CaseRun run, String toDistrict, String newCaseId, LocalDate day) {
        run.closedOn = day;
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
            .processDefinitionKey(PROCESS).processInstanceBusinessKey(newCaseId).singleResult();
        CaseRun taken = new CaseRun(run, toDistrict, day);
        taken.caseId = newCaseId;
        byInstance.put(instance.getId(), taken);
        takenOver.incrementAndGet();
      }

      /**
       * The team lead corrects the date of the standard letter: it had gone out the working day
       * before.
       */
      void correctLetterDate(CaseRun run) {
        LocalDate value = workingDayBefore(run.letterSentOn);
        if (value.isBefore(run.receivedOn)) {
          return;
        }
        identityService.setAuthentication(teamLead(run.district));
        corrections.correct(run.caseId, new CaseCorrectionRequest(LETTER_SENT_ON,
            value.toString(), LETTER_DATE_REASON, null, null));
        run.letterSentOn = value;
        datesCorrected.incrementAndGet();
      }

      void work(LocalDate day) {
        // the eviction steps can open a task for the same day (the attendance decision, the
        // closure after an eviction): then the open tasks are looked at once more
        for (int pass = 0; pass < 4; pass++) {
          boolean again = false;
          List<Task> open = taskService.createTaskQuery().processDefinitionKey(PROCESS)
              .tenantIdIn(districts.toArray(String[]::new)).orderByTaskCreateTime().asc().list();
          Set<String> touched = new HashSet<>();
          for (Task task : open) {
            CaseRun run = byInstance.get(task.getProcessInstanceId());
            if (run == null || touched.contains(task.getProcessInstanceId())) {
              continue;
            }
            if (seen.add(task.getId())) {
              takeOver(task, run);
            }
            LocalDate when = decisions.get(task.getId());
            if (when == null) {
              when = decide(task.getTaskDefinitionKey(), run, day);
              if (when != null) {
                decisions.put(task.getId(), when);
              }
            }
            if (when != null && !when.isAfter(day)
                && TASK_CLOSE_CASE.equals(task.getTaskDefinitionKey()) && run.closureWaits()) {
              decisions.remove(task.getId()); // decided again once the event has happened
              continue;
            }
            if (when != null && !when.isAfter(day)) {
              // the case changes: its other tasks are looked at again in the next pass
              touched.add(task.getProcessInstanceId());
              complete(task, run, day);
              again |= SAME_DAY_FOLLOW_UPS.contains(task.getTaskDefinitionKey());
            }
          }
          if (!again) {
            return;
          }
        }
      }

      /** Half of the new tasks of a district with a demo caseworker are claimed at once. */
      void takeOver(Task task, CaseRun run) {
        String caseworker = caseworker(run.district);
        if (caseworker != null && random.nextBoolean()) {
          try {
            taskService.claim(task.getId(), caseworker);
          } catch (RuntimeException e) {
            failed("Übernahme der Aufgabe " + task.getTaskDefinitionKey() + " in Fall " + run.caseId, e);
          }
        }
      }

      void complete(Task task, CaseRun run, LocalDate day) {
        tick(random);
        String key = task.getTaskDefinitionKey();
        Map<String, Object> variables = variables(key, run, day);
        String caseworker = caseworker(run.district);
        try {
          if (task.getAssignee() == null && caseworker != null) {
            taskService.claim(task.getId(), caseworker);
          }
          if (TASK_SEND_COURT_LETTER.equals(key)) {
            // the caseworker opens the form: the district calendar's appointment (proposed again
            // if the one the task was created with has passed) is what the letter offers
            variables.put(APPOINTMENT_AT, formService.getTaskFormVariables(task.getId(),
                List.of(APPOINTMENT_AT), false).getValue(APPOINTMENT_AT, String.class));
          }
          taskService.complete(task.getId(), variables);
          tasksCompleted.incrementAndGet();
          record(key, run, day, variables);
        } catch (RuntimeException e) {
          decisions.put(task.getId(), NEVER);
          failed("Aufgabe " + key + " in Fall " + run.caseId, e);
        }
      }
    }

    /** The day the task is done; null: not decidable yet (asked again tomorrow). */
    LocalDate decide(String taskKey, CaseRun run, LocalDate today) {
      Outreach outreach = run.plan.outreach();
      Closure closure = run.plan.closure();
      Eviction eviction = run.plan.eviction();
      if (taskKey.equals(run.plan.openToday())) {
        return NEVER; // today's work: the case has reached the task the caseworker has not done yet
      }
      return switch (taskKey) {
        // a household that calls first, or a case about to be handed over: the letter waits
        case TASK_SEND_COURT_LETTER -> run.reaction == Reaction.BEFORE_LETTER
            || run.planned.stream().anyMatch(p -> p.type == CaseEventType.TRANSFERRED) ? null
            : latest(today, workingDaysAfter(run.receivedOn, outreach.letterDelay()));
        case TASK_RECORD_CONTACT -> contactDay(run, today);
        case TASK_HOME_VISIT_1 -> latest(today, workingDaysAfter(
            run.appointmentDay != null ? run.appointmentDay : today, outreach.visit1Delay()));
        case TASK_HOME_VISIT_2 -> workingDaysAfter(today, outreach.visit2Delay());
        case TASK_COUNSELLING -> latest(today, workingDaysAfter(
            run.contactOn != null ? run.contactOn : today, closure.counsellingDelay()));
        case TASK_CLOSE_CASE -> closingDay(run, today);
        case TASK_SEND_EVICTION_LETTER -> eviction == null ? NEVER : latest(today, workingDaysAfter(
            LocalDate.parse(eviction.notice().receivedOn()), eviction.letterDelay()));
        case TASK_DECIDE_EVICTION_ATTENDANCE -> eviction == null ? NEVER
            : workingDaysAfter(today, eviction.decideDelay());
        case TASK_ATTEND_EVICTION -> eviction == null ? NEVER
            : latest(today, run.evictionAt.toLocalDate());
        case TASK_FOLLOW_UP -> workingDaysAfter(today, closure.followUpDelay());
        default -> NEVER;
      };
    }

    LocalDate contactDay(CaseRun run, LocalDate today) {
      Outreach outreach = run.plan.outreach();
      if (run.openedByBailiff) {
        if (run.reaction != Reaction.EARLY_CONTACT) {
          return NEVER;
        }
        // the household calls after the eviction letter
        return run.evictionLetterSentOn == null ? null : latest(today,
            workingDaysAfter(run.evictionLetterSentOn.plusDays(outreach.contactDelay()), 0));
      }
      if (run.reaction == Reaction.BEFORE_LETTER) {
        // the household calls a day or two after the notice was entered, before the letter
        return latest(today, workingDaysAfter(run.openedOn, outreach.contactDelay()));
      }
      if (run.letterSentOn == null) {
        // RecordContact is open from the case's start, beside the letter: most demo households
        // react to the letter, so their contact is decided once it went out
        return null;
      }
      return switch (run.reaction) {
        case EARLY_CONTACT -> {
          LocalDate call = workingDaysAfter(run.letterSentOn.plusDays(outreach.contactDelay()), 0);
          yield latest(today, run.appointmentDay.isBefore(call) ? run.appointmentDay : call);
        }
        case AT_APPOINTMENT -> latest(today, run.appointmentDay);
        case AFTER_VISITS -> run.notReachedOn == null ? null
            : latest(today, workingDaysAfter(run.notReachedOn.plusDays(outreach.contactDelay()), 0));
        // contact at a visit ends the outreach and with it this task
        case AT_VISIT_1, AT_VISIT_2, BEFORE_LETTER -> null;
        case NEVER -> run.notReachedOn == null ? null : NEVER;
      };
    }

    LocalDate closingDay(CaseRun run, LocalDate today) {
      Closure closure = run.plan.closure();
      if (run.evictionCarriedOut) {
        return today;
      }
      if (run.closureWaits()) {
        return null; // a case event lies ahead
      }
      if (run.counsellingOn != null) {
        return latest(today, workingDaysAfter(run.counsellingOn, closure.closeDelay()));
      }
      if (run.settledOn != null && run.contactOn == null) {
        // the court or the move ended the procedure: closed within a week
        return latest(today, workingDaysAfter(run.settledOn, 1 + closure.closeDelay() % 5));
      }
      if (run.contactOn != null || run.reaction == Reaction.AFTER_VISITS
          || run.reaction == Reaction.EARLY_CONTACT || run.reaction == Reaction.BEFORE_LETTER) {
        return null; // counselling comes first
      }
      if (run.openedByBailiff && run.evictionAt != null) {
        // nobody reacted: closed some days after the eviction date
        return latest(today, workingDaysAfter(run.evictionAt.toLocalDate(),
            2 + closure.closeDelay() % 5));
      }
      return workingDaysAfter(today, closure.closeDelay());
    }

    /** What the caseworker submits in the task's form. */
    Map<String, Object> variables(String key, CaseRun run, LocalDate day) {
      Outreach outreach = run.plan.outreach();
      Closure closure = run.plan.closure();
      Eviction eviction = run.plan.eviction();
      String today = day.toString();
      Map<String, Object> v = new LinkedHashMap<>();
      switch (key) {
        case TASK_SEND_COURT_LETTER -> {
          v.put(LETTER_SENT_ON, today);
          // appointmentAt: the form's, see complete()
        }
        case TASK_RECORD_CONTACT -> {
          v.put(CONTACT_ON, today);
          v.put(CONTACT_CHANNEL, outreach.contactChannel());
        }
        case TASK_HOME_VISIT_1 -> {
          boolean contact = run.reaction == Reaction.AT_VISIT_1;
          v.put(VISITED_ON, today);
          v.put(VISIT_STAFF_COUNT, outreach.visit1Staff());
          v.put(CONTACT_MADE, contact);
          v.put(SECOND_VISIT_WANTED, !contact && outreach.secondVisit());
        }
        case TASK_HOME_VISIT_2 -> {
          v.put(VISITED_ON, today);
          v.put(VISIT_STAFF_COUNT, outreach.visit2Staff());
          v.put(CONTACT_MADE, run.reaction == Reaction.AT_VISIT_2);
        }
        case TASK_COUNSELLING -> {
          v.put(COUNSELLING_ON, today);
          v.put(RENT_DEBT_TAKEOVER, closure.rentDebtTakeover());
          if (closure.rentDebtTakeover()) {
            v.put(RENT_DEBT_TAKEN_OVER, rentDebtTakenOver(run.plan));
          }
          v.put(HELP_67, closure.help67());
          v.put(LANDLORD_AGREEMENT, closure.landlordAgreement());
          if (closure.notes() != null) {
            v.put(COUNSELLING_NOTES, closure.notes());
          }
        }
        case TASK_SEND_EVICTION_LETTER -> v.put(EVICTION_LETTER_SENT_ON, today);
        case TASK_DECIDE_EVICTION_ATTENDANCE -> v.put(ATTEND_EVICTION, eviction.attend());
        case TASK_ATTEND_EVICTION -> {
          v.put(EVICTION_ATTENDED, eviction.attended());
          if (eviction.attended()) {
            v.put(EVICTION_STAFF_COUNT, eviction.staff());
          }
          v.put(EVICTION_CARRIED_OUT, eviction.carriedOut());
        }
        case TASK_CLOSE_CASE -> {
          // after a case event as the form proposes it
          v.put(OUTCOME, run.evictionCarriedOut ? "eviction-carried-out"
              : run.settledBy != null ? run.settledBy.suggestedOutcome()
              : run.contactOn == null ? "no-contact" : closure.outcome());
          v.put(CLOSED_ON, today);
        }
        case TASK_FOLLOW_UP -> v.put(STILL_HOUSED_AFTER_12_MONTHS, !run.evictionCarriedOut
            && run.settledBy != CaseEventType.HOUSEHOLD_MOVED && closure.stillHoused());
        default -> { }
      }
      return v;
    }

    /** Keeps what the next decisions depend on. */
    void record(String key, CaseRun run, LocalDate day, Map<String, Object> variables) {
      switch (key) {
        case TASK_SEND_COURT_LETTER -> {
          run.letterSentOn = day;
          run.appointmentDay = LocalDateTime.parse((String) variables.get(APPOINTMENT_AT)).toLocalDate();
        }
        case TASK_RECORD_CONTACT -> contact(run, day);
        case TASK_HOME_VISIT_1, TASK_HOME_VISIT_2 -> {
          if (Boolean.TRUE.equals(variables.get(CONTACT_MADE))) {
            contact(run, day);
          } else if (!Boolean.TRUE.equals(variables.get(SECOND_VISIT_WANTED))) {
            run.notReachedOn = day;
          }
        }
        case TASK_COUNSELLING -> {
          contact(run, day);
          run.counsellingOn = day;
        }
        case TASK_SEND_EVICTION_LETTER -> run.evictionLetterSentOn = day;
        case TASK_ATTEND_EVICTION -> {
          run.evictionCarriedOut = run.plan.eviction().carriedOut();
          run.evictionSettled = true;
        }
        case TASK_CLOSE_CASE -> run.closedOn = day;
        default -> { }
      }
    }

    void contact(CaseRun run, LocalDate day) {
      if (run.contactOn == null) {
        run.contactOn = day;
      }
    }

    // ---------------------------------------------------------------- case events

    /** Does the event still fit the case? Otherwise it does not happen. */
    boolean stillPossible(Planned next, CaseRun run, LocalDate today) {
      if (next.type == null) {
        return true; // a correction fits a closed case too
      }
      if (run.closedOn != null) {
        return false;
      }
      return switch (next.type) {
        // the outreach must still wait for the household
        case LAWSUIT_WITHDRAWN, ARREARS_SETTLED -> run.contactOn == null && run.notReachedOn == null;
        case HOUSEHOLD_MOVED -> run.settledBy == null;
        case EVICTION_CALLED_OFF, EVICTION_POSTPONED -> !run.evictionSettled
            && run.evictionAt != null && !today.isAfter(run.evictionAt.toLocalDate());
        default -> true;
      };
    }

    /** The day of the event, once the step it follows is done. */
    LocalDate dayOf(Planned next, CaseRun run) {
      if (next.day == null && run.letterSentOn != null) {
        if (next.type == null) {
          next.day = workingDaysAfter(run.letterSentOn, 2);
        } else {
          // while the outreach waits: after the letter, by the appointment it offers
          LocalDate day = workingDaysAfter(run.letterSentOn, run.plan.casework().days());
          next.day = run.appointmentDay != null && run.appointmentDay.isBefore(day)
              ? run.appointmentDay : day;
        }
      }
      return next.day;
    }

    // ---------------------------------------------------------------- helpers

    void actAs(String district) {
      identityService.setAuthentication(actor(district));
    }

    /** The district's demo caseworker if there is one, otherwise the administrator. */
    Authentication actor(String district) {
      return member(Districts.caseworkerGroup(district));
    }

    /** The district's team lead (leitung.mitte) if there is one, otherwise the administrator. */
    Authentication teamLead(String district) {
      return member(Districts.teamLeadGroup(district));
    }

    /** The first member of the group as an authentication, or the administrator. */
    Authentication member(String group) {
      return actors.computeIfAbsent(group, g -> {
        List<User> members = identityService.createUserQuery()
            .memberOfGroup(g).orderByUserId().asc().list();
        String userId = members.isEmpty() ? "admin" : members.get(0).getId();
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId).toList();
        List<String> tenants = identityService.createTenantQuery().userMember(userId)
            .includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList();
        return new Authentication(userId, groups, tenants);
      });
    }

    /** The district's demo caseworker, or null when it has none. */
    String caseworker(String district) {
      Authentication actor = actor(district);
      return actor.getGroupIds().contains(Roles.ADMIN) ? null : actor.getUserId();
    }

    void failed(String what, RuntimeException e) {
      failures.incrementAndGet();
      LOG.warn("Demo-Historie: {} fehlgeschlagen: {}", what, e.getMessage());
    }
  }

  /** The n-th working day after {@code day}; for n = 0 the day itself or the next working day. */
  private LocalDate workingDaysAfter(LocalDate day, int n) {
    if (n > 0) {
      return calendar.addWorkingDays(day, n);
    }
    LocalDate d = day;
    while (!calendar.isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** The working day before {@code day}. */
  private LocalDate workingDayBefore(LocalDate day) {
    LocalDate d = day.minusDays(1);
    while (!calendar.isWorkingDay(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
  }

  /** Named daemon threads for the lanes. */
  private static final class LaneThreads implements ThreadFactory {
    private final AtomicInteger number = new AtomicInteger();

    @Override
    public Thread newThread(Runnable work) {
      Thread thread = new Thread(work, "demo-history-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /**
   * The rent debt taken over in a demo case: the arrears the court notice named, else a typical
   * amount – drawn from no random number, so the demo world stays the same for a given seed.
   */
  private static double rentDebtTakenOver(CasePlan plan) {
    return plan.courtNotice() != null && plan.courtNotice().arrears() != null
        ? plan.courtNotice().arrears().doubleValue() : 1850.0;
  }
}
