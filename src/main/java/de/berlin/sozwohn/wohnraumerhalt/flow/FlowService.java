package de.berlin.sozwohn.wohnraumerhalt.flow;

import de.berlin.sozwohn.wohnraumerhalt.Districts;
import de.berlin.sozwohn.wohnraumerhalt.calendar.WorkingDayCalendar;
import de.berlin.sozwohn.wohnraumerhalt.flow.FlowAccess.Scope;
import de.berlin.sozwohn.wohnraumerhalt.flow.FlowAccess.View;
import de.berlin.sozwohn.wohnraumerhalt.flow.FlowQueries.CaseFilter;
import de.berlin.sozwohn.wohnraumerhalt.flow.FlowQueries.CaseRow;
import de.berlin.sozwohn.wohnraumerhalt.flow.FlowQueries.EndGroup;
import de.berlin.sozwohn.wohnraumerhalt.flow.FlowQueries.EscalationDay;
import de.berlin.sozwohn.wohnraumerhalt.flow.FlowQueries.StepGroup;
import de.berlin.sozwohn.wohnraumerhalt.flow.FlowQueries.StepRow;
import de.berlin.sozwohn.wohnraumerhalt.process.CalendarProperties;
import de.berlin.sozwohn.wohnraumerhalt.process.ProcessKeys;
import de.berlin.sozwohn.wohnraumerhalt.process.TaskInputRules;
import de.berlin.sozwohn.wohnraumerhalt.security.EngineAuthority;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Cockpit history views – diagram overview, bottlenecks, ended instances, timeline – from the
 * recorded flow facts ({@link FlowQueries}), the engine's open tasks and, for the timeline,
 * Camunda's history. Access by {@link FlowAccess}; "today" is the engine's clock in Berlin.
 *
 * <p>The engine is asked on the application's own authority ({@link EngineAuthority#lookUp}): a
 * process owner holds no engine permission on a district's tasks, and the views show none of the
 * tasks' or instances' data beyond ids, keys, dates and (for those allowed) the assignee. Names of
 * activities come from the BPMN models, read once per process definition.
 */
@Service
public class FlowService {

  /** Rows of a page of ended instances: default and most. */
  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 200;

  /** Camunda's activity type of a user task. */
  static final String USER_TASK = "userTask";

  private final FlowQueries queries;
  private final EngineAuthority authority;
  private final RepositoryService repositoryService;
  private final HistoryService historyService;
  private final TaskService taskService;
  private final WorkingDayCalendar calendar;
  private final ZoneId zone;
  private final Map<String, ModelNames> models = new ConcurrentHashMap<>();

  public FlowService(FlowQueries queries, EngineAuthority authority,
      RepositoryService repositoryService, HistoryService historyService, TaskService taskService,
      WorkingDayCalendar calendar, CalendarProperties calendarProperties) {
    this.queries = queries;
    this.authority = authority;
    this.repositoryService = repositoryService;
    this.historyService = historyService;
    this.taskService = taskService;
    this.calendar = calendar;
    this.zone = calendarProperties.zone();
  }

  /**
   * The filter of the list of ended instances.
   *
   * @param processKey null or blank: {@value ProcessKeys#PROCESS}
   * @param from null: {@code to} minus 12 months plus one day
   * @param to null: today
   * @param district null or blank: all the reader may see
   * @param outcome an outcome code of {@link TaskInputRules#OUTCOMES}, or null/blank for any
   * @param endEvent an end event id, or null/blank for any
   * @param deadlineMissed true/false, or null for any
   * @param page 0-based
   * @param size rows per page; 0: {@value #DEFAULT_SIZE}, at most {@value #MAX_SIZE}
   */
  public record FinishedFilter(String processKey, LocalDate from, LocalDate to, String district,
      String outcome, String endEvent, Boolean deadlineMissed, int page, int size) {}

  // ------------------------------------------------------------------ views

