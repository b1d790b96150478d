package de.berlin.sozwohn.wohnraumerhalt.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.berlin.sozwohn.wohnraumerhalt.process.StartForms;
import de.berlin.sozwohn.wohnraumerhalt.process.TaskInputRules;
import de.berlin.sozwohn.wohnraumerhalt.web.BodyReadRequest;
import de.berlin.sozwohn.wohnraumerhalt.web.RefusedRequestLogFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the doors that Camunda's REST API leaves open around the engine's own permissions, in
 * front of both copies of it – {@code /engine-rest} (HTTP Basic) and {@code /camunda/api/engine}
 * (what Tasklist and Cockpit call with the webapp login) – and Cockpit's and Tasklist's own APIs
 * under {@code /camunda/api}:
 *
 * <ul>
 *   <li><b>No variable values for those who may not read them.</b> A user who may not read the
 *       case data of every case it sees (process owners, consultants) may not filter, count, sort
 *       or correlate by variable values either ({@link VariableValueFilters}): 403.
 *   <li><b>Comments and attachments belong to the district.</b> The engine checks no permission
 *       on them; here only those who work for the task's (or instance's) district read or write
 *       them. Anybody else gets the answer of a task that does not exist (404).
 *   <li><b>Cases start only through the intake.</b> Messages, signals, conditions, message
 *       subscriptions of executions and restarts are internal to the models (403 for everybody);
 *       the only process starts through the REST API are Tasklist's start forms – the two notice
 *       entries, case events and corrections – with exactly their fields ({@link StartForms}).
 *       The case and the self-report begin through the intake and the timers.
 *   <li><b>A task takes exactly its form's fields</b> (the task catalogue, {@link
 *       TaskInputRules#fieldsOf}): {@code submit-form}, {@code complete} and {@code resolve} with
 *       any other variable get 400 naming it – {@code district=neukoelln} no longer rewrites a
 *       Mitte case.
 *   <li><b>Another district's object answers like a missing one</b>: a change (POST, PUT,
 *       DELETE) to a task, job or process instance that does not exist or belongs to another
 *       district gets Camunda's 404.
 * </ul>
 *
 * <p>What the engine's authorizations decide stays with them (IdentitySetup): caseworkers hold no
 * permission to update, suspend, modify or delete instances and jobs or to write variables.
 * Refusals are logged as one INFO line (logger {@value RefusedRequestLogFilter#LOGGER}).
 */
public class EngineDoorGuard extends OncePerRequestFilter {

  private static final Logger REFUSED = LoggerFactory.getLogger(RefusedRequestLogFilter.LOGGER);

  /** Bodies read for inspection; a Tasklist or Cockpit request is a few KB. */
  static final int MAX_INSPECTED_BODY = 1024 * 1024;

  private static final Pattern ENGINE_REST = Pattern.compile("^/engine-rest(?:/engine/[^/]+)?(/.*)?$");
  private static final Pattern WEBAPP_ENGINE = Pattern.compile("^/camunda/api/engine/engine/[^/]+(/.*)?$");
  private static final Pattern TASK_NOTES = Pattern.compile("^/task/([^/]+)/(?:comment|attachment)(?:/.*)?$");
  private static final Pattern INSTANCE_COMMENTS = Pattern.compile("^/process-instance/([^/]+)/comment(?:/.*)?$");
  private static final Pattern EVENTS = Pattern.compile(
      "^/(?:message|signal|condition)(?:/.*)?$|^/execution/[^/]+/(?:messageSubscriptions/.*|signal)$");
  private static final Pattern START = Pattern.compile(
      "^/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(?:start|submit-form)$");
  private static final Pattern RESTART = Pattern.compile("^/process-definition/[^/]+/restart(?:-async)?$");
  private static final Pattern TASK_SUBMIT = Pattern.compile("^/task/([^/]+)/(?:submit-form|complete|resolve)$");
  /**
   * A task's, job's or process instance's own path or one below it. Ids contain digits (UUIDs or
   * database ids); {@code /task/count}, {@code /job/suspended}, {@code /process-instance/delete}
   * contain none.
   */
  private static final Pattern OBJECT = Pattern.compile(
      "^/(task|job|process-instance)/([^/]*[0-9][^/]*)(?:/.*)?$");

  /** Members of a start request that would skip or bend the entry process. */
  private static final Set<String> START_OVERRIDES = Set.of("startInstructions",
      "skipCustomListeners", "skipIoMappings");

  private static final String PROBLEM_BASE = "https://wohnraumerhalt.berlin.de/probleme/";

  private final ObjectMapper json = new ObjectMapper();
  private final IdentityService identityService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final RepositoryService repositoryService;
  private final ManagementService managementService;
  private final EngineAuthority engineAuthority;
  private final String engineName;

  public EngineDoorGuard(IdentityService identityService, TaskService taskService,
      RuntimeService runtimeService, HistoryService historyService,
      RepositoryService repositoryService, ManagementService managementService,
      EngineAuthority engineAuthority, String engineName) {
    this.identityService = identityService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.repositoryService = repositoryService;
    this.managementService = managementService;
    this.engineAuthority = engineAuthority;
    this.engineName = engineName;
  }

  /** The user as the engine will see it: HTTP Basic (set before us) or the webapp session. */
  record RequestUser(String id, List<String> groups, List<String> tenants) {
    boolean worksFor(String district) {
      return CurrentUser.worksFor(groups, tenants, district);
    }

    boolean readsCaseData() {
      return CurrentUser.readsCaseDataOfAllItSees(groups, tenants);
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    RequestUser user = user(request);
    if (user == null) {
      chain.doFilter(request, response); // the login filters answer 401
      return;
    }
    String path = normalisedPath(request);
    String enginePath = enginePath(path);
    HttpServletRequest inspected = request;
    JsonNode body = null;
    if (hasJsonBody(request) && readsBody(user, enginePath)) {
      byte[] read = request.getInputStream().readNBytes(MAX_INSPECTED_BODY + 1);
      if (read.length > MAX_INSPECTED_BODY) {
        refuse(request, response, user, HttpStatus.PAYLOAD_TOO_LARGE, "anfrage-zu-gross",
            "Anfrage zu groß", "Der Inhalt der Anfrage ist größer als 1 MB.", null);
        return;
      }
      inspected = new BodyReadRequest(request, read);
      body = parse(read);
    }

    if (!user.readsCaseData()) {
      Optional<String> used = VariableValueFilters.inParameters(queryParameters(request));
      if (used.isEmpty() && body != null) {
        used = VariableValueFilters.inBody(body);
      }
      if (used.isPresent()) {
        refuse(request, response, user, HttpStatus.FORBIDDEN, "variablenwerte-nicht-erlaubt",
            "Variablenwerte nicht erlaubt",
            "Nach Variablenwerten filtern, zählen, sortieren oder korrelieren darf nur, wer die "
                + "Falldaten lesen darf (" + used.get() + ").", used.get());
        return;
      }
    }

    if (enginePath != null && refusedAtEngineDoor(request, response, user, enginePath, body)) {
      return;
    }
    chain.doFilter(inspected, response);
  }

  /**
   * Is the body needed? To look for variable values when the user may not read them, and for the
   * fields of a start or a task submission. Anything else goes through unread.
   */
  private static boolean readsBody(RequestUser user, String enginePath) {
    return !user.readsCaseData() || enginePath != null
        && (START.matcher(enginePath).matches() || TASK_SUBMIT.matcher(enginePath).matches());
  }

  /** The rules for Camunda's REST API; true when the request was answered here. */
  private boolean refusedAtEngineDoor(HttpServletRequest request, HttpServletResponse response,
      RequestUser user, String path, JsonNode body) throws IOException {
    String method = request.getMethod();
    Matcher m;
    if ((m = TASK_NOTES.matcher(path)).matches()) {
      Optional<String> district = taskDistrict(m.group(1));
      if (district.isPresent() && !user.worksFor(district.get())) {
        noSuchTask(request, response, user, m.group(1));
        return true;
      }
      return false;
    }
    if ((m = INSTANCE_COMMENTS.matcher(path)).matches()) {
      Optional<String> district = instanceDistrict(m.group(1));
      if (district.isPresent() && !user.worksFor(district.get())) {
        notFound(request, response, user,
            "No process instance found for id " + m.group(1));
        return true;
      }
      return false;
    }
    Optional<Found> changed = Optional.empty();
    if ((m = OBJECT.matcher(path)).matches() && !"GET".equals(method) && !"HEAD".equals(method)) {
      changed = find(m.group(1), m.group(2));
      if (changed.isEmpty() || !changed.get().visibleTo(user)) {
        // a change to a missing object answers 204 (delete), 404 or 500 (claim, job retries) in
        // Camunda, to another district's 500 or 404: all become the 404 of an object not there
        notFound(request, response, user, switch (m.group(1)) {
          case "task" -> "No task found for task id " + m.group(2);
          case "job" -> "Job with id " + m.group(2) + " does not exist";
          default -> "Process instance with id " + m.group(2) + " does not exist";
        });
        return true;
      }
    }
    if (!"POST".equals(method)) {
      return false;
    }
    if (EVENTS.matcher(path).matches()) {
      refuse(request, response, user, HttpStatus.FORBIDDEN, "kein-eingang", "Kein Eingang",
          "Nachrichten, Signale und Bedingungen sind intern. Mitteilungen werden über "
              + "POST /api/notices/court und /api/notices/bailiff oder die Startformulare in "
              + "Tasklist erfasst.", null);
      return true;
    }
    if (RESTART.matcher(path).matches()) {
      refuse(request, response, user, HttpStatus.FORBIDDEN, "kein-eingang", "Kein Eingang",
          "Fälle werden nicht neu gestartet, sondern über die Aufnahme einer Mitteilung eröffnet.",
          null);
      return true;
    }
    if ((m = START.matcher(path)).matches()) {
      String key = m.group(1) != null ? m.group(1) : definitionKey(m.group(2));
      if (key == null) {
        return false; // unknown definition: the engine answers 404
      }
      Set<String> fields = StartForms.submittableFields(key);
      if (fields.isEmpty()) {
        refuse(request, response, user, HttpStatus.FORBIDDEN, "kein-eingang", "Kein Eingang",
            "Dieser Prozess wird nicht über die REST-API gestartet: Fälle entstehen über die "
                + "Aufnahme einer Mitteilung, Selbstauskünfte über ihren Zeitplan.", null);
        return true;
      }
      for (String override : START_OVERRIDES) {
        if (body != null && body.has(override) && !body.get(override).isNull()
            && !body.get(override).asText().equals("false")) {
          return unexpectedField(request, response, user, override);
        }
      }
      return refusedFields(request, response, user, body, fields);
    }
    if (TASK_SUBMIT.matcher(path).matches()) {
      // the task is there and the user's (found above)
      Task task = changed.map(Found::task).orElse(null);
      return task != null && refusedFields(request, response, user, body,
          TaskInputRules.fieldsOf(task.getTaskDefinitionKey()));
    }
    return false;
  }

  /** 400 for the first submitted variable that is not one of the form's fields. */
  private boolean refusedFields(HttpServletRequest request, HttpServletResponse response,
      RequestUser user, JsonNode body, Set<String> allowed) throws IOException {
    JsonNode variables = body == null ? null : body.get("variables");
    if (variables == null || !variables.isObject()) {
      return false;
    }
    for (Iterator<String> names = variables.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        return unexpectedField(request, response, user, name);
      }
    }
    return false;
  }

  private boolean unexpectedField(HttpServletRequest request, HttpServletResponse response,
      RequestUser user, String field) throws IOException {
    refuse(request, response, user, HttpStatus.BAD_REQUEST, "unbekanntes-feld",
        "Unbekanntes Feld", field + ": Dieses Feld gehört nicht zum Formular und wird nicht "
            + "angenommen.", field);
    return true;
  }

  private Optional<String> taskDistrict(String taskId) {
    Optional<Task> task = lookUpTask(taskId);
    if (task.isPresent()) {
      return Optional.ofNullable(task.get().getTenantId()).or(() -> Optional.of(""));
    }
    HistoricTaskInstance done = engineAuthority.lookUp(() -> historyService
        .createHistoricTaskInstanceQuery().taskId(taskId).singleResult());
    return done == null ? Optional.empty()
        : Optional.of(done.getTenantId() == null ? "" : done.getTenantId());
  }

  private Optional<String> instanceDistrict(String processInstanceId) {
    ProcessInstance running = engineAuthority.lookUp(() -> runtimeService
        .createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult());
    if (running != null) {
      return Optional.of(running.getTenantId() == null ? "" : running.getTenantId());
    }
    HistoricProcessInstance done = engineAuthority.lookUp(() -> historyService
        .createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult());
    return done == null ? Optional.empty()
        : Optional.of(done.getTenantId() == null ? "" : done.getTenantId());
  }

  private Optional<Task> lookUpTask(String taskId) {
    return Optional.ofNullable(engineAuthority.lookUp(() ->
        taskService.createTaskQuery().taskId(taskId).singleResult()));
  }

  /** A task, job or process instance that exists: its district (null: none), the task itself. */
  private record Found(String tenantId, Task task) {

    /** As the engine's tenant check sees it: process owners belong to every district. */
    boolean visibleTo(RequestUser user) {
      return tenantId == null || user.tenants().contains(tenantId)
          || user.groups().contains(Roles.ADMIN);
    }
  }

  private Optional<Found> find(String kind, String id) {
    return Optional.ofNullable(engineAuthority.lookUp(() -> switch (kind) {
      case "task" -> {
        Task task = taskService.createTaskQuery().taskId(id).singleResult();
        yield task == null ? null : new Found(task.getTenantId(), task);
      }
      case "job" -> {
        Job job = managementService.createJobQuery().jobId(id).singleResult();
        yield job == null ? null : new Found(job.getTenantId(), null);
      }
      default -> {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
            .processInstanceId(id).singleResult();
        yield instance == null ? null : new Found(instance.getTenantId(), null);
      }
    }));
  }

  private String definitionKey(String definitionId) {
    ProcessDefinition definition = engineAuthority.lookUp(() -> repositoryService
        .createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult());
    return definition == null ? null : definition.getKey();
  }

  private RequestUser user(HttpServletRequest request) {
    Authentication current = identityService.getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return new RequestUser(current.getUserId(), nonNull(current.getGroupIds()),
          nonNull(current.getTenantIds()));
    }
    UserAuthentication webappUser = EngineBasicAuthFilter.sessionUser(request, engineName);
    return webappUser == null ? null : new RequestUser(webappUser.getName(),
        nonNull(webappUser.getGroupIds()), nonNull(webappUser.getTenantIds()));
  }

  private static List<String> nonNull(java.util.Collection<String> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  /**
   * The path as the servlet container routes it: decoded, normalised, without path parameters
   * ({@code ;jsessionid}), runs of slashes and a trailing slash – so that {@code /engine-rest//message/}
   * or {@code /engine-rest/%6Dessage} is the {@code /message} that Jersey will call.
   */
  static String normalisedPath(HttpServletRequest request) {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    path = path.replaceAll("/{2,}", "/");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** The path inside Camunda's REST API ({@code /task/…}), or null for other paths. */
  static String enginePath(String path) {
    Matcher m = ENGINE_REST.matcher(path);
    if (!m.matches()) {
      m = WEBAPP_ENGINE.matcher(path);
      if (!m.matches()) {
        return null;
      }
    }
    return m.group(1) == null ? "/" : m.group(1);
  }

  private static boolean hasJsonBody(HttpServletRequest request) {
    String method = request.getMethod();
    if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
      return false;
    }
    String type = request.getContentType();
    return type == null || type.toLowerCase().contains("json");
  }

  private JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      return json.readTree(body);
    } catch (JsonProcessingException e) {
      return null; // not JSON: the REST API answers 400 itself
    } catch (IOException e) {
      return null;
    }
  }

  /** Query string parameters, decoded, without touching the body. */
  static Map<String, List<String>> queryParameters(HttpServletRequest request) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    String query = request.getQueryString();
    if (query == null || query.isEmpty()) {
      return parameters;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      parameters.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return parameters;
  }

  private static String decode(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return value;
    }
  }

  private void noSuchTask(HttpServletRequest request, HttpServletResponse response,
      RequestUser user, String taskId) throws IOException {
    notFound(request, response, user, "No task found for task id " + taskId);
  }

  /** Camunda's own 404 shape, so that another district's object reads like a missing one. */
  private void notFound(HttpServletRequest request, HttpServletResponse response,
      RequestUser user, String message) throws IOException {
    REFUSED.info("Anfrage abgelehnt: {} {} von {} (anderer Bezirk, beantwortet mit 404)",
        request.getMethod(), request.getRequestURI(), user.id());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InvalidRequestException");
    body.put("message", message);
    body.put("code", null);
    write(response, HttpStatus.NOT_FOUND, MediaType.APPLICATION_JSON_VALUE, body);
  }

  /**
   * An RFC 9457 problem document; {@code message} repeats the detail for Tasklist and Cockpit,
   * which show Camunda's {@code message}, and {@code errors} names the field as the intake does.
   */
  private void refuse(HttpServletRequest request, HttpServletResponse response, RequestUser user,
      HttpStatus status, String type, String title, String detail, String field)
      throws IOException {
    REFUSED.info("Anfrage abgelehnt: {} {} von {}: {}", request.getMethod(),
        request.getRequestURI(), user.id(), detail);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", PROBLEM_BASE + type);
    body.put("title", title);
    body.put("status", status.value());
    body.put("detail", detail);
    body.put("instance", request.getRequestURI());
    body.put("message", detail);
    if (field != null) {
      body.put("errors", List.of(Map.of("field", field, "message", detail)));
    }
    write(response, status, MediaType.APPLICATION_PROBLEM_JSON_VALUE, body);
  }

  private void write(HttpServletResponse response, HttpStatus status, String contentType,
      Map<String, Object> body) throws IOException {
    response.setStatus(status.value());
    response.setContentType(contentType);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(json.writeValueAsString(body));
  }
}
