package de.berlin.sozwohn.wohnraumerhalt.demo;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import de.berlin.sozwohn.wohnraumerhalt.indicators.IndicatorFactStore;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiScope;
import de.berlin.sozwohn.wohnraumerhalt.indicators.KpiService;
import de.berlin.sozwohn.wohnraumerhalt.indicators.SelfReportAlreadyRunningException;
import de.berlin.sozwohn.wohnraumerhalt.indicators.SelfReports;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.IndicatorValue;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.StaffSurvey;
import de.berlin.sozwohn.wohnraumerhalt.indicators.rules.Status;
import de.berlin.sozwohn.wohnraumerhalt.process.CalendarProperties;
import de.berlin.sozwohn.wohnraumerhalt.process.CaseVariables;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.reports.ReportAlreadyRequestedException;
import de.berlin.sozwohn.wohnraumerhalt.reports.ReportPeriod;
import de.berlin.sozwohn.wohnraumerhalt.reports.ReportRequests;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The reporting side of the demo world, so that every column of the indicators has data at first
 * start and the half-year report can be shown submitted:
 * <ul>
 *   <li>standard 2 – the staff survey results of the demo districts ({@link
 *       DemoScenario#districts()}) for the survey years (every two years, 2024, 2026, …) that
 *       cover the simulated span, entered as {@code monitoring} would;
 *   <li>standard 1.5 – each simulated year, the self-report of each demo district, asked for
 *       through {@link SelfReports} (as the timer does on 2 January) and answered by the team lead
 *       a working day or two later with fixed answers (4 to 6 of the 6 access standards);
 *   <li>the half-year and annual reports whose reporting day (1 July, 1 January) falls in the
 *       span – and for a span too short for a team lead to answer one, the period before it as
 *       well – asked for through {@link ReportRequests} on that day and approved by the team lead
 *       3 to 9 working days later, with a comment wherever a value is below its minimum (as {@code
 *       ReportApprovalListener} demands). The latest report of Marzahn-Hellersdorf stays open: its
 *       team lead gets the one reminder, and Tasklist has the task.
 * </ul>
 *
 * <p>The timers of {@code selbstauskunft} and {@code halbjahresbericht} cannot do this themselves:
 * their jobs were created at deployment, due at the next real 2 January or 1 July, after the
 * simulated days. They fire live later and skip what the demo already asked for.
 *
 * <p>Called by {@link DemoHistoryGenerator}: {@link #beforeSimulation} once, then {@link #workDay}
 * at the start of each simulated day, before the casework (the engine clock is set to 07:30 of the
 * day). Tasks are claimed for the district's team lead and completed without an authenticated
 * engine user, as the generator does. A step that fails is logged and counted, never thrown: the
 * demo never stops the application. It only touches the self-reports and reports it asked for.
 */
@Component
public class DemoReporting {

  private static final Logger LOG = LoggerFactory.getLogger(DemoReporting.class);

  /** When the reporting work of a day is done: before the caseworkers start (08:00). */
  static final LocalTime MORNING = LocalTime.of(7, 30);
  /** The district whose latest report stays unsubmitted (reminder, open task). */
  static final String LATE_DISTRICT = "marzahn-hellersdorf";
  /** Who enters the survey results. */
  static final String SURVEY_ENTERED_BY = "monitoring";
  /** The first survey year; then every two years. */
  static final int FIRST_SURVEY_YEAR = 2024;

  /** Survey results (standard 2, target 65, minimum 59) in the survey years 2024, 2028, … */
  private static final Map<String, String> SURVEY_A = Map.of("mitte", "61.5", "neukoelln", "58.0",
      "friedrichshain-kreuzberg", "63.0", "spandau", "66.5", "lichtenberg", "60.5",
      "marzahn-hellersdorf", "55.0");
  /** … and in 2026, 2030, … */
  private static final Map<String, String> SURVEY_B = Map.of("mitte", "62.5", "neukoelln", "59.5",
      "friedrichshain-kreuzberg", "64.0", "spandau", "66.0", "lichtenberg", "61.0",
      "marzahn-hellersdorf", "57.5");

  /** The access standards a district does not meet (standard 1.5); the others it ticks. */
  private static final Map<String, Set<String>> NOT_MET = Map.of(
      "friedrichshain-kreuzberg", Set.of(CaseVariables.UNIFORM_FLYER),
      "lichtenberg", Set.of(CaseVariables.OPEN_CONSULTATION_TUE_THU));
  private static final List<String> ACCESS_STANDARDS = List.of(CaseVariables.SHARED_MAIL_ADDRESS,
      CaseVariables.SHARED_PHONE_NUMBER, CaseVariables.OPEN_CONSULTATION,
      CaseVariables.OPEN_CONSULTATION_TUE_THU, CaseVariables.PHONE_CONSULTATION_HOURS,
      CaseVariables.UNIFORM_FLYER);

  /** What a team lead writes where a value is below its minimum – no personal data. */
  private static final Map<String, String> REASONS = Map.of(
      "1.1", "Fristüberschreitungen durch längere Personalausfälle im Team; die Vertretung der "
          + "Posteingangsbearbeitung ist neu geregelt.",
      "1.2", "Hausbesuche mussten mangels Zweitbesetzung verschoben werden; feste Besuchstage "
          + "sind seit dem Folgemonat eingeplant.",
      "1.3", "Mitteilungen der Gerichtsvollzieherinnen gingen gebündelt ein; der Posteingang "
          + "wird jetzt täglich gesichtet.",
      "1.4", "Begleitungen konnten wegen kurzfristiger Termine nicht besetzt werden.",
      "1.5", "Die noch fehlenden Zugangsstandards werden im kommenden Quartal umgesetzt "
          + "(Flyer in Druck, Sprechzeiten abgestimmt).",
      "2", "Das Befragungsergebnis wurde im Team besprochen; Entlastung durch geänderte "
          + "Fallverteilung und Supervision ist vereinbart.");

  private final SelfReports selfReports;
  private final IndicatorFactStore facts;
  private final ReportRequests reportRequests;
  private final KpiService kpi;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final SimulationClock clock;
  private final WorkingDayCalendar calendar;
  private final ZoneId zone;

  /** The plan of the current simulation; null before {@link #beforeSimulation}. */
  private Schedule schedule;
  /** The first team lead of each district (null: none). */
  private final Map<String, String> teamLeads = new HashMap<>();

  public DemoReporting(SelfReports selfReports, IndicatorFactStore facts,
      ReportRequests reportRequests, KpiService kpi, TaskService taskService,
      IdentityService identityService, SimulationClock clock, WorkingDayCalendar calendar,
      CalendarProperties calendarProperties) {
    this.selfReports = selfReports;
    this.facts = facts;
    this.reportRequests = reportRequests;
    this.kpi = kpi;
    this.taskService = taskService;
    this.identityService = identityService;
    this.clock = clock;
    this.calendar = calendar;
    this.zone = calendarProperties.zone();
  }

  /**
   * What the reporting of a simulation asks for and when.
   *
   * @param selfReportDays the day each year's self-reports are asked for
   * @param reportDays the day each period's reports are asked for
   * @param latest the last period reported on (Marzahn-Hellersdorf leaves it open)
   */
  record Schedule(List<String> districts, Map<Integer, LocalDate> selfReportDays,
      Map<ReportPeriod, LocalDate> reportDays, ReportPeriod latest) {}

  /**
   * Enters the survey results and plans the self-reports and reports of the days
   * {@code [from, until)}.
   *
   * @return the number of failed steps (logged)
   */
  public synchronized int beforeSimulation(LocalDate from, LocalDate until) {
    schedule = schedule(from, until, List.copyOf(DemoScenario.districts()), calendar);
    int failures = 0;
    int lastYear = until.minusDays(1).getYear();
    // the year before the span too: a period reported on may end there
    int firstSurvey = surveyYearCovering(from.getYear() - 1);
    for (int year = firstSurvey; year <= lastYear; year += 2) {
      for (String district : schedule.districts()) {
        try {
          facts.saveStaffSurvey(new StaffSurvey(district, year, survey(district, year)),
              SURVEY_ENTERED_BY, from.atTime(MORNING).atZone(zone).toInstant());
        } catch (RuntimeException e) {
          failures += failed("Befragungsergebnis " + year + " für " + district, e);
        }
      }
    }
    LOG.info("Demo-Historie: Befragungsergebnisse ab {}, Selbstauskünfte {}, Berichte {}",
        firstSurvey, schedule.selfReportDays().keySet(),
        schedule.reportDays().keySet());
    return failures;
  }

  /**
   * The day's reporting work, before the casework: asks for the self-reports and reports due that
   * day and completes the team leads' tasks whose day has come. Does nothing on a day off.
   *
   * @return the number of failed steps (logged)
   */
  public synchronized int workDay(LocalDate day) {
    Schedule plan = schedule;
    if (plan == null || !calendar.isWorkingDay(day)) {
      return 0;
    }
    clock.set(day.atTime(MORNING));
    int failures = 0;
    try {
      for (Map.Entry<Integer, LocalDate> entry : plan.selfReportDays().entrySet()) {
        if (entry.getValue().equals(day)) {
          failures += requestSelfReports(plan, entry.getKey());
        }
      }
      for (Map.Entry<ReportPeriod, LocalDate> entry : plan.reportDays().entrySet()) {
        if (entry.getValue().equals(day)) {
          failures += requestReports(plan, entry.getKey());
        }
      }
      failures += submitSelfReports(plan, day);
      failures += approveReports(plan, day);
    } catch (RuntimeException e) {
      failures += failed("Berichtswesen am " + day, e);
    }
    return failures;
  }

  // ---------------------------------------------------------------- plan (plain)

  /**
   * The plan: a report for each period whose reporting day (1 July, 1 January) lies in the span,
   * asked on the first working day from then on; when none of them lies 10 working days before the
   * span's end (a short span), also the latest period that ended before the span, asked on its
   * first working day; a self-report for each year of the span and of those periods, asked on the
   * first working day from 2 January on (or the span's first).
   */
  static Schedule schedule(LocalDate from, LocalDate until, List<String> districts,
      WorkingDayCalendar calendar) {
    Map<ReportPeriod, LocalDate> reportDays = new LinkedHashMap<>();
    for (int year = from.getYear() - 1; year <= until.getYear(); year++) {
      for (ReportPeriod period : List.of(ReportPeriod.firstHalf(year),
          ReportPeriod.wholeYear(year))) {
        LocalDate reportingDay = period.to().plusDays(1);
        if (!reportingDay.isBefore(from) && reportingDay.isBefore(until)) {
          LocalDate day = onOrAfter(reportingDay, calendar);
          if (day.isBefore(until)) {
            reportDays.put(period, day);
          }
        }
      }
    }
    // a span without a report the team leads have had time for (10 working days): the latest
    // period that ended before it too, asked on its first day – so there is a submitted one
    boolean settled = reportDays.values().stream().anyMatch(day ->
        calendar.addWorkingDays(day, ReportRequests.WORKING_DAYS_TO_APPROVE).isBefore(until));
    LocalDate first = onOrAfter(from, calendar);
    if (!settled && first.isBefore(until)) {
      Map<ReportPeriod, LocalDate> withEarlier = new LinkedHashMap<>();
      withEarlier.put(ReportPeriod.endedBefore(from), first);
      withEarlier.putAll(reportDays);
      reportDays = withEarlier;
    }
    // a self-report for each year of the span, and for the year of a period reported on before it
    int firstYear = reportDays.keySet().stream().mapToInt(ReportPeriod::year)
        .reduce(from.getYear(), Math::min);
    Map<Integer, LocalDate> selfReportDays = new TreeMap<>();
    for (int year = firstYear; year <= until.minusDays(1).getYear(); year++) {
      LocalDate day = onOrAfter(latest(from, LocalDate.of(year, 1, 2)), calendar);
      if (day.isBefore(until)) {
        selfReportDays.put(year, day);
      }
    }
    ReportPeriod latest = reportDays.keySet().stream().reduce((a, b) -> b).orElse(null);
    return new Schedule(List.copyOf(districts), selfReportDays, reportDays, latest);
  }

  /** The survey year whose result covers {@code year} (a result counts for its year and the next). */
  static int surveyYearCovering(int year) {
    return year - Math.floorMod(year - FIRST_SURVEY_YEAR, 2);
  }

  static BigDecimal survey(String district, int year) {
    Map<String, String> table = Math.floorMod(year - FIRST_SURVEY_YEAR, 4) == 0 ? SURVEY_A
        : SURVEY_B;
    return new BigDecimal(table.getOrDefault(district, "62.0"));
  }

  /** The team lead's answers to the six access standards. */
  static Map<String, Object> selfReportAnswers(String district) {
    Map<String, Object> answers = new LinkedHashMap<>();
    Set<String> notMet = NOT_MET.getOrDefault(district, Set.of());
    for (String standard : ACCESS_STANDARDS) {
      answers.put(standard, !notMet.contains(standard));
    }
    return answers;
  }

  /** The working day on which the team lead approves: 3 to 9 working days after the request. */
  static int approvalDelay(String district, ReportPeriod period) {
    int index = Math.max(0, Districts.IDS.indexOf(district));
    return 3 + Math.floorMod(index * 5 + period.year() + (period.halfYear() ? 0 : 3), 7);
  }

  /** The comments the approval needs: one for every value below its minimum. */
  static Map<String, Object> comments(Map<String, IndicatorValue> values) {
    Map<String, Object> comments = new LinkedHashMap<>();
    values.forEach((id, value) -> {
      if (value.status() == Status.BELOW) {
        comments.put(CaseVariables.commentOf(id), REASONS.getOrDefault(id,
            "Der Wert wird im Team ausgewertet; Maßnahmen sind eingeleitet."));
      }
    });
    return comments;
  }

  // ---------------------------------------------------------------- engine work

  private int requestSelfReports(Schedule plan, int year) {
    int failures = 0;
    for (String district : plan.districts()) {
      try {
        selfReports.request(district, year);
      } catch (SelfReportAlreadyRunningException e) {
        // asked already (the timer): answered below all the same
      } catch (RuntimeException e) {
        failures += failed("Anforderung der Selbstauskunft " + year + " für " + district, e);
      }
    }
    return failures;
  }

  private int requestReports(Schedule plan, ReportPeriod period) {
    int failures = 0;
    for (String district : plan.districts()) {
      try {
        reportRequests.request(period, district);
      } catch (ReportAlreadyRequestedException e) {
        // asked already: approved below all the same
      } catch (RuntimeException e) {
        failures += failed("Anforderung des Berichts " + period + " für " + district, e);
      }
    }
    return failures;
  }

  /** The self-reports of the demo's years, one or two working days after they were asked for. */
  private int submitSelfReports(Schedule plan, LocalDate day) {
    int failures = 0;
    for (Task task : openTasks(ProcessKeys.SELF_REPORT_PROCESS,
        ProcessKeys.TASK_SUBMIT_SELF_REPORT, plan)) {
      String district = task.getTenantId();
      Object year = taskService.getVariable(task.getId(), CaseVariables.REPORT_YEAR);
      if (!(year instanceof Integer y) || !plan.selfReportDays().containsKey(y)) {
        continue;
      }
      LocalDate askedOn = LocalDate.ofInstant(task.getCreateTime().toInstant(), zone);
      int delay = 1 + Math.max(0, Districts.IDS.indexOf(district)) % 2;
      if (calendar.addWorkingDays(askedOn, delay).isAfter(day)) {
        continue;
      }
      try {
        complete(task, district, selfReportAnswers(district));
      } catch (RuntimeException e) {
        failures += failed("Selbstauskunft " + y + " von " + district, e);
      }
    }
    return failures;
  }

  /** The reports of the demo's periods, 3 to 9 working days after they were asked for. */
  private int approveReports(Schedule plan, LocalDate day) {
    int failures = 0;
    for (Task task : openTasks(ProcessKeys.HALF_YEAR_REPORT_PROCESS,
        ProcessKeys.TASK_APPROVE_REPORT, plan)) {
      String district = task.getTenantId();
      Map<String, Object> variables = taskService.getVariables(task.getId(),
          List.of(CaseVariables.REPORT_PERIOD, CaseVariables.REQUESTED_ON));
      ReportPeriod period;
      LocalDate requestedOn;
      try {
        period = ReportPeriod.parse((String) variables.get(CaseVariables.REPORT_PERIOD));
        requestedOn = LocalDate.parse((String) variables.get(CaseVariables.REQUESTED_ON));
      } catch (RuntimeException e) {
        continue; // not one of ours
      }
      if (!plan.reportDays().containsKey(period)
          || (LATE_DISTRICT.equals(district) && period.equals(plan.latest()))
          || calendar.addWorkingDays(requestedOn, approvalDelay(district, period)).isAfter(day)) {
        continue;
      }
      try {
        Map<String, IndicatorValue> values = kpi.report(period.period(),
            new KpiScope(List.of(district), false)).districts().get(0).indicators();
        complete(task, district, comments(values));
      } catch (RuntimeException e) {
        failures += failed("Freigabe des Berichts " + period + " von " + district, e);
      }
    }
    return failures;
  }

  private List<Task> openTasks(String processKey, String taskKey, Schedule plan) {
    return taskService.createTaskQuery().processDefinitionKey(processKey)
        .taskDefinitionKey(taskKey).tenantIdIn(plan.districts().toArray(String[]::new))
        .orderByTaskCreateTime().asc().list();
  }

  /** Claimed for the district's team lead (if the demo has one), then completed. */
  private void complete(Task task, String district, Map<String, Object> variables) {
    String teamLead = teamLead(district);
    if (task.getAssignee() == null && teamLead != null) {
      taskService.claim(task.getId(), teamLead);
    }
    taskService.complete(task.getId(), new HashMap<>(variables));
  }

  private String teamLead(String district) {
    return teamLeads.computeIfAbsent(district, d -> identityService.createUserQuery()
        .memberOfGroup(Districts.teamLeadGroup(d)).orderByUserId().asc().list().stream()
        .map(User::getId).findFirst().orElse(null));
  }

  private static int failed(String what, RuntimeException e) {
    LOG.warn("Demo-Historie: {} fehlgeschlagen: {}", what, e.getMessage());
    return 1;
  }

  private static LocalDate onOrAfter(LocalDate day, WorkingDayCalendar calendar) {
    LocalDate d = day;
    while (!calendar.isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