  /**
   * The history overlays of the process diagram.
   *
   * @param from null: {@code to} minus 12 months plus one day
   * @param to null: today
   * @param district null/blank: all the reader may see
   * @throws de.berlin.sozwohn.wohnraumerhalt.indicators.KpiAccessDeniedException not for this
   *     reader
   * @throws IllegalArgumentException unknown process or district, period ending before it starts
   */
  @Transactional(readOnly = true)
  public FlowOverview overview(Collection<String> groups, String processKey, LocalDate from,
      LocalDate to, String district) {
    Scope scope = FlowAccess.scope(groups, View.OVERVIEW, district);
    String key = processKey(processKey);
    LocalDate end = to != null ? to : today();
    LocalDate start = from != null ? from : defaultFrom(end);
    checkPeriod(start, end);

    Map<String, ActivityTally> tallies = new TreeMap<>();
    for (StepGroup group : queries.stepGroups(key, start, end, scope)) {
      tallies.computeIfAbsent(group.activityId(), id -> new ActivityTally(group.activityType()))
          .add(group);
    }
    long maxCount = tallies.values().stream().mapToLong(t -> t.count).max().orElse(0);
    List<FlowOverview.Activity> activities = new ArrayList<>();
    tallies.forEach((id, t) -> activities.add(new FlowOverview.Activity(id, t.type, t.count,
        t.canceled, t.durations.median(), t.durations.p90(), t.dueCount, t.withinDue,
        t.dueCount == 0 ? null : Math.round(1000.0 * t.withinDue / t.dueCount) / 10.0,
        maxCount == 0 ? 0 : Math.round(1000.0 * t.count / maxCount) / 1000.0)));

    List<FlowOverview.Flow> flows = new TreeMap<>(queries.transitions(key, start, end, scope))
        .entrySet().stream().map(e -> new FlowOverview.Flow(e.getKey(), e.getValue())).toList();

    long finished = 0;
    long deleted = 0;
    Map<String, Long> byEnd = new HashMap<>();
    for (EndGroup group : queries.endings(key, start, end, scope)) {
      if (group.deleted()) {
        deleted += group.count();
      } else {
        finished += group.count();
        if (group.endActivityId() != null) {
          byEnd.merge(group.endActivityId(), group.count(), Long::sum);
        }
      }
    }
    List<FlowOverview.EndEvent> endEvents = byEnd.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new FlowOverview.EndEvent(e.getKey(), e.getValue())).toList();

    List<FlowOverview.Outcome> outcomes = new ArrayList<>();
    if (ProcessKeys.PROCESS.equals(key)) {
      Map<String, Long> counts = new LinkedHashMap<>(queries.outcomes(key, start, end, scope));
      TaskInputRules.OUTCOMES.forEach((code, name) ->
          outcomes.add(new FlowOverview.Outcome(code, name, counts.getOrDefault(code, 0L))));
      counts.forEach((code, count) -> {
        if (!TaskInputRules.OUTCOMES.containsKey(code)) {
          outcomes.add(new FlowOverview.Outcome(code, code, count));
        }
      });
    }
    return new FlowOverview(key, start, end, requested(district),
        FlowOverview.District.of(FlowAccess.allowedDistricts(groups, View.OVERVIEW)), activities,
        flows, endEvents, outcomes, finished, deleted);
  }

  /**
   * The open tasks now, the longest waiting ones and the escalations of the last 12 months.
   *
   * @param district null/blank: all the reader may see
   */
  @Transactional(readOnly = true)
  public Bottlenecks bottlenecks(Collection<String> groups, String processKey, String district) {
    Scope scope = FlowAccess.scope(groups, View.BOTTLENECKS, district);
    String key = processKey(processKey);
    LocalDateTime now = now();
    LocalDate today = now.toLocalDate();
    Date nowInstant = ClockUtil.getCurrentTime();

    List<Task> tasks = authority.lookUp(() -> {
      TaskQuery query = taskService.createTaskQuery().processDefinitionKey(key);
      if (!scope.everything()) {
        query.tenantIdIn(scope.districts().toArray(String[]::new));
      }
      return query.list();
    });

    record Open(Task task, int age, boolean overdue) {}
    Map<List<String>, List<Open>> byKeyAndDistrict = new LinkedHashMap<>();
    List<Open> all = new ArrayList<>();
    for (Task task : tasks) {
      int age = calendar.workingDaysBetween(date(task.getCreateTime()), today);
      boolean overdue = task.getDueDate() != null && task.getDueDate().before(nowInstant);
      Open open = new Open(task, age, overdue);
      all.add(open);
      byKeyAndDistrict.computeIfAbsent(
          Arrays.asList(task.getTaskDefinitionKey(), task.getTenantId()),
          k -> new ArrayList<>()).add(open);
    }

    Map<String, String> names = names(key);
    Map<String, Integer> taskOrder = userTaskOrder(key);
    List<Bottlenecks.TaskGroup> groupsOut = new ArrayList<>();
    byKeyAndDistrict.forEach((k, opens) -> {
      Histogram ages = new Histogram();
      long[] byAge = new long[Bottlenecks.BUCKETS.size()];
      long overdue = 0;
      for (Open open : opens) {
        ages.add(open.age());
        byAge[Bottlenecks.bucket(open.age())]++;
        overdue += open.overdue() ? 1 : 0;
      }
      groupsOut.add(new Bottlenecks.TaskGroup(k.get(0), names.get(k.get(0)), k.get(1),
          opens.size(), overdue, Arrays.stream(byAge).boxed().toList(), ages.median()));
    });
    groupsOut.sort(Comparator
        .comparing((Bottlenecks.TaskGroup g) -> districtIndex(g.district()))
        .thenComparing(g -> taskOrder.getOrDefault(g.taskKey(), Integer.MAX_VALUE))
        .thenComparing(Bottlenecks.TaskGroup::taskKey));

    boolean seesCases = scope.districts().stream().anyMatch(d -> FlowAccess.seesCases(groups, d))
        || scope.everything() && FlowAccess.seesCases(groups, null);
    List<Open> longestOpen = seesCases ? all.stream()
        .filter(o -> FlowAccess.seesCases(groups, o.task().getTenantId()))
        .sorted(Comparator.comparing((Open o) -> o.task().getCreateTime())
            .thenComparing(o -> o.task().getId()))
        .limit(Bottlenecks.LONGEST).toList() : List.of();
    Map<String, String> caseIds = queries.caseIdsOf(
        longestOpen.stream().map(o -> o.task().getProcessInstanceId()).collect(Collectors.toSet()));
    List<Bottlenecks.WaitingTask> longest = longestOpen.stream().map(o -> {
      Task task = o.task();
      return new Bottlenecks.WaitingTask(task.getProcessInstanceId(),
          caseIds.get(task.getProcessInstanceId()), task.getTaskDefinitionKey(),
          names.get(task.getTaskDefinitionKey()), task.getTenantId(),
          dateTime(task.getCreateTime()), o.age(), dateTime(task.getDueDate()), o.overdue());
    }).toList();

    return new Bottlenecks(today,
        FlowOverview.District.of(FlowAccess.allowedDistricts(groups, View.BOTTLENECKS)),
        Bottlenecks.BUCKETS, groupsOut, !seesCases, longest, escalations(key, today, scope));
  }

  /** One page of the instances ended in the period, newest first. */
  @Transactional(readOnly = true)
  public FinishedCases finished(Collection<String> groups, FinishedFilter filter) {
    Scope scope = FlowAccess.scope(groups, View.FINISHED, filter.district());
    String key = processKey(filter.processKey());
    LocalDate end = filter.to() != null ? filter.to() : today();
    LocalDate start = filter.from() != null ? filter.from() : defaultFrom(end);
    checkPeriod(start, end);
    String outcome = blankToNull(filter.outcome());
    if (outcome != null && !TaskInputRules.OUTCOMES.containsKey(outcome)) {
      throw new IllegalArgumentException("Unbekanntes Ergebnis „" + outcome + "“ – möglich sind "
          + String.join(", ", TaskInputRules.OUTCOMES.keySet()) + ".");
    }
    if (filter.page() < 0) {
      throw new IllegalArgumentException("Die Seite muss 0 oder größer sein.");
    }
    if (filter.size() < 0) {
      throw new IllegalArgumentException("Die Seitengröße muss größer als 0 sein.");
    }
    int size = filter.size() == 0 ? DEFAULT_SIZE : Math.min(filter.size(), MAX_SIZE);

    CaseFilter caseFilter = new CaseFilter(key, start, end, scope, outcome,
        blankToNull(filter.endEvent()), filter.deadlineMissed());
    long total = queries.countCases(caseFilter);
    List<CaseRow> rows = queries.cases(caseFilter, (long) filter.page() * size, size);
    List<String> keys = rows.stream().map(CaseRow::caseKey).toList();
    Map<String, String> caseIds = queries.caseIdsOf(keys);
    Set<String> withHistory = withHistory(keys);
    Map<String, String> names = names(key);

    List<FinishedCases.Case> cases = rows.stream().map(row -> new FinishedCases.Case(
        row.caseKey(), caseIds.get(row.caseKey()), row.district(), row.startedOn(),
        row.endedOn(), ChronoUnit.DAYS.between(row.startedOn(), row.endedOn()),
        row.endActivityId(), row.endActivityId() == null ? null : names.get(row.endActivityId()),
        row.outcome(), row.deadlineMissed(), row.deleted(),
        withHistory.contains(row.caseKey()))).toList();
    List<FinishedCases.EndEvent> endEvents = queries.endEvents(key, start, end, scope).keySet()
        .stream().map(id -> new FinishedCases.EndEvent(id, names.get(id)))
        .sorted(Comparator.comparing((FinishedCases.EndEvent e) ->
                e.name() == null ? e.activityId() : e.name())
            .thenComparing(FinishedCases.EndEvent::activityId))
        .toList();
    return new FinishedCases(total, filter.page(), size, endEvents,
        ProcessKeys.PROCESS.equals(key) ? TaskInputRules.OUTCOMES : Map.of(), cases);
  }

  /**
   * The activities of one instance, running or ended.
   *
   * @throws FlowNotFoundException neither recorded nor in Camunda's history
   */
  @Transactional(readOnly = true)
  public Timeline timeline(Collection<String> groups, String processInstanceId) {
    // who may see no case at all learns nothing, not even whether the instance exists
    FlowAccess.scope(groups, View.TIMELINE, null);
    String id = processInstanceId == null ? "" : processInstanceId.strip();
    Optional<CaseRow> row = id.isEmpty() ? Optional.empty() : queries.flowCase(id);
    HistoricProcessInstance instance = id.isEmpty() ? null : authority.lookUp(() ->
        historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult());
    if (row.isEmpty() && instance == null) {
      throw new FlowNotFoundException(id);
    }
    String district = row.isPresent() ? row.get().district() : instance.getTenantId();
    FlowAccess.requireCase(groups, district);
    boolean showUsers = FlowAccess.showsUsers(groups, district);
    String key = row.isPresent() ? row.get().processKey() : instance.getProcessDefinitionKey();

    LocalDate today = today();
    List<Timeline.Step> steps = new ArrayList<>();
    String processName;
    if (instance != null) {
      ModelNames model = model(instance.getProcessDefinitionId());
      processName = model.processName();
      List<HistoricActivityInstance> activities = authority.lookUp(() ->
          historyService.createHistoricActivityInstanceQuery().processInstanceId(id)
              .orderByHistoricActivityInstanceStartTime().asc()
              .orderPartiallyByOccurrence().asc().list());
      for (HistoricActivityInstance activity : activities) {
        LocalDate ended = activity.getEndTime() == null ? today : date(activity.getEndTime());
        boolean completedTask = USER_TASK.equals(activity.getActivityType())
            && activity.getEndTime() != null && !activity.isCanceled();
        steps.add(new Timeline.Step(activity.getActivityId(), model.name(activity.getActivityId()),
            activity.getActivityType(), dateTime(activity.getStartTime()),
            dateTime(activity.getEndTime()),
            calendar.workingDaysBetween(date(activity.getStartTime()), ended),
            activity.isCanceled(), showUsers && completedTask ? activity.getAssignee() : null));
      }
    } else {
      Map<String, String> names = names(key);
      processName = latestDefinition(key).map(d -> model(d.getId()).processName()).orElse(null);
      for (StepRow step : queries.steps(id)) {
        steps.add(new Timeline.Step(step.activityId(), names.get(baseId(step.activityId())),
            step.activityType(), step.startedAt(), step.endedAt(), step.workingDays(),
            step.canceled(), null));
      }
    }

    String state;
    boolean deleted = row.map(CaseRow::deleted).orElse(false)
        || instance != null && HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(
            instance.getState());
    boolean running = instance != null ? instance.getEndTime() == null
        : row.get().endedAt() == null;
    if (deleted) {
      state = Timeline.DELETED;
    } else {
      state = running ? Timeline.RUNNING : Timeline.FINISHED;
    }
    LocalDateTime startedAt = row.isPresent() ? row.get().startedAt()
        : dateTime(instance.getStartTime());
    LocalDateTime endedAt = row.isPresent() && row.get().endedAt() != null ? row.get().endedAt()
        : instance == null ? null : dateTime(instance.getEndTime());
    String caseId = queries.caseIdsOf(List.of(id)).get(id);
    return new Timeline(id, caseId, district, key, processName, state,
        startedAt == null ? null : startedAt.truncatedTo(ChronoUnit.SECONDS),
        endedAt == null ? null : endedAt.truncatedTo(ChronoUnit.SECONDS), instance != null,
        showUsers, steps);
  }

  /** Today in Berlin on the engine's clock (which the simulation moves). */
  public LocalDate today() {
    return now().toLocalDate();
  }

  // ------------------------------------------------------------------ helpers


  private LocalDateTime now() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
  }

  private Bottlenecks.Escalations escalations(String key, LocalDate today, Scope scope) {
    YearMonth current = YearMonth.from(today);
    List<String> months = new ArrayList<>();
    for (int i = 11; i >= 0; i--) {
      months.add(current.minusMonths(i).toString());
    }
    LocalDate from = current.minusMonths(11).atDay(1);
    Map<String, long[]> counts = new LinkedHashMap<>();
    scope.districts().forEach(d -> counts.put(d, new long[months.size()]));
    for (EscalationDay day : queries.escalations(key, from, current.atEndOfMonth(), scope)) {
      long[] row = counts.get(day.district());
      int month = months.indexOf(YearMonth.from(day.endedOn()).toString());
      if (row != null && month >= 0) {
        row[month] += day.count();
      }
    }
    return new Bottlenecks.Escalations(months, counts.entrySet().stream()
        .map(e -> new Bottlenecks.DistrictCounts(e.getKey(),
            Districts.displayName(e.getKey()).orElse(e.getKey()),
            Arrays.stream(e.getValue()).boxed().toList()))
        .toList());
  }

  /** The instances among these whose Camunda history still exists. */
  private Set<String> withHistory(List<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return Set.of();
    }
    return authority.lookUp(() -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceIds(new HashSet<>(processInstanceIds)).list().stream()
        .map(HistoricProcessInstance::getId).collect(Collectors.toSet()));
  }

  /**
   * The key asked for, or {@value ProcessKeys#PROCESS}.
   *
   * @throws IllegalArgumentException no model of that key is deployed
   */
  private String processKey(String processKey) {
    String key = blankToNull(processKey);
    if (key == null) {
      return ProcessKeys.PROCESS;
    }
    if (latestDefinition(key).isEmpty()) {
      throw new IllegalArgumentException("Unbekannter Prozess „" + key + "“.");
    }
    return key;
  }

  private static void checkPeriod(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "Das Ende des Zeitraums (" + to + ") liegt vor seinem Beginn (" + from + ").");
    }
  }

  private static LocalDate defaultFrom(LocalDate to) {
    return to.minusMonths(12).plusDays(1);
  }

  private static String requested(String district) {
    return district == null || district.isBlank() ? null : district.strip();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static int districtIndex(String district) {
    int index = Districts.IDS.indexOf(district);
    return index < 0 ? Integer.MAX_VALUE : index;
  }

  private LocalDate date(Date date) {
    return date.toInstant().atZone(zone).toLocalDate();
  }

  private LocalDateTime dateTime(Date date) {
    return date == null ? null
        : LocalDateTime.ofInstant(date.toInstant(), zone).truncatedTo(ChronoUnit.SECONDS);
  }

  // ------------------------------------------------------------------ model names

  /** Names of one process definition's elements and the order of its user tasks. */
  private record ModelNames(String processName, Map<String, String> names,
      List<String> userTasks) {

    String name(String activityId) {
      return activityId == null ? null : names.get(baseId(activityId));
    }
  }

  /** {@code HomeVisit1#multiInstanceBody} → {@code HomeVisit1}. */
  private static String baseId(String activityId) {
    int hash = activityId.indexOf('#');
    return hash < 0 ? activityId : activityId.substring(0, hash);
  }

  /** Read once per definition: a deployed definition never changes. */
  private ModelNames model(String processDefinitionId) {
    return models.computeIfAbsent(processDefinitionId, id -> authority.lookUp(() -> {
      ProcessDefinition definition = repositoryService.getProcessDefinition(id);
      BpmnModelInstance model = repositoryService.getBpmnModelInstance(id);
      Map<String, String> names = new HashMap<>();
      for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
        String name = element.getName();
        if (name != null && !name.isBlank()) {
          names.put(element.getId(), name.strip().replaceAll("\\s+", " "));
        }
      }
      List<String> userTasks = model.getModelElementsByType(UserTask.class).stream()
          .map(UserTask::getId).toList();
      return new ModelNames(definition.getName(), Map.copyOf(names), userTasks);
    }));
  }

  /** The newest deployed definition of the key (one without a tenant preferred). */
  private Optional<ProcessDefinition> latestDefinition(String key) {
    List<ProcessDefinition> latest = authority.lookUp(() -> repositoryService
        .createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().list());
    return latest.stream().min(Comparator
        .comparing((ProcessDefinition d) -> d.getTenantId() != null)
        .thenComparing(Comparator.comparingInt(ProcessDefinition::getVersion).reversed()));
  }

  /**
   * Element names over every deployed version of the key, the newest version's name winning: an
   * instance may have ended in an element that a later version renamed or removed.
   */
  private Map<String, String> names(String key) {
    List<ProcessDefinition> definitions = authority.lookUp(() -> repositoryService
        .createProcessDefinitionQuery().processDefinitionKey(key)
        .orderByProcessDefinitionVersion().desc().list());
    Map<String, String> names = new HashMap<>();
    for (ProcessDefinition definition : definitions) {
      model(definition.getId()).names().forEach(names::putIfAbsent);
    }
    return names;
  }

  /** Position of each user task in the newest model, for a stable order of the task rows. */
  private Map<String, Integer> userTaskOrder(String key) {
    Map<String, Integer> order = new HashMap<>();
    latestDefinition(key).ifPresent(d -> {
      List<String> tasks = model(d.getId()).userTasks();
      for (int i = 0; i < tasks.size(); i++) {
        order.putIfAbsent(tasks.get(i), i);
      }
    });
    return order;
  }

  /** Counts of one activity while the grouped rows are read. */
  private static final class ActivityTally {
    final String type;
    final Histogram durations = new Histogram();
    long count;
    long canceled;
    long dueCount;
    long withinDue;

    ActivityTally(String type) {
      this.type = type;
    }

    void add(StepGroup group) {
      count += group.count();
      if (group.canceled()) {
        canceled += group.count();
      } else {
        durations.add(group.workingDays(), group.count());
      }
      if (group.withinDue() != null) {
        dueCount += group.count();
        if (group.withinDue()) {
          withinDue += group.count();
        }
      }
    }
  }
}
